// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
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
    void pathologicalLinesStayLinear_data();
    void pathologicalLinesStayLinear();
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

void InlineTest::pathologicalLinesStayLinear_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("many unclosed emphasis start-strings") << QStringLiteral("*a ");
    QTest::newRow("a long hyphenated name without reference end") << QStringLiteral("a-");
    QTest::newRow("many backquotes without end") << QStringLiteral("`a ");
    QTest::newRow("many URI-like words") << QStringLiteral("a:b ");
}

// A line of 20,000 repetitions parses in well under a second; a quadratic
// scan would take minutes.
void InlineTest::pathologicalLinesStayLinear()
{
    QFETCH(QString, unit);
    const std::string text = unit.repeated(20000).toStdString();
    QElapsedTimer timer;
    timer.start();
    Document document("test");
    const auto result = parseInline(text, 1, document, &document.root());
    QVERIFY(!result.nodes.empty());
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(InlineTest)
#include "tst_inline.moc"
