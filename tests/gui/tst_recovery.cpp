// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The promise end to end, with the real program: unsaved typing survives a
// kill -9, the next start restores it exactly, a clean exit leaves nothing
// behind, and the file on disk is never touched by any of it.
class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QString program() const { return QStringLiteral(SPECWRIGHT_BIN_DIR) + u"/specwright"_s; }
    QString recoveryFolder() const { return m_home.filePath(u"data/Specwright/Specwright/recovery"_s); }
    QStringList recoveryFiles() const
    {
        return QDir(recoveryFolder()).entryList({ u"*.recovery.json"_s }, QDir::Files);
    }
    QByteArray recoveryContent() const
    {
        const QStringList files = recoveryFiles();
        if (files.size() != 1)
            return {};
        QFile file(QDir(recoveryFolder()).filePath(files.first()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Starts the program in its own home, with a short autosave pause.
    void start(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program(), arguments);
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    }

    // Runs the program with arguments and --print-documents to its end and
    // returns the documents its window printed; a failure to run fails the
    // test.
    QJsonArray printedDocuments(const QStringList &arguments)
    {
        QProcess process;
        start(process, arguments + QStringList { u"--print-documents"_s });
        if (QTest::currentTestFailed())
            return {};
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            QTest::qFail("the program did not finish with exit code 0", __FILE__, __LINE__);
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).array();
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(program()), "the specwright program is not built");
        QVERIFY(QDir().mkpath(m_home.filePath(u"config/Specwright"_s)));
        QFile settings(m_home.filePath(u"config/Specwright/Specwright.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[recovery]\nidleSeconds=0.3\n");
    }

    void typingSurvivesAKillAndIsRestoredExactly()
    {
        const QByteArray original = "Title\r\n=====\r\n\r\nFirst paragraph.\r\n"_ba;
        const QString spec = m_home.filePath(u"spec.rst"_s);
        {
            QFile file(spec);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        const QString typed = u"Typed after the crash test began: ünïcödé, «quotes» and a tab\there.\n"_s;

        QProcess editing;
        start(editing, { u"--type"_s, typed, spec });
        if (QTest::currentTestFailed())
            return;
        // The autosave writes the typed text after the idle pause.
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(recoveryContent()).contains(u"ünïcödé"_s), 30000);
        editing.kill(); // SIGKILL: no chance to clean up
        QVERIFY(editing.waitForFinished(10000));
        QCOMPARE(editing.exitStatus(), QProcess::CrashExit);
        QCOMPARE(recoveryFiles().size(), 1);
        QCOMPARE(read(spec), original);

        const QJsonArray documents = printedDocuments({ u"--recover"_s });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(documents.size(), 1);
        const QJsonObject document = documents.first().toObject();
        QCOMPARE(document.value(u"path"_s).toString(), spec);
        QCOMPARE(document.value(u"modified"_s).toBool(), true);
        QCOMPARE(document.value(u"text"_s).toString(), u"Title\n=====\n\nFirst paragraph.\n"_s + typed);
        // The file on disk is still the user's last save, and a clean exit
        // removed the recovery file.
        QCOMPARE(read(spec), original);
        QCOMPARE(recoveryFiles(), QStringList());
    }

    void filesOnTheCommandLineOpenAsTabsOfOneWindow()
    {
        const QString first = m_home.filePath(u"first.rst"_s);
        const QString second = m_home.filePath(u"second.rst"_s);
        for (const QString &path : { first, second }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int line = 1; line <= 200; ++line)
                file.write("Line " + QByteArray::number(line) + "\n");
        }
        // One window prints its tabs, in order.
        const QJsonArray documents = printedDocuments({ first, second + u":120"_s });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).toObject().value(u"path"_s).toString(), first);
        QCOMPARE(documents.at(0).toObject().value(u"line"_s).toInt(), 1);
        QCOMPARE(documents.at(1).toObject().value(u"path"_s).toString(), second);
        QCOMPARE(documents.at(1).toObject().value(u"line"_s).toInt(), 120);
    }

    void twoKilledDocumentsComeBackAsTwoTabs()
    {
        QStringList specs;
        for (const QString &name : { u"one.rst"_s, u"two.rst"_s }) {
            const QString path = m_home.filePath(name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name.toUtf8() + "\n");
            specs.append(path);
        }
        // Each typed into by a process of its own, killed once its
        // recovery file is written; the second restores what the first
        // left, so that it is not asked about it.
        for (const QString &spec : std::as_const(specs)) {
            const qsizetype before = recoveryFiles().size();
            QProcess editing;
            start(editing, { u"--recover"_s, u"--type"_s, u"typed in "_s + QFileInfo(spec).fileName(), spec });
            if (QTest::currentTestFailed())
                return;
            QTRY_VERIFY_WITH_TIMEOUT(recoveryFiles().size() == before + 1, 30000);
            editing.kill();
            QVERIFY(editing.waitForFinished(10000));
        }
        QCOMPARE(recoveryFiles().size(), 2);

        const QJsonArray documents = printedDocuments({ u"--recover"_s });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(documents.size(), 2);
        QStringList paths;
        for (const QJsonValue &value : documents) {
            const QJsonObject document = value.toObject();
            paths.append(document.value(u"path"_s).toString());
            QVERIFY(document.value(u"modified"_s).toBool());
            const QString name = QFileInfo(paths.last()).fileName();
            QCOMPARE(document.value(u"text"_s).toString(), name + u"\ntyped in "_s + name);
        }
        paths.sort();
        QCOMPARE(paths, specs);
        QCOMPARE(recoveryFiles(), QStringList());
    }

    void aCleanStartFindsNothingToRecover()
    {
        const QJsonArray documents = printedDocuments({ u"--recover"_s });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(documents.size(), 1);
        // Only the sample document, untouched.
        QCOMPARE(documents.first().toObject().value(u"modified"_s).toBool(), false);
        QCOMPARE(documents.first().toObject().value(u"path"_s).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
