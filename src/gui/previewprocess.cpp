// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewprocess.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPrinter>
#include <QSocketNotifier>
#include <QWebEngineView>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <xcb/xcb.h>

#include "gui/appsettings.h"
#include "gui/documentscheme.h"
#include "gui/previewpane.h"
#include "gui/translations.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

const auto programName = u"specwright-preview"_s;

QJsonObject pageLayoutToJson(const QPageLayout &layout)
{
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    const QSizeF size = layout.pageSize().size(QPageSize::Millimeter);
    return { { u"width"_s, size.width() },
        { u"height"_s, size.height() },
        { u"landscape"_s, layout.orientation() == QPageLayout::Landscape },
        { u"left"_s, margins.left() },
        { u"top"_s, margins.top() },
        { u"right"_s, margins.right() },
        { u"bottom"_s, margins.bottom() } };
}

QPageLayout pageLayoutFromJson(const QJsonObject &json)
{
    const QPageSize size(QSizeF(json[u"width"_s].toDouble(), json[u"height"_s].toDouble()),
        QPageSize::Millimeter,
        QString(),
        QPageSize::FuzzyMatch);
    return QPageLayout(size,
        json[u"landscape"_s].toBool() ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(json[u"left"_s].toDouble(),
            json[u"top"_s].toDouble(),
            json[u"right"_s].toDouble(),
            json[u"bottom"_s].toDouble()),
        QPageLayout::Millimeter);
}

QJsonObject printerToJson(const QPrinter &printer)
{
    return { { u"pdf"_s, printer.outputFormat() == QPrinter::PdfFormat },
        { u"file"_s, printer.outputFileName() },
        { u"printer"_s, printer.printerName() },
        { u"copies"_s, printer.copyCount() },
        { u"collate"_s, printer.collateCopies() },
        { u"colour"_s, printer.colorMode() == QPrinter::Color },
        { u"duplex"_s, int(printer.duplex()) },
        { u"range"_s, int(printer.printRange()) },
        { u"from"_s, printer.fromPage() },
        { u"to"_s, printer.toPage() },
        { u"resolution"_s, printer.resolution() },
        { u"title"_s, printer.docName() },
        { u"layout"_s, pageLayoutToJson(printer.pageLayout()) } };
}

void configurePrinter(QPrinter &printer, const QJsonObject &json)
{
    printer.setOutputFormat(json[u"pdf"_s].toBool() ? QPrinter::PdfFormat : QPrinter::NativeFormat);
    if (!json[u"pdf"_s].toBool())
        printer.setPrinterName(json[u"printer"_s].toString());
    printer.setOutputFileName(json[u"file"_s].toString());
    printer.setCopyCount(json[u"copies"_s].toInt(1));
    printer.setCollateCopies(json[u"collate"_s].toBool());
    printer.setColorMode(json[u"colour"_s].toBool(true) ? QPrinter::Color : QPrinter::GrayScale);
    printer.setDuplex(QPrinter::DuplexMode(json[u"duplex"_s].toInt()));
    printer.setPrintRange(QPrinter::PrintRange(json[u"range"_s].toInt()));
    printer.setFromTo(json[u"from"_s].toInt(), json[u"to"_s].toInt());
    printer.setResolution(json[u"resolution"_s].toInt(1200));
    printer.setDocName(json[u"title"_s].toString());
    printer.setPageLayout(pageLayoutFromJson(json[u"layout"_s].toObject()));
}

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

PreviewProcess::PreviewProcess(QObject *parent)
    : QObject(parent)
{
    // What the page's process says on its error output goes where the
    // editor's does.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PreviewProcess::readMessages);
    connect(&m_process, &QProcess::finished, this, [this] {
        m_pageReady = false;
        m_received.clear();
        // Scripts still waiting get no answer; a new page announces itself
        // with pageReady, and whoever waited starts again then.
        m_pending.clear();
        if (!m_stopping)
            Q_EMIT stopped();
    });
}

PreviewProcess::~PreviewProcess()
{
    stop();
}

