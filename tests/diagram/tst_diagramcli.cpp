// SPDX-License-Identifier: GPL-3.0-or-later
// `specwright diagram`: output, object listing, exit codes on bad input.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDiagramCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();

private:
    QTemporaryDir m_dir;
};

namespace
{

QString fixture(const char *name)
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/diagram/") + QString::fromLatin1(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDiagramCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto write = [this](const char *name, const QByteArray &data) {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    };
    write("binary.txt", QByteArray("+--+\0\x01\x02", 7));
    write("latin1.txt", QByteArray("caf\xe9 --> bar\n"));
    QVERIFY(QFile::exists(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright")));
}

void TestDiagramCli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("errorContains");

    const QString flow = fixture("request-flow.txt");
    QTest::newRow("a diagram file is printed back unchanged")
        << QStringList { flow } << QByteArray() << 0 << readAll(flow) << QString();
    QTest::newRow("standard input is read for a dash")
        << QStringList { QStringLiteral("-") } << QByteArray("+--+   \n|  |\n+--+") << 0
        << QByteArray("+--+\n|  |\n+--+\n") << QString();
    QTest::newRow("the objects are listed one per line")
        << QStringList { QStringLiteral("--objects"), fixture("api-to-db.txt") } << QByteArray() << 0
        << QByteArray("box 0,0 9x3 \"API\"\nbox 15,0 10x3 \"DB\"\narrow 9,1 -> 14,1 from #1 to #2\n"
                      "arrow 4,2 -> 4,4 from #1\narrow 9,5+ -> 22,5\ntext 1,5 \"nova-api\"\ntext 23,5 \"cell-db\"\n")
        << QString();
    QTest::newRow("Unicode output draws with box-drawing characters")
        << QStringList { QStringLiteral("--unicode"), QStringLiteral("-") } << QByteArray("+-+\n| |\n+-+\n") << 0
        << QByteArray("┌─┐\n│ │\n└─┘\n") << QString();
    QTest::newRow("a Unicode diagram comes back in Unicode")
        << QStringList { fixture("state-machine-unicode.txt") } << QByteArray() << 0
        << readAll(fixture("state-machine-unicode.txt")) << QString();
    QTest::newRow("help documents the object format")
        << QStringList { QStringLiteral("--help") } << QByteArray() << 0 << QByteArray() << QString();
    QTest::newRow("binary input is refused with exit 2")
        << QStringList { m_dir.filePath(QStringLiteral("binary.txt")) } << QByteArray() << 2 << QByteArray()
        << QStringLiteral("binary");
    QTest::newRow("input that is not UTF-8 is refused with exit 2")
        << QStringList { m_dir.filePath(QStringLiteral("latin1.txt")) } << QByteArray() << 2 << QByteArray()
        << QStringLiteral("UTF-8");
    QTest::newRow("a missing file is refused with exit 2")
        << QStringList { m_dir.filePath(QStringLiteral("missing.txt")) } << QByteArray() << 2 << QByteArray()
        << QStringLiteral("cannot open");
    QTest::newRow("no input is a usage error")
        << QStringList {} << QByteArray() << 2 << QByteArray() << QStringLiteral("Usage");
    QTest::newRow("an unknown option is a usage error") << QStringList { QStringLiteral("--frobnicate"),
        flow } << QByteArray() << 2 << QByteArray() << QStringLiteral("unknown option");
}

void TestDiagramCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QFETCH(QString, errorContains);

    QProcess process;
    process.start(
        QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright"), QStringList { QStringLiteral("diagram") } + arguments);
    QVERIFY(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(err));
    if (!output.isEmpty())
        QCOMPARE(out, output);
    if (!errorContains.isEmpty())
        QVERIFY2(err.contains(errorContains), qPrintable(err));
    if (arguments == QStringList { QStringLiteral("--help") })
        QVERIFY(out.contains("box X,Y WxH") && out.contains("arrow P -> P"));
}

QTEST_GUILESS_MAIN(TestDiagramCli)
#include "tst_diagramcli.moc"
