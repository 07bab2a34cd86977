// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "spec/textrules.h"

using namespace specwright::spec;

namespace
{

// "rule@line:column" for each problem, in the order found.
QByteArrayList describe(const std::vector<Problem> &problems)
{
    QByteArrayList out;
    for (const Problem &p : problems)
        out << QByteArray::fromStdString(
            std::string(p.rule) + "@" + std::to_string(p.line) + ":" + std::to_string(p.column));
    return out;
}

std::string repeat(char c, int n)
{
    return std::string(static_cast<std::size_t>(n), c);
}

// A line of prose exactly `length` characters long.
std::string prose(int length)
{
    std::string line;
    while (static_cast<int>(line.size()) < length)
        line += "word ";
    line.resize(static_cast<std::size_t>(length));
    if (line.back() == ' ')
        line.back() = 'x';
    return line;
}

} // namespace

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("expected");

        const auto row = [](const char *name, const std::string &text, const QByteArrayList &expected) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << expected;
        };
        row("a clean file has no problems", "Title\n=====\n\nText.\n", {});
        row("an empty file has no problems", "", {});
        row("a line of 79 characters passes", prose(79) + "\n", {});
        row("a line of 80 characters fails at column 80", "a\n" + prose(80) + "\n", { "line-length@2:80" });
        row("characters are counted, not bytes",
            "caf\xC3\xA9 " + prose(74) + "\n", // 79 characters, 80 bytes
            {});
        row("a long line with an http URL passes", "see http://" + repeat('a', 60) + " for more words\n", {});
        row("a long line with an https URL passes", "see https://" + repeat('a', 60) + " for more words\n", {});
        row("a long single word passes", repeat('x', 120) + "\n", {});
        row("a long single word with indentation passes", "    " + repeat('x', 120) + "\n", {});
        row("a long line after :: and indented is exempt", "Example::\n\n    " + prose(90) + "\n", {});
        row("a long line on the :: line itself fails", prose(85) + "::\n", { "line-length@1:80" });
        row("the code block ends at the first unindented line",
            "Example::\n\n    short\n" + prose(90) + "\n",
            { "line-length@4:80" });
        row("a blank line does not end the code block", "::\n\n    a\n\n    " + prose(90) + "\n", {});
        row("a tab-indented line ends the code block",
            "::\n\n\t" + prose(90) + "\n",
            { "line-length@3:80", "tab@3:1" });
        row("non-breaking spaces separate words as in Python",
            repeat('x', 50) + "\xC2\xA0" + repeat('y', 50) + "\n",
            { "line-length@1:80" });
        row("a zero-width space is found at its column",
            "ab\xE2\x80\x8B"
            "c\n",
            { "zero-width-space@1:3" });
        row("trailing spaces are found where they start", "abc  \nok\n", { "trailing-whitespace@1:4" });
        row("a line of spaces only is trailing whitespace", "a\n   \n", { "trailing-whitespace@2:1" });
        row("a trailing tab is a tab, not a trailing space", "abc\t\n", { "tab@1:4" });
        row("CRLF is reported once, at the first line", "a\r\nb\r\n", { "carriage-return@1:2" });
        row("CRLF does not count towards the length", prose(79) + "\r\n", { "carriage-return@1:80" });
        row("a space before CRLF is trailing whitespace",
            "a \r\n",
            { "trailing-whitespace@1:2", "carriage-return@1:3" });
        row("a missing final newline is reported on the last line", "a\nbc", { "final-newline@2:3" });
        row("invalid UTF-8 is measured without crashing", "\xFF\xFE\x80 " + prose(70) + "\n", {});
    }

    void problems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(describe(checkText(text.toStdString())), expected);
    }

    void severities_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("isError");
        QTest::newRow("a long line is an error") << QByteArray::fromStdString(prose(90) + "\n") << true;
        QTest::newRow("trailing spaces are an error") << QByteArray("a \n") << true;
        QTest::newRow("a tab is a warning") << QByteArray("\ta\n") << false;
        QTest::newRow("a missing final newline is a warning") << QByteArray("a") << false;
    }

    void severities()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, isError);
        const auto problems = checkText(text.toStdString());
        QCOMPARE(problems.size(), 1u);
        QCOMPARE(problems.front().severity == Severity::Error, isError);
    }

    void hugeInputIsLinear()
    {
        // A megabyte-long line and a hundred thousand short lines: no hang.
        const std::string text = repeat('a', 1 << 20) + " b\n" + [] {
            std::string many;
            for (int i = 0; i < 100000; ++i)
                many += "x y\n";
            return many;
        }();
        const auto problems = checkText(text);
        QCOMPARE(problems.size(), 1u);
        QCOMPARE(problems.front().rule, rules::lineLength);
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
