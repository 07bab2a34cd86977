// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gui/documentcontroller.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using specwright::gui::DocumentController;
using specwright::gui::Status;
using specwright::gui::testing::readFile;
using specwright::gui::testing::writeFixture;

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void saveKeepsEncodingDetails_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("LF file stays LF") << "Title\n=====\n"_ba
                                          << "Title\n=====\nmore\n"_ba;
        QTest::newRow("CRLF file stays CRLF") << "Title\r\n=====\r\n"_ba
                                              << "Title\r\n=====\r\nmore\r\n"_ba;
        QTest::newRow("byte-order mark is kept") << "\xEF\xBB\xBFTitle\n=====\n"_ba
                                                 << "\xEF\xBB\xBFTitle\n=====\nmore\n"_ba;
    }
    void saveKeepsEncodingDetails()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, expected);
        const QString path = write(u"spec.rst"_s, original);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QCOMPARE(text.toPlainText(), u"Title\n====="_s + u"\n"_s);
        QTextCursor cursor(&text);
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"more\n"_s);
        QVERIFY(controller.isModified());
        QVERIFY(controller.save().ok());
        QVERIFY(!controller.isModified());
        QCOMPARE(readFile(path), expected);
    }

    void badInputIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("binary file") << "\x7F"
                                        "ELF\0\0\0binary"_ba
                                     << u"binary"_s;
    }
    void badInputIsRefusedWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        const QString path = write(u"input.bin"_s, bytes);
        QTextDocument text;
        text.setPlainText(u"untouched"_s);
        DocumentController controller(&text);
        const auto status = controller.open(path);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(messagePart), qPrintable(status.error()));
        QCOMPARE(text.toPlainText(), u"untouched"_s);
    }

    void missingPathIsAnErrorNotAnEmptyDocument()
    {
        QTextDocument text;
        DocumentController controller(&text);
        const auto status = controller.open(m_dir.filePath(u"no-such-spec.rst"_s));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(u"does not exist"_s));
        QVERIFY(controller.path().isEmpty());
    }

    void invalidUtf8IsReportedByLineAndNotSaved()
    {
        const QByteArray original = "good line\nbad \xFF\xFE line\nfine\n"_ba;
        const QString path = write(u"latin.rst"_s, original);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QVERIFY2(controller.encodingProblem().contains(u"line 2"_s), qPrintable(controller.encodingProblem()));
        QVERIFY(!controller.save().ok());
        QCOMPARE(readFile(path), original);
    }

    void failedSaveLeavesTheOldFile()
    {
        const QString path = write(u"kept.rst"_s, "old\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        text.setPlainText(u"new\n"_s);
        const auto status = controller.saveAs(m_dir.filePath(u"missing-folder/kept.rst"_s));
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(u"unchanged"_s));
        QCOMPARE(readFile(path), "old\n"_ba);
    }

    void failedSaveOverAnExistingFileKeepsIt_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("the folder became read-only") << u"read-only folder"_s;
        QTest::newRow("the disk is full halfway through the write") << u"full disk"_s;
        QTest::newRow("the folder was replaced by a file") << u"folder is a file"_s;
    }
    void failedSaveOverAnExistingFileKeepsIt()
    {
        QFETCH(QString, failure);
        const QString folder = m_dir.filePath(u"save-"_s + QString(failure).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/spec.rst"_s;
        QByteArray old = "old text\n"_ba;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
        }
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        // Big enough that a short write limit cuts it.
        text.setPlainText(QString(u"new text, "_s).repeated(20000));

        Status status = Status::success();
        if (failure == u"read-only folder"_s) {
            if (::geteuid() == 0)
                QSKIP("permission bits do not stop root; the other rows fail the save without them");
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            status = controller.save();
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        } else if (failure == u"full disk"_s) {
            // A file-size limit fails writes the way a full disk does
            // (EFBIG instead of ENOSPC), and it binds root too.
            rlimit saved = {};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit small = saved;
            small.rlim_cur = 4096;
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
            status = controller.save();
            ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, previousHandler);
        } else {
            // The old file is moved away and its folder replaced by a file:
            // the save has nowhere to go. The moved file must be untouched.
            const QString aside = folder + u"-aside"_s;
            QVERIFY(QDir().rename(folder, aside));
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            status = controller.save();
            QCOMPARE(readFile(aside + u"/spec.rst"_s), old);
            QVERIFY(QFile::remove(folder));
            QVERIFY(QDir().rename(aside, folder));
        }
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"unchanged"_s), qPrintable(status.error()));
        QVERIFY(controller.isModified());
        QCOMPARE(readFile(path), old);
        // No temporary file is left beside it.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { u"spec.rst"_s });
    }

    void saveKeepsThePermissions_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0640 stays 0640") << 0640;
        QTest::newRow("0600 stays 0600") << 0600;
        QTest::newRow("0755 stays 0755") << 0755;
    }
    void saveKeepsThePermissions()
    {
        QFETCH(int, mode);
        const QString path = write(u"mode.rst"_s, "text\n"_ba);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        text.setPlainText(u"changed\n"_s);
        QVERIFY(controller.save().ok());
        QCOMPARE(readFile(path), "changed\n"_ba);
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), mode);
    }

    void unreadablePathsGiveAMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("a folder is not a document") << u"folder"_s << u"not a file"_s;
        QTest::newRow("a dangling link does not exist") << u"dangling link"_s << u"does not exist"_s;
        QTest::newRow("a file below a file does not exist") << u"below a file"_s << u"does not exist"_s;
    }
    void unreadablePathsGiveAMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QString path;
        if (kind == u"folder"_s) {
            path = m_dir.filePath(u"a-folder.rst"_s);
            QVERIFY(QDir().mkpath(path));
        } else if (kind == u"dangling link"_s) {
            path = m_dir.filePath(u"dangling.rst"_s);
            QVERIFY(QFile::link(m_dir.filePath(u"nowhere.rst"_s), path));
        } else {
            path = write(u"plain.rst"_s, "x"_ba) + u"/inner.rst"_s;
        }
        QTextDocument text;
        text.setPlainText(u"untouched"_s);
        DocumentController controller(&text);
        const auto status = controller.open(path);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(messagePart), qPrintable(status.error()));
        QVERIFY2(status.error().contains(path), qPrintable(status.error()));
        QCOMPARE(text.toPlainText(), u"untouched"_s);
    }

    void everyInvalidUtf8LineIsReported()
    {
        const QByteArray original = "ok\n\xC3(bad)\nok\n\xE2\x82 cut\nok\xF0\x9F\x98\x80 emoji is fine\n"_ba;
        const QString path = write(u"mixed.rst"_s, original);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QVERIFY2(controller.encodingProblem().contains(u"line 2, 4)"_s), qPrintable(controller.encodingProblem()));
        QVERIFY(!controller.save().ok());
        QCOMPARE(readFile(path), original);
    }

    void aFileDeletedOnDiskIsReportedAndNotRecreated()
    {
        const QString path = write(u"deleted.rst"_s, "text\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QSignalSpy deleted(&controller, &DocumentController::deletedOnDisk);
        QVERIFY(QFile::remove(path));
        QVERIFY(deleted.wait(5000));
        QCOMPARE(text.toPlainText(), u"text\n"_s);
        QCOMPARE(controller.path(), path);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        // Saving is how the user puts it back.
        QVERIFY(controller.save().ok());
        QCOMPARE(readFile(path), "text\n"_ba);
    }

    void diskTextIsWhatTheFileHoldsNow()
    {
        const QString path = write(u"disk.rst"_s, "\xEF\xBB\xBFone\r\ntwo\r\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        text.setPlainText(u"mine\n"_s);
        write(u"disk.rst"_s, "theirs\r\n"_ba);
        const auto disk = controller.diskText();
        QVERIFY(disk.has_value());
        QCOMPARE(*disk, u"theirs\n"_s);
        QVERIFY(QFile::remove(path));
        QVERIFY(!controller.diskText().has_value());
    }

    void cleanDocumentReloadsWhenTheFileChangesOnDisk()
    {
        const QString path = write(u"watched.rst"_s, "first\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QSignalSpy reloaded(&controller, &DocumentController::reloadedFromDisk);
        write(u"watched.rst"_s, "second\n"_ba);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(text.toPlainText(), u"second\n"_s);
    }

    void modifiedDocumentIsNotOverwrittenByAChangeOnDisk()
    {
        const QString path = write(u"conflict.rst"_s, "first\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QTextCursor(&text).insertText(u"mine "_s);
        QSignalSpy conflict(&controller, &DocumentController::changedOnDiskWhileModified);
        write(u"conflict.rst"_s, "theirs\n"_ba);
        QVERIFY(conflict.wait(5000));
        QCOMPARE(text.toPlainText(), u"mine first\n"_s);
        QCOMPARE(readFile(path), "theirs\n"_ba);
    }

    void ownSaveIsNotMistakenForAnExternalChange()
    {
        const QString path = write(u"own.rst"_s, "first\n"_ba);
        QTextDocument text;
        DocumentController controller(&text);
        QVERIFY(controller.open(path).ok());
        QSignalSpy reloaded(&controller, &DocumentController::reloadedFromDisk);
        QSignalSpy conflict(&controller, &DocumentController::changedOnDiskWhileModified);
        text.setPlainText(u"edited\n"_s);
        QVERIFY(controller.save().ok());
        QTest::qWait(300);
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(conflict.count(), 0);
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
