// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Run render(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR) + u"/specwright"_s, QStringList { u"render"_s } + arguments);
    if (!process.waitForFinished(60000))
        qFatal("specwright render did not finish");
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

bool isPage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().startsWith("<!DOCTYPE html>");
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesGoWhereAsked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("toStdout");
        QTest::addColumn<QStringList>("pages"); // files that must hold a page afterwards
        QTest::newRow("one input without -o prints its page") << QStringList { u"a.rst"_s } << true << QStringList {};
        QTest::newRow("one input with -o writes that file")
            << QStringList { u"a.rst"_s, u"-o"_s, u"page.html"_s } << false << QStringList { u"page.html"_s };
        QTest::newRow("several inputs without -o write beside each input")
            << QStringList { u"a.rst"_s, u"sub/b.rst"_s } << false << QStringList { u"a.html"_s, u"sub/b.html"_s };
        QTest::newRow("several inputs with -o fill a new folder")
            << QStringList { u"a.rst"_s, u"sub/b.rst"_s, u"-o"_s, u"out/pages"_s } << false
            << QStringList { u"out/pages/a.html"_s, u"out/pages/b.html"_s };
    }
    void pagesGoWhereAsked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, toStdout);
        QFETCH(QStringList, pages);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        writeFile(folder.filePath(u"a.rst"_s), "Title A\n=======\n\nText.\n");
        writeFile(folder.filePath(u"sub/b.rst"_s), "Title B\n=======\n\n* item\n");
        const Run run = render(folder.path(), arguments);
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out.startsWith("<!DOCTYPE html>"), toStdout);
        if (toStdout)
            QVERIFY(run.out.contains("<title>Title A</title>"));
        for (const QString &page : pages)
            QVERIFY2(isPage(folder.filePath(page)), qPrintable(page));
    }

    void badInputIsReportedAndTheRestRendered_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("a binary file") << QByteArray("PK\x03\x04\0\0binary", 12) << QByteArray("binary file");
        QTest::newRow("a missing file") << QByteArray() << QByteArray("cannot be read");
    }
    void badInputIsReportedAndTheRestRendered()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QTemporaryDir folder;
        writeFile(folder.filePath(u"good.rst"_s), "Good\n====\n\nText.\n");
        if (!content.isEmpty())
            writeFile(folder.filePath(u"bad.rst"_s), content);
        const Run run = render(folder.path(), { u"bad.rst"_s, u"good.rst"_s, u"-o"_s, u"out"_s });
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains("bad.rst") && run.err.contains(message), run.err.constData());
        QVERIFY(isPage(folder.filePath(u"out/good.html"_s)));
        QVERIFY(!QFile::exists(folder.filePath(u"out/bad.html"_s)));
    }

    void inputsOfTheSameNameDoNotOverwriteEachOther()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(u"x/spec.rst"_s), "First\n=====\n");
        writeFile(folder.filePath(u"y/spec.rst"_s), "Second\n======\n");
        const Run run = render(folder.path(), { u"x/spec.rst"_s, u"y/spec.rst"_s, u"-o"_s, u"out"_s });
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains("would both write"), run.err.constData());
        QFile page(folder.filePath(u"out/spec.html"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("<title>First</title>"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no input") << QStringList {};
        QTest::newRow("an unknown option") << QStringList { u"--frobnicate"_s, u"a.rst"_s };
        QTest::newRow("-o without a value") << QStringList { u"a.rst"_s, u"-o"_s };
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir folder;
        writeFile(folder.filePath(u"a.rst"_s), "Text.\n");
        const Run run = render(folder.path(), arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.startsWith("specwright render: "));
        QVERIFY(run.out.isEmpty());
    }

    void thePageCarriesTheStylesheetFromAnyFolder()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(u"a.rst"_s), "Title\n=====\n\nText.\n");
        const Run run = render(folder.path(), { u"a.rst"_s });
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("<style>"));
        QVERIFY(run.out.contains("prefers-color-scheme"));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
