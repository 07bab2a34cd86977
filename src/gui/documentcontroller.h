// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <optional>

#include "gui/status.h"

class QFileSystemWatcher;
class QTextDocument;

namespace specwright::gui
{

// Owns the file behind the editor's text: opening (with checks for binary
// and invalid UTF-8 input), saving atomically (keeping line endings and a
// byte-order mark as they were), and noticing when the file changes on disk.
// It never asks the user anything: it reports, the window asks.
class DocumentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentController)

public:
    explicit DocumentController(QTextDocument *document, QObject *parent = nullptr);
    ~DocumentController() override;

    QTextDocument *document() const { return m_document; }
    QString path() const { return m_path; }
    QString displayName() const;
    bool isModified() const;
    bool usesCrLf() const { return m_crlf; }
    bool hasByteOrderMark() const { return m_bom; }
    // Non-empty when the file had bytes that are not UTF-8: the document is
    // then read-only, so that saving cannot silently replace them.
    QString encodingProblem() const { return m_encodingProblem; }

    Status open(const QString &path);
    void openText(const QString &text, const QString &displayName);
    // A large text goes into the editor a slice per turn of the event loop,
    // so that the window keeps working while it loads: open() returns at
    // once and opened() follows when the last slice is in. Until then the
    // text is incomplete, and saving refuses.
    // (LargeDocument::slicedLoading says how large.)
    bool isLoading() const { return m_loadPosition >= 0; }
    Status save();
    Status saveAs(const QString &path);
    // Takes the file as it is now on disk, dropping local changes.
    Status reload();
    // Puts recovered text in place of the file's: the document keeps `path`
    // (its line endings and byte-order mark, when the file is still there)
    // and is modified. `path` may be empty or gone from disk.
    Status restore(const QString &path, const QString &text, const QString &displayName);
    // The file's text on disk now (line endings as in the editor); none
    // when there is no file or it cannot be read.
    std::optional<QString> diskText() const;

Q_SIGNALS:
    void pathChanged(const QString &path);
    // A text of `characters` characters is about to replace the document's.
    void loadStarted(qsizetype characters);
    // How much of a sliced load is in, from 0 to 100.
    void loadProgress(int percent);
    void opened();
    void saved();
    // The file changed on disk and there were no local changes: it was
    // reloaded.
    void reloadedFromDisk();
    // The file changed on disk while there are local changes: the window
    // must ask what to do. Nothing was changed.
    void changedOnDiskWhileModified();
    void deletedOnDisk();

private:
    // Replaces the document's text, in slices when it is long; `modified`
    // is the state the document is left in.
    void setText(const QString &text, bool modified);
    void loadNextSlices();
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    QByteArray encode() const;

    QTextDocument *m_document;
    QFileSystemWatcher *m_watcher;
    QString m_path;
    QString m_untitledName;
    QString m_encodingProblem;
    QByteArray m_diskContent; // what we last read or wrote, to tell our own writes apart
    QString m_loadingText; // the text a sliced load is putting in
    qsizetype m_loadPosition = -1; // how much of it is in; -1: not loading
    bool m_loadingModified = false;
    bool m_crlf = false;
    bool m_bom = false;
};

} // namespace specwright::gui
