// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <map>
#include <string>
#include <vector>

#include "rst/node.h"
#include "rst/texttable.h"

using namespace specwright::rst;

// The table a document keeps its ids and names in: what it holds must be
// exactly what was set and not erased, whatever the order, since a lost id
// is a broken link and a kept one a false "Duplicate ID".
class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void holdsWhatWasSetAndNotErased_data();
    void holdsWhatWasSetAndNotErased();
    void settingAgainReplacesTheValue();
    void emptyKeyIsAKeyLikeAnother();
};

void TestTextTable::holdsWhatWasSetAndNotErased_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("eraseEvery"); // erase key i when i % eraseEvery == eraseOffset
    QTest::addColumn<int>("eraseOffset");
    QTest::addColumn<bool>("addAgain"); // set the erased keys again afterwards
    QTest::newRow("a few keys, none erased") << 5 << 0 << 0 << false;
    QTest::newRow("enough keys to grow several times") << 5000 << 0 << 0 << false;
    QTest::newRow("every other key erased") << 1000 << 2 << 0 << false;
    QTest::newRow("every third key erased, from the second") << 1000 << 3 << 1 << false;
    QTest::newRow("all keys erased") << 300 << 1 << 0 << false;
    QTest::newRow("erased keys set again") << 1000 << 2 << 1 << true;
    QTest::newRow("a small table with long collision runs") << 15 << 4 << 3 << true;
}

void TestTextTable::holdsWhatWasSetAndNotErased()
{
    QFETCH(int, count);
    QFETCH(int, eraseEvery);
    QFETCH(int, eraseOffset);
    QFETCH(bool, addAgain);
    NodeArena arena;
    TextTable<int> table(&arena);
    std::map<std::string, int> expected;
    // Keys as a document makes them, many sharing a prefix.
    std::vector<std::string> keys;
    for (int i = 0; i < count; ++i)
        keys.push_back(i % 2 ? "section-" + std::to_string(i) : "id" + std::to_string(i));
    for (int i = 0; i < count; ++i) {
        QVERIFY(table.set(keys[i], i));
        expected[keys[i]] = i;
    }
    if (eraseEvery > 0) {
        for (int i = 0; i < count; ++i) {
            if (i % eraseEvery == eraseOffset) {
                table.erase(keys[i]);
                expected.erase(keys[i]);
            }
        }
        table.erase("never-set"); // erasing a missing key changes nothing
        if (addAgain) {
            for (int i = 0; i < count; ++i) {
                if (i % eraseEvery == eraseOffset) {
                    QVERIFY(table.set(keys[i], -i));
                    expected[keys[i]] = -i;
                }
            }
        }
    }
    QCOMPARE(table.size(), expected.size());
    for (const std::string &key : keys) {
        const int *found = table.find(key);
        const auto it = expected.find(key);
        QVERIFY2((found != nullptr) == (it != expected.end()), key.c_str());
        if (found)
            QCOMPARE(*found, it->second);
    }
    QVERIFY(!table.contains("never-set"));
}

void TestTextTable::settingAgainReplacesTheValue()
{
    NodeArena arena;
    TextTable<int> table(&arena);
    QVERIFY(table.set("title", 1));
    QVERIFY(!table.set("title", 2));
    QCOMPARE(table.size(), std::size_t(1));
    QCOMPARE(*table.find("title"), 2);
}

void TestTextTable::emptyKeyIsAKeyLikeAnother()
{
    NodeArena arena;
    TextTable<int> table(&arena);
    QVERIFY(!table.contains(""));
    QVERIFY(table.set("", 7));
    QVERIFY(table.contains(""));
    QCOMPARE(*table.find(""), 7);
    table.erase("");
    QVERIFY(!table.contains(""));
    QCOMPARE(table.size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
