// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QMenu;
class QPageLayout;
class QPrinter;
class QWebEngineView;
class QVariant;

namespace specwright::gui
{
class DocumentSchemeHandler;
class PreviewProcess;
class PreviewRequestFilter;
} // namespace specwright::gui

namespace specwright::gui
{

// What the preview page reports back, by source line.
class PreviewBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewBridge)

public:
    using QObject::QObject;

public Q_SLOTS:
    void reportScroll(int line) { Q_EMIT scrolledToLine(line); }
    void reportClick(int line) { Q_EMIT clickedLine(line); }

Q_SIGNALS:
    void scrolledToLine(int line);
    void clickedLine(int line);
};

// The rendered view of the document. The page shell (the app's own HTML,
// stylesheet and script) is loaded once; after that only content is sent to
// it, so its state and scroll position survive. Links never open inside it:
// web and mail links go to the system's applications, others nowhere.
//
// Where it can (X11), the page lives in a process of its own that draws into
// the pane (see PreviewProcess); elsewhere, or with
// SPECWRIGHT_PREVIEW_PROCESS=0, in this one. Either way the pane is used the
// same: scripts, the bridge's reports, links, PDF and printing.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    enum class Placement {
        Automatic, // in a process of its own where it can be
        InThisProcess,
    };

    explicit PreviewPane(QWidget *parent = nullptr, Placement placement = Placement::Automatic);
    ~PreviewPane() override;

    // Chooses how previews draw; call before the QApplication is made. They
    // draw in software (Chromium's raster and compositor, Qt Quick's software
    // scene graph), which keeps OpenGL out of the process: on a machine
    // without a GPU driver every repaint of the window otherwise goes
    // through a software OpenGL (llvmpipe) and costs tens of milliseconds,
    // and the driver alone holds about 60 MB. SPECWRIGHT_PREVIEW_GPU=1 keeps
    // the GPU path.
    static void prepareRendering();

    // The web view, made after the window's first paint; asking for it
    // earlier makes it now. nullptr when the page is in its own process.
    QWebEngineView *view();
    // The page's process when it has one of its own, else nullptr.
    PreviewProcess *process() const { return m_process; }
    PreviewBridge *bridge() const { return m_bridge; }
    // A line above the page saying what the preview shows (or cannot).
    void setNotice(const QString &text);
    QString notice() const;
    bool isPageReady() const;
    // Relative image paths resolve against this folder and are read from it
    // and its subfolders only, through the document scheme (empty: no
    // images at all).
    void setDocumentFolder(const QString &folder);
    PreviewRequestFilter *requestFilter() const { return m_requests; }
    DocumentSchemeHandler *imageHandler() const { return m_images; }
    // Who opens web and mail links: the desktop's default applications
    // unless replaced (tests replace it).
    void setExternalOpener(std::function<void(const QUrl &)> opener) { m_openExternally = std::move(opener); }
    void openExternally(const QUrl &url) const { m_openExternally(url); }
    // Runs the shell's own script function; `done` gets its result.
    void run(const QString &script, const std::function<void(const QVariant &)> &done = {});
    // The page's context menu (Copy, Select All), in the process that shows
    // the page; the caller owns it.
    QMenu *createContextMenu();
    // Writes the page as a PDF file; pdfPrintingFinished says how it went.
    void printToPdf(const QString &path, const QPageLayout &layout);
    // Prints the page; the printer must live until printFinished.
    void print(QPrinter *printer);

Q_SIGNALS:
    void pageReady();
    // A link was followed: the URL the preview handed to the system, or an
    // empty one when it refused the link (javascript: and the like).
    void linkActivated(const QUrl &url, bool openedExternally);
    // The view's printing and PDF export finished.
    void pdfPrintingFinished(const QString &filePath, bool success);
    void printFinished(bool success);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startProcess();

    QWebEngineView *m_view = nullptr;
    // Out of process: the native window the page's process draws into.
    QWidget *m_surface = nullptr;
    PreviewProcess *m_process = nullptr;
    int m_restarts = 0;
    PreviewBridge *m_bridge;
    QLabel *m_notice;
    PreviewRequestFilter *m_requests;
    DocumentSchemeHandler *m_images;
    QString m_documentFolder;
    int m_folderGeneration = 0; // changes with the folder, so no image is reused from the last one
    std::function<void(const QUrl &)> m_openExternally;
    bool m_pageReady = false;
};

} // namespace specwright::gui
