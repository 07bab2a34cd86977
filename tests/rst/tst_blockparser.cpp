// SPDX-License-Identifier: GPL-3.0-or-later
// The block parser and directives against docutils: golden fixtures
// (tests/data/rst/block-*.rst, directive-*.rst), plus what no fixture can
// show: hostile input, invalid UTF-8, --no-transforms output.
#include <QTest>

#include "goldenfixtures.h"
#include "rst/blockparser_p.h"
#include "rst/document.h"
#include "rst/parser.h"
#include "rst/pseudoxml.h"

using namespace specwright::rst;

class BlockParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockFixtures_data() { test::addFixtureRows(QStringLiteral("block-*.rst")); }
    void blockFixtures()
    {
        QFETCH(QString, path);
        test::compareWithReference(path);
    }

    void directiveFixtures_data() { test::addFixtureRows(QStringLiteral("directive-*.rst")); }
    void directiveFixtures()
    {
        QFETCH(QString, path);
        test::compareWithReference(path);
    }

    // Real specs from the shared corpus (see tests/data/rst/ATTRIBUTION).
    void corpusFixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SPECWRIGHT_TEST_DATA "/rst"));
        for (const QString &file : dir.entryList({ QStringLiteral("corpus-*.rst") }, QDir::Files, QDir::Name))
            QTest::newRow(file.toUtf8().constData()) << dir.filePath(file);
    }
    void corpusFixtures()
    {
        QFETCH(QString, path);
        test::compareWithReference(path);
    }

    void parserOutputWithoutTransforms()
    {
        ParseOptions options;
        options.sourcePath = "t.rst";
        options.applyTransforms = false;
        const auto document = parse("Title\n=====\n\n.. contents::\n", options);
        const std::string xml = writePseudoXml(*document);
        // The section stays a section and the contents stay pending.
        QVERIFY(xml.find("<section ids=\"title\" names=\"title\">") != std::string::npos);
        QVERIFY(xml.find(".transform: docutils.transforms.parts.Contents") != std::string::npos);
        QVERIFY(!document->transformed());
    }

    void invalidUtf8IsReplacedAndReported()
    {
        ParseOptions options;
        options.sourcePath = "bad.rst";
        const auto document = parse("ok\n\nbad \xff\xfe here\n", options);
        const std::string xml = writePseudoXml(*document);
        QVERIFY(xml.find("bad \xef\xbf\xbd\xef\xbf\xbd here") != std::string::npos);
        bool reported = false;
        for (const auto &diagnostic : document->diagnostics())
            reported = reported || (diagnostic.line == 3 && diagnostic.message.find("UTF-8") != std::string::npos);
        QVERIFY(reported);
    }

    // docutils' line breaks, tab stops and non-ASCII text wherever they
    // fall: the scan skips plain text eight bytes at a time.
    void linesSplitWhereverTheBreakFalls_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArray>>("lines");
        const QList<QPair<const char *, QByteArray>> breaks = { { "LF", "\n" },
            { "CR LF", "\r\n" },
            { "CR", "\r" },
            { "file separator", "\x1c" },
            { "next line", "\xc2\x85" },
            { "line separator", "\xe2\x80\xa8" } };
        for (int at = 0; at <= 17; ++at) {
            const QByteArray before(at, 'x');
            for (const auto &[name, brk] : breaks)
                QTest::addRow("%s after %d bytes", name, at)
                    << before + brk + "tail" << QList<QByteArray> { before, "tail" };
            QTest::addRow("tab after %d bytes", at)
                << before + "\ty" << QList<QByteArray> { before + QByteArray(8 - at % 8, ' ') + "y" };
            QTest::addRow("e acute after %d bytes", at) << before + "\xc3\xa9\n"
                                                        << QList<QByteArray> { before + "\xc3\xa9" };
            QTest::addRow("trailing spaces after %d bytes", at)
                << before + "   \nz" << QList<QByteArray> { before, "z" };
        }
    }
    void linesSplitWhereverTheBreakFalls()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArray>, lines);
        std::deque<std::string> arena;
        const auto split = detail::sourceLines(std::string_view(text.constData(), std::size_t(text.size())), arena);
        QList<QByteArray> got;
        for (const std::string_view line : split)
            got.append(QByteArray(line.data(), qsizetype(line.size())));
        QCOMPARE(got, lines);
    }

    // A bad byte is replaced and reported on its line wherever it falls,
    // after ASCII or after other non-ASCII text.
    void invalidUtf8IsFoundWhereverItFalls_data()
    {
        QTest::addColumn<QByteArray>("before");
        for (int at = 0; at <= 17; ++at) {
            QTest::addRow("after %d ASCII bytes", at) << QByteArray(at, 'x');
            QTest::addRow("after e acute and %d ASCII bytes", at) << QByteArray("\xc3\xa9") + QByteArray(at, 'x');
        }
    }
    void invalidUtf8IsFoundWhereverItFalls()
    {
        QFETCH(QByteArray, before);
        const QByteArray text = "ok\n\n" + before + "\xff tail\n";
        ParseOptions options;
        options.sourcePath = "bad.rst";
        const auto document = parse(std::string_view(text.constData(), std::size_t(text.size())), options);
        const std::string xml = writePseudoXml(*document);
        const std::string replaced = before.toStdString() + "\xef\xbf\xbd tail";
        QVERIFY2(xml.find(replaced) != std::string::npos, xml.c_str());
        QCOMPARE(document->diagnostics().size(), std::size_t(1));
        QCOMPARE(document->diagnostics().front().line, 3);
    }

    void hostileInputDoesNotCrashOrHang_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("deeply nested block quotes") << deepIndent(3000);
        QTest::newRow("deeply nested bullet lists") << deepBullets(3000);
        QTest::newRow("deeply nested directives") << deepNotes(1000);
        QTest::newRow("one very long line") << QByteArray(2'000'000, 'a');
        QTest::newRow("many short sections") << manySections(5000);
        QTest::newRow("unterminated table") << QByteArray("+---+\n| a |\n+---\n");
        QTest::newRow("only punctuation lines") << QByteArray("====\n----\n====\n::\n\n..\n__\n|\n");
        QTest::newRow("registered nodes in a rejected replace directive")
            << QByteArray(".. |s| replace:: x\n\n   .. [#] foot\n\nText [#]_ |s|.\n");
        QTest::newRow("control characters") << QByteArray("\x01\x02\x0b\x0c\x1c\x1d\r\r\n\t\t*\t-\n", 16);
    }
    void hostileInputDoesNotCrashOrHang()
    {
        QFETCH(QByteArray, input);
        ParseOptions options;
        options.sourcePath = "hostile.rst";
        const auto document
            = parse(std::string_view(input.constData(), static_cast<std::size_t>(input.size())), options);
        QVERIFY(!writePseudoXml(*document).empty());
    }

private:
    static QByteArray deepIndent(int depth)
    {
        QByteArray out;
        for (int i = 0; i < depth; ++i)
            out += QByteArray(i, ' ') + "para\n\n";
        return out;
    }
    static QByteArray deepBullets(int depth)
    {
        QByteArray out;
        for (int i = 0; i < depth; ++i)
            out += QByteArray(2 * i, ' ') + "- item\n\n";
        return out;
    }
    static QByteArray deepNotes(int depth)
    {
        QByteArray out;
        for (int i = 0; i < depth; ++i)
            out += QByteArray(3 * i, ' ') + ".. note::\n\n";
        return out;
    }
    static QByteArray manySections(int count)
    {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += "Section " + QByteArray::number(i) + "\n" + QByteArray(20, i % 2 ? '-' : '=') + "\n\ntext\n\n";
        return out;
    }
};

QTEST_GUILESS_MAIN(BlockParserTest)
#include "tst_blockparser.moc"
