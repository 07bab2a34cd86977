// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "rst/node.h"

using namespace specwright::rst;

class TestNode : public QObject
{
    Q_OBJECT

private slots:
    void elementKeepsItsTag_data();
    void elementKeepsItsTag();
    void everyTagIdNamesItsTag();
    void inlineElements_data();
    void inlineElements();
    void textNodeHasTextAndNoTag();
    void listAttributes();
    void listCopiedOntoItselfStays();
    void nodesMadeInAnArenaLiveThere();
    void nodeFromElsewhereIsNoted_data();
    void nodeFromElsewhereIsNoted();
};

void TestNode::elementKeepsItsTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("known");
    QTest::newRow("a docutils element has its own type") << QStringLiteral("paragraph") << true;
    QTest::newRow("a long docutils tag is known too") << QStringLiteral("definition_list_item") << true;
    QTest::newRow("an inline element is known") << QStringLiteral("substitution_reference") << true;
    QTest::newRow("a Sphinx node keeps its tag as text") << QStringLiteral("pending_xref") << false;
    QTest::newRow("a tag close to a known one is not taken for it") << QStringLiteral("paragraphs") << false;
}

void TestNode::elementKeepsItsTag()
{
    QFETCH(QString, tag);
    QFETCH(bool, known);
    const std::string name = tag.toStdString();
    const auto node = Node::element(name);
    QCOMPARE(QString::fromStdString(std::string(node->tag())), tag);
    QCOMPARE(node->isText(), false);
    QCOMPARE(node->is(TagId::Other), !known);
    QCOMPARE(tagIdOf(name) == TagId::Other, !known);
    if (known)
        QCOMPARE(QString::fromStdString(std::string(tagName(node->tagId()))), tag);
}

void TestNode::everyTagIdNamesItsTag()
{
    for (auto id = static_cast<std::size_t>(TagId::Other) + 1; id < static_cast<std::size_t>(TagId::Count); ++id) {
        const std::string_view name = tagName(static_cast<TagId>(id));
        QVERIFY2(!name.empty(), qPrintable(QString::number(id)));
        QCOMPARE(static_cast<std::size_t>(tagIdOf(name)), id);
        QCOMPARE(Node::element(name)->tag(), name);
        QCOMPARE(Node::element(static_cast<TagId>(id))->tag(), name);
        QCOMPARE(Node::element(static_cast<TagId>(id))->tagId(), static_cast<TagId>(id));
    }
}

void TestNode::inlineElements_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("inlineElement");
    QTest::newRow("emphasis is inline") << QStringLiteral("emphasis") << true;
    QTest::newRow("an image is inline") << QStringLiteral("image") << true;
    QTest::newRow("generated text is inline") << QStringLiteral("generated") << true;
    QTest::newRow("a target is inline and invisible") << QStringLiteral("target") << true;
    QTest::newRow("a paragraph is a body element") << QStringLiteral("paragraph") << false;
    QTest::newRow("a title is not inline") << QStringLiteral("title") << false;
    QTest::newRow("a tag outside docutils' set is not inline") << QStringLiteral("pending_xref") << false;
}

void TestNode::inlineElements()
{
    QFETCH(QString, tag);
    QFETCH(bool, inlineElement);
    QCOMPARE(isInlineElement(tagIdOf(tag.toStdString())), inlineElement);
}

void TestNode::textNodeHasTextAndNoTag()
{
    auto text = Node::text("some words");
    QVERIFY(text->isText());
    QVERIFY(text->is(TagId::Text));
    QVERIFY(text->tag().empty());
    QCOMPARE(text->textValue(), std::string_view("some words"));
    text->setTextValue("other words, longer than before");
    QCOMPARE(text->textValue(), std::string_view("other words, longer than before"));
    QCOMPARE(text->astext(), std::string("other words, longer than before"));

    // An element has no text of its own to change.
    auto element = Node::element("paragraph");
    element->setTextValue("ignored");
    QVERIFY(element->textValue().empty());
}

void TestNode::listAttributes()
{
    auto node = Node::element("section");
    QVERIFY(!node->hasAttribute("ids"));
    node->listRef("ids");
    QVERIFY2(!node->hasAttribute("ids"), "an empty list counts as absent, as in docutils");
    node->listRef("ids").emplace_back("first-id");
    node->setList("names", { "a name", "another name" });
    node->setAttribute("refuri", "https://example.org/a/long/address/that/needs/memory");
    QVERIFY(node->hasAttribute("ids"));
    QCOMPARE(toStrings(node->list("ids")), std::vector<std::string>({ "first-id" }));
    QCOMPARE(toStrings(node->list("names")), std::vector<std::string>({ "a name", "another name" }));
    QCOMPARE(node->attribute("refuri"), std::string("https://example.org/a/long/address/that/needs/memory"));

    // Attributes come out sorted by name, as the pseudo-XML writer prints
    // them.
    std::vector<std::string> names;
    for (const auto &[name, value] : node->attributes())
        names.emplace_back(name);
    QCOMPARE(names, std::vector<std::string>({ "ids", "names", "refuri" }));

    auto other = Node::element("target");
    other->setList("names", node->list("names"));
    node->removeAttribute("names");
    QVERIFY(!node->hasAttribute("names"));
    QCOMPARE(toStrings(other->list("names")), std::vector<std::string>({ "a name", "another name" }));
}

void TestNode::listCopiedOntoItselfStays()
{
    auto node = Node::element("section");
    node->setList("classes", { "one", "two" });
    node->setList("classes", node->list("classes"));
    QCOMPARE(toStrings(node->list("classes")), std::vector<std::string>({ "one", "two" }));
}

void TestNode::nodesMadeInAnArenaLiveThere()
{
    NodeArena arena;
    std::unique_ptr<Node> inArena;
    {
        const NodeArena::Scope scope(arena);
        inArena = Node::element("paragraph");
        inArena->append(Node::text(std::string(100, 'x')));
    }
    const auto onHeap = Node::element("paragraph");
    QVERIFY(inArena->madeIn(arena));
    QVERIFY(inArena->child(0)->madeIn(arena));
    QVERIFY(!onHeap->madeIn(arena));
    QVERIFY(!arena.holdsForeignNodes());
    inArena.reset(); // before the arena it lives in
}

void TestNode::nodeFromElsewhereIsNoted_data()
{
    QTest::addColumn<bool>("append");
    QTest::newRow("appended") << true;
    QTest::newRow("inserted") << false;
}

void TestNode::nodeFromElsewhereIsNoted()
{
    QFETCH(bool, append);
    NodeArena arena;
    std::unique_ptr<Node> parent;
    {
        const NodeArena::Scope scope(arena);
        parent = Node::element("section");
        parent->append(Node::element("title"));
    }
    QVERIFY(!arena.holdsForeignNodes());
    if (append)
        parent->append(Node::element("paragraph"));
    else
        parent->insert(0, Node::element("paragraph"));
    QVERIFY2(arena.holdsForeignNodes(), "a node from the heap under an arena's node must be freed one by one");
    parent.reset();
}

QTEST_GUILESS_MAIN(TestNode)
#include "tst_node.moc"
