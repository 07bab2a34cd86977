// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <string>

#include "rst/text.h"

using namespace specwright::rst;

// The text helpers behind every name and id: docutils compares reference
// names as ' '.join(name.lower().split()), with Python's idea of
// whitespace and case. A name collapsed differently is a broken link.
class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesCollapseAndLowerAsPythonDoes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("collapsed"); // ' '.join(text.split())
        QTest::addColumn<QByteArray>("normalized"); // ' '.join(text.lower().split())
        QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray();
        QTest::newRow("one word") << QByteArray("a") << QByteArray("a") << QByteArray("a");
        QTest::newRow("words with single spaces")
            << QByteArray("A Title") << QByteArray("A Title") << QByteArray("a title");
        QTest::newRow("a leading space") << QByteArray(" a") << QByteArray("a") << QByteArray("a");
        QTest::newRow("a trailing space") << QByteArray("a ") << QByteArray("a") << QByteArray("a");
        QTest::newRow("runs of spaces everywhere") << QByteArray("  a  b  ") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("a double space between words") << QByteArray("a  b") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("a tab") << QByteArray("a\tb") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("a line break") << QByteArray("a\nb") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("an ASCII file separator") << QByteArray("a\x1c"
                                                               "b")
                                                 << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("an ASCII unit separator") << QByteArray("a\x1f"
                                                               "b")
                                                 << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("non-ASCII letters") << QByteArray("caf\xc3\xa9 au lait") << QByteArray("caf\xc3\xa9 au lait")
                                           << QByteArray("caf\xc3\xa9 au lait");
        QTest::newRow("a no-break space") << QByteArray("a\xc2\xa0"
                                                        "b")
                                          << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("an em space") << QByteArray("a\xe2\x80\x83"
                                                   "b")
                                     << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("an ideographic space") << QByteArray("a\xe3\x80\x80"
                                                            "b")
                                              << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("a zero-width space is no space") << QByteArray("x\xe2\x80\x8b"
                                                                      "b")
                                                        << QByteArray("x\xe2\x80\x8b"
                                                                      "b")
                                                        << QByteArray("x\xe2\x80\x8b"
                                                                      "b");
        QTest::newRow("non-ASCII capitals and a double space")
            << QByteArray("\xc3\x89t\xc3\xa9  Long") << QByteArray("\xc3\x89t\xc3\xa9 Long")
            << QByteArray("\xc3\xa9t\xc3\xa9 long");
        QTest::newRow("sharp s stays") << QByteArray("Stra\xc3\x9f"
                                                     "e")
                                       << QByteArray("Stra\xc3\x9f"
                                                     "e")
                                       << QByteArray("stra\xc3\x9f"
                                                     "e");
    }
    void namesCollapseAndLowerAsPythonDoes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, collapsed);
        QFETCH(QByteArray, normalized);
        const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
        QCOMPARE(QByteArray::fromStdString(collapseWhitespace(view)), collapsed);
        QCOMPARE(QByteArray::fromStdString(fullyNormalizeName(view)), normalized);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
