// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <climits>

#include "spec/filerules.h"

using namespace specwright::spec;
using namespace Qt::StringLiterals;

class TestFileRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("preambleEnd");
        QTest::addColumn<QByteArrayList>("expected"); // "rule@line:column"

        QTest::newRow("a .rst file without a blueprint link passes")
            << u"specs/x/feature.rst"_s << QByteArray("Title\n") << INT_MAX << QByteArrayList {};
        QTest::newRow("a .txt file fails the extension rule")
            << u"specs/x/feature.txt"_s << QByteArray("Title\n") << INT_MAX << QByteArrayList { "extension@1:1" };
        QTest::newRow("a file without extension fails the extension rule")
            << u"specs/x/feature"_s << QByteArray() << INT_MAX << QByteArrayList { "extension@1:1" };
        QTest::newRow("a blueprint named like the file passes")
            << u"feature.rst"_s << QByteArray("T\n\nhttps://blueprints.launchpad.net/nova/+spec/feature\n") << INT_MAX
            << QByteArrayList {};
        QTest::newRow("a blueprint named otherwise warns at the URL")
            << u"feature.rst"_s << QByteArray("T\n\n  see https://blueprints.launchpad.net/nova/+spec/other\n")
            << INT_MAX << QByteArrayList { "blueprint-name@3:7" };
        QTest::newRow("a trailing slash and punctuation are not part of the name")
            << u"feature.rst"_s << QByteArray("See https://blueprints.launchpad.net/nova/+spec/feature/.\n") << INT_MAX
            << QByteArrayList {};
        QTest::newRow("a link in RST link syntax is read up to the bracket")
            << u"feature.rst"_s << QByteArray("`bp <https://blueprints.launchpad.net/nova/+spec/feature>`_\n")
            << INT_MAX << QByteArrayList {};
        QTest::newRow("one matching blueprint among several passes")
            << u"feature.rst"_s
            << QByteArray("http://blueprints.launchpad.net/nova/+spec/related\n"
                          "http://blueprints.launchpad.net/nova/+spec/feature\n")
            << INT_MAX << QByteArrayList {};
        QTest::newRow("a blueprint link after the preamble is not checked")
            << u"feature.rst"_s << QByteArray("Intro\n\nhttps://blueprints.launchpad.net/nova/+spec/other\n") << 2
            << QByteArrayList {};
        QTest::newRow("a launchpad link that is not a blueprint spec is ignored")
            << u"feature.rst"_s << QByteArray("https://blueprints.launchpad.net/nova\n") << INT_MAX
            << QByteArrayList {};
    }

    void fileName()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, text);
        QFETCH(int, preambleEnd);
        QFETCH(QByteArrayList, expected);
        QByteArrayList found;
        for (const Problem &p : checkFileName(path.toStdString(), text.toStdString(), preambleEnd))
            found << QByteArray::fromStdString(
                std::string(p.rule) + "@" + std::to_string(p.line) + ":" + std::to_string(p.column));
        QCOMPARE(found, expected);
    }

    void severities()
    {
        const auto problems = checkFileName("a.txt", "https://blueprints.launchpad.net/nova/+spec/b\n", INT_MAX);
        QCOMPARE(problems.size(), 2u);
        QCOMPARE(problems[0].severity, Severity::Error); // the gate only collects .rst files
        QCOMPARE(problems[1].severity, Severity::Warning);
        QCOMPARE(problems[1].message, "the blueprint URL names 'b', the file is 'a.txt' (expected 'b.rst')");
    }
};

QTEST_GUILESS_MAIN(TestFileRules)
#include "tst_filerules.moc"
