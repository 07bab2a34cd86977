// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documenttab.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <utility>

#include "gui/autosaver.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/largedocument.h"
#include "gui/rsteditor.h"
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

DocumentTab::DocumentTab(QWidget *editorParent, QObject *parent)
    : QObject(parent)
    , m_editor(new RstEditor(editorParent))
    , m_document(new DocumentController(m_editor->document(), this))
    , m_autosaver(new Autosaver(m_document, this))
    , m_analyzer(new DocumentAnalyzer(this))
    , m_analysisTimer(new QTimer(this))
{
    m_editor->setObjectName(u"editor"_s);
    // A large document is analysed after a pause in typing.
    m_analysisTimer->setSingleShot(true);
    connect(m_analysisTimer, &QTimer::timeout, this, &DocumentTab::analyzeNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, &DocumentTab::scheduleAnalysis);
    connect(m_analyzer, &DocumentAnalyzer::snapshotReady, this, &DocumentTab::onSnapshot);
    connect(m_document, &DocumentController::pathChanged, this, [this] {
        Q_EMIT labelChanged();
        scheduleAnalysis();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &DocumentTab::labelChanged);
    connect(m_document, &DocumentController::loadStarted, this, &DocumentTab::onLoadStarted);
    connect(m_document, &DocumentController::loadProgress, this, [this](int percent) {
        Q_EMIT message(tr("Opening %1: %2 %").arg(displayName()).arg(percent), 0);
    });
    connect(m_document, &DocumentController::opened, this, &DocumentTab::onOpened);
    connect(m_document, &DocumentController::reloadedFromDisk, this, [this] {
        Q_EMIT message(tr("%1 changed on disk and was reloaded.").arg(displayName()), 5000);
    });
    connect(m_document, &DocumentController::deletedOnDisk, this, [this] {
        Q_EMIT message(tr("%1 was deleted or moved on disk; saving writes it again.").arg(displayName()), 0);
        m_editor->document()->setModified(true);
    });
    m_autosaver->setFocusWidget(m_editor);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &text) {
        Q_EMIT message(tr("Unsaved changes could not be backed up: %1").arg(text), 0);
    });
}

DocumentTab::~DocumentTab()
{
    // The recovery file goes first (a tab closed on purpose), then what
    // reads the editor's document, then the editor.
    delete m_autosaver;
    delete m_document;
    delete m_editor;
}

QString DocumentTab::displayName() const
{
    return m_document->displayName();
}

QString DocumentTab::path() const
{
    return m_document->path();
}

bool DocumentTab::isModified() const
{
    return m_document->isModified();
}

bool DocumentTab::isShowing(const QString &path) const
{
    if (m_document->path().isEmpty() || path.isEmpty())
        return false;
    const auto canonical = [](const QString &file) {
        const QFileInfo info(file);
        const QString resolved = info.canonicalFilePath();
        return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
    };
    return canonical(m_document->path()) == canonical(path);
}

bool DocumentTab::isReplaceable() const
{
    return m_document->path().isEmpty() && !m_document->isModified() && !m_document->isLoading();
}

bool DocumentTab::isAnalysisPending() const
{
    return m_analysisTimer->isActive() || m_analysisQueued;
}

Status DocumentTab::open(const QString &path, int line)
{
    // Where the cursor goes once the text is in (see onOpened).
    m_lineAfterOpening = qMax(line, 1);
    Status status = m_document->open(path);
    if (!status)
        m_lineAfterOpening = 1;
    return status;
}

void DocumentTab::openSample()
{
    QFile sample(u":/sample/example-spec.rst"_s);
    if (sample.open(QIODevice::ReadOnly))
        m_document->openText(QString::fromUtf8(sample.readAll()), tr("example-spec.rst"));
}

void DocumentTab::setGateSettings(const spec::GateSettings &settings)
{
    m_analyzer->setGateSettings(settings);
    scheduleAnalysis();
}

void DocumentTab::analyzeNow()
{
    m_analysisTimer->stop();
    m_analysisQueued = false;
    m_analyzer->submit(m_editor->toPlainText(), m_document->path());
}

void DocumentTab::scheduleAnalysis()
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
            if (m_analysisQueued)
                analyzeNow();
        },
        Qt::QueuedConnection);
}

void DocumentTab::onLoadStarted(qsizetype characters)
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

void DocumentTab::onOpened()
{
    const qsizetype characters = m_editor->document()->characterCount();
    const bool colours = characters <= LargeDocument::syntaxColours;
    m_editor->setSyntaxColours(colours);
    m_editor->setReadOnly(!m_document->encodingProblem().isEmpty());
    if (!m_document->encodingProblem().isEmpty())
        Q_EMIT problem(m_document->encodingProblem());
    else if (!colours)
        Q_EMIT message(tr("%1 is large (%2 MB): syntax colours are off and the live preview pauses above %3 MB.")
                           .arg(displayName())
                           .arg(characters / (1024 * 1024))
                           .arg(LargeDocument::livePreview / (1024 * 1024)),
            10000);
    else
        Q_EMIT message(QString(), 0);
    m_editor->goToLine(std::exchange(m_lineAfterOpening, 1));
    scheduleAnalysis();
}

void DocumentTab::onSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_snapshot = snapshot;
    QHash<int, bool> marks;
    for (const spec::Problem &problem : snapshot->problems)
        marks[problem.line] = marks.value(problem.line) || problem.severity == spec::Severity::Error;
    m_editor->setProblemMarks(std::move(marks));
    Q_EMIT snapshotReady(snapshot);
}

bool DocumentTab::applyQuickFix(const spec::QuickFix &fix, const std::string &basis)
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
spec::ParsedSpec DocumentTab::parsedSpecFor(const std::string &text) const
{
    if (m_snapshot && m_snapshot->text == text)
        return m_snapshot->parsedSpec;
    return spec::parseWithEngine(text, m_document->path().toStdString());
}

bool DocumentTab::insertTemplateSection(const QString &title, const QString &parentTitle)
{
    if (!m_snapshot || !m_snapshot->specTemplate)
        return false;
    const std::string text = m_editor->toPlainText().toStdString();
    const spec::ParsedSpec parsed = parsedSpecFor(text);
    const auto fix = spec::insertMissingSection(
        text, parsed.sections, *m_snapshot->specTemplate, title.toStdString(), parentTitle.toStdString());
    return fix && applyQuickFix(*fix, text);
}

QList<QAction *> DocumentTab::quickFixActions(const spec::Problem &problem, QObject *owner)
{
    QList<QAction *> actions;
    if (!m_snapshot)
        return actions;
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

} // namespace specwright::gui
