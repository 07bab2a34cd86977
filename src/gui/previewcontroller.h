// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>
#include <string>
#include <vector>

class QPlainTextEdit;

namespace specwright::gui
{

class PreviewPane;
struct Snapshot;

// Keeps the preview in step with the editor: patches each new snapshot's
// blocks into the page (never reloading it), scrolls either side to the
// other's source line, and puts the cursor where the reader clicked.
class PreviewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewController)

public:
    PreviewController(PreviewPane *pane, QPlainTextEdit *editor, QObject *parent = nullptr);
    ~PreviewController() override;

    void show(const std::shared_ptr<const Snapshot> &snapshot);
    // Follows another editor (another document of the window): the page
    // takes its snapshot (empty until there is one) and, once that is in,
    // scrolls to where the editor is or, without scroll sync, to `line`.
    void showDocument(QPlainTextEdit *editor, const std::shared_ptr<const Snapshot> &snapshot, int line);
    // The source line the page was last scrolled to, by either side.
    int topLine() const { return m_topLine; }
    void setDarkScheme(bool dark);
    void setScrollSync(bool enabled);
    bool scrollSync() const { return m_scrollSync; }
    // The revision whose blocks the page holds now.
    quint64 shownRevision() const { return m_shownRevision; }

Q_SIGNALS:
    // The page's DOM now holds the given revision.
    void updated(quint64 revision);

private:
    void sendPending();
    void syncPreviewToEditor();
    void syncEditorToPreview(int line);
    void followEditor(QPlainTextEdit *editor);

    PreviewPane *m_pane;
    QPlainTextEdit *m_editor = nullptr;
    QMetaObject::Connection m_editorScroll;
    std::shared_ptr<const Snapshot> m_pending;
    std::shared_ptr<const Snapshot> m_latest;
    std::vector<std::string> m_shownBlocks;
    quint64 m_shownRevision = 0;
    bool m_inFlight = false;
    bool m_scrollSync = true;
    bool m_darkScheme = false;
    int m_valueFromPreview = -1;
    int m_topLine = 1;
    // The page scrolls here once the pending blocks are in; 0: nowhere.
    int m_scrollAfterPatch = 0;
};

} // namespace specwright::gui
