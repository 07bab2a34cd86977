// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "goldenfixtures.h"
#include "rst/document.h"
#include "rst/lineranges_p.h"
#include "rst/node.h"
#include "rst/outline.h"
#include "rst/parser.h"

using namespace specwright::rst;

namespace
{

// Every element under node, depth first.
void collectElements(const Node &node, std::vector<const Node *> &out)
{
    out.push_back(&node);
    for (const auto &child : node.children())
        if (!child->isText())
            collectElements(*child, out);
}

// "LEVEL title LINE-END" per section, depth first, one per line: easy to
// read in a failure message.
void describe(const std::vector<Section> &sections, QStringList &out)
{
    for (const Section &section : sections) {
        out << QStringLiteral("%1 %2 %3-%4")
                   .arg(section.level)
                   .arg(QString::fromStdString(section.title))
                   .arg(section.line)
                   .arg(section.endLine);
        describe(section.children, out);
    }
}

QString describe(const std::vector<Section> &sections)
{
    QStringList lines;
    describe(sections, lines);
    return lines.join(QLatin1Char('\n'));
}

// A section whose title text is on textLine, with the lines docutils gives
// it: the section and its title are on the underline.
Node *addSection(Node &parent, const std::string &title, int textLine)
{
    Node *section = parent.append(Node::element("section"));
    section->setLine(textLine + 1);
    Node *heading = section->append(Node::element("title"));
    heading->setLine(textLine + 1);
    heading->append(Node::text(title));
    return section;
}

Node *addParagraph(Node &parent, int line)
{
    Node *paragraph = parent.append(Node::element("paragraph"));
    paragraph->setLine(line);
    paragraph->append(Node::text("Text."));
    return paragraph;
}

const char *promotedSpec = R"(=============
Example Spec
=============

Intro paragraph.

Problem description
===================

A paragraph
on two lines.

Use Cases
---------

* a use case

Proposed change
===============

Text with *emphasis*.

Alternatives
------------

None.
)";

const char *twoTopLevels = R"(First top-level
===============

Body one.

Second top-level
================

Sub one
-------

Sub sub
~~~~~~~

Text.

Sub two
-------

Last.
)";

const char *markupTitle = R"(=====
Title
=====

Intro.

The ``literal`` *way*
=====================

Text.

Another
=======

More.
)";

} // namespace

class TestOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsedDocumentsGiveTheirSectionTree_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("transforms");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");

        const QString promoted = QStringLiteral("1 Problem description 7-16\n"
                                                "2 Use Cases 13-16\n"
                                                "1 Proposed change 18-26\n"
                                                "2 Alternatives 23-26");
        QTest::newRow("the promoted title's subsections are the top level")
            << QString::fromUtf8(promotedSpec) << true << QStringLiteral("Example Spec") << promoted;
        QTest::newRow("an untransformed document reads as if the title were promoted")
            << QString::fromUtf8(promotedSpec) << false << QStringLiteral("Example Spec") << promoted;
        QTest::newRow("two top-level sections have no document title")
            << QString::fromUtf8(twoTopLevels) << true << QString()
            << QStringLiteral("1 First top-level 1-4\n"
                              "1 Second top-level 6-20\n"
                              "2 Sub one 9-15\n"
                              "3 Sub sub 12-15\n"
                              "2 Sub two 17-20");
        QTest::newRow("a document without sections has an empty outline")
            << QStringLiteral("Just a paragraph.\n") << true << QString() << QString();
    }
    void parsedDocumentsGiveTheirSectionTree()
    {
        QFETCH(QString, source);
        QFETCH(bool, transforms);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        ParseOptions options;
        options.sourcePath = "outline.rst";
        options.applyTransforms = transforms;
        const auto document = parse(source.toStdString(), options);
        QCOMPARE(describe(outline(*document)), expected);
        QCOMPARE(QString::fromStdString(documentTitle(*document)), title);
    }

    void rawTitleKeepsTheInlineMarkup()
    {
        ParseOptions options;
        options.sourcePath = "markup.rst";
        const auto document = parse(markupTitle, options);
        const auto sections = outline(*document);
        QCOMPARE(int(sections.size()), 2);
        QCOMPARE(QString::fromStdString(sections[0].title), QStringLiteral("The literal way"));
        QCOMPARE(QString::fromStdString(sections[0].rawTitle), QStringLiteral("The ``literal`` *way*"));
        QCOMPARE(sections[0].line, 7);
        QCOMPARE(QString::fromStdString(sections[1].rawTitle), QStringLiteral("Another"));
    }

    void handBuiltTreesFollowThePromotionRule_data()
    {
        QTest::addColumn<int>("topSections");
        QTest::addColumn<bool>("trailingParagraph");
        QTest::addColumn<bool>("introParagraph");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a lone section is the title, its children the top level")
            << 1 << false << true << QStringLiteral("Section 1") << QStringLiteral("1 Child 1 6-8");
        QTest::newRow("the title's lone subsection becomes the subtitle")
            << 1 << false << false << QStringLiteral("Section 1") << QString();
        QTest::newRow("a paragraph after the lone section prevents the promotion")
            << 1 << true << true << QString() << QStringLiteral("1 Section 1 1-8\n2 Child 1 6-8");
        QTest::newRow("two sections stay two top-level sections")
            << 2 << false << true << QString()
            << QStringLiteral("1 Section 1 1-8\n2 Child 1 6-8\n1 Section 2 9-16\n2 Child 2 14-16");
    }
    void handBuiltTreesFollowThePromotionRule()
    {
        QFETCH(int, topSections);
        QFETCH(bool, trailingParagraph);
        QFETCH(bool, introParagraph);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        Document document("built.rst");
        for (int i = 0; i < topSections; ++i) {
            const std::string number = std::to_string(i + 1);
            const int top = 1 + 8 * i;
            Node *section = addSection(document.root(), "Section " + number, top);
            if (introParagraph)
                addParagraph(*section, top + 3);
            addParagraph(*addSection(*section, "Child " + number, top + 5), top + 7);
        }
        if (trailingParagraph)
            document.root().append(Node::element("paragraph"))->append(Node::text("After."));
        QCOMPARE(describe(outline(document)), expected);
        QCOMPARE(QString::fromStdString(documentTitle(document)), title);
    }

    void linesComeFromTheContent()
    {
        Document document("lines.rst");
        Node *section = document.root().append(Node::element("section"));
        // An end line past the content (the parser's, at the end of the
        // text) does not stretch the section.
        section->setEndLine(40);
        Node *title = section->append(Node::element("title"));
        title->setLine(3); // the underline: the text is on line 2
        title->append(Node::text("Heading"));
        Node *paragraph = section->append(Node::element("paragraph"));
        paragraph->setLine(6);
        paragraph->append(Node::text("three\nline\nparagraph"));
        const LineRange range = lineRange(*section);
        QCOMPARE(range.first, 2);
        QCOMPARE(range.last, 8);
        QCOMPARE(lineRange(*title).first, 2);
        QCOMPARE(lineRange(*title).last, 3);
    }

    // parse() stores each element's range for the HTML writer; they must be
    // what LineRanges works out from the tree and the parser's records.
    void storedRangesAreTheComputedOnes_data() { test::addFixtureRows(QStringLiteral("*.rst")); }
    void storedRangesAreTheComputedOnes()
    {
        QFETCH(QString, path);
        ParseOptions options;
        options.sourcePath = QFileInfo(path).fileName().toStdString();
        const auto document = parse(test::readFile(path).toStdString(), options);
        QVERIFY(document->lineRangesStored());
        std::vector<const Node *> elements;
        collectElements(document->root(), elements);
        QVERIFY(elements.size() > 1);
        for (const Node *node : elements) {
            const LineRange computed = LineRanges(document.get())(*node);
            const QString where = QStringLiteral("<%1> at line %2")
                                      .arg(QString::fromUtf8(node->tag().data(), qsizetype(node->tag().size())))
                                      .arg(node->line());
            QVERIFY2(node->coveredFirstLine() == computed.first, qPrintable(where));
            QVERIFY2(node->coveredLastLine() == computed.last, qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
