// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

#include "spec/templatediscovery.h"

using namespace specwright::spec;
using namespace Qt::StringLiterals;
namespace fs = std::filesystem;

class TestTemplateDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_root;

    void touch(const fs::path &relative)
    {
        const fs::path path = m_root / relative;
        fs::create_directories(path.parent_path());
        std::ofstream(path) << "x\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = fs::path(m_dir.path().toStdString());
        // A nova-like repository: release templates, no generic one.
        touch("nova/specs/2026.1-template.rst");
        touch("nova/specs/2026.1/approved/feature.rst");
        touch("nova/specs/abandoned/old.rst");
        // A ceilometer-like repository: one generic template.
        touch("ceilometer/specs/template.rst");
        touch("ceilometer/specs/kilo/feature.rst");
        touch("ceilometer/specs/kilo-extra/deep/down/feature.rst");
        // A folder that is not a specs repository.
        touch("elsewhere/notes/feature.rst");
    }

    void discovery_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a spec under specs/<release>/ gets that release's template")
            << u"nova/specs/2026.1/approved/feature.rst"_s << u"nova/specs/2026.1-template.rst"_s;
        QTest::newRow("a release without a template and no generic one has none")
            << u"nova/specs/abandoned/old.rst"_s << QString();
        QTest::newRow("a release without a template falls back to specs/template.rst")
            << u"ceilometer/specs/kilo/feature.rst"_s << u"ceilometer/specs/template.rst"_s;
        QTest::newRow("deeper folders still belong to their release")
            << u"ceilometer/specs/kilo-extra/deep/down/feature.rst"_s << u"ceilometer/specs/template.rst"_s;
        QTest::newRow("a file directly in specs/ uses the generic template")
            << u"ceilometer/specs/new.rst"_s << u"ceilometer/specs/template.rst"_s;
        QTest::newRow("a file in the repository root uses the generic template")
            << u"ceilometer/README.rst"_s << u"ceilometer/specs/template.rst"_s;
        QTest::newRow("outside a specs repository there is no template")
            << u"elsewhere/notes/feature.rst"_s << QString();
        QTest::newRow("a file that does not exist yet is placed by its path")
            << u"nova/specs/2026.1/approved/unsaved.rst"_s << u"nova/specs/2026.1-template.rst"_s;
    }

    void discovery()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto found = discoverTemplate(m_root / file.toStdString());
        if (expected.isEmpty()) {
            QVERIFY2(!found, found ? found->c_str() : "");
        } else {
            QVERIFY(found);
            QCOMPARE(QString::fromStdString(found->string()),
                QString::fromStdString((m_root / expected.toStdString()).string()));
        }
    }

    void relativePathsAreResolved()
    {
        const fs::path previous = fs::current_path();
        fs::current_path(m_root / "nova");
        const auto found = discoverTemplate("specs/2026.1/approved/feature.rst");
        fs::current_path(previous);
        QVERIFY(found);
        QCOMPARE(found->filename().string(), "2026.1-template.rst");
    }
};

QTEST_GUILESS_MAIN(TestTemplateDiscovery)
#include "tst_templatediscovery.moc"
