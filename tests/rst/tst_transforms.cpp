// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "goldenfixtures.h"
#include "rst/document.h"
#include "rst/pseudoxml.h"
#include "rst/transforms.h"

using namespace specwright::rst;

namespace
{

// A document with the registries filled as the parser would: a paragraph
// holding a reference named `name`, and a target defining `target`.
std::unique_ptr<Document> referenceDocument(const std::string &name, const std::string &target)
{
    auto document = std::make_unique<Document>("test");
    Node *paragraph = document->root().append(Node::element("paragraph"));
    paragraph->setLine(1);
    Node *reference = paragraph->append(Node::element("reference"));
    reference->setRawSource(name + "_");
    reference->setAttribute("name", name);
    reference->setAttribute("refname", name);
    reference->append(Node::text(name));
    document->noteRefname(*reference);
    Node *targetNode = document->root().append(Node::element("target"));
    targetNode->setLine(3);
    targetNode->setAttribute("refuri", "http://example.org");
    targetNode->setList("names", { target });
    document->noteExplicitTarget(*targetNode, &document->root());
    return document;
}

} // namespace

class TransformsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesDocutils_data();
    void matchesDocutils();
    void externalReferences_data();
    void externalReferences();
};

void TransformsTest::matchesDocutils_data()
{
    test::addFixtureRows(QStringLiteral("transform-*.rst"));
}

// The whole engine on each fixture prints what docutils printed for it.
void TransformsTest::matchesDocutils()
{
    QFETCH(QString, path);
    test::compareWithReference(path);
}

void TransformsTest::externalReferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    // Trees printed by docutils 0.21 for "NAME_" then ".. _TARGET: http://example.org".
    QTest::newRow("a reference to an external target takes its URI")
        << QStringLiteral("python") << QStringLiteral("python")
        << QStringLiteral("<document source=\"test\">\n"
                          "    <paragraph>\n"
                          "        <reference name=\"python\" refuri=\"http://example.org\">\n"
                          "            python\n"
                          "    <target ids=\"python\" names=\"python\" refuri=\"http://example.org\">\n");
    QTest::newRow("a reference to no target becomes a problematic node with an error")
        << QStringLiteral("missing") << QStringLiteral("python")
        << QStringLiteral("<document source=\"test\">\n"
                          "    <paragraph>\n"
                          "        <problematic ids=\"problematic-1\" refid=\"system-message-1\">\n"
                          "            missing_\n"
                          "    <target ids=\"python\" names=\"python\" refuri=\"http://example.org\">\n"
                          "    <section classes=\"system-messages\">\n"
                          "        <title>\n"
                          "            Docutils System Messages\n"
                          "        <system_message backrefs=\"problematic-1\" ids=\"system-message-1\" level=\"3\" "
                          "line=\"1\" source=\"test\" type=\"ERROR\">\n"
                          "            <paragraph>\n"
                          "                Unknown target name: \"missing\".\n");
}

void TransformsTest::externalReferences()
{
    QFETCH(QString, name);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    auto document = referenceDocument(name.toStdString(), target.toStdString());
    applyTransforms(*document);
    QCOMPARE(QString::fromStdString(writePseudoXml(*document)), expected);
}

QTEST_GUILESS_MAIN(TransformsTest)
#include "tst_transforms.moc"
