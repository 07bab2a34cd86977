// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace specwright::gui
{

// The URL scheme through which the preview page reads the document's
// images: "specwright-doc:images/a.png" is images/a.png relative to the
// document's folder.
inline constexpr char documentScheme[] = "specwright-doc";

// Registers the scheme with Qt WebEngine. Must run before the application
// object is created; until it has, the preview shows no images.
void registerDocumentScheme();
bool isDocumentSchemeRegistered();

// Serves the preview's document images, and nothing else: only regular
// files inside the document's folder or its subfolders once links and ".."
// are resolved, only images by their content, and none larger than
// maxImageBytes. A document without a folder (never saved) has none.
class DocumentSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSchemeHandler)

public:
    static constexpr qint64 maxImageBytes = 32 * 1024 * 1024;

    explicit DocumentSchemeHandler(QObject *parent = nullptr);
    ~DocumentSchemeHandler() override;

    void setDocumentFolder(const QString &folder);
    QString documentFolder() const { return m_folder; }

    // The file a URL of the scheme stands for and the MIME type it is served
    // with, or an empty path when it is refused.
    struct Resolved {
        QString path;
        QString mimeType;
    };
    Resolved resolve(const QUrl &url) const;

    // What was refused since the last clear, oldest first.
    QList<QUrl> refusedRequests() const { return m_refused; }
    void clearRefusedRequests() { m_refused.clear(); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_folder; // canonical, without a trailing slash
    QList<QUrl> m_refused;
};

} // namespace specwright::gui
