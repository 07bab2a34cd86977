// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace specwright::gui
{

class DocumentController;
class Highlighting;
class PreviewPane;
class RstEditor;

// Lays out the editor beside the preview and offers the actions; the work
// itself is done by the controllers it holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Highlighting &highlighting, QWidget *parent = nullptr);
    ~MainWindow() override;

    RstEditor *editor() const { return m_editor; }
    PreviewPane *preview() const { return m_preview; }
    DocumentController *documentController() const { return m_document; }

    // Opens a file, telling the user in a dialog when it cannot be opened.
    bool openFile(const QString &path, int line = 0);
    void openSample();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void applyTheme();
    void updateTitle();
    void updateCursorStatus();
    void showError(const QString &message);
    bool maybeSave();
    void askAboutExternalChange();

    void open();
    bool save();
    bool saveAs();

    Highlighting &m_highlighting;
    RstEditor *m_editor;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    DocumentController *m_document;
    QLabel *m_cursorStatus;
};

} // namespace specwright::gui
