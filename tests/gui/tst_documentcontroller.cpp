// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include "gui/documentcontroller.h"

using namespace Qt::StringLiterals;
using specwright::gui::DocumentController;

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the fixture %s", qPrintable(path));
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

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
        QCOMPARE(read(path), expected);
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
        QCOMPARE(read(path), original);
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
        QCOMPARE(read(path), "old\n"_ba);
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
        QCOMPARE(read(path), "theirs\n"_ba);
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
