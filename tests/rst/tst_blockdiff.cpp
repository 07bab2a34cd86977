// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "rst/blockdiff.h"

using specwright::rst::diffBlocks;
using Blocks = std::vector<std::string>;
using Indexes = std::vector<std::size_t>;

Q_DECLARE_METATYPE(Blocks)
Q_DECLARE_METATYPE(Indexes)

class TestBlockDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchTouchesOnlyWhatChanged_data()
    {
        QTest::addColumn<Blocks>("before");
        QTest::addColumn<Blocks>("after");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("removeCount");
        QTest::addColumn<Indexes>("inserted");
        QTest::newRow("identical lists need nothing")
            << Blocks { "a", "b" } << Blocks { "a", "b" } << 2 << 0 << Indexes {};
        QTest::newRow("an edited middle block is replaced alone")
            << Blocks { "a", "b", "c" } << Blocks { "a", "B", "c" } << 1 << 1 << Indexes { 1 };
        QTest::newRow("a new block is inserted between its neighbours")
            << Blocks { "a", "c" } << Blocks { "a", "b", "c" } << 1 << 0 << Indexes { 1 };
        QTest::newRow("a deleted block is removed")
            << Blocks { "a", "b", "c" } << Blocks { "a", "c" } << 1 << 1 << Indexes {};
        QTest::newRow("a first document fills an empty page")
            << Blocks {} << Blocks { "a", "b" } << 0 << 0 << Indexes { 0, 1 };
        QTest::newRow("repeated blocks do not overlap head and tail")
            << Blocks { "x", "x" } << Blocks { "x", "x", "x" } << 2 << 0 << Indexes { 2 };
        QTest::newRow("everything replaced") << Blocks { "a" } << Blocks { "b", "c" } << 0 << 1 << Indexes { 0, 1 };
    }
    void patchTouchesOnlyWhatChanged()
    {
        QFETCH(Blocks, before);
        QFETCH(Blocks, after);
        QFETCH(int, start);
        QFETCH(int, removeCount);
        QFETCH(Indexes, inserted);
        const auto patch = diffBlocks(before, after);
        QCOMPARE(int(patch.start), start);
        QCOMPARE(int(patch.removeCount), removeCount);
        QCOMPARE(patch.inserted, inserted);

        // Applying the patch to the old list gives the new one.
        Blocks applied = before;
        applied.erase(applied.begin() + patch.start, applied.begin() + patch.start + patch.removeCount);
        Blocks middle;
        for (auto i : patch.inserted)
            middle.push_back(after[i]);
        applied.insert(applied.begin() + patch.start, middle.begin(), middle.end());
        QCOMPARE(applied, after);
    }
};

QTEST_GUILESS_MAIN(TestBlockDiff)
#include "tst_blockdiff.moc"
