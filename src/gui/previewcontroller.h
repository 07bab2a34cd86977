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

    PreviewPane *m_pane;
    QPlainTextEdit *m_editor;
    std::shared_ptr<const Snapshot> m_pending;
    std::vector<std::string> m_shownBlocks;
    quint64 m_shownRevision = 0;
    bool m_inFlight = false;
    bool m_scrollSync = true;
    bool m_darkScheme = false;
    int m_valueFromPreview = -1;
};

} // namespace specwright::gui
