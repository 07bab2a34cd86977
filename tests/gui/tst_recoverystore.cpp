// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "gui/recoverystore.h"

using namespace Qt::StringLiterals;
using specwright::gui::RecoveryEntry;
using specwright::gui::RecoveryStore;

// The recovery folder on its own: what it writes it reads back exactly, and
// it tells a dead process's leftovers from a live process's documents.
class TestRecoveryStore : public QObject
{
    Q_OBJECT

private:
    // The id of a process that has ended.
    static qint64 deadPid()
    {
        QProcess process;
        process.start(u"true"_s, {});
        if (!process.waitForFinished(10000))
            qFatal("cannot run true");
        return process.processId() ? process.processId() : 999999999;
    }
    static void writeRaw(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

private Q_SLOTS:
    void entriesRoundTripExactly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::newRow("a saved spec keeps its path") << u"/specs/approved/a.rst"_s << u"Title\n=====\n"_s;
        QTest::newRow("an untitled document has no path") << QString() << u"draft\n"_s;
        QTest::newRow("non-ASCII text and control characters survive")
            << u"/tmp/ü é.rst"_s << u"ünïcödé \t«» \u2028 \u0001 end"_s;
        QTest::newRow("an empty document is still an entry") << u"/x.rst"_s << QString();
    }
    void entriesRoundTripExactly()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        RecoveryEntry entry;
        entry.id = RecoveryStore::newId();
        entry.originalPath = path;
        entry.displayName = u"name"_s;
        entry.text = text;
        QVERIFY(store.write(entry).ok());
        const auto all = store.all();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].id, entry.id);
        QCOMPARE(all[0].originalPath, path);
        QCOMPARE(all[0].text, text);
        QCOMPARE(all[0].ownerPid, QCoreApplication::applicationPid());
        QVERIFY(all[0].savedAt.isValid());
        // Only the owner may read unsaved text.
        QCOMPARE(QFileInfo(store.fileFor(entry.id)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
    }

    void liveDocumentsAreNotOrphansButADeadProcessesAre()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        RecoveryEntry mine;
        mine.id = u"mine"_s;
        mine.text = u"live"_s;
        QVERIFY(store.write(mine).ok());
        QVERIFY(store.orphaned().empty());

        const QByteArray left = "{\"version\":1,\"path\":\"/a.rst\",\"displayName\":\"a.rst\",\"pid\":"_ba
            + QByteArray::number(deadPid()) + ",\"savedAt\":\"2026-01-01T00:00:00.000Z\",\"text\":\"lost\"}"_ba;
        writeRaw(store.fileFor(u"left"_s), left);
        const auto orphans = store.orphaned();
        QCOMPARE(orphans.size(), std::size_t(1));
        QCOMPARE(orphans[0].id, u"left"_s);
        QCOMPARE(orphans[0].text, u"lost"_s);
        QCOMPARE(orphans[0].originalPath, u"/a.rst"_s);
    }

    void damagedFilesAreSkippedAndKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Plain literals: moc does not read raw strings.
        QTest::newRow("truncated JSON") << "{\"version\":1,\"text\":\"cut"_ba;
        QTest::newRow("a newer format") << "{\"version\":99,\"text\":\"x\",\"pid\":1}"_ba;
        QTest::newRow("no text") << "{\"version\":1,\"pid\":1}"_ba;
        QTest::newRow("binary garbage") << "\x00\xFF\x10garbage"_ba;
    }
    void damagedFilesAreSkippedAndKept()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        writeRaw(store.fileFor(u"damaged"_s), bytes);
        QVERIFY(store.orphaned().empty());
        QVERIFY(QFile::exists(store.fileFor(u"damaged"_s)));
    }

    void removeDeletesOnlyThatEntry()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        for (const QString &id : { u"one"_s, u"two"_s }) {
            RecoveryEntry entry;
            entry.id = id;
            QVERIFY(store.write(entry).ok());
        }
        QVERIFY(store.remove(u"one"_s).ok());
        QVERIFY(store.remove(u"never-there"_s).ok());
        const auto all = store.all();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].id, u"two"_s);
    }

    void anUnwritableFolderIsReportedNotIgnored()
    {
        QTemporaryDir dir;
        // A file where the folder should be: no permission bits involved, so
        // it fails for root as well.
        writeRaw(dir.filePath(u"blocked"_s), "a file");
        const RecoveryStore store(dir.filePath(u"blocked/recovery"_s));
        RecoveryEntry entry;
        entry.id = u"x"_s;
        const auto status = store.write(entry);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"recovery"_s), qPrintable(status.error()));
    }

    void idsCannotEscapeTheFolder()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.filePath(u"inner"_s));
        RecoveryEntry entry;
        entry.id = u"../escape"_s;
        QVERIFY(!store.write(entry).ok());
        QVERIFY(!QFile::exists(dir.filePath(u"escape.recovery.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
