// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewpane.h"
#include "gui/documentscheme.h"
#include "gui/previewrequestfilter.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <algorithm>

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

PreviewPane::PreviewPane(QWidget *parent)
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

QWebEngineView *PreviewPane::view()
{
    if (m_view)
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
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

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
    if (!m_view)
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
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION")) {
        qputenv("QT_XCB_GL_INTEGRATION", "none");
        previousMessageHandler = qInstallMessageHandler(dropOpenGlAbsenceWarnings);
    }
}

PreviewPane::~PreviewPane()
{
    // The page must go before the profile it uses.
    if (m_view)
        delete m_view->page();
}

void PreviewPane::setDocumentFolder(const QString &folder)
{
    if (folder != m_documentFolder)
        ++m_folderGeneration;
    m_documentFolder = folder;
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

void PreviewPane::run(const QString &script, const std::function<void(const QVariant &)> &done)
{
    if (!m_view)
        return;
    if (done)
        m_view->page()->runJavaScript(script, done);
    else
        m_view->page()->runJavaScript(script);
}

} // namespace specwright::gui
