// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace specwright::gui
{

// The preview's last line of defence, below the HTML writer's own checks
// and the page's Content-Security-Policy: every request the page makes goes
// through here, and only the app's own resources (qrc:), the document scheme
// (whose handler judges its paths) and files inside the document's folder
// get through. Nothing remote, nothing above the folder
// (symbolic links are followed before deciding), nothing at all for a
// document that has no folder yet.
class PreviewRequestFilter final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRequestFilter)

public:
    explicit PreviewRequestFilter(QObject *parent = nullptr);
    ~PreviewRequestFilter() override;

    // The folder whose files (and those of its subfolders) the page may
    // load; empty allows no file at all.
    void setDocumentFolder(const QString &folder);
    QString documentFolder() const;

    // Whether a request for `url` would be let through now.
    bool allows(const QUrl &url) const;
    // What was refused since the last clear, oldest first.
    QList<QUrl> blockedRequests() const;
    void clearBlockedRequests();

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    mutable QMutex m_mutex; // the engine may call from its own thread
    QString m_folder; // canonical, without a trailing slash
    QList<QUrl> m_blocked;
};

} // namespace specwright::gui
