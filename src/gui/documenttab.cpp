// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documenttab.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <utility>

#include "gui/autosaver.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/largedocument.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

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

} // namespace specwright::gui
