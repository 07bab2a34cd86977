// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

#include "gui/autosaver.h"
#include "gui/canvas/diagrampanel.h"
#include "gui/diagramcontroller.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/documenttab.h"
#include "gui/documenttabs.h"
#include "gui/highlighting.h"
#include "gui/largedocument.h"
#include "gui/linediff.h"
#include "gui/outlinepanel.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/problemsmodel.h"
#include "gui/problemspanel.h"
#include "gui/rsteditor.h"
#include "gui/sectionmover.h"
#include "spec/quickfix.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

MainWindow::MainWindow(Highlighting &highlighting, QWidget *parent)
    : QMainWindow(parent)
    , m_highlighting(highlighting)
    , m_documents(new DocumentTabs(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_outline(new OutlinePanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_diagramPanel(new DiagramPanel(this))
    , m_cursorStatus(new QLabel(this))
    , m_templateStatus(new QLabel(this))
    , m_checkStatus(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    m_preview->setObjectName(u"preview"_s);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_documents->editors());
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // The tabs above the editor and the preview both: the preview shows
    // the current tab's document.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_documents->tabBar());
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_checkStatus);
    statusBar()->addPermanentWidget(m_templateStatus);
    statusBar()->addPermanentWidget(m_cursorStatus);

    // The first document, so that the controllers below have an editor.
    DocumentTab *first = m_documents->add();
    m_previewController = new PreviewController(m_preview, first->editor(), this);
    m_diagrams = new DiagramController(first->editor(), m_diagramPanel, this);
    m_sectionMover = new SectionMover(first->editor(), m_outline->model(), this);
    createDocks();
    createActions();
    joinTab(first);
    applyTheme();
    connect(m_documents, &DocumentTabs::added, this, &MainWindow::joinTab);
    connect(m_documents, &DocumentTabs::currentChanged, this, &MainWindow::showTab);
    connect(m_documents, &DocumentTabs::closeRequested, this, &MainWindow::closeTab);
    showTab(first);
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

int MainWindow::tabCount() const
{
    return m_documents->count();
}

int MainWindow::currentTabIndex() const
{
    return m_documents->currentIndex();
}

DocumentTab *MainWindow::currentTab() const
{
    return m_documents->current();
}

DocumentTab *MainWindow::tab(int index) const
{
    return m_documents->tab(index);
}

void MainWindow::setCurrentTab(int index)
{
    m_documents->setCurrentIndex(index);
}

QTabBar *MainWindow::tabBar() const
{
    return m_documents->tabBar();
}

int MainWindow::tabShowing(const QString &path) const
{
    return m_documents->indexShowing(path);
}

// What the window does for each of its documents, current or not.
void MainWindow::joinTab(DocumentTab *tab)
{
    RstEditor *editor = tab->editor();
    editor->setDefinition(m_highlighting.rstDefinition());
    editor->setTheme(m_highlighting.themeFor(palette()));
    editor->setSpellCheckingEnabled(m_spellingAction->isChecked());
    tab->analyzer()->setGateSettings(gateSettings());

    connect(tab, &DocumentTab::snapshotReady, this, [this, tab](const std::shared_ptr<const Snapshot> &snapshot) {
        if (tab == currentTab())
            showSnapshot(snapshot);
    });
    connect(tab, &DocumentTab::labelChanged, this, [this, tab] {
        if (tab != currentTab())
            return;
        updateTitle();
        m_preview->setDocumentFolder(tab->path().isEmpty() ? QString() : QFileInfo(tab->path()).absolutePath());
    });
    connect(tab, &DocumentTab::message, this, [this](const QString &text, int milliseconds) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, milliseconds);
    });
    connect(tab, &DocumentTab::problem, this, &MainWindow::showError);
    connect(tab->documentController(), &DocumentController::changedOnDiskWhileModified, this, [this, tab] {
        askAboutExternalChange(tab);
    });
    const auto ifCurrent = [this, tab](void (MainWindow::*then)()) {
        return [this, tab, then] {
            if (tab == currentTab())
                (this->*then)();
        };
    };
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, ifCurrent(&MainWindow::updateCursorStatus));
    connect(editor, &RstEditor::columnsPastLimitChanged, this, ifCurrent(&MainWindow::updateCursorStatus));
    connect(editor, &QPlainTextEdit::undoAvailable, this, ifCurrent(&MainWindow::updateEditActions));
    connect(editor, &QPlainTextEdit::redoAvailable, this, ifCurrent(&MainWindow::updateEditActions));
    connect(editor, &RstEditor::spellingUnavailable, this, [this](const QString &language) {
        statusBar()->showMessage(
            tr("No spelling dictionary for %1: spelling is not checked. Install one (hunspell-%2, say) or pick "
               "another language in the settings.")
                .arg(language, language.toLower().replace(u'_', u'-')),
            15000);
    });
    Q_EMIT tabAdded(tab);
}

