// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QSplitter;
class QTimer;

namespace specwright::spec
{
struct ParsedSpec;
struct QuickFix;
} // namespace specwright::spec

namespace specwright::gui
{

class Autosaver;
class DiagramController;
class DiagramPanel;
class DocumentAnalyzer;
class DocumentController;
class Highlighting;
class OutlinePanel;
class PreviewController;
class PreviewPane;
class ProblemsPanel;
class RstEditor;
struct Snapshot;

// Lays out the editor, the preview and the docks, and offers the actions;
// the work itself is done by the controllers it holds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Highlighting &highlighting, QWidget *parent = nullptr);
    ~MainWindow() override;

    RstEditor *editor() const { return m_editor; }
    PreviewPane *preview() const { return m_preview; }
    PreviewController *previewController() const { return m_previewController; }
    DocumentController *documentController() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    DiagramPanel *diagramPanel() const { return m_diagramPanel; }
    DiagramController *diagramController() const { return m_diagrams; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    // True when the preview shows the editor's current text.
    bool isPreviewCurrent() const;
    Highlighting &highlighting() const { return m_highlighting; }

    // Opens a file, telling the user in a dialog when it cannot be opened.
    bool openFile(const QString &path, int line = 0);
    void openSample();
    // Applies a gate quick fix computed for `basis` (the editor's text then)
    // as one undoable edit; false when the text has changed since.
    bool applyQuickFix(const spec::QuickFix &fix, const std::string &basis);
    // The quick fixes for the problem in the given row of the problems
    // panel, as actions parented to owner.
    QList<QAction *> quickFixActions(int row, QObject *owner);
    // Inserts a section the template has and the document lacks.
    bool insertTemplateSection(const QString &title, const QString &parentTitle);
    // The spec template to check against instead of the one found beside
    // the document; empty finds it again.
    void setTemplateOverride(const QString &path);
    // Puts the editor/preview divider where a saved layout had it; without
    // one, the first show gives both halves of the width.
    bool restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    // A snapshot of the current text reached the outline and problems.
    void snapshotShown(quint64 revision);
    // The user picked a template in Check > Choose Template.
    void templateChosen(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void applyTheme();
    void updateTitle();
    void updateCursorStatus();
    void showSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    void scheduleAnalysis();
    // Hands the editor's text to the analyzer at once.
    void analyzeNow();
    void onLoadStarted(qsizetype characters);
    void onOpened();
    void showError(const QString &message);
    bool maybeSave();
    void askAboutExternalChange();
    void showQuickFixes(int row, const QPoint &globalPosition);
    void chooseTemplate();
    spec::ParsedSpec parsedSpecFor(const std::string &text) const;
    void goToPosition(int line, int column);

    void open();
    bool save();
    bool saveAs();

    Highlighting &m_highlighting;
    RstEditor *m_editor;
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    DocumentController *m_document;
    Autosaver *m_autosaver;
    DocumentAnalyzer *m_analyzer;
    PreviewController *m_previewController;
    OutlinePanel *m_outline;
    ProblemsPanel *m_problems;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    DiagramPanel *m_diagramPanel;
    DiagramController *m_diagrams;
    QDockWidget *m_diagramDock = nullptr;
    QTimer *m_analysisTimer;
    int m_lineAfterOpening = 1;
    QLabel *m_cursorStatus;
    QLabel *m_templateStatus;
    QLabel *m_checkStatus;
    std::shared_ptr<const Snapshot> m_snapshot;
    QString m_templateOverride;
    bool m_strictStructure = false;
    bool m_splitterPlaced = false;
    // An analysis of the current text is queued for this turn of the event loop.
    bool m_analysisQueued = false;
};

} // namespace specwright::gui
