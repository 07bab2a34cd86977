// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "rst/reflow.h"

using namespace specwright::rst;
using namespace Qt::StringLiterals;

namespace
{

// The text with the edit applied, or the text as it was when there is none.
QString applied(const QString &text, const std::optional<TextEdit> &edit)
{
    if (!edit)
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList replacement = QString::fromStdString(edit->replacement).split(QLatin1Char('\n'));
    lines.remove(edit->firstLine - 1, edit->lastLine - edit->firstLine + 1);
    for (qsizetype i = 0; i < replacement.size(); ++i)
        lines.insert(edit->firstLine - 1 + i, replacement[i]);
    return lines.join(QLatin1Char('\n'));
}

std::optional<TextEdit> reflow(const QString &text, int line, int limit)
{
    return reflowAt(text.toStdString(), line, limit);
}

} // namespace

class TestReflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewraps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected");

        QTest::newRow("a plain paragraph fills up to the limit")
            << u"one two three four five six seven eight\nnine ten\n"_s << 1 << 20
            << u"one two three four\nfive six seven eight\nnine ten\n"_s;
        QTest::newRow("short lines of a paragraph are joined")
            << u"Intro.\n\none\ntwo\nthree\n\nAfter.\n"_s << 4 << 79 << u"Intro.\n\none two three\n\nAfter.\n"_s;
        QTest::newRow("a line exactly at the limit stays") << u"aaaa bbbb cccc\n"_s << 1 << 14 << u"aaaa bbbb cccc\n"_s;
        QTest::newRow("a bullet item keeps its marker and hangs under its text")
            << u"* alpha beta gamma delta epsilon\n"_s << 1 << 16 << u"* alpha beta\n  gamma delta\n  epsilon\n"_s;
        QTest::newRow("only the item under the cursor is wrapped")
            << u"- first item\n- second item is long\n- third\n"_s << 2 << 12
            << u"- first item\n- second\n  item is\n  long\n- third\n"_s;
        QTest::newRow("an enumerated item hangs under its text")
            << u"10. one two three four five\n"_s << 1 << 14 << u"10. one two\n    three four\n    five\n"_s;
        QTest::newRow("an auto-numbered item hangs under its text")
            << u"#. one two three\n   four five\n"_s << 2 << 12 << u"#. one two\n   three\n   four five\n"_s;
        QTest::newRow("a parenthesised enumerator keeps its form")
            << u"(a) one two three four\n"_s << 1 << 12 << u"(a) one two\n    three\n    four\n"_s;
        QTest::newRow("a nested item keeps its indent") << u"* outer\n\n  * inner one two three four\n"_s << 3 << 16
                                                        << u"* outer\n\n  * inner one\n    two three\n    four\n"_s;
        QTest::newRow("a field body keeps its hanging indent")
            << u":param name: one two three\n    four five six\n"_s << 2 << 20
            << u":param name: one two\n    three four five\n    six\n"_s;
        QTest::newRow("a definition body keeps its indent") << u"term\n    one two three four five\n"_s << 2 << 16
                                                            << u"term\n    one two\n    three four\n    five\n"_s;
        QTest::newRow("a nested block quote keeps its indent")
            << u"Text.\n\n    Quoted.\n\n        one two three four five six\n"_s << 5 << 22
            << u"Text.\n\n    Quoted.\n\n        one two three\n        four five six\n"_s;
        QTest::newRow("an admonition's paragraph is wrapped")
            << u".. note::\n\n   one two three four five\n"_s << 3 << 14
            << u".. note::\n\n   one two\n   three four\n   five\n"_s;
        QTest::newRow("a word longer than the limit stays whole on its own line")
            << u"see supercalifragilisticexpialidocious now\n"_s << 1 << 10
            << u"see\nsupercalifragilisticexpialidocious\nnow\n"_s;
        QTest::newRow("a URL is never broken")
            << u"Read https://specs.openstack.org/openstack/nova-specs/specs/index.html first\n"_s << 1 << 30
            << u"Read\nhttps://specs.openstack.org/openstack/nova-specs/specs/index.html\nfirst\n"_s;
        QTest::newRow("a hyperlink reference may break between its words")
            << u"See `the nova specs <https://example.org/a>`_ for more.\n"_s << 1 << 24
            << u"See `the nova specs\n<https://example.org/a>`_\nfor more.\n"_s;
        QTest::newRow("a role's target stays beside its title")
            << u"see :ref:`the title <target>` now\n"_s << 1 << 20 << u"see :ref:`the\ntitle <target>` now\n"_s;
        QTest::newRow("consecutive list items are separate items")
            << u"* one two three\n* four\n"_s << 1 << 9 << u"* one two\n  three\n* four\n"_s;
        QTest::newRow("a word that would start a bullet takes its neighbour along")
            << u"aaa bbb - ccc\n"_s << 1 << 8 << u"aaa\nbbb -\nccc\n"_s;
        QTest::newRow("a paragraph after a title is wrapped")
            << u"Title\n=====\n\none two three\n"_s << 4 << 8 << u"Title\n=====\n\none two\nthree\n"_s;
        QTest::newRow("a paragraph after a literal block is wrapped")
            << u"Example::\n\n    code here\n\none two three\n"_s << 5 << 8
            << u"Example::\n\n    code here\n\none two\nthree\n"_s;
        QTest::newRow("item text after a nested literal block is wrapped")
            << u"* Example::\n\n      code\n\n  one two three\n"_s << 5 << 10
            << u"* Example::\n\n      code\n\n  one two\n  three\n"_s;
        QTest::newRow("a paragraph starting with a role is no field")
            << u":ref:`spec` one two\n"_s << 1 << 15 << u":ref:`spec` one\ntwo\n"_s;
        QTest::newRow("Windows line endings are read") << u"one two\r\nthree\r\n"_s << 1 << 79 << u"one two three\n"_s;
        QTest::newRow("multibyte letters count as one column each")
            << u"ééé ééé ééé\n"_s << 1 << 7 << u"ééé ééé\nééé\n"_s;
        QTest::newRow("wide characters count two columns each")
            << u"漢字 漢字 漢字\n"_s << 1 << 9 << u"漢字 漢字\n漢字\n"_s;
    }
    void rewraps()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, limit);
        QFETCH(QString, expected);
        const std::optional<TextEdit> edit = reflow(text, line, limit);
        QVERIFY2(edit, "expected a re-wrap");
        QCOMPARE(applied(text, edit), expected);
    }

    void leavesAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");

        const QString literal = u"Example::\n\n    one two three four five six seven eight nine ten eleven\n"_s;
        QTest::newRow("a literal block after :: is untouched") << literal << 3;
        QTest::newRow("a deeper line of a literal block is untouched")
            << u"Example::\n\n    def f():\n        return one two three four five six seven\n"_s << 4;
        QTest::newRow("a literal block in a list item is untouched")
            << u"* Example::\n\n      one two three four five six seven eight\n"_s << 3;
        QTest::newRow("an expanded :: literal block is untouched") << u"::\n\n    one two three four\n"_s << 3;
        QTest::newRow("a quoted literal block is untouched")
            << u"Quoted::\n\n> one two three four five\n> six\n"_s << 3;
        QTest::newRow("a grid table is untouched") << u"+-----+-----+\n| one two    |\n+-----+-----+\n"_s << 2;
        QTest::newRow("a simple table is untouched")
            << u"=====  =====\none    two three four five\n=====  =====\n"_s << 2;
        QTest::newRow("a section title is untouched") << u"One two three four five\n=======================\n"_s << 1;
        QTest::newRow("a section underline is untouched")
            << u"One two three four five\n=======================\n"_s << 2;
        QTest::newRow("an overlined title is untouched") << u"=====\nOne two three four\n=====\n"_s << 2;
        QTest::newRow("a directive is untouched") << u".. image:: one two three four five\n   :alt: six\n"_s << 1;
        QTest::newRow("a directive's options are untouched")
            << u".. image:: x.png\n   :alt: one two three four\n"_s << 2;
        QTest::newRow("a code block's content is untouched")
            << u".. code-block:: python\n\n   one two three four five six\n"_s << 3;
        QTest::newRow("a comment is untouched") << u".. one two three four five six\n   seven eight\n"_s << 2;
        QTest::newRow("a comment's indented body is untouched")
            << u"..\n\n   one two three four five six seven\n"_s << 3;
        QTest::newRow("a line block is untouched") << u"| one two three four\n| five six\n"_s << 1;
        QTest::newRow("a doctest block is untouched") << u">>> one two three four five six\n"_s << 1;
        QTest::newRow("a list item followed by a deeper line is a term, untouched")
            << u"* one two three four five\n    six seven\n"_s << 1;
        QTest::newRow("a paragraph followed by a deeper line is untouched")
            << u"one two three\nfour five six\n    deeper\n"_s << 2;
        QTest::newRow("a bullet line straight after a paragraph is untouched")
            << u"Work items:\n* one two three four five six\n"_s << 2;
        QTest::newRow("a second bullet line straight after a paragraph is untouched")
            << u"Work items:\n* one\n* two three four five six seven\n"_s << 3;
        QTest::newRow("the paragraph before such a line is untouched")
            << u"Work items are these ones here:\n* one two three four five six\n"_s << 1;
        QTest::newRow("an item holding a footnote is untouched") << u"* .. [3] one two three four five six\n"_s << 1;
        QTest::newRow("an anonymous target is untouched") << u"__ https://example.org/one/two/three\n"_s << 1;
        QTest::newRow("a definition term is untouched") << u"one two three four five\n    definition\n"_s << 1;
        QTest::newRow("a blank line has nothing to wrap") << u"one\n\ntwo\n"_s << 2;
        QTest::newRow("a line past the end has nothing to wrap") << u"one\n"_s << 9;
        QTest::newRow("line zero has nothing to wrap") << u"one\n"_s << 0;
    }
    void leavesAlone()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QVERIFY(!reflow(text, line, 10));
    }

    void keepsWordsInOrderWithinTheLimit()
    {
        // Re-wrapping keeps every line within the limit unless it holds a
        // single word, and keeps the words in order.
        const QString text = u"Intro with a few words that go well past the limit of this\n"
                             "test and then some more words.\n\n"
                             "* item text that is long enough to need more than one line\n"
                             "  when wrapped at twenty columns\n"_s;
        for (int line : { 1, 4 }) {
            const std::optional<TextEdit> edit = reflow(text, line, 20);
            QVERIFY(edit);
            const QString result = QString::fromStdString(edit->replacement);
            for (const QString &out : result.split(QLatin1Char('\n')))
                QVERIFY2(out.size() <= 20 || !out.trimmed().contains(QLatin1Char(' ')), qPrintable(out));
            QCOMPARE(result.simplified(), text.split(u"\n\n"_s)[line == 1 ? 0 : 1].simplified());
        }
    }

    void corpusParagraphsRewrapCleanly()
    {
        // Every paragraph of every corpus spec, re-wrapped at 79 columns:
        // the same words in the same order, no line past the limit unless it
        // holds a single word (after a list marker), and re-wrapping the
        // result changes nothing.
        const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus");
        if (!QFileInfo(corpus).isDir()) {
            qInfo("no corpus at %s: only the table cases were checked", qPrintable(corpus));
            return;
        }
        int files = 0;
        int edits = 0;
        QStringList failures;
        QDirIterator it(corpus, { u"*.rst"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            const QStringList original = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
            std::vector<std::size_t> lineStarts { 0 };
            for (std::size_t i = 0; i < text.size(); ++i)
                if (text[i] == '\n')
                    lineStarts.push_back(i + 1);
            ++files;
            for (int line = 1; line <= original.size(); ++line) {
                const std::optional<TextEdit> edit = reflowAt(text, line, 79);
                if (!edit)
                    continue;
                ++edits;
                const QString where = u"%1:%2"_s.arg(path).arg(edit->firstLine);
                const QString replacement = QString::fromStdString(edit->replacement);
                const QStringList before = original.mid(edit->firstLine - 1, edit->lastLine - edit->firstLine + 1);
                if (before.join(QLatin1Char(' ')).simplified() != replacement.simplified())
                    failures << where + u": words changed"_s;
                const QStringList after = replacement.split(QLatin1Char('\n'));
                for (qsizetype i = 0; i < after.size(); ++i) {
                    const qsizetype words = after[i].simplified().count(QLatin1Char(' ')) + 1;
                    if (after[i].size() > 79 && words > (i == 0 ? 2 : 1))
                        failures << where + u": line too long: "_s + after[i];
                }
                const std::size_t from = lineStarts[static_cast<std::size_t>(edit->firstLine - 1)];
                const std::size_t to = static_cast<std::size_t>(edit->lastLine) < lineStarts.size()
                    ? lineStarts[static_cast<std::size_t>(edit->lastLine)] - 1
                    : text.size();
                const std::string rewrapped = text.substr(0, from) + edit->replacement + text.substr(to);
                const std::optional<TextEdit> again = reflowAt(rewrapped, edit->firstLine, 79);
                if (!again || again->replacement != edit->replacement || again->firstLine != edit->firstLine
                    || again->lastLine != edit->firstLine + after.size() - 1)
                    failures << where + u": a second re-wrap differs"_s;
                line = edit->lastLine;
            }
        }
        qInfo(
            "%d specs, %d paragraphs re-wrapped, %lld problems", files, edits, static_cast<long long>(failures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void isIdempotent()
    {
        const QString text = u"* one two three - four five (a) six seven\n"_s;
        const QString once = applied(text, reflow(text, 1, 12));
        QCOMPARE(applied(once, reflow(once, 1, 12)), once);
    }

    void badInputGetsNoCrash_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe one \xc3 two three\n");
        QTest::newRow("binary with NUL bytes") << QByteArray("a\0b\0c d e f", 11);
        QTest::newRow("one huge line") << QByteArray(200000, 'x');
        QTest::newRow("many short lines") << QByteArray("a\n").repeated(20000);
    }
    void badInputGetsNoCrash()
    {
        QFETCH(QByteArray, bytes);
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        const std::optional<TextEdit> edit = reflowAt(text, 1, 79);
        QVERIFY(edit);
        QVERIFY(edit->firstLine == 1);
    }

    void lineBreak_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("cursor");
        QTest::addColumn<bool>("endsList");
        QTest::addColumn<QString>("prefix");

        QTest::newRow("a bullet item continues with a new bullet") << u"* one"_s << 5 << false << u"* "_s;
        QTest::newRow("a nested dash item keeps indent and dash") << u"  - one"_s << 7 << false << u"  - "_s;
        QTest::newRow("a numbered item continues with the next number") << u"9. nine"_s << 7 << false << u"10. "_s;
        QTest::newRow("an auto-numbered item continues with #.") << u"#. one"_s << 6 << false << u"#. "_s;
        QTest::newRow("a lettered item continues with the next letter") << u"(a) one"_s << 7 << false << u"(b) "_s;
        QTest::newRow("a roman item continues with the next numeral") << u"iv) four"_s << 8 << false << u"v) "_s;
        QTest::newRow("the spaces after a marker are kept") << u"1.  one"_s << 7 << false << u"2.  "_s;
        QTest::newRow("an empty bullet item ends the list") << u"* "_s << 2 << true << QString();
        QTest::newRow("an empty numbered item ends the list") << u"  3."_s << 4 << true << QString();
        QTest::newRow("an item continuation keeps its indent") << u"  more text"_s << 11 << false << u"  "_s;
        QTest::newRow("a block quote keeps its indent") << u"    quoted"_s << 10 << false << u"    "_s;
        QTest::newRow("a line of spaces alone keeps them") << u"  "_s << 2 << false << u"  "_s;
        QTest::newRow("an empty line gets nothing") << QString() << 0 << false << QString();
        QTest::newRow("a plain line gets no indent") << u"plain"_s << 5 << false << QString();
        QTest::newRow("Enter at the start of a line adds nothing") << u"* one"_s << 0 << false << QString();
        QTest::newRow("Enter within a marker adds nothing") << u"10. ten"_s << 1 << false << QString();
        QTest::newRow("a field keeps its indent") << u"  :key: value"_s << 13 << false << u"  "_s;
    }
    void lineBreak()
    {
        QFETCH(QString, line);
        QFETCH(int, cursor);
        QFETCH(bool, endsList);
        QFETCH(QString, prefix);
        const LineBreak result = lineBreakAt(line.toStdString(), static_cast<std::size_t>(cursor));
        QCOMPARE(result.endsList, endsList);
        QCOMPARE(QString::fromStdString(result.prefix), prefix);
    }
};

QTEST_GUILESS_MAIN(TestReflow)
#include "tst_reflow.moc"
