// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

#include "gui/documenttab.h"

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabBar;

namespace specwright::spec
{
struct GateSettings;
struct QuickFix;
} // namespace specwright::spec

namespace specwright::gui
{

class Autosaver;
class DiagramController;
class DiagramPanel;
class DocumentAnalyzer;
class DocumentController;
class DocumentTabs;
class Highlighting;
class OutlinePanel;
class PreviewController;
class PreviewPane;
class ProblemsPanel;
class RstEditor;
class SectionMover;
struct Snapshot;

// Lays out the documents' tabs, the editor, the preview and the docks, and
// offers the actions; the work itself is done by the controllers it holds.
// Each open document is a DocumentTab; the preview, the panels, the status
// bar and the actions follow the current one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Starts with one empty, untitled document.
    explicit MainWindow(Highlighting &highlighting, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The current document's.
    RstEditor *editor() const { return currentTab()->editor(); }
    DocumentController *documentController() const { return currentTab()->documentController(); }
    Autosaver *autosaver() const { return currentTab()->autosaver(); }
    DocumentAnalyzer *analyzer() const { return currentTab()->analyzer(); }
    std::shared_ptr<const Snapshot> snapshot() const { return currentTab()->snapshot(); }

    PreviewPane *preview() const { return m_preview; }
    PreviewController *previewController() const { return m_previewController; }
    OutlinePanel *outlinePanel() const { return m_outline; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    DiagramPanel *diagramPanel() const { return m_diagramPanel; }
    DiagramController *diagramController() const { return m_diagrams; }
    // True when the preview shows the current editor's text.
    bool isPreviewCurrent() const;
    Highlighting &highlighting() const { return m_highlighting; }

    int tabCount() const;
    int currentTabIndex() const;
    DocumentTab *currentTab() const;
    DocumentTab *tab(int index) const;
    void setCurrentTab(int index);
    QTabBar *tabBar() const;
    // The index of the tab showing the file at `path`, or -1.
    int tabShowing(const QString &path) const;
    // A new, empty, untitled document in a tab of its own, made current.
    DocumentTab *newTab();
    // Where a document about to be opened or restored goes: the current tab
    // when it holds nothing worth keeping (see DocumentTab::isReplaceable),
    // otherwise a new one. Made current.
    DocumentTab *tabForNewDocument();
    // Closes a tab, asking first when it has unsaved changes; false when the
    // user cancelled. The last tab closed leaves an empty untitled one.
    bool closeTab(int index);

    // Opens a file in a tab (switching to it when it is open already),
    // telling the user in a dialog when it cannot be opened.
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
    // A document was added; the window owns it.
    void tabAdded(specwright::gui::DocumentTab *tab);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void applyTheme();
    void joinTab(DocumentTab *tab);
    void showTab(DocumentTab *tab);
    void updateTitle();
    void updateCursorStatus();
    void updateEditActions();
    void showSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    // The outline, the problems and the status bar.
    void showAnalysis(const std::shared_ptr<const Snapshot> &snapshot);
    void showError(const QString &message);
    bool maybeSave(DocumentTab *tab);
    void askAboutExternalChange(DocumentTab *tab);
    void showQuickFixes(int row, const QPoint &globalPosition);
    void chooseTemplate();
    spec::GateSettings gateSettings() const;
    void goToPosition(int line, int column);

    void open();
    bool save(DocumentTab *tab);
    bool saveAs(DocumentTab *tab);

    Highlighting &m_highlighting;
    DocumentTabs *m_documents;
    DocumentTab *m_shown = nullptr; // the document the preview and panels show
    PreviewPane *m_preview;
    QSplitter *m_splitter;
    PreviewController *m_previewController = nullptr;
    OutlinePanel *m_outline;
    ProblemsPanel *m_problems;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    DiagramPanel *m_diagramPanel;
    DiagramController *m_diagrams = nullptr;
    SectionMover *m_sectionMover = nullptr;
    QDockWidget *m_diagramDock = nullptr;
    QLabel *m_cursorStatus;
    QLabel *m_templateStatus;
    QLabel *m_checkStatus;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    // The current editor's own actions sit before these in their menus.
    QAction *m_editActionsEnd = nullptr;
    QAction *m_viewActionsEnd = nullptr;
    QList<QAction *> m_editorActions; // the current editor's, in the menus
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_spellingAction = nullptr;
    QString m_templateOverride;
    bool m_strictStructure = false;
    bool m_splitterPlaced = false;
};

} // namespace specwright::gui
