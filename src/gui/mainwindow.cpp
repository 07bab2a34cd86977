// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <utility>

#include "gui/autosaver.h"
#include "gui/canvas/diagrampanel.h"
#include "gui/diagramcontroller.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
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

namespace
{

// The editor position of a UTF-8 byte offset into `text`.
int positionOfByteOffset(const std::string &text, std::size_t offset)
{
    return int(QString::fromUtf8(text.data(), qsizetype(std::min(offset, text.size()))).size());
}

} // namespace

MainWindow::MainWindow(Highlighting &highlighting, QWidget *parent)
    : QMainWindow(parent)
    , m_highlighting(highlighting)
    , m_editor(new RstEditor(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_document(new DocumentController(m_editor->document(), this))
    , m_autosaver(new Autosaver(m_document, this))
    , m_analyzer(new DocumentAnalyzer(this))
    , m_previewController(new PreviewController(m_preview, m_editor, this))
    , m_outline(new OutlinePanel(this))
    , m_problems(new ProblemsPanel(this))
    , m_diagramPanel(new DiagramPanel(this))
    , m_diagrams(new DiagramController(m_editor, m_diagramPanel, this))
    , m_analysisTimer(new QTimer(this))
    , m_cursorStatus(new QLabel(this))
    , m_templateStatus(new QLabel(this))
    , m_checkStatus(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    m_editor->setObjectName(u"editor"_s);
    m_preview->setObjectName(u"preview"_s);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_checkStatus);
    statusBar()->addPermanentWidget(m_templateStatus);
    statusBar()->addPermanentWidget(m_cursorStatus);

    m_editor->setDefinition(m_highlighting.rstDefinition());
    createDocks();
    createActions();
    applyTheme();

    // A large document is analysed after a pause in typing.
    m_analysisTimer->setSingleShot(true);
    connect(m_analysisTimer, &QTimer::timeout, this, &MainWindow::analyzeNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &MainWindow::scheduleAnalysis);
    connect(m_analyzer, &DocumentAnalyzer::snapshotReady, this, &MainWindow::showSnapshot);

    connect(m_document, &DocumentController::pathChanged, this, [this] {
        updateTitle();
        m_preview->setDocumentFolder(
            m_document->path().isEmpty() ? QString() : QFileInfo(m_document->path()).absolutePath());
        scheduleAnalysis();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCursorStatus);
    connect(m_editor, &RstEditor::columnsPastLimitChanged, this, &MainWindow::updateCursorStatus);
    connect(m_document, &DocumentController::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_document, &DocumentController::loadProgress, this, [this](int percent) {
        statusBar()->showMessage(tr("Opening %1: %2 %").arg(m_document->displayName()).arg(percent));
    });
    connect(m_document, &DocumentController::opened, this, &MainWindow::onOpened);
    connect(m_editor, &RstEditor::spellingUnavailable, this, [this](const QString &language) {
        statusBar()->showMessage(
            tr("No spelling dictionary for %1: spelling is not checked. Install one (hunspell-%2, say) or pick "
               "another language in the settings.")
                .arg(language, language.toLower().replace(u'_', u'-')),
            15000);
    });
    connect(m_document, &DocumentController::reloadedFromDisk, this, [this] {
        statusBar()->showMessage(tr("%1 changed on disk and was reloaded.").arg(m_document->displayName()), 5000);
    });
    connect(m_document, &DocumentController::changedOnDiskWhileModified, this, &MainWindow::askAboutExternalChange);
    m_autosaver->setFocusWidget(m_editor);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Unsaved changes could not be backed up: %1").arg(message));
    });
    connect(m_document, &DocumentController::deletedOnDisk, this, [this] {
        statusBar()->showMessage(
            tr("%1 was deleted or moved on disk; saving writes it again.").arg(m_document->displayName()));
        m_editor->document()->setModified(true);
    });
    updateTitle();
    updateCursorStatus();
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

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
    new SectionMover(m_editor, m_outline->model(), this);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToPosition);
    connect(m_problems, &ProblemsPanel::quickFixesRequested, this, &MainWindow::showQuickFixes);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setObjectName(u"openAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setObjectName(u"quitAction"_s);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    undo->setEnabled(false);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    redo->setEnabled(false);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QPlainTextEdit::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QPlainTextEdit::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QPlainTextEdit::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), m_editor, &QPlainTextEdit::selectAll)->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("Remove &Trailing Spaces"), this, [this] {
        const std::string text = m_editor->toPlainText().toStdString();
        applyQuickFix(spec::removeTrailingSpaces(text), text);
    });
    edit->addSeparator();
    edit->addActions(m_editor->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
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
    syncScroll->setCheckable(true);
    syncScroll->setChecked(true);
    connect(syncScroll, &QAction::toggled, m_previewController, &PreviewController::setScrollSync);
    view->addSeparator();
    view->addActions(m_editor->viewActions());

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

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    check->addAction(tr("Check &Now"), this, &MainWindow::analyzeNow)->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    check->addAction(tr("&Next Problem"), this, [this] { m_problems->goToNext(m_editor->cursorLine(), true); })
        ->setShortcut(Qt::Key_F4);
    check->addAction(tr("&Previous Problem"), this, [this] { m_problems->goToNext(m_editor->cursorLine(), false); })
        ->setShortcut(Qt::SHIFT | Qt::Key_F4);
    check->addSeparator();
    QAction *strict = check->addAction(tr("&Strict Structure"));
    strict->setObjectName(u"strictStructureAction"_s);
    strict->setCheckable(true);
    strict->setToolTip(tr("Require the template's subsections exactly and in order (the ceilometer-specs gate)."));
    connect(strict, &QAction::toggled, this, [this](bool on) {
        m_strictStructure = on;
        spec::GateSettings settings;
        settings.strictStructure = on;
        if (!m_templateOverride.isEmpty())
            settings.templatePath = m_templateOverride.toStdString();
        m_analyzer->setGateSettings(settings);
        scheduleAnalysis();
    });
    check->addAction(tr("Choose &Template..."), this, &MainWindow::chooseTemplate);
    check->addSeparator();
    QAction *spelling = check->addAction(tr("Check S&pelling As You Type"));
    spelling->setObjectName(u"spellCheckingAction"_s);
    spelling->setCheckable(true);
    spelling->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    spelling->setChecked(m_editor->isSpellCheckingEnabled());
    connect(spelling, &QAction::toggled, m_editor, &RstEditor::setSpellCheckingEnabled);

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
    m_editor->setTheme(m_highlighting.themeFor(palette()));
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
    setWindowTitle(tr("%1[*] — Specwright").arg(m_document->displayName()));
    setWindowFilePath(m_document->path());
}

