// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QTimer;

namespace specwright::gui
{

class AppSettings;
class DocumentTab;
class ExportController;
class MainWindow;

// What makes a window behave like the desktop applications around it: it
// follows the settings (font, column limit, theme, preview, gate options,
// autosave), keeps its size and docks between runs, offers File > Open
// Recent, Export and Print and Settings > Configure Specwright, and opens
// .rst files dropped on it, each file in a tab of its own.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    // Joins `window` (which takes ownership) to `settings`.
    DesktopIntegration(MainWindow *window, AppSettings &settings);
    ~DesktopIntegration() override;

    // Opens each file in a tab of `window`, or shows the tab (of any window)
    // that has it open already; a file that cannot be opened leaves the
    // recent files. Returns how many are shown.
    static int openFiles(MainWindow *window, AppSettings &settings, const QStringList &paths);
    // The light or dark palette the settings ask for, or the system's.
    static void applyTheme(int theme);

    ExportController *exporter() const { return m_exporter; }
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    void saveLayout() const;
    // What the autosave timer does: saves each document that has a file and
    // changes.
    void autosave();
    bool isAutosaving() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // Applies the settings to a document of the window, and keeps them.
    void joinTab(DocumentTab *tab);
    void restoreLayout();
    void updateRecentFilesMenu();
    void applyAutosave();
    void configure();
    static QStringList droppableFiles(const QEvent *event);

    MainWindow *m_window;
    AppSettings &m_settings;
    ExportController *m_exporter;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_autosaveTimer;
};

} // namespace specwright::gui
