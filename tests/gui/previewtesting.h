// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI tests share: reading the preview's page, waiting for it,
// and fixture files.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include "gui/mainwindow.h"
#include "gui/previewpane.h"

namespace specwright::gui::testing
{

// Runs a script in the preview page (in whichever process shows it) and
// waits for its result.
inline QVariant evaluate(PreviewPane *pane, const QString &script)
{
    QVariant result;
    bool done = false;
    pane->run(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("script did not finish: %s", qPrintable(script));
    return result;
}

// Waits until the preview holds the analysis of the editor's current text.
inline bool waitForPreview(MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.isPreviewCurrent(); }, 20000);
}

// Writes a fixture under `dir` (making its folders) and returns its path;
// the test run stops when it cannot.
inline QString writeFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace specwright::gui::testing
