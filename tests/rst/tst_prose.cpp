// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "rst/prose.h"

using namespace specwright::rst;
using namespace Qt::StringLiterals;

namespace
{

// The words scanProse picks in text, line by line, each as "line:word".
QStringList proseWords(const QString &text)
{
    QStringList words;
    ProseContext context;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const std::string line = lines[number].toStdString();
        const ProseLine scanned = scanProse(line, context);
        for (const ProseWord &word : scanned.words)
            words.append(QString::number(number + 1) + QLatin1Char(':')
                + QString::fromStdString(line.substr(word.offset, word.length)));
        // The context must survive a round trip through the packed int.
        if (!(ProseContext::unpack(scanned.next.pack()) == scanned.next))
            words.append(u"context after line %1 lost in packing"_s.arg(number + 1));
        context = scanned.next;
    }
    return words;
}

} // namespace

class TestProse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("plain prose gives its words")
            << u"The quick brown fox."_s << QStringList { u"1:The"_s, u"1:quick"_s, u"1:brown"_s, u"1:fox"_s };
        QTest::newRow("single letters are not checked") << u"a cat"_s << QStringList { u"1:cat"_s };
        QTest::newRow("apostrophes inside a word belong to it, quotes around it do not")
            << u"don't 'quoted' users'"_s << QStringList { u"1:don't"_s, u"1:quoted"_s, u"1:users"_s };
        QTest::newRow("hyphenated words are checked part by part")
            << u"well-known"_s << QStringList { u"1:well"_s, u"1:known"_s };
        QTest::newRow("non-ASCII letters belong to the word")
            << u"naïve café, \u201Cquoted\u201D"_s << QStringList { u"1:naïve"_s, u"1:café"_s, u"1:quoted"_s };
        QTest::newRow("emphasis and strong text are prose")
            << u"*really* **bold**"_s << QStringList { u"1:really"_s, u"1:bold"_s };
        QTest::newRow("inline literals are skipped")
            << u"Run ``nova boot --flavr`` now"_s << QStringList { u"1:Run"_s, u"1:now"_s };
        QTest::newRow("an inline literal may go on over the next line")
            << u"Run ``nova\nboot`` now"_s << QStringList { u"1:Run"_s, u"2:now"_s };
        QTest::newRow("roles and their text are skipped")
            << u"See :ref:`Some Sectoin <label>` and :py:class:`Fooo` here"_s
            << QStringList { u"1:See"_s, u"1:and"_s, u"1:here"_s };
        QTest::newRow("a role's text may go on over the next line")
            << u"See :doc:`the\ndocumnt` here"_s << QStringList { u"1:See"_s, u"2:here"_s };
        QTest::newRow("a role after the text is skipped too")
            << u"Use `texxt`:code: here"_s << QStringList { u"1:Use"_s, u"1:here"_s };
        QTest::newRow("interpreted text is skipped") << u"Set `flavr` now"_s << QStringList { u"1:Set"_s, u"1:now"_s };
        QTest::newRow("a reference's text is prose, its URL is not")
            << u"Read `the guide <https://exampel.org/guide>`_ first"_s
            << QStringList { u"1:Read"_s, u"1:the"_s, u"1:guide"_s, u"1:first"_s };
        QTest::newRow("a reference may span lines")
            << u"Read `the long\nguide <https://exampel.org/guide>`__ first"_s
            << QStringList { u"1:Read"_s, u"1:the"_s, u"1:long"_s, u"2:guide"_s, u"2:first"_s };
        QTest::newRow("reference names, footnotes, citations and substitutions are skipped")
            << u"See nova_ and [1]_ and [CIT2002]_ and |produkt| here"_s
            << QStringList { u"1:See"_s, u"1:and"_s, u"1:and"_s, u"1:and"_s, u"1:here"_s };
        QTest::newRow("URLs and e-mail addresses are skipped")
            << u"Mail jdoe@exampel.org or see https://exampel.org/wikki, (http://a.b/c) and mailto:x@y.z"_s
            << QStringList { u"1:Mail"_s, u"1:or"_s, u"1:see"_s, u"1:and"_s };
        QTest::newRow("code-like tokens are skipped")
            << u"Edit nova.conf, run foo_bar in /etc/novva with v2 and e.g. IPv6"_s
            << QStringList { u"1:Edit"_s, u"1:run"_s, u"1:in"_s, u"1:with"_s, u"1:and"_s };
        QTest::newRow("acronyms and inner capitals are names")
            << u"The REST API of OpenStack and iSCSI"_s << QStringList { u"1:The"_s, u"1:of"_s, u"1:and"_s };
        QTest::newRow("command-line options are skipped")
            << u"Pass --dry-run or -v here"_s << QStringList { u"1:Pass"_s, u"1:or"_s, u"1:here"_s };
        QTest::newRow("a literal block after :: is skipped up to the dedent")
            << u"Example::\n\n    nova boot --flavr\n\n      indented more\n\nBack to prose."_s
            << QStringList { u"1:Example"_s, u"7:Back"_s, u"7:to"_s, u"7:prose"_s };
        QTest::newRow("an expanded :: on its own line starts a literal block")
            << u"Example:\n\n::\n\n  cdoe\n\nAfter"_s << QStringList { u"1:Example"_s, u"7:After"_s };
        QTest::newRow("a list item's literal block is indented under its text")
            << u"* Item text::\n\n    cdoe\n\n  More item text"_s
            << QStringList { u"1:Item"_s, u"1:text"_s, u"5:More"_s, u"5:item"_s, u"5:text"_s };
        QTest::newRow("a quoted literal block is skipped")
            << u"Quoted::\n\n> cdoe one\n> cdoe two\n\nAfter"_s << QStringList { u"1:Quoted"_s, u"6:After"_s };
        QTest::newRow("text right after :: at the same indent is no literal block")
            << u"Odd::\nstill prose"_s << QStringList { u"1:Odd"_s, u"2:still"_s, u"2:prose"_s };
        QTest::newRow("a code directive's line, options and body are skipped")
            << u".. code-block:: pythn\n   :linenos:\n   :caption: Somthing\n\n   improt os\n\nAfter"_s
            << QStringList { u"7:After"_s };
        QTest::newRow("an admonition's options are skipped, its body is prose")
            << u".. note::\n   :class: speciall\n\n   Mind the gap.\n\nAfter"_s
            << QStringList { u"4:Mind"_s, u"4:the"_s, u"4:gap"_s, u"6:After"_s };
        QTest::newRow("an admonition's body may start right under it")
            << u".. warning::\n   Mind the gap."_s << QStringList { u"2:Mind"_s, u"2:the"_s, u"2:gap"_s };
        QTest::newRow("an image's options are skipped")
            << u".. image:: pictur.png\n   :alt: Somthing\n   :width: 100\n\nAfter"_s << QStringList { u"5:After"_s };
        QTest::newRow("hyperlink targets are skipped, with their continuation")
            << u".. _Nova Sepcs: https://exampel.org/\n   contnued\n\nAfter"_s << QStringList { u"4:After"_s };
        QTest::newRow("anonymous targets are skipped") << u".. __: https://exampel.org/"_s << QStringList {};
        QTest::newRow("substitution definitions are skipped with their options")
            << u".. |logoo| image:: logoo.png\n   :alt: Somthing\n\nAfter"_s << QStringList { u"4:After"_s };
        QTest::newRow("comments are skipped with their indented lines")
            << u".. This is a commnet\n   over two lnies\n\nAfter"_s << QStringList { u"4:After"_s };
        QTest::newRow("an empty comment followed by a blank line ends there")
            << u"..\n\n   Quoted prose"_s << QStringList { u"3:Quoted"_s, u"3:prose"_s };
        QTest::newRow("an empty comment's indented lines are skipped")
            << u"..\n   hiddden text\n\nAfter"_s << QStringList { u"4:After"_s };
        QTest::newRow("a footnote's label is skipped, its text is prose")
            << u".. [#note] Some text\n   more text"_s
            << QStringList { u"1:Some"_s, u"1:text"_s, u"2:more"_s, u"2:text"_s };
        QTest::newRow("field names are skipped, field bodies are prose")
            << u":Authr: Jane Dooe\n:field name: value text"_s
            << QStringList { u"1:Jane"_s, u"1:Dooe"_s, u"2:value"_s, u"2:text"_s };
        QTest::newRow("enumerators are not words")
            << u"iv. Fourth\n(b) Second\n#. Auto"_s << QStringList { u"1:Fourth"_s, u"2:Second"_s, u"3:Auto"_s };
        QTest::newRow("a capitalised word ending a sentence is no enumerator")
            << u"Did. Mix. Fine"_s << QStringList { u"1:Did"_s, u"1:Mix"_s, u"1:Fine"_s };
        QTest::newRow("a doctest line is code") << u">>> improt os"_s << QStringList {};
        QTest::newRow("nested directive bodies follow their indent")
            << u"* Item::\n\n      cdoe\n\n  .. code-block:: shell\n\n     ehco\n\n  Item prose"_s
            << QStringList { u"1:Item"_s, u"9:Item"_s, u"9:prose"_s };
        QTest::newRow("grid table cells are prose")
            << u"+------+------+\n| cell | text |\n+------+------+"_s << QStringList { u"2:cell"_s, u"2:text"_s };
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(proseWords(text), expected);
    }

    void packsIntoNonNegativeInt()
    {
        ProseContext context;
        context.mode = ProseContext::Mode::EmptyComment;
        context.open = ProseContext::Open::Reference;
        context.literalBody = true;
        context.indent = 300;
        context.quote = '~';
        const int packed = context.pack();
        QVERIFY(packed >= 0);
        QVERIFY(packed < (1 << 21));
        context.indent = 255;
        QCOMPARE(ProseContext::unpack(packed), context);
        QCOMPARE(ProseContext::unpack(-1), ProseContext {});
    }
};

QTEST_GUILESS_MAIN(TestProse)
#include "tst_prose.moc"