DocumentTab *MainWindow::newTab()
{
    DocumentTab *tab = m_documents->add();
    m_documents->setCurrentIndex(m_documents->indexOf(tab));
    tab->scheduleAnalysis();
    return tab;
}

DocumentTab *MainWindow::tabForNewDocument()
{
    return currentTab()->isReplaceable() ? currentTab() : newTab();
}

bool MainWindow::closeTab(int index)
{
    DocumentTab *tab = m_documents->tab(index);
    if (!tab)
        return false;
    if (tab->isModified()) {
        setCurrentTab(index);
        if (!maybeSave(tab))
            return false;
    }
    m_documents->remove(tab);
    return true;
}

void MainWindow::showTab(DocumentTab *tab)
{
    if (m_shown)
        m_shown->setPreviewLine(m_previewController->topLine());
    m_shown = tab;
    // The current editor's own actions, in the menus.
    for (QAction *action : std::as_const(m_editorActions)) {
        m_editMenu->removeAction(action);
        m_viewMenu->removeAction(action);
    }
    m_editMenu->insertActions(m_editActionsEnd, tab->editor()->editActions());
    m_viewMenu->insertActions(m_viewActionsEnd, tab->editor()->viewActions());
    m_editorActions = tab->editor()->editActions() + tab->editor()->viewActions();
    m_diagrams->setEditor(tab->editor());
    m_sectionMover->setEditor(tab->editor());
    m_preview->setDocumentFolder(tab->path().isEmpty() ? QString() : QFileInfo(tab->path()).absolutePath());
    m_previewController->showDocument(tab->editor(), tab->snapshot(), tab->previewLine());
    showAnalysis(tab->snapshot());
    updateTitle();
    updateCursorStatus();
    updateEditActions();
}

