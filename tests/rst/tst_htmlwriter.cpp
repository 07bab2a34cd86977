// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "rst/document.h"
#include "rst/htmlwriter.h"
#include "rst/node.h"
#include "rst/parser.h"

using namespace specwright::rst;

namespace
{

struct Tag {
    int depth = 0;
    QString name;
    QMap<QString, QString> attributes;
};

// The start tags of an HTML fragment with their nesting depth. Enough for
// the markup both docutils and the engine write (attribute values always
// quoted, '>' escaped inside them); comments are skipped.
QList<Tag> scanTags(const QString &html)
{
    static const QStringList voidElements = {
        QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("img"), QStringLiteral("col"), QStringLiteral("meta")
    };
    static const QRegularExpression attribute(QStringLiteral("([A-Za-z_:][-\\w:.]*)\\s*=\\s*\"([^\"]*)\""));
    QList<Tag> tags;
    int depth = 0;
    qsizetype pos = 0;
    while ((pos = html.indexOf(QLatin1Char('<'), pos)) >= 0) {
        if (html.mid(pos, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), pos + 4);
            pos = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype end = html.indexOf(QLatin1Char('>'), pos);
        if (end < 0)
            break;
        const QString inside = html.mid(pos + 1, end - pos - 1);
        pos = end + 1;
        // A style element holds CSS, not markup: the browser reads it up to
        // its end tag only.
        if (inside.startsWith(QLatin1String("style"))) {
            const qsizetype close = html.indexOf(QLatin1String("</style"), pos, Qt::CaseInsensitive);
            pos = close < 0 ? html.size() : close;
            ++depth;
            continue;
        }
        if (inside.startsWith(QLatin1Char('/'))) {
            --depth;
            continue;
        }
        if (inside.startsWith(QLatin1Char('!')))
            continue;
        Tag tag;
        tag.depth = depth;
        tag.name = inside.section(QRegularExpression(QStringLiteral("[\\s/]")), 0, 0).toLower();
        auto matches = attribute.globalMatch(inside);
        while (matches.hasNext()) {
            const auto match = matches.next();
            tag.attributes.insert(match.captured(1).toLower(), match.captured(2));
        }
        tags << tag;
        if (!inside.endsWith(QLatin1Char('/')) && !voidElements.contains(tag.name))
            ++depth;
    }
    return tags;
}

// The part of a page inside <main>: the document.
QString mainOf(const QString &page)
{
    const qsizetype begin = page.indexOf(QLatin1String("<main"));
    const qsizetype end = page.lastIndexOf(QLatin1String("</main>"));
    return begin < 0 || end < begin ? QString() : page.mid(begin, end - begin);
}

// One line per element: depth, name, id and classes. data-line and the
// like are the engine's own additions and not compared.
QStringList skeleton(const QString &html)
{
    QStringList lines;
    for (const Tag &tag : scanTags(html)) {
        QString line = QString(tag.depth * 2, QLatin1Char(' ')) + tag.name;
        if (tag.attributes.contains(QStringLiteral("id")))
            line += QLatin1Char('#') + tag.attributes.value(QStringLiteral("id"));
        const QString classes = tag.attributes.value(QStringLiteral("class"));
        if (!classes.isEmpty())
            line += QLatin1Char('.') + classes.split(QLatin1Char(' ')).join(QLatin1Char('.'));
        lines << line;
    }
    return lines;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The first difference of two skeletons with some context, for the failure
// message.
QString firstDifference(const QStringList &want, const QStringList &got)
{
    qsizetype i = 0;
    while (i < want.size() && i < got.size() && want[i] == got[i])
        ++i;
    const qsizetype from = std::max<qsizetype>(0, i - 3);
    QString text = QStringLiteral("first difference at element %1\n--- docutils\n").arg(i);
    for (qsizetype j = from; j < std::min(want.size(), i + 4); ++j)
        text += want[j] + QLatin1Char('\n');
    text += QStringLiteral("--- engine\n");
    for (qsizetype j = from; j < std::min(got.size(), i + 4); ++j)
        text += got[j] + QLatin1Char('\n');
    return text;
}

std::shared_ptr<const Document> parseText(const QString &text, const std::string &path = "test.rst")
{
    ParseOptions options;
    options.sourcePath = path;
    return parse(text.toStdString(), options);
}

// What may never appear in a page made from an untrusted document.
QString unsafeMarkup(const QString &html)
{
    static const QStringList safeSchemes
        = { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto") };
    for (const Tag &tag : scanTags(html)) {
        if (tag.name == QLatin1String("script") || tag.name == QLatin1String("iframe")
            || tag.name == QLatin1String("object") || tag.name == QLatin1String("embed")
            || tag.name == QLatin1String("base") || tag.name == QLatin1String("form"))
            return QStringLiteral("element <%1>").arg(tag.name);
        if (tag.name == QLatin1String("meta") && tag.attributes.contains(QStringLiteral("http-equiv"))
            && tag.attributes.value(QStringLiteral("http-equiv")) != QLatin1String("Content-Security-Policy"))
            return QStringLiteral("meta http-equiv");
        for (auto it = tag.attributes.cbegin(); it != tag.attributes.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("on")))
                return QStringLiteral("event handler %1").arg(it.key());
            if (it.key() == QLatin1String("style") && it.value().contains(QLatin1String("url(")))
                return QStringLiteral("style loading %1").arg(it.value());
        }
        const QString href = tag.attributes.value(QStringLiteral("href")).simplified().remove(QLatin1Char(' '));
        if (!href.isEmpty() && !href.startsWith(QLatin1Char('#'))) {
            const QString scheme = href.section(QLatin1Char(':'), 0, 0).toLower();
            if (href.contains(QLatin1Char(':')) && !safeSchemes.contains(scheme))
                return QStringLiteral("link to %1").arg(href);
        }
        const QString src = tag.attributes.value(QStringLiteral("src"));
        if (tag.attributes.contains(QStringLiteral("src"))) {
            if (src.startsWith(QLatin1String("data:image/")))
                continue;
            if (src.contains(QLatin1Char(':')) || src.startsWith(QLatin1Char('/')) || src.startsWith(QLatin1Char('\\'))
                || src.split(QRegularExpression(QStringLiteral("[/\\\\]"))).contains(QStringLiteral(".."))
                || src.contains(QLatin1String("%2e"), Qt::CaseInsensitive))
                return QStringLiteral("image from %1").arg(src);
        }
    }
    return {};
}

// The entity the page writes for a character that must not stand as it is.
QByteArray entityOf(char mark)
{
    switch (mark) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    default:
        return "&#64;";
    }
}

