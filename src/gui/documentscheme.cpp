// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documentscheme.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

Q_LOGGING_CATEGORY(lcDocumentScheme, "specwright.preview.images")

namespace
{

// The image types a browser shows in <img>. SVG is among them: as an image
// it runs no script and loads nothing.
bool isServedImageType(const QString &mimeType)
{
    static const QStringList types { u"image/png"_s,
        u"image/jpeg"_s,
        u"image/gif"_s,
        u"image/webp"_s,
        u"image/bmp"_s,
        u"image/svg+xml"_s,
        u"image/vnd.microsoft.icon"_s,
        u"image/avif"_s };
    return types.contains(mimeType);
}

} // namespace

void registerDocumentScheme()
{
    if (isDocumentSchemeRegistered())
        return;
    QWebEngineUrlScheme scheme(documentScheme);
    // A path, not host and port: "specwright-doc:images/a.png". The page is
    // qrc:, whose images may come from a secure scheme like this one.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

bool isDocumentSchemeRegistered()
{
    return QWebEngineUrlScheme::schemeByName(documentScheme).name() == documentScheme;
}

DocumentSchemeHandler::DocumentSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

DocumentSchemeHandler::~DocumentSchemeHandler() = default;

void DocumentSchemeHandler::setDocumentFolder(const QString &folder)
{
    const QString canonical = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
    m_folder = canonical == u"/"_s ? QString() : canonical; // the root folder is no boundary
}

DocumentSchemeHandler::Resolved DocumentSchemeHandler::resolve(const QUrl &url) const
{
    if (m_folder.isEmpty() || url.scheme() != QLatin1StringView(documentScheme) || !url.host().isEmpty())
        return {};
    const QString relative = url.path(QUrl::FullyDecoded);
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.startsWith(u'\\') || relative.contains(QChar()))
        return {};
    // Links and ".." resolved: the real file must be below the folder.
    const QFileInfo info(QDir::cleanPath(m_folder + u'/' + relative));
    const QString path = info.canonicalFilePath();
    if (path.isEmpty() || !path.startsWith(m_folder + u'/'))
        return {};
    const QFileInfo target(path);
    if (!target.isFile() || target.size() > maxImageBytes)
        return {};
    const QString mimeType = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    if (!isServedImageType(mimeType))
        return {};
    return { path, mimeType };
}

void DocumentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const Resolved resolved = job->requestMethod() == "GET" ? resolve(url) : Resolved {};
    QFile file(resolved.path);
    if (resolved.path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCDebug(lcDocumentScheme) << "refused" << url;
        m_refused.append(url);
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // Read at most the limit, in case the file grew since it was measured.
    auto *buffer = new QBuffer(job);
    buffer->setData(file.read(maxImageBytes));
    buffer->open(QIODevice::ReadOnly);
    job->reply(resolved.mimeType.toUtf8(), buffer);
}

} // namespace specwright::gui