void MainWindow::createDocks()
{
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(u"outlineDock"_s);
    m_outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_diagramDock = new QDockWidget(tr("Diagram"), this);
    m_diagramDock->setObjectName(u"diagramDock"_s);
    m_diagramDock->setWidget(m_diagramPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagramDock);
    tabifyDockWidget(m_problemsDock, m_diagramDock);
    m_problemsDock->raise();
    connect(m_diagrams, &DiagramController::panelWanted, this, [this] {
        m_diagramDock->show();
        m_diagramDock->raise();
        // Tabbed with the problems list, the dock opens a few lines tall:
        // give drawing room to begin with (the user's own size stays).
        const int roomy = height() * 2 / 5;
        if (!m_diagramDock->isFloating() && m_diagramDock->height() < roomy)
            resizeDocks({ m_diagramDock }, { roomy }, Qt::Vertical);
        m_diagramPanel->canvas()->setFocus();
    });
    connect(m_diagrams, &DiagramController::problemReported, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    resizeDocks({ m_outlineDock }, { 240 }, Qt::Horizontal);
    resizeDocks({ m_problemsDock }, { 150 }, Qt::Vertical);

    connect(m_outline, &OutlinePanel::sectionActivated, this, [this](int line) { goToPosition(line, 1); });
    connect(m_outline, &OutlinePanel::insertSectionRequested, this, &MainWindow::insertTemplateSection);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToPosition);
    connect(m_problems, &ProblemsPanel::quickFixesRequested, this, &MainWindow::showQuickFixes);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newTab);
    newAction->setObjectName(u"newAction"_s);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setObjectName(u"openAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, [this] { save(currentTab()); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, [this] { saveAs(currentTab()); });
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction *closeAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(currentTabIndex()); });
    closeAction->setObjectName(u"closeTabAction"_s);
    closeAction->setShortcuts(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(u"quitAction"_s);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *edit = m_editMenu;
    edit->setObjectName(u"editMenu"_s);
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] { editor()->undo(); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] { editor()->redo(); });
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), this, [this] { editor()->cut(); })->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), this, [this] { editor()->copy(); })->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), this, [this] { editor()->paste(); })->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), this, [this] { editor()->selectAll(); })->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("Remove &Trailing Spaces"), this, [this] {
        const std::string text = editor()->toPlainText().toStdString();
        applyQuickFix(spec::removeTrailingSpaces(text), text);
    });
    edit->addSeparator();
    // The current editor's actions go before this (see showCurrentTab).
    m_editActionsEnd = edit->addSeparator();
    m_editActionsEnd->setVisible(false);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *view = m_viewMenu;
    view->setObjectName(u"viewMenu"_s);
    QAction *previewToggle = view->addAction(tr("&Preview"));
    previewToggle->setObjectName(u"previewAction"_s);
    previewToggle->setCheckable(true);
    previewToggle->setChecked(true);
    previewToggle->setShortcut(Qt::Key_F8);
    connect(previewToggle, &QAction::toggled, m_preview, &QWidget::setVisible);
    QAction *outlineToggle = m_outlineDock->toggleViewAction();
    outlineToggle->setText(tr("&Outline"));
    outlineToggle->setShortcut(Qt::Key_F9);
    view->addAction(outlineToggle);
    QAction *problemsToggle = m_problemsDock->toggleViewAction();
    problemsToggle->setObjectName(u"problemsAction"_s);
    problemsToggle->setText(tr("Pro&blems"));
    problemsToggle->setShortcut(Qt::Key_F10);
    view->addAction(problemsToggle);
    view->addSeparator();
    QAction *syncScroll = view->addAction(tr("&Sync Scrolling"));
    syncScroll->setObjectName(u"syncScrollAction"_s);
    syncScroll->setCheckable(true);
    syncScroll->setChecked(true);
    connect(syncScroll, &QAction::toggled, m_previewController, &PreviewController::setScrollSync);
    view->addSeparator();
    // The current editor's actions go before this (see showCurrentTab).
    m_viewActionsEnd = view->addSeparator();
    m_viewActionsEnd->setVisible(false);

    QMenu *diagram = menuBar()->addMenu(tr("&Diagram"));
    diagram->setObjectName(u"diagramMenu"_s);
    QAction *newDiagram = diagram->addAction(tr("&New Diagram"), m_diagrams, &DiagramController::startNewDiagram);
    newDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QAction *editDiagram
        = diagram->addAction(tr("&Edit Diagram Under Cursor"), m_diagrams, &DiagramController::editDiagramUnderCursor);
    editDiagram->setObjectName(u"editDiagramAction"_s);
    editDiagram->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    diagram->addSeparator();
    diagram->addActions(m_diagramPanel->toolBar()->actions());
    QAction *diagramToggle = m_diagramDock->toggleViewAction();
    diagramToggle->setText(tr("&Diagram Canvas"));
    diagramToggle->setShortcut(Qt::Key_F11);
    view->addAction(diagramToggle);
    view->addSeparator();
    QAction *nextTab = view->addAction(tr("Ne&xt Tab"), this, [this] { m_documents->cycle(1); });
    nextTab->setObjectName(u"nextTabAction"_s);
    nextTab->setShortcuts({ QKeySequence(QKeySequence::NextChild), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    QAction *previousTab = view->addAction(tr("Pre&vious Tab"), this, [this] { m_documents->cycle(-1); });
    previousTab->setObjectName(u"previousTabAction"_s);
    previousTab->setShortcuts({ QKeySequence(QKeySequence::PreviousChild), QKeySequence(Qt::CTRL | Qt::Key_PageUp) });

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    check->addAction(tr("Check &Now"), this, [this] { currentTab()->analyzeNow(); })
        ->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    check->addAction(tr("&Next Problem"), this, [this] { m_problems->goToNext(editor()->cursorLine(), true); })
        ->setShortcut(Qt::Key_F4);
    check->addAction(tr("&Previous Problem"), this, [this] { m_problems->goToNext(editor()->cursorLine(), false); })
        ->setShortcut(Qt::SHIFT | Qt::Key_F4);
    check->addSeparator();
    QAction *strict = check->addAction(tr("&Strict Structure"));
    strict->setObjectName(u"strictStructureAction"_s);
    strict->setCheckable(true);
    strict->setToolTip(tr("Require the template's subsections exactly and in order (the ceilometer-specs gate)."));
    connect(strict, &QAction::toggled, this, [this](bool on) {
        m_strictStructure = on;
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->setGateSettings(gateSettings());
    });
    check->addAction(tr("Choose &Template..."), this, &MainWindow::chooseTemplate);
    check->addSeparator();
    m_spellingAction = check->addAction(tr("Check S&pelling As You Type"));
    m_spellingAction->setObjectName(u"spellCheckingAction"_s);
    m_spellingAction->setCheckable(true);
    m_spellingAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_spellingAction->setChecked(tab(0)->editor()->isSpellCheckingEnabled());
    connect(m_spellingAction, &QAction::toggled, this, [this](bool on) {
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->editor()->setSpellCheckingEnabled(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(tr("&About Specwright"), this, [this] {
        QMessageBox::about(this,
            tr("About Specwright"),
            tr("<p><b>Specwright %1</b></p><p>An editor for design specs written in "
               "reStructuredText.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_highlighting.themeFor(palette());
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->editor()->setTheme(theme);
    m_previewController->setDarkScheme(Highlighting::isDark(palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Specwright").arg(currentTab()->displayName()));
    setWindowFilePath(currentTab()->path());
    setWindowModified(currentTab()->isModified());
}

void MainWindow::updateCursorStatus()
{
    RstEditor *current = editor();
    QString status = tr("Ln %1, Col %2").arg(current->cursorLine()).arg(current->cursorColumn());
    if (const int past = current->columnsPastLimit(); past > 0)
        status += u"  "_s + tr("%n column(s) past the limit", nullptr, past);
    m_cursorStatus->setText(status);
    m_outline->setCursorLine(current->cursorLine());
}

void MainWindow::updateEditActions()
{
    m_undoAction->setEnabled(editor()->document()->isUndoAvailable());
    m_redoAction->setEnabled(editor()->document()->isRedoAvailable());
}

void MainWindow::showSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_previewController->show(snapshot);
    showAnalysis(snapshot);
}

void MainWindow::showAnalysis(const std::shared_ptr<const Snapshot> &snapshot)
{
    // A paused preview shows an empty page under the notice, not an old
    // text that no longer matches the editor.
    m_preview->setNotice(snapshot && snapshot->previewPaused
            ? tr("The live preview is paused: it follows documents of up to %1 MB. The outline and the "
                 "problems still follow this one.")
                  .arg(LargeDocument::livePreview / (1024 * 1024))
            : QString());
    m_outline->setSnapshot(snapshot);
    m_problems->setSnapshot(snapshot);

    const ProblemsModel *problems = m_problems->model();
    if (!snapshot)
        m_checkStatus->clear();
    else if (problems->rowCount() == 0)
        m_checkStatus->setText(tr("Gate: passes"));
    else
        m_checkStatus->setText(tr("Gate: %n error(s)", nullptr, problems->errorCount()) + u", "_s
            + tr("%n warning(s)", nullptr, problems->warningCount()));
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(problems->rowCount()));
    if (!snapshot)
        m_templateStatus->clear();
    else if (snapshot->specTemplate)
        m_templateStatus->setText(
            tr("Template: %1")
                .arg(QFileInfo(QString::fromStdString(snapshot->specTemplate->path.string())).fileName()));
    else if (!snapshot->templateError.empty())
        m_templateStatus->setText(tr("Template: %1").arg(QString::fromStdString(snapshot->templateError)));
    else
        m_templateStatus->setText(tr("No template"));
    if (snapshot)
        Q_EMIT snapshotShown(snapshot->revision);
}

bool MainWindow::isPreviewCurrent() const
{
    const DocumentTab *current = currentTab();
    const std::shared_ptr<const Snapshot> shown = current->snapshot();
    return !current->isAnalysisPending() && shown && shown->revision == current->analyzer()->submittedRevision()
        && m_previewController->shownRevision() == shown->revision;
}

void MainWindow::goToPosition(int line, int column)
{
    RstEditor *current = editor();
    const QTextBlock block = current->document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(qMax(0, column - 1), block.length() - 1));
    current->setTextCursor(cursor);
    current->centerCursor();
    current->setFocus();
}

bool MainWindow::applyQuickFix(const spec::QuickFix &fix, const std::string &basis)
{
    return currentTab()->applyQuickFix(fix, basis);
}

bool MainWindow::insertTemplateSection(const QString &title, const QString &parentTitle)
{
    return currentTab()->insertTemplateSection(title, parentTitle);
}

QList<QAction *> MainWindow::quickFixActions(int row, QObject *owner)
{
    if (row < 0 || row >= m_problems->model()->rowCount())
        return {};
    return currentTab()->quickFixActions(m_problems->model()->problem(row), owner);
}

void MainWindow::showQuickFixes(int row, const QPoint &globalPosition)
{
    QMenu menu(this);
    const QList<QAction *> actions = quickFixActions(row, &menu);
    menu.addActions(actions);
    if (actions.isEmpty())
        menu.addAction(tr("No quick fix for this problem"))->setEnabled(false);
    menu.exec(globalPosition);
}

void MainWindow::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Spec Template"), m_templateOverride, tr("reStructuredText (*.rst);;All files (*)"));
    if (path.isEmpty())
        return;
    setTemplateOverride(path);
    Q_EMIT templateChosen(path);
}

spec::GateSettings MainWindow::gateSettings() const
{
    spec::GateSettings settings;
    settings.strictStructure = m_strictStructure;
    if (!m_templateOverride.isEmpty())
        settings.templatePath = m_templateOverride.toStdString();
    return settings;
}

void MainWindow::setTemplateOverride(const QString &path)
{
    if (path == m_templateOverride)
        return;
    m_templateOverride = path;
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->setGateSettings(gateSettings());
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Specwright"), message);
}

bool MainWindow::openFile(const QString &path, int line)
{
    if (const int index = tabShowing(path); index >= 0) {
        setCurrentTab(index);
        if (line > 0)
            editor()->goToLine(line);
        return true;
    }
    DocumentTab *previous = currentTab();
    const bool replacing = previous->isReplaceable();
    DocumentTab *tab = replacing ? previous : newTab();
    if (const Status status = tab->open(path, line); !status) {
        if (!replacing) {
            m_documents->remove(tab);
            setCurrentTab(m_documents->indexOf(previous));
        }
        showError(status.error());
        return false;
    }
    return true;
}

void MainWindow::openSample()
{
    currentTab()->openSample();
}

void MainWindow::open()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Spec"), QString(), tr("reStructuredText (*.rst *.txt);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save(DocumentTab *tab)
{
    DocumentController *document = tab->documentController();
    if (document->path().isEmpty() || !document->encodingProblem().isEmpty())
        return saveAs(tab);
    if (const Status status = document->save(); !status) {
        showError(status.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(document->path()), 3000);
    return true;
}

bool MainWindow::saveAs(DocumentTab *tab)
{
    DocumentController *document = tab->documentController();
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Spec As"), document->path(), tr("reStructuredText (*.rst)"));
    if (path.isEmpty())
        return false;
    if (const Status status = document->saveAs(path); !status) {
        showError(status.error());
        return false;
    }
    tab->editor()->setReadOnly(false);
    return true;
}

bool MainWindow::maybeSave(DocumentTab *tab)
{
    if (!tab->isModified())
        return true;
    const auto answer = QMessageBox::warning(this,
        tr("Specwright"),
        tr("%1 has unsaved changes. Save them?").arg(tab->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save(tab);
    return answer == QMessageBox::Discard;
}

void MainWindow::askAboutExternalChange(DocumentTab *tab)
{
    // The user sees the document the question is about.
    setCurrentTab(m_documents->indexOf(tab));
    DocumentController *document = tab->documentController();
    QMessageBox box(QMessageBox::Question,
        tr("File changed on disk"),
        tr("%1 was changed by another program, and you have unsaved changes.").arg(document->displayName()),
        QMessageBox::NoButton,
        this);
    if (const auto disk = document->diskText())
        box.setDetailedText(unifiedDiff(tab->editor()->toPlainText(), *disk, tr("my version"), tr("on disk")));
    QPushButton *reload = box.addButton(tr("&Reload and lose my changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep my version"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == reload) {
        if (const Status status = document->reload(); !status)
            showError(status.error());
    }
}

bool MainWindow::restoreSplitterState(const QByteArray &state)
{
    if (!m_splitter->restoreState(state))
        return false;
    m_splitterPlaced = true;
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    // Only now does the splitter have its width: sizes set before the first
    // show are laid out again from the widgets' size hints.
    const QList<int> sizes = m_splitter->sizes();
    const int total = std::max(2, sizes.value(0) + sizes.value(1));
    m_splitter->setSizes({ total / 2, total - total / 2 });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each document with changes in turn, shown while it is asked about;
    // Cancel on any keeps the window and all its documents open.
    for (int i = 0; i < tabCount(); ++i) {
        if (!tab(i)->isModified())
            continue;
        setCurrentTab(i);
        if (!maybeSave(tab(i))) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace specwright::gui
