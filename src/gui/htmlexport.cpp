// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/htmlexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include "rst/document.h"
#include "rst/htmlwriter.h"
#include "rst/parser.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

// Images larger than this stay out of the page: a placeholder says so.
constexpr qint64 maxImageBytes = 32 * 1024 * 1024;

QString unescapeAttribute(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s);
    value.replace(u"&#39;"_s, u"'"_s);
    value.replace(u"&lt;"_s, u"<"_s);
    value.replace(u"&gt;"_s, u">"_s);
    value.replace(u"&amp;"_s, u"&"_s);
    return value;
}

QString escapeAttribute(const QString &value)
{
    return value.toHtmlEscaped();
}

// The image at `source` (relative, as the writer lets through) as a data:
// URL, or the reason it cannot be one.
struct EmbeddedImage {
    QString url;
    QString refusal;
};

EmbeddedImage embed(const QString &source, const QDir &base)
{
    if (source.startsWith(u"data:"))
        return { source, {} };
    const QUrl url(source);
    const QString relative = url.path(QUrl::FullyDecoded);
    if (relative.isEmpty() || !url.scheme().isEmpty())
        return { {}, QCoreApplication::translate("HtmlExport", "not a relative path") };
    QFile file(base.filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return { {}, QCoreApplication::translate("HtmlExport", "cannot be read") };
    if (file.size() > maxImageBytes)
        return { {}, QCoreApplication::translate("HtmlExport", "too large to embed") };
    const QByteArray bytes = file.readAll();
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(file.fileName(), bytes).name();
    if (!type.startsWith(u"image/"))
        return { {}, QCoreApplication::translate("HtmlExport", "not an image") };
    return { u"data:"_s + type + u";base64,"_s + QString::fromLatin1(bytes.toBase64()), {} };
}

} // namespace

QString embedImages(const QString &page, const QString &baseFolder)
{
    // The writer emits <img ... src="..." ... /> with double-quoted,
    // escaped attributes; nothing else in its page loads a resource.
    static const QRegularExpression image(u"<img\\b([^>]*?)\\bsrc=\"([^\"]*)\"([^>]*)>"_s);
    static const QRegularExpression alt(u"\\balt=\"([^\"]*)\""_s);
    const QDir base(baseFolder);
    QString result;
    result.reserve(page.size());
    qsizetype done = 0;
    for (auto it = image.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(page).mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const QString source = unescapeAttribute(match.captured(2));
        const EmbeddedImage embedded = embed(source, base);
        if (embedded.refusal.isEmpty()) {
            result += u"<img"_s + match.captured(1) + u"src=\""_s + escapeAttribute(embedded.url) + u'"'
                + match.captured(3) + u'>';
            continue;
        }
        const QString altText = alt.match(match.captured(0)).captured(1);
        result += u"<span class=\"image-placeholder\" role=\"img\" title=\""_s
            + escapeAttribute(embedded.refusal + u": "_s + source) + u"\">"_s + altText + u"</span>"_s;
    }
    result += QStringView(page).mid(done);
    return result;
}

QString selfContainedPage(const QString &text, const QString &sourcePath, const QString &fallbackTitle)
{
    const QByteArray utf8 = text.toUtf8();
    rst::ParseOptions options;
    options.sourcePath = sourcePath.toStdString();
    const auto document = rst::parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), options);

    rst::HtmlOptions html;
    QFile stylesheet(u":/css/specwright.css"_s);
    if (stylesheet.open(QIODevice::ReadOnly))
        html.stylesheet = stylesheet.readAll().toStdString();
    // A file read elsewhere and printed: the light scheme, as on paper.
    html.colorScheme = "light";
    html.fallbackTitle = fallbackTitle.toStdString();
    const QString page = QString::fromStdString(rst::writeHtmlPage(*document, html));
    const QString folder = sourcePath.isEmpty() ? QDir::currentPath() : QFileInfo(sourcePath).absolutePath();
    return embedImages(page, folder);
}

Status writeHtmlFile(const QString &path, const QString &html)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("HtmlExport", "Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = html.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("HtmlExport", "Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace specwright::gui
