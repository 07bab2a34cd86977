// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QWebEngineView;
class QLabel;

namespace specwright::gui
{

// The rendered view of the document. The page shell is loaded once; after
// that only content is sent to it, so its state and scroll position survive.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    QWebEngineView *view() const { return m_view; }
    // A line above the page saying what the preview shows (or cannot).
    void setNotice(const QString &text);
    QString notice() const;
    bool isPageReady() const { return m_pageReady; }

Q_SIGNALS:
    void pageReady();

private:
    QWebEngineView *m_view;
    QLabel *m_notice;
    bool m_pageReady = false;
};

} // namespace specwright::gui
