// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include "rst/document.h"
#include "rst/outline.h"
#include "rst/parser.h"
#include "rst/sectionmove.h"

using namespace specwright::rst;

Q_DECLARE_METATYPE(specwright::rst::SectionPlacement)

namespace
{

// A promoted title, three top-level sections, the second with a subsection.
// Title text lines: Alpha 7, Beta 12, Beta one 17, Gamma 22.
const QString spec = QStringLiteral("=====\nTitle\n=====\n\nIntro.\n\n"
                                    "Alpha\n=====\n\nAlpha text.\n\n"
                                    "Beta\n====\n\nBeta text.\n\n"
                                    "Beta one\n--------\n\nBeta one text.\n\n"
                                    "Gamma\n=====\n\nGamma text.\n");

const QString head = QStringLiteral("=====\nTitle\n=====\n\nIntro.\n\n");
const QString alphaPart = QStringLiteral("Alpha\n=====\n\nAlpha text.");
const QString betaPart = QStringLiteral("Beta\n====\n\nBeta text.");
const QString betaOnePart = QStringLiteral("Beta one\n--------\n\nBeta one text.");
const QString gammaPart = QStringLiteral("Gamma\n=====\n\nGamma text.");

// Top-level sections with overlines, no document title. Title text lines:
// Alpha 2, Sub 7, Beta 13.
const QString overlined = QStringLiteral("=====\nAlpha\n=====\n\nA.\n\nSub\n---\n\nS.\n\n=====\nBeta\n=====\n\nB.\n");

// The sections that are in the text (not those the transforms add), with
// their subsections.
std::vector<Section> topLevel(const std::vector<Section> &sections)
{
    std::vector<Section> inText;
    std::copy_if(sections.begin(), sections.end(), std::back_inserter(inText), [](const Section &section) {
        return section.line > 0;
    });
    return inText;
}

// The section with its subsections, levels moved by delta.
Section shifted(Section section, int delta)
{
    section.level += delta;
    for (Section &child : section.children)
        child = shifted(child, delta);
    return section;
}

// "LEVEL title" per section, depth first.
QStringList describe(const std::vector<Section> &sections)
{
    QStringList lines;
    for (const Section &section : sections) {
        lines << QStringLiteral("%1 %2").arg(section.level).arg(QString::fromStdString(section.title));
        lines << describe(section.children);
    }
    return lines;
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral("\n\n"));
}

std::optional<SectionMove> move(const QString &text, int section, int target, SectionPlacement placement)
{
    const std::string source = text.toStdString();
    const auto document = parse(source);
    return moveSection(source, outline(*document), section, target, placement);
}

} // namespace

class TestSectionMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesSection_data();
    void movesSection();
    void refusesMove_data();
    void refusesMove();
    void keepsTheSectionsOfTheCorpus_data();
    void keepsTheSectionsOfTheCorpus();
};

void TestSectionMove::movesSection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("target");
    QTest::addColumn<SectionPlacement>("placement");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("titleLine");

    QTest::newRow("the first section moved after the last goes to the end")
        << spec << 7 << 22 << SectionPlacement::After
        << head + joined({ betaPart, betaOnePart, gammaPart, alphaPart }) + u'\n' << 22;
    QTest::newRow("the last section moved before the first leaves no blank line at the end")
        << spec << 22 << 7 << SectionPlacement::Before
        << head + joined({ gammaPart, alphaPart, betaPart, betaOnePart }) + u'\n' << 7;
    QTest::newRow("a section moves with its subsections")
        << spec << 12 << 7 << SectionPlacement::Before
        << head + joined({ betaPart, betaOnePart, alphaPart, gammaPart }) + u'\n' << 7;
    QTest::newRow("a section dropped on the document goes to the end at the top level")
        << spec << 7 << 0 << SectionPlacement::LastChild
        << head + joined({ betaPart, betaOnePart, gammaPart, alphaPart }) + u'\n' << 22;
    QTest::newRow("a subsection made top-level takes the top-level underline")
        << spec << 17 << 22 << SectionPlacement::After
        << head + joined({ alphaPart, betaPart, gammaPart, QStringLiteral("Beta one\n========\n\nBeta one text.") })
            + u'\n'
        << 22;
    QTest::newRow("a subsection moved into another section keeps its level")
        << spec << 17 << 7 << SectionPlacement::LastChild
        << head + joined({ alphaPart, betaOnePart, betaPart, gammaPart }) + u'\n' << 12;
    QTest::newRow("a section made a subsection in place takes the next level down, its subsection a new style")
        << spec << 12 << 7 << SectionPlacement::LastChild
        << head
            + joined({ alphaPart,
                QStringLiteral("Beta\n----\n\nBeta text."),
                QStringLiteral("Beta one\n~~~~~~~~\n\nBeta one text."),
                gammaPart })
            + u'\n'
        << 12;
    QTest::newRow("a subsection moved before a top-level section takes its level")
        << spec << 17 << 7 << SectionPlacement::Before
        << head + joined({ QStringLiteral("Beta one\n========\n\nBeta one text."), alphaPart, betaPart, gammaPart })
            + u'\n'
        << 7;
    QTest::newRow("text without a final newline: the last section moved up ends it without one")
        << spec.chopped(1) << 22 << 12 << SectionPlacement::Before
        << head + joined({ alphaPart, gammaPart, betaPart, betaOnePart }) << 12;
    QTest::newRow("text without a final newline: a section moved to the end ends it without one")
        << spec.chopped(1) << 7 << 22 << SectionPlacement::After
        << head + joined({ betaPart, betaOnePart, gammaPart, alphaPart }) << 22;
    QTest::newRow("a subsection made top-level among overlined titles gets an overline")
        << overlined << 7 << 13 << SectionPlacement::After
        << QStringLiteral("=====\nAlpha\n=====\n\nA.\n\n=====\nBeta\n=====\n\nB.\n\n===\nSub\n===\n\nS.\n") << 14;
    QTest::newRow("an overlined section made a subsection loses its overline")
        << overlined << 13 << 2 << SectionPlacement::LastChild
        << QStringLiteral("=====\nAlpha\n=====\n\nA.\n\nSub\n---\n\nS.\n\nBeta\n-----\n\nB.\n") << 12;
    QTest::newRow("two blank lines after the moved section stay two")
        << QStringLiteral("Alpha\n=====\n\nA.\n\n\nBeta\n====\n\nB.\n") << 1 << 7 << SectionPlacement::After
        << QStringLiteral("Beta\n====\n\nB.\n\n\nAlpha\n=====\n\nA.\n") << 7;
}