void MainWindow::updateCursorStatus()
{
    QString status = tr("Ln %1, Col %2").arg(m_editor->cursorLine()).arg(m_editor->cursorColumn());
    if (const int past = m_editor->columnsPastLimit(); past > 0)
        status += u"  "_s + tr("%n column(s) past the limit", nullptr, past);
    m_cursorStatus->setText(status);
    m_outline->setCursorLine(m_editor->cursorLine());
}

void MainWindow::analyzeNow()
{
    m_analyzer->submit(m_editor->toPlainText(), m_document->path());
}

void MainWindow::scheduleAnalysis()
{
    // A sliced load analyses once, when its last slice is in.
    if (m_document->isLoading())
        return;
    if (m_editor->document()->characterCount() > LargeDocument::typingPause) {
        m_analysisTimer->start(LargeDocument::typingPauseMilliseconds);
        return;
    }
    // Edits made in one turn of the event loop are analysed once. A queued
    // call rather than a zero timer: it runs before the window repaints
    // (a low-priority event), so the worker parses while the editor paints.
    if (std::exchange(m_analysisQueued, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (std::exchange(m_analysisQueued, false))
                analyzeNow();
        },
        Qt::QueuedConnection);
}

void MainWindow::onLoadStarted(qsizetype characters)
{
    // Colours go off before a large text comes in; they come back on once
    // a smaller one is in (see onOpened), so the large one is never
    // highlighted.
    if (characters > LargeDocument::syntaxColours)
        m_editor->setSyntaxColours(false);
    if (m_document->isLoading()) {
        m_analysisTimer->stop();
        m_analysisQueued = false;
        m_editor->setReadOnly(true);
    }
}

