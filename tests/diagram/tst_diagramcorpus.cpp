// SPDX-License-Identifier: GPL-3.0-or-later
// Round trip of every diagram in the shared corpus of specs and of the
// fixtures in tests/data/diagram: import then export gives the text back.

#include "diagram/literalblock.h"
#include "diagram/textexport.h"
#include "diagram/textimport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace specwright::diagram;

namespace
{

// The literal block content as docutils keeps it: each line without its
// trailing spaces.
std::string withoutTrailingSpaces(const std::string &text)
{
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + '\n';
        start = end + 1;
    }
    while (out.size() >= 2 && out.ends_with("\n\n"))
        out.pop_back();
    return out == "\n" ? std::string() : out;
}

// Box corners, runs of line drawing or arrows: what makes a block a diagram
// rather than code or console output.
bool looksLikeDiagram(const std::string &text)
{
    for (const char *mark : { "+--", "--+", "-->", "<--", "+-+", "|  ", "  |" }) {
        if (text.find(mark) != std::string::npos)
            return true;
    }
    return false;
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

QStringList unseenDiagrams()
{
    QDirIterator it(QStringLiteral(SPECWRIGHT_TEST_DATA "/diagram/unseen"), { QStringLiteral("*.txt") }, QDir::Files);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    return paths;
}

struct Totals {
    int diagrams = 0;
    int identical = 0;
    ImportStats stats;
};

} // namespace

class TestDiagramCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureRoundTrip_data();
    void fixtureRoundTrip();
    void corpusRoundTrip();
    void unseenRoundTrip_data();
    void unseenRoundTrip();
    void unseenRecognised();
};

void TestDiagramCorpus::fixtureRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(SPECWRIGHT_TEST_DATA "/diagram"), { QStringLiteral("*.txt") }, QDir::Files);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QVERIFY2(!paths.isEmpty(), "the diagram fixtures are missing");
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName() + QStringLiteral(" comes back unchanged"))) << path;
}

void TestDiagramCorpus::fixtureRoundTrip()
{
    QFETCH(QString, path);
    const std::string text = readFile(path);
    QVERIFY(!text.empty());
    const auto imported = importText(text);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().c_str());
    const std::string expected = withoutTrailingSpaces(text);
    QCOMPARE(
        QString::fromStdString(exportText(imported.value().diagram, { imported.value().charset, Crop::FromOrigin })),
        QString::fromStdString(expected));
    // The fixtures are drawn at the top left, so the trimmed export is the same.
    QCOMPARE(QString::fromStdString(exportText(imported.value().diagram, { imported.value().charset, Crop::Drawing })),
        QString::fromStdString(expected));
}

void TestDiagramCorpus::corpusRoundTrip()
{
    const QString corpus = QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus");
    if (!QFileInfo(corpus).isDir()) {
        qInfo("no corpus at %s: only the fixtures were checked", qPrintable(corpus));
        return;
    }
    Totals diagrams;
    int blocks = 0;
    int blocksIdentical = 0;
    int verbatim = 0;
    QStringList failures;
    QDirIterator it(corpus, { QStringLiteral("*.rst") }, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const std::string document = readFile(path);
        for (const LiteralBlock &block : findLiteralBlocks(document)) {
            ++blocks;
            const auto imported = importText(block.text);
            const std::string expected = withoutTrailingSpaces(block.text);
            const bool same = imported.ok()
                && exportText(imported.value().diagram, { imported.value().charset, Crop::FromOrigin }) == expected;
            blocksIdentical += same;
            if (!same)
                failures << QStringLiteral("%1:%2").arg(path).arg(block.firstLine + 1);
            if (!looksLikeDiagram(block.text) || !imported.ok())
                continue;
            ++diagrams.diagrams;
            diagrams.identical += same;
            const ImportStats &s = imported.value().stats;
            diagrams.stats.characters += s.characters;
            diagrams.stats.inShapes += s.inShapes;
            diagrams.stats.inLabels += s.inLabels;
            diagrams.stats.inText += s.inText;
            diagrams.stats.inCells += s.inCells;
            verbatim += s.verbatim;
        }
    }
    const ImportStats &s = diagrams.stats;
    const auto share = [&s](int part) { return s.characters ? 100.0 * part / s.characters : 0.0; };
    qInfo("corpus: %d files, %d literal blocks, %d identical after import and export", files, blocks, blocksIdentical);
    qInfo("diagrams: %d found, %d identical; of their %d non-space characters %.1f%% were recognised as "
          "boxes and lines, %.1f%% as box labels, %.1f%% as text, %.1f%% kept as free characters",
        diagrams.diagrams,
        diagrams.identical,
        s.characters,
        share(s.inShapes),
        share(s.inLabels),
        share(s.inText),
        share(s.inCells));
    qInfo("diagrams kept verbatim because recognition could not reproduce them: %d", verbatim);
    if (!failures.isEmpty())
        qWarning("not identical: %s", qPrintable(failures.mid(0, 20).join(QStringLiteral(", "))));
    QVERIFY(files > 0);
    QVERIFY(diagrams.diagrams > 0);
    QCOMPARE(blocksIdentical, blocks);
    QCOMPARE(diagrams.identical, diagrams.diagrams);
}

// Diagrams drawn for these tests in the styles specs use, not taken from the
// corpus the importer was tuned on.
void TestDiagramCorpus::unseenRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = unseenDiagrams();
    QVERIFY2(paths.size() >= 10, "the unseen diagrams are missing");
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName() + QStringLiteral(" comes back mostly as objects"))) << path;
}

void TestDiagramCorpus::unseenRoundTrip()
{
    QFETCH(QString, path);
    const std::string text = readFile(path);
    QVERIFY(!text.empty());
    const auto imported = importText(text);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().c_str());
    QCOMPARE(
        QString::fromStdString(exportText(imported.value().diagram, { imported.value().charset, Crop::FromOrigin })),
        QString::fromStdString(withoutTrailingSpaces(text)));
    const ImportStats &s = imported.value().stats;
    QVERIFY(!s.verbatim);
    // Each diagram has boxes or lines, and at most a few stray characters.
    QVERIFY(s.inShapes > 0);
    QVERIFY2(s.inCells * 50 <= s.characters,
        qPrintable(QStringLiteral("%1 of %2 characters kept as free characters:\n%3")
                       .arg(s.inCells)
                       .arg(s.characters)
                       .arg(QString::fromStdString(describeObjects(imported.value().diagram)))));
}

void TestDiagramCorpus::unseenRecognised()
{
    ImportStats total;
    for (const QString &path : unseenDiagrams()) {
        const auto imported = importText(readFile(path));
        QVERIFY(imported.ok());
        const ImportStats &s = imported.value().stats;
        total.characters += s.characters;
        total.inShapes += s.inShapes;
        total.inLabels += s.inLabels;
        total.inText += s.inText;
        total.inCells += s.inCells;
    }
    const auto share = [&total](int part) { return total.characters ? 100.0 * part / total.characters : 0.0; };
    qInfo("unseen diagrams: of their %d non-space characters %.1f%% were recognised as boxes and lines, %.1f%% as "
          "box labels, %.1f%% as text, %.1f%% kept as free characters",
        total.characters,
        share(total.inShapes),
        share(total.inLabels),
        share(total.inText),
        share(total.inCells));
    QVERIFY(total.characters > 0);
    QVERIFY(total.inCells * 200 <= total.characters);
}

QTEST_GUILESS_MAIN(TestDiagramCorpus)
#include "tst_diagramcorpus.moc"