void TestSectionMove::movesSection()
{
    QFETCH(QString, text);
    QFETCH(int, section);
    QFETCH(int, target);
    QFETCH(SectionPlacement, placement);
    QFETCH(QString, expected);
    QFETCH(int, titleLine);

    const auto result = move(text, section, target, placement);
    QVERIFY(result);
    QCOMPARE(QString::fromStdString(applyEdit(text.toStdString(), result->edit)), expected);
    QCOMPARE(result->titleLine, titleLine);
    // The edit covers only what changed: its first line differs.
    const QStringList before = text.split(u'\n');
    const QStringList after = expected.split(u'\n');
    QVERIFY(result->edit.firstLine >= 1 && result->edit.firstLine <= result->edit.lastLine);
    QVERIFY(before.value(result->edit.firstLine - 1) != after.value(result->edit.firstLine - 1));
}

void TestSectionMove::refusesMove_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("target");
    QTest::addColumn<SectionPlacement>("placement");

    QTest::newRow("a section moved into its own subsection") << 12 << 17 << SectionPlacement::LastChild;
    QTest::newRow("a section moved before itself") << 12 << 12 << SectionPlacement::Before;
    QTest::newRow("a section moved where it already is") << 7 << 12 << SectionPlacement::Before;
    QTest::newRow("a line that is no section title") << 10 << 7 << SectionPlacement::Before;
    QTest::newRow("a target line that is no section title") << 7 << 15 << SectionPlacement::After;
    QTest::newRow("the document as the target of before") << 7 << 0 << SectionPlacement::Before;
}

void TestSectionMove::refusesMove()
{
    QFETCH(int, section);
    QFETCH(int, target);
    QFETCH(SectionPlacement, placement);
    QVERIFY(!move(spec, section, target, placement));
}

// Every spec of the test data and of the shared corpus with two top-level
// sections or more, its last top-level section moved to the front, then its
// first subsection made the last top-level section: the parse of the result
// has the same section tree, in the new order and at the new levels.
void TestSectionMove::keepsTheSectionsOfTheCorpus_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths;
    for (const QString &folder :
        { QStringLiteral(SPECWRIGHT_TEST_DATA "/spec"), QStringLiteral(SPECWRIGHT_SHARED_DIR) }) {
        QDirIterator files(folder, { QStringLiteral("*.rst") }, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            paths << files.next();
    }
    paths.sort();
    int rows = 0;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (topLevel(outline(*parse(file.readAll().toStdString()))).size() < 2)
            continue;
        QTest::newRow(qPrintable(path)) << path;
        ++rows;
    }
    QVERIFY2(rows >= 3, "the test data has too few specs with sections");
}

void TestSectionMove::keepsTheSectionsOfTheCorpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::string text = file.readAll().toStdString();
    const std::vector<Section> sections = topLevel(outline(*parse(text)));
    const auto result
        = moveSection(text, sections, sections.back().line, sections.front().line, SectionPlacement::Before);
    QVERIFY(result);
    const std::string moved = applyEdit(text, result->edit);
    const std::vector<Section> after = topLevel(outline(*parse(moved)));

    std::vector<Section> expected { sections.back() };
    expected.insert(expected.end(), sections.begin(), sections.end() - 1);
    QCOMPARE(describe(after), describe(expected));
    QCOMPARE(result->titleLine, after.front().line);

    // And the first subsection there is made the last top-level section:
    // its title and its own subsections' are adorned for their new level.
    const auto parent = std::find_if(
        sections.begin(), sections.end(), [](const Section &section) { return !section.children.empty(); });
    if (parent == sections.end())
        return;
    const Section child = parent->children.front();
    const auto promoted = moveSection(text, sections, child.line, sections.back().line, SectionPlacement::After);
    QVERIFY(promoted);
    const std::vector<Section> promotedAfter = topLevel(outline(*parse(applyEdit(text, promoted->edit))));
    std::vector<Section> promotedExpected = sections;
    auto &siblings = promotedExpected[std::size_t(parent - sections.begin())].children;
    siblings.erase(siblings.begin());
    promotedExpected.push_back(shifted(child, -1));
    QCOMPARE(describe(promotedAfter), describe(promotedExpected));
    QCOMPARE(promoted->titleLine, promotedAfter.back().line);
}

QTEST_GUILESS_MAIN(TestSectionMove)
#include "tst_sectionmove.moc"
