// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewpane.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QWebEngineView(this))
    , m_notice(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(6, 3, 6, 3);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    auto *settings = m_view->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_pageReady = ok;
        if (ok)
            Q_EMIT pageReady();
    });
    m_view->setUrl(QUrl(u"qrc:/preview/preview.html"_s));
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString PreviewPane::notice() const
{
    return m_notice->text();
}

} // namespace specwright::gui