void PreviewProcess::stop()
{
    m_stopping = true;
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Closing its input ends it; one that does not listen is ended. It holds
    // nothing worth waiting for: the page keeps no data.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(300)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString PreviewProcess::program()
{
    const QDir programFolder(QCoreApplication::applicationDirPath());
    const QStringList folders { programFolder.path(),
        programFolder.filePath(QStringLiteral(SPECWRIGHT_LIBEXEC_FROM_BIN)) };
    for (const QString &folder : folders) {
        const QFileInfo candidate(QDir(folder).filePath(programName));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

bool PreviewProcess::isAvailable()
{
    if (qEnvironmentVariable("SPECWRIGHT_PREVIEW_PROCESS") == u"0"_s)
        return false;
    // Only X11 lets a window of one process hold one of another's.
    return QGuiApplication::platformName() == u"xcb"_s && !program().isEmpty();
}

void PreviewProcess::start(WId window, QSize size)
{
    m_stopping = false;
    m_process.start(
        program(), { QString::number(quint64(window)), QString::number(size.width()), QString::number(size.height()) });
}

void PreviewProcess::send(const QJsonObject &message)
{
    // Written while the process is still starting, it waits in the pipe.
    if (m_process.state() != QProcess::NotRunning)
        m_process.write(encode(message));
}

void PreviewProcess::run(const QString &script, const std::function<void(const QVariant &)> &done)
{
    qint64 id = 0;
    if (done) {
        id = m_nextId++;
        m_pending.insert(id, done);
    }
    send({ { u"op"_s, u"run"_s }, { u"id"_s, id }, { u"script"_s, script } });
}

void PreviewProcess::setDocumentFolder(const QString &folder)
{
    send({ { u"op"_s, u"folder"_s }, { u"path"_s, folder } });
}

void PreviewProcess::resize(QSize size)
{
    send({ { u"op"_s, u"size"_s }, { u"width"_s, size.width() }, { u"height"_s, size.height() } });
}

void PreviewProcess::printToPdf(const QString &path, const QPageLayout &layout)
{
    send({ { u"op"_s, u"pdf"_s }, { u"path"_s, path }, { u"layout"_s, pageLayoutToJson(layout) } });
}

void PreviewProcess::print(const QPrinter &printer)
{
    send({ { u"op"_s, u"print"_s }, { u"printer"_s, printerToJson(printer) } });
}

void PreviewProcess::readMessages()
{
    // What a process being stopped still says is of no interest.
    if (m_stopping)
        return;
    m_received += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_received.indexOf('\n')) >= 0) {
        const QByteArray line = m_received.left(end);
        m_received.remove(0, end + 1);
        const QJsonDocument message = QJsonDocument::fromJson(line);
        if (message.isObject())
            handle(message.object());
    }
}

void PreviewProcess::handle(const QJsonObject &message)
{
    const QString event = message[u"ev"_s].toString();
    if (event == u"ready"_s) {
        m_pageReady = true;
        Q_EMIT pageReady();
    } else if (event == u"result"_s) {
        if (const auto done = m_pending.take(message[u"id"_s].toInteger()))
            done(message[u"value"_s].toVariant());
    } else if (event == u"scroll"_s) {
        Q_EMIT scrolledToLine(message[u"line"_s].toInt());
    } else if (event == u"click"_s) {
        Q_EMIT clickedLine(message[u"line"_s].toInt());
    } else if (event == u"open"_s) {
        Q_EMIT openRequested(QUrl(message[u"url"_s].toString()));
    } else if (event == u"link"_s) {
        Q_EMIT linkActivated(QUrl(message[u"url"_s].toString()), message[u"external"_s].toBool());
    } else if (event == u"pdf"_s) {
        Q_EMIT pdfPrintingFinished(message[u"path"_s].toString(), message[u"ok"_s].toBool());
    } else if (event == u"printed"_s) {
        Q_EMIT printFinished(message[u"ok"_s].toBool());
    }
}

namespace
{

// The preview process's side: a preview pane inside the editor's window,
// driven by the messages on standard input.
class PreviewServer final : public QObject
{
public:
    PreviewServer(PreviewPane *pane)
        : m_pane(pane)
        , m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        connect(&m_input, &QSocketNotifier::activated, this, &PreviewServer::readInput);
        connect(m_pane, &PreviewPane::pageReady, this, [] { reply({ { u"ev"_s, u"ready"_s } }); });
        connect(m_pane->bridge(), &PreviewBridge::scrolledToLine, this, [](int line) {
            reply({ { u"ev"_s, u"scroll"_s }, { u"line"_s, line } });
        });
        connect(m_pane->bridge(), &PreviewBridge::clickedLine, this, [](int line) {
            reply({ { u"ev"_s, u"click"_s }, { u"line"_s, line } });
        });
        m_pane->setExternalOpener([](const QUrl &url) {
            reply({ { u"ev"_s, u"open"_s }, { u"url"_s, url.toString() } });
        });
        connect(m_pane, &PreviewPane::linkActivated, this, [](const QUrl &url, bool external) {
            reply({ { u"ev"_s, u"link"_s }, { u"url"_s, url.toString() }, { u"external"_s, external } });
        });
        connect(m_pane, &PreviewPane::pdfPrintingFinished, this, [](const QString &path, bool ok) {
            reply({ { u"ev"_s, u"pdf"_s }, { u"path"_s, path }, { u"ok"_s, ok } });
        });
        connect(m_pane, &PreviewPane::printFinished, this, [this](bool ok) {
            m_printer.reset();
            reply({ { u"ev"_s, u"printed"_s }, { u"ok"_s, ok } });
        });
    }

private:
    static void reply(const QJsonObject &message)
    {
        const QByteArray line = encode(message);
        std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
        std::fflush(stdout);
    }

    void readInput()
    {
        char buffer[65536];
        const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (count <= 0) {
            // The editor is gone or done with the preview.
            m_input.setEnabled(false);
            QCoreApplication::exit(0);
            return;
        }
        m_received.append(buffer, count);
        qsizetype end;
        while ((end = m_received.indexOf('\n')) >= 0) {
            const QJsonDocument message = QJsonDocument::fromJson(m_received.left(end));
            m_received.remove(0, end + 1);
            if (message.isObject())
                handle(message.object());
        }
    }

    void handle(const QJsonObject &message)
    {
        const QString op = message[u"op"_s].toString();
        if (op == u"run"_s) {
            const qint64 id = message[u"id"_s].toInteger();
            if (id == 0) {
                m_pane->run(message[u"script"_s].toString());
                return;
            }
            m_pane->run(message[u"script"_s].toString(), [id](const QVariant &value) {
                reply({ { u"ev"_s, u"result"_s }, { u"id"_s, id }, { u"value"_s, QJsonValue::fromVariant(value) } });
            });
        } else if (op == u"folder"_s) {
            m_pane->setDocumentFolder(message[u"path"_s].toString());
        } else if (op == u"size"_s) {
            m_pane->resize(message[u"width"_s].toInt(), message[u"height"_s].toInt());
        } else if (op == u"pdf"_s) {
            m_pane->view()->page()->printToPdf(
                message[u"path"_s].toString(), pageLayoutFromJson(message[u"layout"_s].toObject()));
        } else if (op == u"print"_s) {
            if (m_printer) {
                reply({ { u"ev"_s, u"printed"_s }, { u"ok"_s, false } });
                return;
            }
            m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            configurePrinter(*m_printer, message[u"printer"_s].toObject());
            m_pane->view()->print(m_printer.get());
        }
    }

    PreviewPane *m_pane;
    QSocketNotifier m_input;
    QByteArray m_received;
    std::unique_ptr<QPrinter> m_printer;
};

// Keys go to the editor: X hands a key to the deepest window under the
// pointer that listens for keys, so this window, set in the editor's, stops
// listening, and a key typed with the pointer over the page reaches the
// editor as if the page were not there.
void leaveKeysToTheEditor(WId window)
{
    auto *x11 = qApp->nativeInterface<QNativeInterface::QX11Application>();
    if (!x11)
        return;
    xcb_connection_t *connection = x11->connection();
    xcb_get_window_attributes_reply_t *attributes = xcb_get_window_attributes_reply(
        connection, xcb_get_window_attributes(connection, xcb_window_t(window)), nullptr);
    if (!attributes)
        return;
    const uint32_t mask
        = attributes->your_event_mask & ~uint32_t(XCB_EVENT_MASK_KEY_PRESS | XCB_EVENT_MASK_KEY_RELEASE);
    std::free(attributes);
    xcb_change_window_attributes(connection, xcb_window_t(window), XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);
}

} // namespace

