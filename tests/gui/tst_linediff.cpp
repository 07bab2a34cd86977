// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "gui/linediff.h"

using namespace Qt::StringLiterals;
using specwright::gui::unifiedDiff;

// The diff shown when a file changed on disk under unsaved edits: the same
// hunks `diff -u` prints.
class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffsReadLikeDiffU_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        const QString head = u"--- a\n+++ b\n"_s;
        QTest::newRow("equal texts give no diff") << u"x\ny\n"_s << u"x\ny\n"_s << QString();
        QTest::newRow("one changed line")
            << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << head + u"@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"_s;
        QTest::newRow("a line added at the end") << u"a\n"_s << u"a\nb\n"_s << head + u"@@ -1 +1,2 @@\n a\n+b\n"_s;
        QTest::newRow("a line inserted at the start")
            << u"a\nb\n"_s << u"new\na\nb\n"_s << head + u"@@ -1,2 +1,3 @@\n+new\n a\n b\n"_s;
        QTest::newRow("everything removed") << u"a\nb\n"_s << QString() << head + u"@@ -1,2 +0,0 @@\n-a\n-b\n"_s;
        QTest::newRow("from empty") << QString() << u"a\n"_s << head + u"@@ -0,0 +1 @@\n+a\n"_s;
        QTest::newRow("far apart changes make two hunks")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"_s << u"one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n"_s
            << head + u"@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n"_s;
        QTest::newRow("close changes share a hunk") << u"1\n2\n3\n4\n5\n6\n"_s << u"x\n2\n3\n4\n5\ny\n"_s
                                                    << head + u"@@ -1,6 +1,6 @@\n-1\n+x\n 2\n 3\n 4\n 5\n-6\n+y\n"_s;
        QTest::newRow("moved line is a removal and an insertion")
            << u"a\nb\nc\n"_s << u"b\nc\na\n"_s << head + u"@@ -1,3 +1,3 @@\n-a\n b\n c\n+a\n"_s;
    }
    void diffsReadLikeDiffU()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(unifiedDiff(before, after, u"a"_s, u"b"_s), expected);
    }

    void applyingTheDiffGivesTheNewText()
    {
        // A patch that a reader can trust: replaying the hunks on the old
        // lines gives the new ones, for many random edits.
        QStringList base;
        for (int i = 0; i < 300; ++i)
            base.append(u"line %1"_s.arg(i % 37));
        quint32 seed = 12345;
        auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
        for (int round = 0; round < 50; ++round) {
            QStringList changed = base;
            for (int edit = 0; edit < 10; ++edit) {
                const int at = int(next() % quint32(changed.size()));
                switch (next() % 3) {
                case 0:
                    changed.removeAt(at);
                    break;
                case 1:
                    changed.insert(at, u"new %1"_s.arg(edit));
                    break;
                default:
                    changed[at] = u"changed %1"_s.arg(edit);
                    break;
                }
            }
            const QString diff = unifiedDiff(base.join(u'\n') + u'\n', changed.join(u'\n') + u'\n', u"a"_s, u"b"_s);
            // Replay: take old lines up to each hunk, then the hunk's own.
            QStringList rebuilt;
            qsizetype oldLine = 0;
            const QStringList lines = diff.split(u'\n');
            for (qsizetype i = 2; i < lines.size(); ++i) {
                const QString &line = lines[i];
                if (line.startsWith(u"@@"_s)) {
                    const qsizetype start = line.mid(4, line.indexOf(u',') - 4).section(u' ', 0, 0).toLongLong();
                    const qsizetype to = start == 0 ? 0 : start - 1;
                    while (oldLine < to)
                        rebuilt.append(base[oldLine++]);
                } else if (line.startsWith(u' ')) {
                    rebuilt.append(line.mid(1));
                    ++oldLine;
                } else if (line.startsWith(u'-')) {
                    ++oldLine;
                } else if (line.startsWith(u'+')) {
                    rebuilt.append(line.mid(1));
                }
            }
            while (oldLine < base.size())
                rebuilt.append(base[oldLine++]);
            QCOMPARE(rebuilt, changed);
        }
    }

    // Two 200,000-line texts with nothing in common: the diff is one hunk
    // (a quadratic diff would not finish within the test's time limit).
    void hugeUnrelatedTextsGiveOneHunk()
    {
        QString before;
        QString after;
        for (int i = 0; i < 200000; ++i) {
            before += u"old %1\n"_s.arg(i);
            after += u"new %1\n"_s.arg(i);
        }
        const QString diff = unifiedDiff(before, after, u"a"_s, u"b"_s);
        QVERIFY(diff.startsWith(u"--- a\n+++ b\n@@ -1,200000 +1,200000 @@\n-old 0\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
