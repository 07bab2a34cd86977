// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewpane.h"
#include "gui/documentscheme.h"
#include "gui/previewprocess.h"
#include "gui/previewrequestfilter.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPrinter>
#include <QQuickWindow>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

Q_LOGGING_CATEGORY(lcPreview, "specwright.preview")

namespace
{

const QUrl shellUrl(u"qrc:/preview/preview.html"_s);

class PreviewPage final : public QWebEnginePage
{
public:
    PreviewPage(QWebEngineProfile *profile, PreviewPane *pane)
        : QWebEnginePage(profile, pane)
        , m_pane(pane)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type != NavigationTypeLinkClicked)
            return isMainFrame && url == shellUrl;
        const QString scheme = url.scheme();
        const bool external = scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
        if (external)
            m_pane->openExternally(url);
        Q_EMIT m_pane->linkActivated(url, external);
        return false;
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel, const QString &message, int line, const QString &source) override
    {
        qCDebug(lcPreview) << source << line << message;
    }

private:
    PreviewPane *m_pane;
};

} // namespace

PreviewPane::PreviewPane(QWidget *parent, Placement placement)
    : QWidget(parent)
    , m_bridge(new PreviewBridge(this))
    , m_notice(new QLabel(this))
    , m_requests(new PreviewRequestFilter(this))
    , m_images(new DocumentSchemeHandler(this))
    , m_openExternally([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(6, 3, 6, 3);
    m_notice->hide();
    layout->addWidget(m_notice);
    if (placement == Placement::Automatic && PreviewProcess::isAvailable()) {
        // The page's process starts at once, beside the editor's own start.
        m_surface = new QWidget(this);
        m_surface->setAttribute(Qt::WA_DontCreateNativeAncestors);
        m_surface->setAttribute(Qt::WA_NativeWindow);
        m_surface->installEventFilter(this);
        layout->addWidget(m_surface, 1);
        m_process = new PreviewProcess(this);
        connect(m_process, &PreviewProcess::pageReady, this, [this] {
            if (notice() == tr("The preview stopped; starting it again."))
                setNotice(QString());
            Q_EMIT pageReady();
        });
        connect(m_process, &PreviewProcess::scrolledToLine, m_bridge, &PreviewBridge::scrolledToLine);
        connect(m_process, &PreviewProcess::clickedLine, m_bridge, &PreviewBridge::clickedLine);
        connect(m_process, &PreviewProcess::openRequested, this, &PreviewPane::openExternally);
        connect(m_process, &PreviewProcess::linkActivated, this, &PreviewPane::linkActivated);
        connect(m_process, &PreviewProcess::pdfPrintingFinished, this, &PreviewPane::pdfPrintingFinished);
        connect(m_process, &PreviewProcess::printFinished, this, &PreviewPane::printFinished);
        connect(m_process, &PreviewProcess::stopped, this, [this] {
            // A page that keeps dying is left dead rather than restarted
            // for ever.
            constexpr int maxRestarts = 3;
            if (m_restarts++ >= maxRestarts) {
                setNotice(tr("The preview stopped. Save your work and restart Specwright to get it back."));
                return;
            }
            setNotice(tr("The preview stopped; starting it again."));
            startProcess();
        });
        startProcess();
        return;
    }
    layout->addStretch(1);
    // Starting the web engine takes a third of a second: a pane on screen
    // makes its view after its window's first paint (see paintEvent), so the
    // editor shows first, or half a second after the window was shown if no
    // paint came (a window never exposed); a pane off screen makes it at once.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            QTimer::singleShot(500, this, [this] { view(); });
        else
            view();
    });
}

void PreviewPane::startProcess()
{
    if (m_process->isRunning())
        return;
    m_process->start(m_surface->winId(), m_surface->size());
    if (!m_documentFolder.isEmpty())
        m_process->setDocumentFolder(m_documentFolder);
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_process || watched != m_surface)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::Resize)
        m_process->resize(static_cast<QResizeEvent *>(event)->size());
    // The window the page drew into is gone (the pane moved to another
    // window, say): a new page draws into the new one.
    if (event->type() == QEvent::WinIdChange && m_surface->internalWinId() != 0 && m_process->isRunning()) {
        m_process->stop();
        startProcess();
    }
    return QWidget::eventFilter(watched, event);
}

