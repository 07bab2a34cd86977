// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

constexpr int formatVersion = 1;
const QString suffix = u".recovery.json"_s;

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    // Signal 0 checks that the process exists without touching it; EPERM
    // means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

std::optional<RecoveryEntry> readEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return std::nullopt;
    const QJsonObject object = json.object();
    if (object.value(u"version"_s).toInt() != formatVersion || !object.value(u"text"_s).isString())
        return std::nullopt;
    RecoveryEntry entry;
    entry.id = QFileInfo(path).fileName().chopped(suffix.size());
    entry.originalPath = object.value(u"path"_s).toString();
    entry.displayName = object.value(u"displayName"_s).toString();
    entry.text = object.value(u"text"_s).toString();
    entry.savedAt = QDateTime::fromString(object.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    entry.ownerPid = object.value(u"pid"_s).toInteger();
    return entry;
}

} // namespace

RecoveryStore::RecoveryStore()
    : RecoveryStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s)
{
}

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

QString RecoveryStore::fileFor(const QString &id) const
{
    return m_directory + u'/' + id + suffix;
}

QString RecoveryStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status RecoveryStore::write(const RecoveryEntry &entry) const
{
    if (entry.id.isEmpty() || entry.id.contains(u'/'))
        return Status::failure(QCoreApplication::translate("RecoveryStore", "Invalid recovery id."));
    if (!QDir().mkpath(m_directory))
        return Status::failure(
            QCoreApplication::translate("RecoveryStore", "Cannot create the recovery folder %1.").arg(m_directory));
    QJsonObject object;
    object.insert(u"version"_s, formatVersion);
    object.insert(u"path"_s, entry.originalPath);
    object.insert(u"displayName"_s, entry.displayName);
    object.insert(u"pid"_s, QCoreApplication::applicationPid());
    object.insert(u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(u"text"_s, entry.text);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);

    QSaveFile file(fileFor(entry.id));
    const bool written
        = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() && file.commit();
    if (!written) {
        file.cancelWriting();
        return Status::failure(QCoreApplication::translate("RecoveryStore", "Cannot write the recovery file %1: %2")
                                   .arg(file.fileName(), file.errorString()));
    }
    // Unsaved text is as private as the file it came from.
    QFile::setPermissions(fileFor(entry.id), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
}

Status RecoveryStore::remove(const QString &id) const
{
    const QString path = fileFor(id);
    if (!QFileInfo::exists(path) || QFile::remove(path))
        return Status::success();
    return Status::failure(
        QCoreApplication::translate("RecoveryStore", "Cannot remove the recovery file %1.").arg(path));
}

std::vector<RecoveryEntry> RecoveryStore::all() const
{
    std::vector<RecoveryEntry> entries;
    const QDir folder(m_directory);
    for (const QString &name : folder.entryList({ u"*"_s + suffix }, QDir::Files, QDir::Name)) {
        if (auto entry = readEntry(folder.filePath(name)))
            entries.push_back(std::move(*entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) {
        return a.savedAt < b.savedAt;
    });
    return entries;
}

std::vector<RecoveryEntry> RecoveryStore::orphaned() const
{
    std::vector<RecoveryEntry> entries = all();
    // Files of a running process (this one included) are live documents,
    // not leftovers.
    std::erase_if(entries, [](const RecoveryEntry &entry) { return processIsRunning(entry.ownerPid); });
    return entries;
}

} // namespace specwright::gui
