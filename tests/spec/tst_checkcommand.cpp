// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Run specwright(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(SPECWRIGHT_BIN_DIR "/specwright"), QStringList { u"check"_s } + args);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(),
        process.readAllStandardError() };
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exitStatus_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("content"); // written to the file named "FILE" in args
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("stderrHas");

        const QByteArray clean = "Title\n=====\n\nShort text.\n";
        QTest::newRow("a clean file exits 0") << QStringList { u"FILE"_s } << clean << 0 << QByteArray();
        QTest::newRow("an error exits 1")
            << QStringList { u"FILE"_s } << QByteArray("Text with trailing spaces.  \n") << 1 << QByteArray();
        QTest::newRow("warnings alone exit 0")
            << QStringList { u"FILE"_s } << QByteArray("\tTabbed.\n") << 0 << QByteArray();
        QTest::newRow("no file is bad usage") << QStringList {} << QByteArray() << 2 << QByteArray("no file to check");
        QTest::newRow("an unknown option is bad usage")
            << QStringList { u"--frobnicate"_s, u"FILE"_s } << clean << 2 << QByteArray("unknown option --frobnicate");
        QTest::newRow("an unknown format is bad usage") << QStringList { u"--format"_s, u"xml"_s, u"FILE"_s } << clean
                                                        << 2 << QByteArray("--format is text or json");
        QTest::newRow("--template without a file is bad usage")
            << QStringList { u"FILE"_s, u"--template"_s } << clean << 2 << QByteArray("--template needs a file");
        QTest::newRow("an unreadable template exits 2")
            << QStringList { u"--template"_s, u"/no/such/template.rst"_s, u"FILE"_s } << clean << 2
            << QByteArray("no such file");
        QTest::newRow("a missing file exits 2")
            << QStringList { u"/no/such/spec.rst"_s } << QByteArray() << 2 << QByteArray("no such file");
        QTest::newRow("a folder exits 2")
            << QStringList { u"/"_s } << QByteArray() << 2 << QByteArray("not a regular file");
        QTest::newRow("a binary file exits 2")
            << QStringList { u"FILE"_s } << QByteArray("PK\x03\x04\0\0binary", 12) << 2 << QByteArray("binary file");
        QTest::newRow("invalid UTF-8 exits 2 and names the line")
            << QStringList { u"FILE"_s } << QByteArray("ok\nbad \xC3\x28 byte\n") << 2
            << QByteArray("invalid UTF-8 on line 2");
        QTest::newRow("one unreadable file among good ones still exits 2")
            << QStringList { u"FILE"_s, u"/no/such/spec.rst"_s } << clean << 2 << QByteArray("no such file");
    }

    void exitStatus()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QByteArray, stderrHas);
        const QString file = write(u"status/spec.rst"_s, content);
        args.replaceInStrings(u"FILE"_s, file);
        const Run run = specwright(args);
        QCOMPARE(run.status, status);
        QVERIFY2(run.err.contains(stderrHas), run.err.constData());
    }

    void textOutput()
    {
        QByteArray content = "Title\n=====\n\n";
        content += QByteArray("word ").repeated(17).trimmed() + "s\n"; // 85 characters
        content += "Trailing \n";
        const QString file = write(u"text/spec.rst"_s, content);
        const Run run = specwright({ file });
        QCOMPARE(run.status, 1);
        const QByteArray expected = file.toUtf8() + ":4:80: line-length: line is 85 characters long, the limit is 79\n"
            + file.toUtf8() + ":5:9: trailing-whitespace: trailing spaces\n";
        QCOMPARE(run.out, expected);
    }

    void jsonOutput()
    {
        const QString spaced = write(u"json/spaced.rst"_s, "A \"quoted\" line.  \n\tTabbed.\n");
        const QString clean = write(u"json/clean.txt"_s, "Fine.\n");
        const Run run = specwright({ u"--format=json"_s, spaced, clean });
        QCOMPARE(run.status, 1);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray problems = json.array();
        QCOMPARE(problems.size(), 3);
        const QJsonObject first = problems[0].toObject();
        QCOMPARE(first.value(u"file"_s).toString(), spaced);
        QCOMPARE(first.value(u"line"_s).toInt(), 1);
        QCOMPARE(first.value(u"column"_s).toInt(), 17);
        QCOMPARE(first.value(u"rule"_s).toString(), u"trailing-whitespace"_s);
        QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(first.value(u"message"_s).toString(), u"trailing spaces"_s);
        QCOMPARE(problems[1].toObject().value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(problems[2].toObject().value(u"rule"_s).toString(), u"extension"_s);
        QCOMPARE(problems[2].toObject().value(u"file"_s).toString(), clean);
    }

    void jsonOutputWhenClean()
    {
        const QString file = write(u"json/ok.rst"_s, "Fine.\n");
        const Run run = specwright({ u"--format"_s, u"json"_s, file });
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    }

    void structureThroughTheEngine()
    {
        // A specs repository: the release template is found for the spec,
        // its titles are read by the RST engine.
        write(u"repo/specs/2030.1-template.rst"_s,
            "=======\nExample\n=======\n\nProblem description\n===================\n\nx\n\n"
            "Use Cases\n---------\n\nx\n\nTesting\n=======\n\nx\n\nHistory\n=======\n\nx\n");
        const QString good = write(u"repo/specs/2030.1/approved/good.rst"_s,
            "====\nGood\n====\n\nProblem description\n===================\n\nx\n\n"
            "Use Cases\n---------\n\nx\n\nTesting\n=======\n\nx\n");
        const QString bad = write(u"repo/specs/2030.1/approved/bad.rst"_s,
            "===\nBad\n===\n\nProblem description\n===================\n\nx\n\n"
            "Testng\n======\n\nx\n");
        Run run = specwright({ good });
        QCOMPARE(run.status, 0);
        QCOMPARE(run.out, QByteArray());

        run = specwright({ bad });
        QCOMPARE(run.status, 1);
        const QByteArray path = bad.toUtf8();
        QCOMPARE(run.out,
            path + ":2:1: sections: missing section 'Testing'\n" + path
                + ":5:1: sections: missing subsection 'Use Cases' in 'Problem description'\n" + path
                + ":10:1: sections: unexpected section 'Testng' (not in the template)\n");

        // Strict structure: the template's subsections and no others.
        const QString extra = write(u"repo/specs/2030.1/approved/extra.rst"_s,
            "=====\nExtra\n=====\n\nProblem description\n===================\n\nx\n\n"
            "Use Cases\n---------\n\nx\n\nMore\n----\n\nx\n\nTesting\n=======\n\nx\n");
        QCOMPARE(specwright({ extra }).status, 0);
        run = specwright({ u"--strict-structure"_s, extra });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.contains(":15:1: sections: unexpected subsection 'More' in 'Problem description'"),
            run.out.constData());
    }

    void templateOption()
    {
        // The template given is in force wherever the file is. (A template
        // of one section would have it promoted to the document title.)
        const QString specTemplate = write(u"tpl/template.rst"_s, "One\n===\n\nx\n\nTwo\n===\n\nx\n");
        const QString file = write(u"tpl/elsewhere/spec.rst"_s, "One\n===\n\nx\n\nOther\n=====\n\nx\n");
        Run run = specwright({ u"--template"_s, specTemplate, file });
        QCOMPARE(run.status, 1);
        QCOMPARE(run.out,
            file.toUtf8() + ":1:1: sections: missing section 'Two'\n" + file.toUtf8()
                + ":6:1: sections: unexpected section 'Other' (not in the template)\n");
        QVERIFY(run.err.isEmpty());
        // Without it there is no template there, and nothing to say.
        run = specwright({ file });
        QCOMPARE(run.status, 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