QWebEngineView *PreviewPane::view()
{
    if (m_view || m_surface)
        return m_view;
    m_view = new QWebEngineView(this);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    delete layout->takeAt(1); // the stretch that held the view's place
    layout->addWidget(m_view, 1);

    // An off-the-record profile: the preview keeps no cache or cookies.
    auto *profile = new QWebEngineProfile(this);
    // Owned by the profile so that it outlives every request of it.
    m_requests->setParent(profile);
    profile->setUrlRequestInterceptor(m_requests);
    m_images->setParent(profile);
    if (isDocumentSchemeRegistered())
        profile->installUrlSchemeHandler(documentScheme, m_images);
    auto *page = new PreviewPage(profile, this);
    auto *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    auto *channel = new QWebChannel(page);
    channel->registerObject(u"bridge"_s, m_bridge);
    page->setWebChannel(channel);
    m_view->setPage(page);
    // A right-click offers what a reader needs of the page: copying.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createContextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->mapToGlobal(at));
    });

    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_pageReady = ok;
        if (ok)
            setDocumentFolder(m_documentFolder);
        if (ok)
            Q_EMIT pageReady();
    });
    connect(page, &QWebEnginePage::pdfPrintingFinished, this, &PreviewPane::pdfPrintingFinished);
    connect(m_view, &QWebEngineView::printFinished, this, &PreviewPane::printFinished);
    page->setUrl(shellUrl);
    return m_view;
}

void PreviewPane::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_view && !m_surface)
        QTimer::singleShot(0, this, [this] { view(); });
}

namespace
{

QtMessageHandler previousMessageHandler = nullptr;

// What Qt and Qt WebEngine say at start-up when, as asked, there is no
// OpenGL (they look for a GPU anyway): expected, so not shown.
void dropOpenGlAbsenceWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QStringList expected { u"QXcbIntegration: Cannot create platform"_s,
        u"QRhiGles2: Failed to create"_s,
        u"Failed to create Vulkan instance"_s,
        u"Failed to create platform Vulkan instance"_s,
        u"Unable to detect GPU vendor"_s };
    if (type == QtWarningMsg && std::any_of(expected.begin(), expected.end(), [&](const QString &start) {
            return message.startsWith(start);
        }))
        return;
    previousMessageHandler(type, context, message);
}

} // namespace

void PreviewPane::prepareRendering()
{
    if (qEnvironmentVariableIntValue("SPECWRIGHT_PREVIEW_GPU") == 1) {
        // What Qt WebEngine needs to share its textures with the window.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return;
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Chromium reads its switches from here when the first page is made;
    // the user's own switches stay.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags += " --disable-gpu";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    // Qt WebEngine makes an OpenGL context at start-up whatever draws; on X11
    // this keeps it from loading the OpenGL driver for nothing.
    // The preview's process finds it set by the editor's, and is as quiet.
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
    if (qgetenv("QT_XCB_GL_INTEGRATION") == "none" && !previousMessageHandler)
        previousMessageHandler = qInstallMessageHandler(dropOpenGlAbsenceWarnings);
}

PreviewPane::~PreviewPane()
{
    // The page's process goes first: nothing it says may reach a pane half
    // taken down.
    delete std::exchange(m_process, nullptr);
    // The page must go before the profile it uses.
    if (m_view)
        delete m_view->page();
}

void PreviewPane::setDocumentFolder(const QString &folder)
{
    if (folder != m_documentFolder)
        ++m_folderGeneration;
    m_documentFolder = folder;
    if (m_process) {
        m_process->setDocumentFolder(folder);
        return;
    }
    m_requests->setDocumentFolder(folder);
    m_images->setDocumentFolder(folder);
    if (!m_pageReady)
        return;
    // The page points its relative images at the document scheme, or at
    // nothing when there is no folder.
    const bool images = !m_images->documentFolder().isEmpty() && isDocumentSchemeRegistered();
    run(u"specwright.setImageGeneration(%1)"_s.arg(images ? m_folderGeneration : 0));
}

void PreviewPane::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString PreviewPane::notice() const
{
    return m_notice->text();
}

bool PreviewPane::isPageReady() const
{
    return m_process ? m_process->isPageReady() : m_pageReady;
}

void PreviewPane::run(const QString &script, const std::function<void(const QVariant &)> &done)
{
    if (m_process) {
        m_process->run(script, done);
        return;
    }
    if (!m_view)
        return;
    if (done)
        m_view->page()->runJavaScript(script, done);
    else
        m_view->page()->runJavaScript(script);
}

void PreviewPane::printToPdf(const QString &path, const QPageLayout &layout)
{
    if (m_process)
        m_process->printToPdf(path, layout);
    else
        view()->page()->printToPdf(path, layout);
}

void PreviewPane::print(QPrinter *printer)
{
    if (m_process)
        m_process->print(*printer);
    else
        view()->print(printer);
}

QMenu *PreviewPane::createContextMenu()
{
    auto *menu = new QMenu(this);
    QWebEngineView *web = view();
    if (!web)
        return menu;
    // As text: the page's own Copy works only while the page has the
    // keyboard, which out of process it never has.
    QAction *copy
        = menu->addAction(tr("&Copy"), web, [web] { QGuiApplication::clipboard()->setText(web->selectedText()); });
    copy->setEnabled(web->hasSelection());
    menu->addAction(tr("Select &All"), web, [web] {
        web->page()->runJavaScript(u"getSelection().selectAllChildren(document.body)"_s);
    });
    return menu;
}

} // namespace specwright::gui