Node *addElement(
    Node &parent, const std::string &tag, std::initializer_list<std::pair<std::string, std::string>> attributes = {})
{
    Node *node = parent.append(Node::element(tag));
    for (const auto &[name, value] : attributes)
        node->setAttribute(name, value);
    return node;
}

} // namespace

class TestHtmlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageMatchesDocutilsSkeleton_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("a spec with lists, admonitions, tables and footnotes") << QStringLiteral("spec");
        QTest::newRow("contents with backlinks and a local contents") << QStringLiteral("contents");
        QTest::newRow("broken markup shows its system messages") << QStringLiteral("problems");
        QTest::newRow("quotes, line blocks, options, topics and figures") << QStringLiteral("blocks");
        QTest::newRow("two top-level sections without a document title") << QStringLiteral("sections");
    }
    void pageMatchesDocutilsSkeleton()
    {
        QFETCH(QString, name);
        const QString base = QStringLiteral(SPECWRIGHT_TEST_DATA "/html/") + name;
        const QString source = readFile(base + QStringLiteral(".rst"));
        const QString reference = readFile(base + QStringLiteral(".html"));
        QVERIFY2(!source.isEmpty() && !reference.isEmpty(), qPrintable(base));
        // The path docutils was given when the reference was made.
        const auto document = parseText(source, "tests/data/html/" + name.toStdString() + ".rst");
        const QString page = QString::fromStdString(writeHtmlPage(*document));
        const QStringList want = skeleton(mainOf(reference));
        const QStringList got = skeleton(mainOf(page));
        QVERIFY2(got == want, qPrintable(firstDifference(want, got)));
        // The body's own tag too: a table of contents marks it.
        static const QRegularExpression body(QStringLiteral("<body[^>]*>"));
        QCOMPARE(body.match(page).captured(), body.match(reference).captured());
    }

    void everyBlockCarriesItsLines_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected"); // "element first-last" per block
        QTest::newRow("paragraphs, a list and a literal block after a lone ::")
            << QStringLiteral("First paragraph\n"
                              "on two lines.\n"
                              "\n"
                              "* item one\n"
                              "* item two\n"
                              "  continued\n"
                              "\n"
                              "::\n"
                              "\n"
                              "    literal\n"
                              "    block\n")
            << QStringList { QStringLiteral("p 1-2"), QStringLiteral("ul 4-6"), QStringLiteral("pre 10-11") };
        QTest::newRow("sections are flattened into headings and their blocks")
            << QStringLiteral("Section one\n"
                              "===========\n"
                              "\n"
                              "Text one.\n"
                              "\n"
                              "Section two\n"
                              "===========\n"
                              "\n"
                              "Nested\n"
                              "------\n"
                              "\n"
                              ".. note:: A note\n"
                              "   on two lines.\n")
            << QStringList { QStringLiteral("h2 1-2"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("h2 6-7"),
                   QStringLiteral("h3 9-10"),
                   QStringLiteral("aside 12-13") };
        QTest::newRow("the document title is the first block, from its overline to its underline")
            << QStringLiteral("=====\n"
                              "Title\n"
                              "=====\n"
                              "\n"
                              "Body text.\n"
                              "\n"
                              "+---+---+\n"
                              "| a | b |\n"
                              "+---+---+\n")
            << QStringList { QStringLiteral("h1 1-3"), QStringLiteral("p 5-5"), QStringLiteral("table 7-9") };
        // docutils gives these the line after them, or the parser's line.
        QTest::newRow("a directive's block, a doctest block and a directive error cover their lines")
            << QStringLiteral("Text.\n"
                              "\n"
                              ".. code:: python\n"
                              "\n"
                              "   print(1)\n"
                              "   print(2)\n"
                              "\n"
                              ">>> doctest\n"
                              "1\n"
                              "\n"
                              ".. rubric:: Rubric\n"
                              "\n"
                              ".. math::\n"
                              "\n"
                              "   a^2\n"
                              "\n"
                              ".. unknown-directive:: x\n"
                              "   body\n"
                              "\n"
                              ".. image::\n"
                              "   :alt: no path\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("pre 3-6"),
                   QStringLiteral("pre 8-9"),
                   QStringLiteral("p 11-11"),
                   QStringLiteral("pre 13-15"),
                   QStringLiteral("aside 17-18"),
                   QStringLiteral("aside 20-21") };
    }
    void everyBlockCarriesItsLines()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const auto document = parseText(source);
        QStringList got;
        for (const HtmlBlock &block : writeHtmlBlocks(*document)) {
            const QList<Tag> tags = scanTags(QString::fromStdString(block.html));
            QVERIFY(!tags.isEmpty());
            const QString dataLine = tags.first().attributes.value(QStringLiteral("data-line"));
            QCOMPARE(dataLine, QStringLiteral("%1-%2").arg(block.line).arg(block.endLine));
            got << QStringLiteral("%1 %2").arg(tags.first().name, dataLine);
        }
        QCOMPARE(got, expected);
    }

    // Every element of a table, and what its cells hold, carries the lines
    // of the source it comes from: docutils numbers a cell's content a line
    // late (a csv-table cell's from 1) and gives the table parts no line.
    void tablePartsCarryTheirSourceLines_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected"); // "element first-last" per element of <main>
        QTest::newRow("a grid table after a blank line starts at its top border")
            << QStringLiteral("Title\n=====\n\nSome text.\n\n+-----+-----+\n| a   | b   |\n+-----+-----+\n")
            << QStringList { QStringLiteral("h1 1-2"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("table 6-8"),
                   QStringLiteral("tbody 7-7"),
                   QStringLiteral("tr 7-7"),
                   QStringLiteral("td 7-7"),
                   QStringLiteral("p 7-7"),
                   QStringLiteral("td 7-7"),
                   QStringLiteral("p 7-7") };
        QTest::newRow("a grid table's head, a two-line row and an empty cell")
            << QStringLiteral("Text.\n\n+----+----+\n| h1 | h2 |\n+====+====+\n| a  | b  |\n| a2 |    |\n"
                              "+----+----+\n|    | c  |\n+----+----+\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-10"),
                   QStringLiteral("thead 4-4"),
                   QStringLiteral("tr 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("tbody 6-9"),
                   QStringLiteral("tr 6-7"),
                   QStringLiteral("td 6-7"),
                   QStringLiteral("p 6-7"),
                   QStringLiteral("td 6-7"),
                   QStringLiteral("p 6-6"),
                   QStringLiteral("tr 9-9"),
                   QStringLiteral("td 9-9"),
                   QStringLiteral("td 9-9"),
                   QStringLiteral("p 9-9") };
        QTest::newRow("a cell spanning two rows ends in the second, its row in the first")
            << QStringLiteral("+---+---+\n| a | b |\n+---+   +\n| c |   |\n+---+---+\n")
            << QStringList { QStringLiteral("table 1-5"),
                   QStringLiteral("tbody 2-4"),
                   QStringLiteral("tr 2-2"),
                   QStringLiteral("td 2-2"),
                   QStringLiteral("p 2-2"),
                   QStringLiteral("td 2-4"),
                   QStringLiteral("p 2-2"),
                   QStringLiteral("tr 4-4"),
                   QStringLiteral("td 4-4"),
                   QStringLiteral("p 4-4") };
        QTest::newRow("a simple table's row takes its continuation lines")
            << QStringLiteral("Text.\n\n=====  =====\n s1     s2\n=====  =====\nx      y\n       z\nu      v\n"
                              "=====  =====\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-9"),
                   QStringLiteral("thead 4-4"),
                   QStringLiteral("tr 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("tbody 6-8"),
                   QStringLiteral("tr 6-7"),
                   QStringLiteral("td 6-7"),
                   QStringLiteral("p 6-6"),
                   QStringLiteral("td 6-7"),
                   QStringLiteral("p 6-7"),
                   QStringLiteral("tr 8-8"),
                   QStringLiteral("td 8-8"),
                   QStringLiteral("p 8-8"),
                   QStringLiteral("td 8-8"),
                   QStringLiteral("p 8-8") };
        QTest::newRow("a list-table's rows and cells are its list items, an empty cell its bullet")
            << QStringLiteral("Text.\n\n.. list-table:: Caption\n   :header-rows: 1\n\n   * - L1\n     - L2\n"
                              "   * - m\n     -\n   * - n\n\n       n2\n     - o\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-13"),
                   QStringLiteral("caption 3-3"),
                   QStringLiteral("thead 6-7"),
                   QStringLiteral("tr 6-7"),
                   QStringLiteral("th 6-6"),
                   QStringLiteral("p 6-6"),
                   QStringLiteral("th 7-7"),
                   QStringLiteral("p 7-7"),
                   QStringLiteral("tbody 8-13"),
                   QStringLiteral("tr 8-9"),
                   QStringLiteral("td 8-8"),
                   QStringLiteral("p 8-8"),
                   QStringLiteral("td 9-9"),
                   QStringLiteral("tr 10-13"),
                   QStringLiteral("td 10-12"),
                   QStringLiteral("p 10-10"),
                   QStringLiteral("p 12-12"),
                   QStringLiteral("td 13-13"),
                   QStringLiteral("p 13-13") };
        QTest::newRow("a csv-table's cells are their fields' lines, its head the header option")
            << QStringLiteral("Text.\n\n.. csv-table:: CSV\n   :header: \"A\", \"B\"\n\n   1, \"two\n   lines\"\n"
                              "   3, 4\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-8"),
                   QStringLiteral("caption 3-3"),
                   QStringLiteral("thead 4-4"),
                   QStringLiteral("tr 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("th 4-4"),
                   QStringLiteral("p 4-4"),
                   QStringLiteral("tbody 6-8"),
                   QStringLiteral("tr 6-7"),
                   QStringLiteral("td 6-6"),
                   QStringLiteral("p 6-6"),
                   QStringLiteral("td 6-7"),
                   QStringLiteral("p 6-7"),
                   QStringLiteral("tr 8-8"),
                   QStringLiteral("td 8-8"),
                   QStringLiteral("p 8-8"),
                   QStringLiteral("td 8-8"),
                   QStringLiteral("p 8-8") };
        QTest::newRow("a table directive covers its caption's line")
            << QStringLiteral("Text.\n\n.. table:: Wrapped\n\n   ===  ===\n   p    q\n   ===  ===\n")
            << QStringList { QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-7"),
                   QStringLiteral("caption 3-3"),
                   QStringLiteral("tbody 6-6"),
                   QStringLiteral("tr 6-6"),
                   QStringLiteral("td 6-6"),
                   QStringLiteral("p 6-6"),
                   QStringLiteral("td 6-6"),
                   QStringLiteral("p 6-6") };
        QTest::newRow("a table in a list item keeps its lines")
            << QStringLiteral("* item\n\n  +---+\n  | x |\n  +---+\n")
            << QStringList { QStringLiteral("ul 1-5"),
                   QStringLiteral("li 1-5"),
                   QStringLiteral("p 1-1"),
                   QStringLiteral("table 3-5"),
                   QStringLiteral("tbody 4-4"),
                   QStringLiteral("tr 4-4"),
                   QStringLiteral("td 4-4"),
                   QStringLiteral("p 4-4") };
        QTest::newRow("a table in a table cell keeps its lines")
            << QStringLiteral("+-------------+\n| +---+       |\n| | x |       |\n| +---+       |\n+-------------+\n")
            << QStringList { QStringLiteral("table 1-5"),
                   QStringLiteral("tbody 2-4"),
                   QStringLiteral("tr 2-4"),
                   QStringLiteral("td 2-4"),
                   QStringLiteral("table 2-4"),
                   QStringLiteral("tbody 3-3"),
                   QStringLiteral("tr 3-3"),
                   QStringLiteral("td 3-3"),
                   QStringLiteral("p 3-3") };
        QTest::newRow("overlined titles start at their overline")
            << QStringLiteral("=======\n Title\n=======\n\nText.\n\n--------\n Sub\n--------\n\nMore.\n")
            << QStringList { QStringLiteral("h1 1-3"),
                   QStringLiteral("p 5-5"),
                   QStringLiteral("section 7-11"),
                   QStringLiteral("h2 7-9"),
                   QStringLiteral("p 11-11") };
    }
    void tablePartsCarryTheirSourceLines()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        const auto document = parseText(source);
        const QString page = QString::fromStdString(writeHtmlPage(*document));
        QStringList got;
        for (const Tag &tag : scanTags(mainOf(page)))
            if (tag.name != QLatin1String("main"))
                got << tag.name + QLatin1Char(' ') + tag.attributes.value(QStringLiteral("data-line"));
        QCOMPARE(got, expected);
    }

    void nestedBlocksCarryLinesToo()
    {
        const auto document = parseText(QStringLiteral("* one\n\n  two\n* three\n"));
        const QString page = QString::fromStdString(writeHtmlPage(*document));
        QStringList lines;
        for (const Tag &tag : scanTags(mainOf(page)))
            if (tag.name != QLatin1String("main"))
                lines << tag.name + QLatin1Char(' ') + tag.attributes.value(QStringLiteral("data-line"));
        QCOMPARE(lines,
            (QStringList { QStringLiteral("ul 1-4"),
                QStringLiteral("li 1-3"),
                QStringLiteral("p 1-1"),
                QStringLiteral("p 3-3"),
                QStringLiteral("li 4-4"),
                QStringLiteral("p 4-4") }));
    }

    void hostileTreesRunAndLoadNothing_data()
    {
        QTest::addColumn<QString>("kind"); // reference, image, raw, text, attribute
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("visible"); // text that must still show, escaped
        QTest::newRow("a javascript link stays text")
            << QStringLiteral("reference") << QStringLiteral("javascript:alert(1)") << QStringLiteral("click");
        QTest::newRow("mixed case and tabs do not hide javascript")
            << QStringLiteral("reference") << QStringLiteral(" JaVa\tScRiPt:alert(1)") << QStringLiteral("click");
        QTest::newRow("a vbscript link stays text")
            << QStringLiteral("reference") << QStringLiteral("vbscript:msgbox(1)") << QStringLiteral("click");
        QTest::newRow("a data link stays text")
            << QStringLiteral("reference") << QStringLiteral("data:text/html,<script>alert(1)</script>")
            << QStringLiteral("click");
        QTest::newRow("a remote image is a placeholder")
            << QStringLiteral("image") << QStringLiteral("http://example.com/track.png") << QStringLiteral("alt text");
        QTest::newRow("an https image is a placeholder")
            << QStringLiteral("image") << QStringLiteral("https://example.com/a.png") << QStringLiteral("alt text");
        QTest::newRow("a protocol-relative image is a placeholder")
            << QStringLiteral("image") << QStringLiteral("//example.com/a.png") << QStringLiteral("alt text");
        QTest::newRow("an absolute image path is a placeholder")
            << QStringLiteral("image") << QStringLiteral("/etc/passwd") << QStringLiteral("alt text");
        QTest::newRow("an image above the folder is a placeholder")
            << QStringLiteral("image") << QStringLiteral("../secret.png") << QStringLiteral("alt text");
        QTest::newRow("a path climbing out midway is a placeholder")
            << QStringLiteral("image") << QStringLiteral("a/../../secret.png") << QStringLiteral("alt text");
        QTest::newRow("an encoded climb is a placeholder")
            << QStringLiteral("image") << QStringLiteral("%2e%2e/secret.png") << QStringLiteral("alt text");
        QTest::newRow("a file URL image is a placeholder")
            << QStringLiteral("image") << QStringLiteral("file:///etc/passwd") << QStringLiteral("alt text");
        QTest::newRow("raw HTML is dropped")
            << QStringLiteral("raw") << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("");
        QTest::newRow("a script tag in text is escaped")
            << QStringLiteral("text") << QStringLiteral("<script>alert(1)</script>")
            << QStringLiteral("&lt;script&gt;");
        QTest::newRow("quotes in ids and classes cannot add attributes")
            << QStringLiteral("attribute") << QStringLiteral("x\" onmouseover=\"alert(1)") << QStringLiteral("body");
        QTest::newRow("a comment cannot close itself early")
            << QStringLiteral("comment") << QStringLiteral("--><script>alert(1)</script>") << QStringLiteral("");
    }
    void hostileTreesRunAndLoadNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, visible);
        const std::string text = value.toStdString();
        Document document("hostile.rst");
        Node &root = document.root();
        Node *paragraph = addElement(root, "paragraph");
        paragraph->setLine(1);
        if (kind == QLatin1String("reference")) {
            addElement(*paragraph, "reference", { { "refuri", text }, { "name", "click" } })
                ->append(Node::text("click"));
        } else if (kind == QLatin1String("image")) {
            addElement(root, "image", { { "uri", text }, { "alt", "alt text" } })->setLine(3);
            addElement(*paragraph, "image", { { "uri", text }, { "alt", "alt text" } });
        } else if (kind == QLatin1String("raw")) {
            addElement(root, "raw", { { "format", "html" } })->append(Node::text(text));
        } else if (kind == QLatin1String("text")) {
            paragraph->append(Node::text(text));
        } else if (kind == QLatin1String("comment")) {
            addElement(root, "comment")->append(Node::text(text));
        } else {
            paragraph->setList("ids", { text });
            paragraph->setList("classes", { text });
            paragraph->append(Node::text("body"));
        }
        const QString page = QString::fromStdString(writeHtmlPage(document));
        const QString body = QString::fromStdString(writeHtmlBody(document));
        for (const QString &html : { page, body }) {
            const QString problem = unsafeMarkup(html);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + html));
            QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
            if (!visible.isEmpty())
                QVERIFY2(html.contains(visible), qPrintable(html));
        }
    }

    // Text is escaped wherever its marks fall: at the start and the end, and
    // right after line breaks and tabs, which are kept as they are.
    void textIsEscapedWhereverItFalls_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("a mark at the start") << QByteArray("&x") << QByteArray("&amp;x");
        QTest::newRow("marks after a line break nearby")
            << QByteArray("ab\ncd&ef<gh") << QByteArray("ab\ncd&amp;ef&lt;gh");
        QTest::newRow("line breaks and tabs alone are kept")
            << QByteArray("abcdefg\nhij\tklmnop\n") << QByteArray("abcdefg\nhij\tklmnop\n");
        QTest::newRow("a mark in the last byte")
            << QByteArray("abcdefghijklmno@") << QByteArray("abcdefghijklmno&#64;");
        // (Octal escapes: a hex escape would take the letters after it.)
        QTest::newRow("a control character after a line break")
            << QByteArray("abc\nd\001ef") << QByteArray("abc\nd\357\277\275ef");
        QTest::newRow("a carriage return becomes a line break") << QByteArray("ab\rcd") << QByteArray("ab\ncd");
        // Each mark at each place of a text with line breaks and a tab
        // among the first sixteen bytes.
        const QByteArray base("ab\ncdefg\nhij\tklmnop");
        for (const char mark : { '&', '<', '>', '"', '@' }) {
            for (int at = 0; at <= base.size(); ++at) {
                QByteArray text = base;
                text.insert(at, mark);
                QByteArray expected = base;
                expected.insert(at, entityOf(mark));
                QTest::addRow("'%c' at byte %d", mark, at) << text << expected;
            }
        }
    }
    void textIsEscapedWhereverItFalls()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        Document document("escape.rst");
        Node *paragraph = addElement(document.root(), "paragraph");
        paragraph->setLine(1);
        paragraph->append(Node::text(text.toStdString()));
        const std::string body = writeHtmlBody(document);
        const std::size_t start = body.find('>', body.find("<p")) + 1;
        const std::size_t end = body.rfind("</p>");
        QVERIFY2(start > 0 && end != std::string::npos && start <= end, body.c_str());
        QCOMPARE(QByteArray::fromStdString(body.substr(start, end - start)), expected);
    }

    void hostileRstRunsAndLoadsNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("a raw directive") << QStringLiteral(".. raw:: html\n\n   <script>alert(1)</script>\n");
        QTest::newRow("an embedded javascript URI") << QStringLiteral("`click <javascript:alert(1)>`_\n");
        QTest::newRow("a javascript target") << QStringLiteral("click_\n\n.. _click: javascript:alert(1)\n");
        QTest::newRow("a standalone javascript-looking URI") << QStringLiteral("javascript:alert(1)\n");
        QTest::newRow("a remote image") << QStringLiteral(".. image:: http://example.com/pixel.png\n");
        QTest::newRow("an image above the folder") << QStringLiteral(".. image:: ../../etc/secret.png\n");
        QTest::newRow("a figure with an absolute path") << QStringLiteral(".. figure:: /etc/a.png\n\n   Caption.\n");
        QTest::newRow("script tags in text and titles")
            << QStringLiteral("<script>x</script>\n=================\n\n<img src=x onerror=alert(1)>\n");
        QTest::newRow("markup in a literal block") << QStringLiteral("::\n\n    <script>alert(1)</script>\n");
    }
    void hostileRstRunsAndLoadsNothing()
    {
        QFETCH(QString, source);
        const auto document = parseText(source, "hostile.rst");
        for (const std::string &html : { writeHtmlPage(*document), writeHtmlBody(*document) }) {
            const QString text = QString::fromStdString(html);
            const QString problem = unsafeMarkup(text);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + text));
            QVERIFY2(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("<img src=x"), Qt::CaseInsensitive), qPrintable(text));
        }
    }

    void localImagesAreLoaded_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("an image beside the document") << QStringLiteral("diagram.png");
        QTest::newRow("an image in a subfolder") << QStringLiteral("images/diagram.png");
        QTest::newRow("a climb that stays inside the folder") << QStringLiteral("images/../diagram.png");
        QTest::newRow("an inline data image") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
    }
    void localImagesAreLoaded()
    {
        QFETCH(QString, uri);
        Document document("images.rst");
        addElement(document.root(), "image", { { "uri", uri.toStdString() }, { "alt", "shown" } })->setLine(1);
        const QList<Tag> tags = scanTags(QString::fromStdString(writeHtmlBody(document)));
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().name, QStringLiteral("img"));
        QCOMPARE(tags.first().attributes.value(QStringLiteral("src")), uri);
        QCOMPARE(tags.first().attributes.value(QStringLiteral("alt")), QStringLiteral("shown"));
    }

    void pageCarriesPolicyStylesheetAndScheme_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("htmlClass");
        QTest::newRow("no scheme follows the system") << QString() << QString();
        QTest::newRow("a dark scheme is forced by a class") << QStringLiteral("dark") << QStringLiteral("dark");
        QTest::newRow("a light scheme is forced by a class") << QStringLiteral("light") << QStringLiteral("light");
        QTest::newRow("an unknown scheme is ignored") << QStringLiteral("x\" onload=\"y") << QString();
    }
    void pageCarriesPolicyStylesheetAndScheme()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, htmlClass);
        const auto document = parseText(QStringLiteral("Title\n=====\n\nText.\n"));
        HtmlOptions options;
        options.stylesheet = "main { color: red; } /* </style><script>x</script> */";
        options.colorScheme = scheme.toStdString();
        const QString page = QString::fromStdString(writeHtmlPage(*document, options));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("main { color: red; }")));
        QCOMPARE(page.count(QLatin1String("</style>")), 1);
        QVERIFY(page.contains(QLatin1String("<title>Title</title>")));
        const QList<Tag> tags = scanTags(page);
        QCOMPARE(tags.first().name, QStringLiteral("html"));
        QCOMPARE(tags.first().attributes.value(QStringLiteral("class")), htmlClass);
        QString policy;
        for (const Tag &tag : tags)
            if (tag.attributes.value(QStringLiteral("http-equiv")) == QLatin1String("Content-Security-Policy"))
                policy = tag.attributes.value(QStringLiteral("content"));
        QVERIFY(policy.contains(QLatin1String("default-src 'none'")));
        QVERIFY(policy.contains(QLatin1String("style-src 'unsafe-inline'")));
        QVERIFY(!policy.contains(QLatin1String("script-src")));
        QVERIFY(unsafeMarkup(page).isEmpty());
    }

    // The meta directive's named metas go into the page's head, as docutils
    // writes them; an http-equiv one (a refresh could move the page
    // elsewhere) does not.
    void namedMetasGoIntoTheHead()
    {
        const auto document = parseText(QStringLiteral(".. meta::\n"
                                                       "   :description lang=en: A \"quoted\" <summary>\n"
                                                       "   :keywords: specs, design\n"
                                                       "   :http-equiv=refresh: 0; url=http://example.com/\n"
                                                       "\n"
                                                       "Title\n=====\n\nText.\n"));
        const QString page = QString::fromStdString(writeHtmlPage(*document));
        const QString head = page.section(QLatin1String("</head>"), 0, 0);
        QVERIFY2(head.contains(QLatin1String(
                     "<meta content=\"A &quot;quoted&quot; &lt;summary&gt;\" lang=\"en\" name=\"description\" />")),
            qPrintable(head));
        QVERIFY2(
            head.contains(QLatin1String("<meta content=\"specs, design\" name=\"keywords\" />")), qPrintable(head));
        QVERIFY2(!page.contains(QLatin1String("refresh")), qPrintable(page));
        QVERIFY(!mainOf(page).contains(QLatin1String("<meta")));
    }

    void bodyIsTheBlocksJoined()
    {
        const auto document = parseText(QStringLiteral("Title\n=====\n\nA.\n\nSub\n---\n\nB.\n"));
        std::string joined;
        for (const HtmlBlock &block : writeHtmlBlocks(*document))
            joined += block.html;
        QCOMPARE(writeHtmlBody(*document), joined);
        QVERIFY(!joined.empty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
