// SPDX-License-Identifier: GPL-3.0-or-later
#include <QRegularExpression>
#include <QTest>

#include "goldenfixtures.h"
#include "rst/document.h"
#include "rst/inline.h"
#include "rst/pseudoxml.h"

using namespace specwright::rst;

namespace
{

std::string paragraphPseudoXml(std::string_view text)
{
    Document document("test");
    auto result = parseInline(text, 1, document, &document.root());
    Node *paragraph = document.root().append(Node::element("paragraph"));
    for (auto &node : result.nodes)
        paragraph->append(std::move(node));
    for (auto &message : result.messages)
        document.root().append(std::move(message));
    return writePseudoXml(document);
}

} // namespace

class InlineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesDocutils_data();
    void matchesDocutils();
    void markup_data();
    void markup();
    void pathologicalLines_data();
    void pathologicalLines();
};

void InlineTest::matchesDocutils_data()
{
    test::addFixtureRows(QStringLiteral("inline-*.rst"));
}

// The whole engine on each fixture prints what docutils printed for it.
void InlineTest::matchesDocutils()
{
    QFETCH(QString, path);
    test::compareWithReference(path);
}

void InlineTest::markup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Expected trees printed by docutils 0.21 for a paragraph, before transforms.
    QTest::newRow("emphasis inside words stays text")
        << QStringLiteral("a*b*c") << QStringLiteral("<paragraph>\n    a*b*c\n");
    QTest::newRow("strong closes at the first valid end-string")
        << QStringLiteral("**a** b**") << QStringLiteral("<paragraph>\n    <strong>\n        a\n     b**\n");
    QTest::newRow("escaped backquote is no interpreted text")
        << QStringLiteral("\\`x`") << QStringLiteral("<paragraph>\n    `x`\n");
    QTest::newRow("literal keeps backslashes")
        << QStringLiteral("``a\\b``") << QStringLiteral("<paragraph>\n    <literal>\n        a\\b\n");
    QTest::newRow("standalone URI stops before a trailing period")
        << QStringLiteral("see http://a.org/x.")
        << QStringLiteral(
               "<paragraph>\n    see \n    <reference refuri=\"http://a.org/x\">\n        http://a.org/x\n    .\n");
    QTest::newRow("unknown scheme first leaves the whole text plain")
        << QStringLiteral("foo://x http://a.org") << QStringLiteral("<paragraph>\n    foo://x http://a.org\n");
    QTest::newRow("e-mail address gets a mailto URI")
        << QStringLiteral("me@example.org")
        << QStringLiteral("<paragraph>\n    <reference refuri=\"mailto:me@example.org\">\n        me@example.org\n");
    QTest::newRow("simple reference name may hold single inner punctuation") << QStringLiteral(
        "a.b-c_") << QStringLiteral("<paragraph>\n    <reference name=\"a.b-c\" refname=\"a.b-c\">\n        a.b-c\n");
    QTest::newRow("reference name at the start of the text")
        << QStringLiteral("post-allocations_ blueprint.")
        << QStringLiteral("<paragraph>\n    <reference name=\"post-allocations\" refname=\"post-allocations\">\n"
                          "        post-allocations\n     blueprint.\n");
    QTest::newRow("words before a reference name stay text")
        << QStringLiteral("see the\npost-allocations_ spec")
        << QStringLiteral("<paragraph>\n    see the\n    <reference name=\"post-allocations\" "
                          "refname=\"post-allocations\">\n        post-allocations\n     spec\n");
    QTest::newRow("quoted start-string between matching brackets stays text")
        << QStringLiteral("x (*) y") << QStringLiteral("<paragraph>\n    x (*) y\n");
}

void InlineTest::markup()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString got = QString::fromStdString(paragraphPseudoXml(text.toStdString()));
    const QString want = QStringLiteral("<document source=\"test\">\n")
        + QString(expected).replace(
            QRegularExpression(QStringLiteral("^"), QRegularExpression::MultilineOption), QStringLiteral("    "));
    QCOMPARE(got, want);
}

void InlineTest::pathologicalLines_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("message");
    QTest::newRow("many unclosed emphasis start-strings")
        << QStringLiteral("*a ") << QStringLiteral("Inline emphasis start-string without end-string.");
    QTest::newRow("a long hyphenated name without reference end") << QStringLiteral("a-") << QString();
    QTest::newRow("many backquotes without end")
        << QStringLiteral("`a ")
        << QStringLiteral("Inline interpreted text or phrase reference start-string without "
                          "end-string.");
    QTest::newRow("many URI-like words") << QStringLiteral("a:b ") << QString();
}

// A line of 20,000 repetitions of what makes a naive scanner look ahead to
// the end of the line each time: it parses, keeps all its text and reports
// the unclosed start-strings as docutils does. How its time grows with the
// line is measured by bench_engine ("one line of ... repeated").
void InlineTest::pathologicalLines()
{
    QFETCH(QString, unit);
    QFETCH(QString, message);
    const std::string text = unit.repeated(20000).toStdString();
    Document document("test");
    const auto result = parseInline(text, 1, document, &document.root());
    QVERIFY(!result.nodes.empty());
    const std::string xml = paragraphPseudoXml(text);
    if (message.isEmpty())
        QVERIFY2(xml.find("<system_message") == std::string::npos, xml.substr(0, 400).c_str());
    else
        QVERIFY2(xml.find(message.toStdString()) != std::string::npos, xml.substr(0, 400).c_str());
}

QTEST_GUILESS_MAIN(InlineTest)
#include "tst_inline.moc"