int runPreviewProcess(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: specwright-preview WINDOW WIDTH HEIGHT (started by Specwright)\n");
        return 2;
    }
    const WId parentWindow = WId(QByteArray(argv[1]).toULongLong());
    const QSize size(QByteArray(argv[2]).toInt(), QByteArray(argv[3]).toInt());
    PreviewPane::prepareRendering();
    registerDocumentScheme();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Specwright"_s);
    QApplication::setOrganizationName(u"Specwright"_s);
    // Its context menu speaks the editor's language.
    Translations::install(app, AppSettings::instance().language());

    PreviewPane pane(nullptr, PreviewPane::Placement::InThisProcess);
    pane.setAttribute(Qt::WA_NativeWindow);
    // The keyboard stays with the editor: the page never asks for it.
    pane.setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    pane.winId();
    QWindow *editorWindow = QWindow::fromWinId(parentWindow);
    if (!editorWindow) {
        std::fprintf(stderr, "specwright-preview: no window %s to draw into\n", argv[1]);
        return 1;
    }
    pane.windowHandle()->setParent(editorWindow);
    leaveKeysToTheEditor(pane.winId());
    pane.setGeometry(QRect(QPoint(0, 0), size));
    PreviewServer server(&pane);
    pane.view();
    pane.show();
    return app.exec();
}

} // namespace specwright::gui
