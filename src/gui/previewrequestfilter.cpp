// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewrequestfilter.h"
#include "gui/documentscheme.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QWebEngineUrlRequestInfo>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

Q_LOGGING_CATEGORY(lcPreviewRequests, "specwright.preview.requests")

namespace
{

// The real path of a file URL's target: links resolved, "." and ".."
// collapsed. A file that does not exist yet is judged by its folder.
QString resolvedPath(const QUrl &url)
{
    const QString path = QDir::cleanPath(url.toLocalFile());
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : folder + u'/' + info.fileName();
}

} // namespace

PreviewRequestFilter::PreviewRequestFilter(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

PreviewRequestFilter::~PreviewRequestFilter() = default;

void PreviewRequestFilter::setDocumentFolder(const QString &folder)
{
    const QString canonical = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
    QMutexLocker lock(&m_mutex);
    m_folder = canonical == u"/"_s ? QString() : canonical; // the root folder is no boundary
}

QString PreviewRequestFilter::documentFolder() const
{
    QMutexLocker lock(&m_mutex);
    return m_folder;
}

bool PreviewRequestFilter::allows(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme == u"qrc"_s)
        return true;
    // Inline images carry their bytes with them; nothing is fetched.
    if (scheme == u"data"_s)
        return true;
    // The document's images: their handler serves only what is inside the
    // folder.
    if (scheme == QLatin1StringView(documentScheme))
        return true;
    if (scheme != u"file"_s || !url.host().isEmpty())
        return false;
    const QString folder = documentFolder();
    if (folder.isEmpty())
        return false;
    const QString path = resolvedPath(url);
    return !path.isEmpty() && path.startsWith(folder + u'/');
}

void PreviewRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (allows(url))
        return;
    info.block(true);
    qCDebug(lcPreviewRequests) << "blocked" << url;
    {
        QMutexLocker lock(&m_mutex);
        m_blocked.append(url);
    }
    Q_EMIT requestBlocked(url);
}

QList<QUrl> PreviewRequestFilter::blockedRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocked;
}

void PreviewRequestFilter::clearBlockedRequests()
{
    QMutexLocker lock(&m_mutex);
    m_blocked.clear();
}

} // namespace specwright::gui
