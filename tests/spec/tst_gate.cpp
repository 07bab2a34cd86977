// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

#include "fakeparser.h"
#include "spec/gate.h"

using namespace specwright::spec;
namespace fs = std::filesystem;

namespace
{

const char *const templateText = "=====\nTitle\n=====\n\n"
                                 "Problem description\n===================\n\nx\n\n"
                                 "Use Cases\n---------\n\nx\n\n"
                                 "Testing\n=======\n\nx\n\n"
                                 "History\n=======\n\nx\n";

const char *const goodSpec = "=====\nMine\n=====\n\n"
                             "https://blueprints.launchpad.net/nova/+spec/feature\n\n"
                             "Problem description\n===================\n\nx\n\n"
                             "Use Cases\n---------\n\nx\n\n"
                             "Testing\n=======\n\nx\n";

QByteArrayList summary(const std::vector<Problem> &problems)
{
    QByteArrayList out;
    for (const Problem &p : problems)
        out << QByteArray::fromStdString(std::string(p.rule) + "@" + std::to_string(p.line));
    return out;
}

} // namespace

class TestGate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_repo;

    void write(const fs::path &path, const std::string &text)
    {
        fs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = fs::path(m_dir.path().toStdString()) / "repo";
        write(m_repo / "specs/2026.1-template.rst", templateText);
    }

    void check_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArrayList>("expected");
        const QByteArray good = goodSpec;
        QTest::newRow("a spec that follows its release template passes")
            << good << QStringLiteral("specs/2026.1/approved/feature.rst") << QByteArrayList {};
        QTest::newRow("outside a release with a template, structure is not checked")
            << QByteArray("=====\nMine\n=====\n\nOdd\n===\n\nx\n") << QStringLiteral("specs/backlog/feature.rst")
            << QByteArrayList {};
        QTest::newRow("a missing section is reported at the document title")
            << QByteArray(good).replace("Testing\n=======\n", "") << QStringLiteral("specs/2026.1/approved/feature.rst")
            << QByteArrayList { "sections@2" };
        QTest::newRow("every rule reports in line order")
            << QByteArray(good)
                   .replace("Testing\n=======\n\nx\n", "Testing\n=======\n\nx \n")
                   .append("!!! Unknown target name.\n\tx")
            << QStringLiteral("specs/2026.1/approved/other.rst")
            << QByteArrayList { "blueprint-name@5", "trailing-whitespace@20", "rst@21", "tab@22", "final-newline@22" };
        QTest::newRow("a blueprint link after the first section is not the spec's own")
            << QByteArray(good)
                   .replace("https://blueprints.launchpad.net/nova/+spec/feature\n", "")
                   .append("\nhttps://blueprints.launchpad.net/nova/+spec/another\n")
            << QStringLiteral("specs/2026.1/approved/feature.rst") << QByteArrayList {};
    }

    void check()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, file);
        QFETCH(QByteArrayList, expected);
        Gate gate({}, fakeParse);
        const auto found = summary(gate.check(text.toStdString(), m_repo / file.toStdString()));
        QCOMPARE(found.join(' '), expected.join(' '));
    }

    void unsavedDocumentHasNoFileRules()
    {
        Gate gate({}, fakeParse);
        QVERIFY(gate.check("https://blueprints.launchpad.net/nova/+spec/x\n", {}).empty());
        const fs::path specTemplate = m_repo / "specs/2026.1-template.rst";
        gate.setSettings({ .templatePath = specTemplate });
        QCOMPARE(
            summary(gate.check("Only\n====\n", {})), (QByteArrayList { "sections@1", "sections@1", "sections@1" }));
    }

    void templateSettingOverridesDiscovery()
    {
        const fs::path other = m_repo / "other-template.rst";
        write(other, "Only\n====\n\nx\n");
        Gate gate({ .templatePath = other }, fakeParse);
        const auto problems = gate.check(goodSpec, m_repo / "specs/2026.1/approved/feature.rst");
        QCOMPARE(summary(problems), (QByteArrayList { "sections@2", "sections@7", "sections@17" }));
        QCOMPARE(problems[0].message, "missing section 'Only'");
    }

    void strictStructureSetting()
    {
        const std::string spec = std::string(goodSpec) + "\nMore cases\n----------\n\nx\n";
        Gate gate({}, fakeParse);
        QVERIFY(gate.check(spec, m_repo / "specs/2026.1/approved/feature.rst").empty());
        gate.setSettings({ .strictStructure = true });
        QCOMPARE(
            summary(gate.check(spec, m_repo / "specs/2026.1/approved/feature.rst")), QByteArrayList { "sections@22" });
    }

    void unreadableTemplateIsReported()
    {
        Gate gate({ .templatePath = m_repo / "no-such-template.rst" }, fakeParse);
        const auto problems = gate.check(goodSpec, m_repo / "specs/2026.1/approved/feature.rst");
        QCOMPARE(problems.size(), 1u);
        QCOMPARE(problems[0].rule, rules::sections);
        QVERIFY(problems[0].message.starts_with("cannot read the template"));
    }

    void templatesAreParsedOnceUntilTheyChange()
    {
        int parses = 0;
        Gate gate({}, [&](std::string_view text, const fs::path &path) {
            ++parses;
            return fakeParse(text, path);
        });
        const fs::path spec = m_repo / "specs/2026.1/approved/feature.rst";
        gate.check(goodSpec, spec);
        gate.check(goodSpec, spec);
        QCOMPARE(parses, 3); // the template once, the spec twice

        // A template edited on disk is read again.
        const fs::path templatePath = m_repo / "specs/2026.1-template.rst";
        write(templatePath, std::string(templateText) + "\nExtra\n=====\n\nx\n");
        fs::last_write_time(templatePath, fs::last_write_time(templatePath) + std::chrono::seconds(5));
        QCOMPARE(summary(gate.check(goodSpec, spec)), QByteArrayList { "sections@2" });
        QCOMPARE(parses, 5);
        write(templatePath, templateText);
    }

    void givenParseIsUsed()
    {
        Gate gate({}, [](std::string_view, const fs::path &) -> ParsedSpec {
            qFatal("the gate parsed although it was given a parse");
        });
        ParsedSpec parsed;
        parsed.messages.push_back({ 1, 3, "an info message does not fail the build" });
        parsed.messages.push_back({ 3, 4, "(ERROR/3) Unknown directive type \"x\"." });
        const auto problems = gate.check("a\n", "/nowhere/feature.rst", parsed);
        QCOMPARE(summary(problems), QByteArrayList { "rst@4" });
        QCOMPARE(problems[0].severity, Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
