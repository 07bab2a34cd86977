// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Golden fixtures of the RST engine: tests/data/rst/NAME.rst beside
// NAME.pseudoxml, the pseudo-XML docutils printed for it (regenerated with
// rst_reference.py, never from the engine's own output).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "rst/parser.h"
#include "rst/pseudoxml.h"

namespace specwright::rst::test
{

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// One row per fixture matching pattern, named after the fixture's first
// line: a comment that says what it shows.
inline void addFixtureRows(const QString &pattern)
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SPECWRIGHT_TEST_DATA "/rst"));
    const auto files = dir.entryList({ pattern }, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no fixtures ") + pattern));
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        QString name = readFile(path).section(QLatin1Char('\n'), 0, 0);
        if (name.startsWith(QLatin1String(".. ")))
            name = name.mid(3);
        QTest::newRow(name.toUtf8().constData()) << path;
    }
}

// The first line where the two texts differ, enough to see why.
inline QString firstDifference(const QString &want, const QString &got)
{
    const QStringList a = want.split(QLatin1Char('\n'));
    const QStringList b = got.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString wantLine = i < a.size() ? a[i] : QStringLiteral("<end>");
        const QString gotLine = i < b.size() ? b[i] : QStringLiteral("<end>");
        if (wantLine != gotLine)
            return QStringLiteral("line %1\n- %2\n+ %3").arg(i + 1).arg(wantLine, gotLine);
    }
    return {};
}

// Parses the fixture at path (with its file name as the source, as the
// reference was made) and compares the pseudo-XML with the reference.
inline void compareWithReference(const QString &path)
{
    QString referencePath = path;
    referencePath.replace(QLatin1String(".rst"), QLatin1String(".pseudoxml"));
    const QString want = readFile(referencePath);
    QVERIFY2(!want.isEmpty(), qPrintable(QStringLiteral("no reference ") + referencePath));
    ParseOptions options;
    options.sourcePath = QFileInfo(path).fileName().toStdString();
    const auto document = parse(readFile(path).toStdString(), options);
    const QString got = QString::fromStdString(writePseudoXml(*document));
    QVERIFY2(got == want, qPrintable(firstDifference(want, got)));
}

} // namespace specwright::rst::test