void MainWindow::onOpened()
{
    const qsizetype characters = m_editor->document()->characterCount();
    const bool colours = characters <= LargeDocument::syntaxColours;
    m_editor->setSyntaxColours(colours);
    m_editor->setReadOnly(!m_document->encodingProblem().isEmpty());
    if (!m_document->encodingProblem().isEmpty())
        showError(m_document->encodingProblem());
    else if (!colours)
        statusBar()->showMessage(
            tr("%1 is large (%2 MB): syntax colours are off and the live preview pauses above %3 MB.")
                .arg(m_document->displayName())
                .arg(characters / (1024 * 1024))
                .arg(LargeDocument::livePreview / (1024 * 1024)),
            10000);
    else
        statusBar()->clearMessage();
    m_editor->goToLine(std::exchange(m_lineAfterOpening, 1));
    scheduleAnalysis();
}

void MainWindow::showSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_snapshot = snapshot;
    // A paused preview shows an empty page under the notice, not an old
    // text that no longer matches the editor.
    m_previewController->show(snapshot);
    m_preview->setNotice(snapshot->previewPaused
            ? tr("The live preview is paused: it follows documents of up to %1 MB. The outline and the "
                 "problems still follow this one.")
                  .arg(LargeDocument::livePreview / (1024 * 1024))
            : QString());
    m_outline->setSnapshot(snapshot);
    m_problems->setSnapshot(snapshot);
    QHash<int, bool> marks;
    for (const spec::Problem &problem : snapshot->problems)
        marks[problem.line] = marks.value(problem.line) || problem.severity == spec::Severity::Error;
    m_editor->setProblemMarks(std::move(marks));

    const ProblemsModel *problems = m_problems->model();
    if (problems->rowCount() == 0)
        m_checkStatus->setText(tr("Gate: passes"));
    else
        m_checkStatus->setText(tr("Gate: %n error(s)", nullptr, problems->errorCount()) + u", "_s
            + tr("%n warning(s)", nullptr, problems->warningCount()));
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(problems->rowCount()));
    if (snapshot->specTemplate)
        m_templateStatus->setText(
            tr("Template: %1")
                .arg(QFileInfo(QString::fromStdString(snapshot->specTemplate->path.string())).fileName()));
    else if (!snapshot->templateError.empty())
        m_templateStatus->setText(tr("Template: %1").arg(QString::fromStdString(snapshot->templateError)));
    else
        m_templateStatus->setText(tr("No template"));
    Q_EMIT snapshotShown(snapshot->revision);
}

bool MainWindow::isPreviewCurrent() const
{
    return !m_analysisTimer->isActive() && !m_analysisQueued && m_snapshot
        && m_snapshot->revision == m_analyzer->submittedRevision()
        && m_previewController->shownRevision() == m_snapshot->revision;
}

void MainWindow::goToPosition(int line, int column)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMin(qMax(0, column - 1), block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus();
}

