// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

#include "gui/status.h"

namespace specwright::gui
{

// One document's unsaved text as a recovery file holds it.
struct RecoveryEntry {
    QString id; // names the recovery file; stable while the document is open
    QString originalPath; // empty for a document that was never saved
    QString displayName;
    QString text;
    QDateTime savedAt;
    qint64 ownerPid = 0;
};

// The folder of recovery files: one file per open document with unsaved
// changes, holding its original path and text, written atomically. Files of
// a process that ended without removing them (a crash, a kill) are what the
// next start offers to restore. It only reads and writes files; asking the
// user is the window's business.
class RecoveryStore final
{
public:
    // AppDataLocation/recovery.
    RecoveryStore();
    explicit RecoveryStore(const QString &directory);

    QString directory() const { return m_directory; }
    QString fileFor(const QString &id) const;

    // A new id for a document, unique in the folder.
    static QString newId();
    // Writes (or replaces) the entry's file; the entry's ownerPid and
    // savedAt are filled in here.
    Status write(const RecoveryEntry &entry) const;
    Status remove(const QString &id) const;
    // The entries whose owning process is no longer running, oldest first.
    // Unreadable or foreign files are skipped, never deleted.
    std::vector<RecoveryEntry> orphaned() const;
    // Every readable entry, whoever owns it.
    std::vector<RecoveryEntry> all() const;

private:
    QString m_directory;
};

} // namespace specwright::gui
