// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewcontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <utility>

#include "gui/documentanalyzer.h"
#include "gui/previewpane.h"
#include "rst/blockdiff.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

PreviewController::PreviewController(PreviewPane *pane, QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
{
    // A new page (the first, or one started again after its process
    // stopped) holds nothing: it gets the latest snapshot whole.
    connect(m_pane, &PreviewPane::pageReady, this, [this] {
        m_shownBlocks.clear();
        m_inFlight = false;
        if (!m_pending)
            m_pending = m_latest;
        setDarkScheme(m_darkScheme);
        sendPending();
    });
    followEditor(editor);
    connect(m_pane->bridge(), &PreviewBridge::scrolledToLine, this, &PreviewController::syncEditorToPreview);
    connect(m_pane->bridge(), &PreviewBridge::clickedLine, this, [this](int line) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(qMax(0, line - 1));
        if (!block.isValid())
            return;
        m_editor->setTextCursor(QTextCursor(block));
        m_editor->setFocus();
    });
}

PreviewController::~PreviewController() = default;

void PreviewController::followEditor(QPlainTextEdit *editor)
{
    disconnect(m_editorScroll);
    m_editor = editor;
    m_valueFromPreview = -1;
    m_editorScroll = connect(
        m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &PreviewController::syncPreviewToEditor);
}

void PreviewController::showDocument(QPlainTextEdit *editor, const std::shared_ptr<const Snapshot> &snapshot, int line)
{
    followEditor(editor);
    m_scrollAfterPatch = qMax(1, line);
    // Until the document has been analysed, an empty page rather than the
    // other document's.
    static const auto empty = std::make_shared<const Snapshot>();
    show(snapshot ? snapshot : empty);
}

void PreviewController::show(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_pending = snapshot;
    m_latest = snapshot;
    sendPending();
}

// One patch at a time: the next is computed against what the page really
// holds once the previous one has landed.
void PreviewController::sendPending()
{
    if (!m_pending || m_inFlight || !m_pane->isPageReady())
        return;
    const std::shared_ptr<const Snapshot> snapshot = std::move(m_pending);
    m_pending.reset();

    std::vector<std::string> blocks;
    blocks.reserve(snapshot->blocks.size());
    for (const auto &block : snapshot->blocks)
        blocks.push_back(block.html);
    const rst::BlockPatch patch = rst::diffBlocks(m_shownBlocks, blocks);
    QJsonArray inserted;
    for (std::size_t index : patch.inserted)
        inserted.append(QString::fromStdString(blocks[index]));
    const QString script = u"specwright.patch(%1, %2, %3)"_s.arg(patch.start)
                               .arg(patch.removeCount)
                               .arg(QString::fromUtf8(QJsonDocument(inserted).toJson(QJsonDocument::Compact)));
    m_inFlight = true;
    m_shownBlocks = std::move(blocks);
    const quint64 revision = snapshot->revision;
    m_pane->run(script, [this, revision](const QVariant &result) {
        m_inFlight = false;
        m_shownRevision = revision;
        // No result when the page went away with the script unrun (the
        // window is closing): nothing to scroll then.
        if (result.isValid() && !m_pending && m_scrollAfterPatch > 0) {
            const int line = std::exchange(m_scrollAfterPatch, 0);
            if (m_scrollSync) {
                syncPreviewToEditor();
            } else {
                m_topLine = line;
                m_pane->run(u"specwright.scrollToLine(%1)"_s.arg(line));
            }
        }
        Q_EMIT updated(revision);
        sendPending();
    });
}

void PreviewController::setDarkScheme(bool dark)
{
    m_darkScheme = dark;
    if (m_pane->isPageReady())
        m_pane->run(u"specwright.setScheme('%1')"_s.arg(dark ? u"dark"_s : u"light"_s));
}

void PreviewController::setScrollSync(bool enabled)
{
    m_scrollSync = enabled;
    if (enabled)
        syncPreviewToEditor();
}

void PreviewController::syncPreviewToEditor()
{
    // The scroll the preview itself asked for is not sent back to it.
    const int value = m_editor->verticalScrollBar()->value();
    if (std::exchange(m_valueFromPreview, -1) == value)
        return;
    if (!m_scrollSync || !m_pane->isPageReady())
        return;
    m_topLine = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber() + 1;
    m_pane->run(u"specwright.scrollToLine(%1)"_s.arg(m_topLine));
}

void PreviewController::syncEditorToPreview(int line)
{
    m_topLine = line;
    if (!m_scrollSync)
        return;
    QScrollBar *bar = m_editor->verticalScrollBar();
    const int value = qBound(bar->minimum(), line - 1, bar->maximum());
    if (value == bar->value())
        return;
    m_valueFromPreview = value;
    bar->setValue(value);
}

} // namespace specwright::gui