bool MainWindow::applyQuickFix(const spec::QuickFix &fix, const std::string &basis)
{
    if (m_editor->toPlainText().toStdString() != basis || fix.edits.empty())
        return false;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    // Later edits first, so that earlier offsets stay valid.
    for (auto it = fix.edits.rbegin(); it != fix.edits.rend(); ++it) {
        cursor.setPosition(positionOfByteOffset(basis, it->offset));
        cursor.setPosition(positionOfByteOffset(basis, it->offset + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(QString::fromStdString(it->replacement));
    }
    cursor.endEditBlock();
    return true;
}

// The gate's view of `text`: the snapshot's when it is of this very text
// (the usual case), so a quick fix does not parse the document again.
spec::ParsedSpec MainWindow::parsedSpecFor(const std::string &text) const
{
    if (m_snapshot && m_snapshot->text == text)
        return m_snapshot->parsedSpec;
    return spec::parseWithEngine(text, m_document->path().toStdString());
}

bool MainWindow::insertTemplateSection(const QString &title, const QString &parentTitle)
{
    if (!m_snapshot || !m_snapshot->specTemplate)
        return false;
    const std::string text = m_editor->toPlainText().toStdString();
    const spec::ParsedSpec parsed = parsedSpecFor(text);
    const auto fix = spec::insertMissingSection(
        text, parsed.sections, *m_snapshot->specTemplate, title.toStdString(), parentTitle.toStdString());
    return fix && applyQuickFix(*fix, text);
}

QList<QAction *> MainWindow::quickFixActions(int row, QObject *owner)
{
    QList<QAction *> actions;
    if (!m_snapshot || row < 0 || row >= m_problems->model()->rowCount())
        return actions;
    const spec::Problem &problem = m_problems->model()->problem(row);
    const std::string text = m_editor->toPlainText().toStdString();
    const spec::ParsedSpec parsed = parsedSpecFor(text);
    for (const auto &fix : spec::quickFixes(problem, text, parsed, m_snapshot->specTemplate.get())) {
        auto *action = new QAction(QString::fromStdString(fix.label), owner);
        connect(action, &QAction::triggered, this, [this, fix, text] { applyQuickFix(fix, text); });
        actions.append(action);
    }
    // A long line in prose is fixed by re-wrapping its paragraph.
    if (problem.rule == spec::rules::lineLength) {
        auto *action = new QAction(tr("Reflow the paragraph to the limit"), owner);
        const int line = problem.line;
        connect(action, &QAction::triggered, this, [this, line] {
            m_editor->goToLine(line);
            m_editor->reflowParagraph();
        });
        actions.append(action);
    }
    return actions;
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

void MainWindow::setTemplateOverride(const QString &path)
{
    if (path == m_templateOverride)
        return;
    m_templateOverride = path;
    spec::GateSettings settings;
    settings.strictStructure = m_strictStructure;
    if (!path.isEmpty())
        settings.templatePath = path.toStdString();
    m_analyzer->setGateSettings(settings);
    scheduleAnalysis();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Specwright"), message);
}

bool MainWindow::openFile(const QString &path, int line)
{
    // Where the cursor goes once the text is in (see onOpened).
    m_lineAfterOpening = qMax(line, 1);
    if (const Status status = m_document->open(path); !status) {
        m_lineAfterOpening = 1;
        showError(status.error());
        return false;
    }
    return true;
}

void MainWindow::openSample()
{
    QFile sample(u":/sample/example-spec.rst"_s);
    if (sample.open(QIODevice::ReadOnly))
        m_document->openText(QString::fromUtf8(sample.readAll()), tr("example-spec.rst"));
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Spec"), QString(), tr("reStructuredText (*.rst *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty() || !m_document->encodingProblem().isEmpty())
        return saveAs();
    if (const Status status = m_document->save(); !status) {
        showError(status.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Spec As"), m_document->path(), tr("reStructuredText (*.rst)"));
    if (path.isEmpty())
        return false;
    if (const Status status = m_document->saveAs(path); !status) {
        showError(status.error());
        return false;
    }
    m_editor->setReadOnly(false);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this,
        tr("Specwright"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::askAboutExternalChange()
{
    QMessageBox box(QMessageBox::Question,
        tr("File changed on disk"),
        tr("%1 was changed by another program, and you have unsaved changes.").arg(m_document->displayName()),
        QMessageBox::NoButton,
        this);
    if (const auto disk = m_document->diskText())
        box.setDetailedText(unifiedDiff(m_editor->toPlainText(), *disk, tr("my version"), tr("on disk")));
    QPushButton *reload = box.addButton(tr("&Reload and lose my changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep my version"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == reload) {
        if (const Status status = m_document->reload(); !status)
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
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace specwright::gui
