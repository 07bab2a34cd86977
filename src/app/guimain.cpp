// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guimain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

#include "app/screenshot.h"
#include "app/version.h"
#include "gui/appsettings.h"
#include "gui/autosaver.h"
#include "gui/desktopintegration.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/documentscheme.h"
#include "gui/documenttab.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/previewprocess.h"
#include "gui/recoverydialog.h"
#include "gui/rsteditor.h"
#include "gui/translations.h"

using namespace Qt::StringLiterals;

namespace specwright::app
{

namespace
{

struct FileArgument {
    QString path;
    int line = 0;
};

// "spec.rst:120" opens spec.rst at line 120, unless a file of that very name
// exists.
FileArgument parseFileArgument(const QString &argument)
{
    static const QRegularExpression withLine(u"^(.*):(\\d+)$"_s);
    const auto match = withLine.match(argument);
    if (match.hasMatch() && !QFileInfo::exists(argument))
        return { match.captured(1), match.captured(2).toInt() };
    return { argument, 0 };
}

// Resident memory of a process (this one by default) in kB, from /proc (0
// where unknown).
long residentKilobytes(const QString &process = u"self"_s)
{
    QFile status(u"/proc/%1/status"_s.arg(process));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Prints "ready rss_kb=N preview_rss_kb=M" once the window is painted and
// its preview shows the document, then quits: how the benchmark times
// start-up. M is the preview's own process (0 when the page is in this one).
void reportWhenReady(gui::MainWindow *window)
{
    auto check = [window] {
        const auto snapshot = window->snapshot();
        if (!snapshot || window->previewController()->shownRevision() != snapshot->revision)
            return;
        const gui::PreviewProcess *preview = window->preview()->process();
        std::printf("ready rss_kb=%ld preview_rss_kb=%ld\n",
            residentKilobytes(),
            preview ? residentKilobytes(QString::number(preview->processId())) : 0L);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    QObject::connect(window->previewController(), &gui::PreviewController::updated, window, check);
}

// Prints the window's documents (path, modified, text, cursor line) as
// JSON, then quits: how the recovery test sees what a start restored.
void printDocuments(const gui::MainWindow &window)
{
    QJsonArray documents;
    for (int i = 0; i < window.tabCount(); ++i) {
        const gui::DocumentController *document = window.tab(i)->documentController();
        documents.append(QJsonObject { { u"path"_s, document->path() },
            { u"modified"_s, document->isModified() },
            { u"text"_s, document->document()->toPlainText() },
            { u"line"_s, window.tab(i)->editor()->cursorLine() } });
    }
    std::fputs(QJsonDocument(documents).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace

int runGui(int argc, char **argv)
{
    gui::PreviewPane::prepareRendering();
    // Qt WebEngine takes custom schemes only before it starts.
    gui::registerDocumentScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Specwright"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(versionString()));
    QApplication::setOrganizationName(u"Specwright"_s);
    QApplication::setDesktopFileName(u"specwright"_s);
    gui::AppSettings &settings = gui::AppSettings::instance();
    gui::Translations::install(app, settings.language());
    gui::DesktopIntegration::applyTheme(int(settings.theme()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "An editor for reStructuredText design specs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"files"_s,
        QApplication::translate("main", "Files to open, optionally with a line: FILE:LINE."),
        u"[FILE[:LINE]...]"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window to PATH once it is shown, then quit."),
        u"PATH"_s);
    parser.addOption(screenshot);
    // For the user guide's pictures (packaging/screenshots): the state of
    // the window to picture.
    QCommandLineOption screenshotState(u"screenshot-state"_s, QString(), u"STATE"_s);
    screenshotState.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotState);
    QCommandLineOption reportReady(u"report-ready"_s);
    reportReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportReady);
    // Test hooks for the recovery test, which drives a real process: type
    // into the first editor, restore every leftover document without asking,
    // print the open documents and quit.
    QCommandLineOption typeText(u"type"_s, QString(), u"TEXT"_s);
    QCommandLineOption recoverAll(u"recover"_s);
    QCommandLineOption printOpenDocuments(u"print-documents"_s);
    for (QCommandLineOption *option : { &typeText, &recoverAll, &printOpenDocuments }) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    gui::Highlighting highlighting;
    // One window; each document in a tab of it.
    gui::MainWindow window(highlighting);
    window.show();
    // Changes a crash or a kill left unsaved come back first.
    QStringList restoredPaths;
    for (const gui::RecoveryEntry &entry : gui::offerRecovery(gui::RecoveryStore(), parser.isSet(recoverAll))) {
        if (const gui::Status status = window.tabForNewDocument()->autosaver()->restore(entry); !status)
            std::fprintf(stderr, "specwright: %s\n", qPrintable(status.error()));
        if (!entry.originalPath.isEmpty())
            restoredPaths.append(QFileInfo(entry.originalPath).absoluteFilePath());
    }
    bool opened = !window.currentTab()->isReplaceable();
    for (const QString &argument : parser.positionalArguments()) {
        const FileArgument file = parseFileArgument(argument);
        if (restoredPaths.contains(QFileInfo(file.path).absoluteFilePath()))
            continue;
        opened = window.openFile(file.path, file.line) || opened;
    }
    if (!opened)
        window.openSample();
    if (parser.isSet(reportReady))
        reportWhenReady(&window);
    new gui::DesktopIntegration(&window, settings);
    for (int i = 0; i < window.tabCount(); ++i) {
        if (const QString path = window.tab(i)->path(); !path.isEmpty())
            settings.addRecentFile(path);
    }
    if (parser.isSet(screenshot)
        && !scheduleScreenshot(&window, parser.value(screenshot), parser.value(screenshotState))) {
        std::fprintf(stderr,
            "specwright: unknown screenshot state %s (known: %s)\n",
            qPrintable(parser.value(screenshotState)),
            qPrintable(screenshotStates().join(u", "_s)));
        return 2;
    }
    if (parser.isSet(typeText)) {
        gui::RstEditor *editor = window.editor();
        QTimer::singleShot(0, editor, [editor, text = parser.value(typeText)] {
            editor->moveCursor(QTextCursor::End);
            editor->insertPlainText(text);
        });
    }
    if (parser.isSet(printOpenDocuments))
        QTimer::singleShot(0, &app, [&window] { printDocuments(window); });
    return app.exec();
}

} // namespace specwright::app
