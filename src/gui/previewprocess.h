// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QSize>
#include <QUrl>
#include <QVariant>
#include <QWindow>
#include <functional>

class QJsonObject;
class QPageLayout;
class QPrinter;

namespace specwright::gui
{

// The editor's side of a preview whose web engine runs in a process of its
// own (specwright-preview): the engine and its tens of megabytes stay out of
// the editor, start beside it rather than after it, and a crash of the page
// leaves the editor standing. The process draws into a native window of the
// editor's (X11 only). They talk in lines of JSON over the process's
// standard input and output.
class PreviewProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewProcess)

public:
    explicit PreviewProcess(QObject *parent = nullptr);
    ~PreviewProcess() override;

    // The preview process's program, or empty when this installation has
    // none (the program's own folder first, then the installed one).
    static QString program();
    // Whether previews can run out of process here: a program, a platform
    // that embeds another process's window, and SPECWRIGHT_PREVIEW_PROCESS
    // not set to 0.
    static bool isAvailable();

    // Starts the process, drawing into `window` at the given size.
    void start(WId window, QSize size);
    // Ends the process, without stopped().
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    bool isPageReady() const { return m_pageReady; }

    void run(const QString &script, const std::function<void(const QVariant &)> &done);
    void setDocumentFolder(const QString &folder);
    void resize(QSize size);
    void printToPdf(const QString &path, const QPageLayout &layout);
    // Prints with the printer's settings (destination, copies, pages,
    // layout); the printer itself stays here.
    void print(const QPrinter &printer);

Q_SIGNALS:
    void pageReady();
    void scrolledToLine(int line);
    void clickedLine(int line);
    void openRequested(const QUrl &url);
    void linkActivated(const QUrl &url, bool openedExternally);
    void pdfPrintingFinished(const QString &filePath, bool success);
    void printFinished(bool success);
    // The process ended without being asked to (a crash, a kill).
    void stopped();

private:
    void send(const QJsonObject &message);
    void readMessages();
    void handle(const QJsonObject &message);

    QProcess m_process;
    QByteArray m_received;
    QHash<qint64, std::function<void(const QVariant &)>> m_pending;
    qint64 m_nextId = 1;
    bool m_pageReady = false;
    bool m_stopping = false;
};

// Runs the preview process's side: `argv[1]` is the editor's window to draw
// into, `argv[2]` and `argv[3]` its width and height. Returns when the editor
// closes its end of the pipe.
int runPreviewProcess(int argc, char **argv);

} // namespace specwright::gui
