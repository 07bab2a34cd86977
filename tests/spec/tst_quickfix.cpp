// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "fakeparser.h"
#include "spec/quickfix.h"
#include "spec/structurerules.h"

using namespace specwright::spec;

namespace
{

const char *const templateText = "=====\n"
                                 "Title\n"
                                 "=====\n"
                                 "\n"
                                 "Intro.\n"
                                 "\n"
                                 "Problem description\n"
                                 "===================\n"
                                 "\n"
                                 "Describe the problem.\n"
                                 "\n"
                                 "Use Cases\n"
                                 "---------\n"
                                 "\n"
                                 "Who needs it.\n"
                                 "\n"
                                 "Proposed change\n"
                                 "===============\n"
                                 "\n"
                                 "The change.\n"
                                 "\n"
                                 "Alternatives\n"
                                 "------------\n"
                                 "\n"
                                 "Other ways.\n"
                                 "\n"
                                 "Security impact\n"
                                 "---------------\n"
                                 "\n"
                                 "Risks.\n"
                                 "\n"
                                 "\n"
                                 "Testing\n"
                                 "=======\n"
                                 "\n"
                                 "How to test.\n";

SpecTemplate makeTemplate()
{
    SpecTemplate t;
    t.path = "specs/template.rst";
    t.text = templateText;
    t.parsed = fakeParse(t.text, t.path);
    return t;
}

std::string fixed(const std::string &text, const std::optional<QuickFix> &fix)
{
    return fix ? applyEdits(text, fix->edits) : std::string("(no fix)");
}

} // namespace

class TestQuickFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trailingSpaces_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("spaces at line ends go") << QByteArray("a  \nb \nc\n") << QByteArray("a\nb\nc\n");
        QTest::newRow("spaces before CRLF go, the CRLF stays") << QByteArray("a \r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("a last line without newline is trimmed") << QByteArray("a\nb   ") << QByteArray("a\nb");
        QTest::newRow("inner and leading spaces stay") << QByteArray("  a  b\n") << QByteArray("  a  b\n");
        QTest::newRow("lines of spaces become empty") << QByteArray("a\n    \nb\n") << QByteArray("a\n\nb\n");
    }

    void trailingSpaces()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const std::string source = text.toStdString();
        QCOMPARE(QByteArray::fromStdString(applyEdits(source, removeTrailingSpaces(source).edits)), expected);
    }

    void insertSection_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QByteArray>("parent");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("a missing section goes after the one before it in the template")
            << QByteArray("=====\nMine\n=====\n\nProblem description\n===================\n\nText.\n\n"
                          "Use Cases\n---------\n\nUs.\n\n\nTesting\n=======\n\nTests.\n")
            << QByteArray("Proposed change") << QByteArray()
            << QByteArray("=====\nMine\n=====\n\nProblem description\n===================\n\nText.\n\n"
                          "Use Cases\n---------\n\nUs.\n\n"
                          "Proposed change\n===============\n\nThe change.\n\nAlternatives\n------------\n\n"
                          "Other ways.\n\nSecurity impact\n---------------\n\nRisks.\n"
                          "\n\nTesting\n=======\n\nTests.\n");
        QTest::newRow("a missing first section goes before the next one present")
            << QByteArray("Testing\n=======\n\nTests.\n") << QByteArray("Problem description") << QByteArray()
            << QByteArray("Problem description\n===================\n\nDescribe the problem.\n\n"
                          "Use Cases\n---------\n\nWho needs it.\n\nTesting\n=======\n\nTests.\n");
        QTest::newRow("a missing last section goes at the end, even without a final newline")
            << QByteArray("Proposed change\n===============\n\nMine.") << QByteArray("Testing") << QByteArray()
            << QByteArray("Proposed change\n===============\n\nMine.\n\nTesting\n=======\n\nHow to test.\n");
        QTest::newRow("a missing subsection goes after its preceding sibling")
            << QByteArray("Proposed change\n===============\n\nMine.\n\nSecurity impact\n---------------\n\nNone.\n")
            << QByteArray("Alternatives") << QByteArray("Proposed change")
            << QByteArray("Proposed change\n===============\n\nMine.\n\n"
                          "Alternatives\n------------\n\nOther ways.\n\n"
                          "Security impact\n---------------\n\nNone.\n");
        QTest::newRow("a subsection whose siblings are all missing goes at the end of its section")
            << QByteArray("Problem description\n===================\n\nMine.\n\n\nTesting\n=======\n\nT.\n")
            << QByteArray("Use Cases") << QByteArray("Problem description")
            << QByteArray("Problem description\n===================\n\nMine.\n\n"
                          "Use Cases\n---------\n\nWho needs it.\n\n\nTesting\n=======\n\nT.\n");
    }

    void insertSection()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, parent);
        QFETCH(QByteArray, expected);
        const SpecTemplate t = makeTemplate();
        const std::string text = spec.toStdString();
        const ParsedSpec parsed = fakeParse(text, "spec.rst");
        const auto fix = insertMissingSection(text, parsed.sections, t, title.toStdString(), parent.toStdString());
        QCOMPARE(QByteArray::fromStdString(fixed(text, fix)), expected);

        // The fixed text no longer misses that section.
        const std::string result = fixed(text, fix);
        for (const Problem &p : checkSections(fakeParse(result, "spec.rst").sections, t.parsed.sections, {}))
            QVERIFY2(p.title != title.toStdString(), p.message.c_str());
    }

    void insertUnknownSectionGivesNoFix()
    {
        const SpecTemplate t = makeTemplate();
        QVERIFY(!insertMissingSection("", {}, t, "Not in the template", ""));
        QVERIFY(!insertMissingSection("", {}, t, "Use Cases", "Problem description")); // no parent in the spec
    }

    void closest_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("a one-letter typo finds its title") << QByteArray("Alternativs") << QByteArray("Alternatives");
        QTest::newRow("case differences count as equal") << QByteArray("testing") << QByteArray("Testing");
        QTest::newRow("a plural finds the singular") << QByteArray("Proposed changes") << QByteArray("Proposed change");
        QTest::newRow("an unrelated title finds nothing") << QByteArray("Appendix") << QByteArray();
    }

    void closest()
    {
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, expected);
        const auto found
            = closestTitle(title.toStdString(), { "Alternatives", "Testing", "Proposed change", "Security impact" });
        QCOMPARE(QByteArray::fromStdString(found.value_or("")), expected);
    }

    void rename_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("the underline grows with the title")
            << QByteArray("Alternativs\n-----------\n\nx\n") << 1 << QByteArray("Alternatives")
            << QByteArray("Alternatives\n------------\n\nx\n");
        QTest::newRow("a longer underline is kept")
            << QByteArray("Testng\n==========\n") << 1 << QByteArray("Testing") << QByteArray("Testing\n==========\n");
        QTest::newRow("overline and underline both fit the new title")
            << QByteArray("x\n\n====\nTestng\n====\n") << 4 << QByteArray("Testing")
            << QByteArray("x\n\n=======\nTesting\n=======\n");
    }

    void rename()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, expected);
        const std::string source = text.toStdString();
        QCOMPARE(QByteArray::fromStdString(fixed(source, renameTitle(source, line, title.toStdString()))), expected);
    }

    void fixesForProblems()
    {
        const SpecTemplate t = makeTemplate();
        const std::string text = "Problem description\n===================\n\nUse Cases\n---------\n\nx\n\n"
                                 "Proposed chnage\n===============\n\ny \n";
        const ParsedSpec parsed = fakeParse(text, "spec.rst");
        const auto problems = checkSections(parsed.sections, t.parsed.sections, {});
        // Missing 'Proposed change' and 'Testing', unexpected 'Proposed chnage'.
        QCOMPARE(problems.size(), 3u);
        int renames = 0;
        int inserts = 0;
        for (const Problem &p : problems) {
            for (const QuickFix &fix : quickFixes(p, text, parsed, &t)) {
                if (fix.label.starts_with("Rename")) {
                    ++renames;
                    QCOMPARE(fix.label, "Rename to 'Proposed change'");
                } else {
                    ++inserts;
                }
            }
        }
        // 'Proposed change' is offered as a rename of 'Proposed chnage' too.
        QCOMPARE(renames, 2);
        QCOMPARE(inserts, 2);

        const Problem trailing { .rule = rules::trailingWhitespace, .line = 12, .column = 2 };
        const auto fixes = quickFixes(trailing, text, parsed, &t);
        QCOMPARE(fixes.size(), 1u);
        QCOMPARE(fixes.front().edits.size(), 1u);
        QVERIFY(quickFixes(trailing, text, parsed, nullptr).size() == 1); // needs no template
    }

    void fixesThroughTheGate()
    {
        // The gate finds the template; applying each offered fix clears the
        // structure problems one by one.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path repo = dir.path().toStdString();
        std::filesystem::create_directories(repo / "specs/rel");
        std::ofstream(repo / "specs/template.rst") << templateText;
        const std::filesystem::path path = repo / "specs/rel/spec.rst";

        Gate gate({}, fakeParse);
        std::string text = "Problem description\n===================\n\nx\n\nTestng\n======\n\ny\n";
        for (int round = 0; round < 10; ++round) {
            const ParsedSpec parsed = fakeParse(text, path);
            const auto problems = gate.check(text, path, parsed);
            if (problems.empty())
                break;
            const auto fixes = quickFixes(gate, problems.front(), text, path, parsed);
            QVERIFY2(!fixes.empty(), problems.front().message.c_str());
            text = applyEdits(text, fixes.front().edits);
        }
        QVERIFY2(gate.check(text, path).empty(), text.c_str());
        QVERIFY(text.find("Testing\n=======\n\ny\n") != std::string::npos);
        QVERIFY(text.find("Alternatives\n------------\n\nOther ways.\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestQuickFix)
#include "tst_quickfix.moc"
