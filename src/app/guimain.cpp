// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/guimain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <memory>
#include <vector>

#include "app/version.h"
#include "gui/appsettings.h"
#include "gui/desktopintegration.h"
#include "gui/documentcontroller.h"
#include "gui/documentanalyzer.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
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

// Saves a picture of the window once its preview has loaded, then quits:
// what `packaging/dev run` shows on a machine without a display.
void scheduleScreenshot(gui::MainWindow *window, const QString &path)
{
    // Once the preview shows the document, give the compositor a moment.
    auto take = [window, path] {
        QTimer::singleShot(800, window, [window, path] {
            QScreen *screen = window->screen();
            const QPixmap picture = screen ? screen->grabWindow(window->winId()) : window->grab();
            QCoreApplication::exit(picture.save(path) ? 0 : 1);
        });
    };
    QObject::connect(
        window->previewController(), &gui::PreviewController::updated, window, take, Qt::SingleShotConnection);
    QTimer::singleShot(60000, window, [] { QCoreApplication::exit(1); });
}

// Resident memory of this process in kB, from /proc (0 where unknown).
long residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Prints "ready rss_kb=N" once the window is painted and its preview shows
// the document, then quits: how the benchmark times start-up.
void reportWhenReady(gui::MainWindow *window)
{
    auto check = [window] {
        const auto snapshot = window->snapshot();
        if (!snapshot || window->previewController()->shownRevision() != snapshot->revision)
            return;
        std::printf("ready rss_kb=%ld\n", residentKilobytes());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    };
    QObject::connect(window->previewController(), &gui::PreviewController::updated, window, check);
}

} // namespace

int runGui(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
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
    QCommandLineOption reportReady(u"report-ready"_s);
    reportReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportReady);
    parser.process(app);

    gui::Highlighting highlighting;
    std::vector<std::unique_ptr<gui::MainWindow>> windows;
    for (const QString &argument : parser.positionalArguments()) {
        const FileArgument file = parseFileArgument(argument);
        auto window = std::make_unique<gui::MainWindow>(highlighting);
        window->show();
        if (window->openFile(file.path, file.line))
            windows.push_back(std::move(window));
    }
    if (windows.empty()) {
        auto window = std::make_unique<gui::MainWindow>(highlighting);
        window->openSample();
        window->show();
        windows.push_back(std::move(window));
    }
    if (parser.isSet(reportReady))
        reportWhenReady(windows.front().get());
    for (const auto &window : windows) {
        new gui::DesktopIntegration(window.get(), settings);
        if (const QString path = window->documentController()->path(); !path.isEmpty())
            settings.addRecentFile(path);
    }
    if (parser.isSet(screenshot))
        scheduleScreenshot(windows.front().get(), parser.value(screenshot));
    return app.exec();
}

} // namespace specwright::app
