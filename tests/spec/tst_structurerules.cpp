// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sectionnotation.h"
#include "spec/structurerules.h"

using namespace specwright::spec;

namespace
{

QByteArrayList messages(const std::vector<Problem> &problems)
{
    QByteArrayList out;
    for (const Problem &p : problems)
        out << QByteArray::fromStdString(p.message);
    return out;
}

} // namespace

class TestStructureRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data()
    {
        QTest::addColumn<QByteArray>("specTemplate");
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QByteArrayList>("expected");

        const QByteArray nova = "Problem description[Use Cases];Proposed change[Alternatives,Data model impact];"
                                "Implementation[Assignee(s),Feature Liaison,Work Items];Dependencies;History";
        QTest::newRow("a spec with the template's sections passes") << nova << nova << false << QByteArrayList {};
        QTest::newRow("History may be absent")
            << nova
            << QByteArray("Problem description[Use Cases];Proposed change[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Feature Liaison,Work Items];Dependencies")
            << false << QByteArrayList {};
        QTest::newRow("Feature Liaison may be absent")
            << nova
            << QByteArray("Problem description[Use Cases];Proposed change[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Work Items];Dependencies")
            << false << QByteArrayList {};
        QTest::newRow("a missing top-level section fails")
            << nova
            << QByteArray("Problem description[Use Cases];Proposed change[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Work Items]")
            << false << QByteArrayList { "missing section 'Dependencies'" };
        QTest::newRow("an extra top-level section fails")
            << nova << nova + ";Appendix" << false
            << QByteArrayList { "unexpected section 'Appendix' (not in the template)" };
        QTest::newRow("a renamed section is missing under its old name and unexpected under the new one")
            << nova
            << QByteArray("Problem description[Use Cases];Proposed changes[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Work Items];Dependencies")
            << false
            << QByteArrayList { "missing section 'Proposed change'",
                   "unexpected section 'Proposed changes' (not in the template)" };
        QTest::newRow("titles compare case-sensitively")
            << QByteArray("Testing") << QByteArray("testing") << false
            << QByteArrayList { "missing section 'Testing'", "unexpected section 'testing' (not in the template)" };
        QTest::newRow("titles compare by raw source, markup included")
            << QByteArray("REST API impact") << QByteArray("``REST`` API impact") << false
            << QByteArrayList { "missing section 'REST API impact'",
                   "unexpected section '``REST`` API impact' (not in the template)" };
        QTest::newRow("a missing subsection fails")
            << nova
            << QByteArray("Problem description;Proposed change[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Work Items];Dependencies")
            << false << QByteArrayList { "missing subsection 'Use Cases' in 'Problem description'" };
        QTest::newRow("extra subsections are allowed")
            << nova
            << QByteArray("Problem description[Use Cases,Background];Proposed change[Alternatives,Data model impact];"
                          "Implementation[Assignee(s),Work Items];Dependencies")
            << false << QByteArrayList {};
        QTest::newRow("subsections may come in any order")
            << nova
            << QByteArray("Problem description[Use Cases];Proposed change[Data model impact,Alternatives];"
                          "Implementation[Work Items,Assignee(s)];Dependencies")
            << false << QByteArrayList {};
        QTest::newRow("top-level sections may come in any order")
            << QByteArray("A;B;C") << QByteArray("C;A;B") << false << QByteArrayList {};
        QTest::newRow("a repeated section counts with its last occurrence") << QByteArray(
            "A[a1]") << QByteArray("A[a1];A") << false << QByteArrayList { "missing subsection 'a1' in 'A'" };
        QTest::newRow("without a template section there are no subsection checks")
            << QByteArray("A[a1];B[b1]") << QByteArray("B[b1]") << false << QByteArrayList { "missing section 'A'" };

        const QByteArray ceilometer = "Problem description;Proposed change[Alternatives,Data model impact];"
                                      "Implementation[Assignee(s),Work Items]";
        QTest::newRow("strict: the template's own structure passes")
            << ceilometer << ceilometer << true << QByteArrayList {};
        QTest::newRow("strict: an extra subsection fails")
            << ceilometer
            << QByteArray("Problem description;Proposed change[Alternatives,Data model impact,Extra];"
                          "Implementation[Assignee(s),Work Items]")
            << true
            << QByteArrayList { "unexpected subsection 'Extra' in 'Proposed change' (the template has 'Alternatives', "
                                "'Data model impact')" };
        QTest::newRow("strict: subsections out of order fail")
            << ceilometer
            << QByteArray("Problem description;Proposed change[Data model impact,Alternatives];"
                          "Implementation[Assignee(s),Work Items]")
            << true
            << QByteArrayList { "subsections of 'Proposed change' differ from the template's order: 'Alternatives', "
                                "'Data model impact'" };
        QTest::newRow("strict: Feature Liaison is not optional")
            << QByteArray("Implementation[Assignee(s),Feature Liaison]") << QByteArray("Implementation[Assignee(s)]")
            << true << QByteArrayList { "missing subsection 'Feature Liaison' in 'Implementation'" };
        QTest::newRow("strict: a subsection under a section the template leaves bare fails")
            << QByteArray("Testing") << QByteArray("Testing[Unit tests]") << true
            << QByteArrayList { "unexpected subsection 'Unit tests' in 'Testing' (the template has none)" };
        QTest::newRow("strict: History may still be absent")
            << QByteArray("A;History") << QByteArray("A") << true << QByteArrayList {};
    }

    void sections()
    {
        QFETCH(QByteArray, specTemplate);
        QFETCH(QByteArray, spec);
        QFETCH(bool, strict);
        QFETCH(QByteArrayList, expected);
        const auto problems = checkSections(sectionsFrom(spec.toStdString()),
            sectionsFrom(specTemplate.toStdString()),
            { .strict = strict, .documentLine = 3 });
        QCOMPARE(messages(problems), expected);
        for (const Problem &p : problems) {
            QCOMPARE(p.rule, rules::sections);
            QCOMPARE(p.severity, Severity::Error);
        }
    }

    void problemsPointAtTheirSection()
    {
        const auto problems
            = checkSections(sectionsFrom("A;Extra;B"), sectionsFrom("A;B;C[c1]"), { .documentLine = 3 });
        QCOMPARE(problems.size(), 2u);
        // Missing sections point at the document title, extra ones at themselves.
        QCOMPARE(problems[0].line, 3);
        QCOMPARE(problems[0].issue, SectionIssue::Missing);
        QCOMPARE(problems[0].title, "C");
        QCOMPARE(problems[1].line, 20);
        QCOMPARE(problems[1].issue, SectionIssue::Unexpected);
        QCOMPARE(problems[1].title, "Extra");
    }

    void missingSubsectionNamesItsParent()
    {
        const auto problems = checkSections(sectionsFrom("A[a1,a2]"), sectionsFrom("A[a1,a2,a3]"), {});
        QCOMPARE(problems.size(), 1u);
        QCOMPARE(problems[0].title, "a3");
        QCOMPARE(problems[0].parentTitle, "A");
        QCOMPARE(problems[0].line, 10);
    }
};

QTEST_GUILESS_MAIN(TestStructureRules)
#include "tst_structurerules.moc"
