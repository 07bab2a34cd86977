// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documenttabs.h"

#include <QMouseEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <utility>

#include "gui/documenttab.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

DocumentTabs::DocumentTabs(QWidget *widgetParent)
    : QObject(widgetParent)
    , m_tabBar(new QTabBar(widgetParent))
    , m_editors(new QStackedWidget(widgetParent))
{
    m_tabBar->setObjectName(u"documentTabs"_s);
    // Shown once there is a second document: a single one looks as it
    // always did.
    m_tabBar->setAutoHide(true);
    m_tabBar->setTabsClosable(true);
    m_tabBar->setMovable(true);
    m_tabBar->setDocumentMode(true);
    m_tabBar->setExpanding(false);
    m_tabBar->setElideMode(Qt::ElideMiddle);
    m_tabBar->installEventFilter(this);
    connect(m_tabBar, &QTabBar::currentChanged, this, &DocumentTabs::showTab);
    connect(m_tabBar, &QTabBar::tabMoved, this, [this](int from, int to) { m_tabs.move(from, to); });
    connect(m_tabBar, &QTabBar::tabCloseRequested, this, &DocumentTabs::closeRequested);
}

DocumentTabs::~DocumentTabs()
{
    qDeleteAll(std::exchange(m_tabs, {}));
}

void DocumentTabs::setCurrentIndex(int index)
{
    if (index >= 0 && index < count())
        m_tabBar->setCurrentIndex(index);
}

void DocumentTabs::cycle(int step)
{
    if (count() > 0)
        setCurrentIndex(((currentIndex() + step) % count() + count()) % count());
}

int DocumentTabs::indexShowing(const QString &path) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_tabs.at(i)->isShowing(path))
            return i;
    }
    return -1;
}

DocumentTab *DocumentTabs::add()
{
    auto *tab = new DocumentTab(m_editors, this);
    m_editors->addWidget(tab->editor());
    m_tabs.append(tab);
    connect(tab, &DocumentTab::labelChanged, this, [this, tab] { updateLabel(tab); });
    Q_EMIT added(tab);
    // Last: the first tab of the bar becomes current, and that is shown
    // only once the window has joined it.
    m_tabBar->addTab(QString());
    updateLabel(tab);
    return tab;
}

void DocumentTabs::remove(DocumentTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    if (count() == 1) {
        add();
        setCurrentIndex(1);
    }
    m_tabs.removeAt(index);
    // Moves the current tab along when it was this one.
    m_tabBar->removeTab(index);
    delete tab;
}

void DocumentTabs::showTab(int index)
{
    DocumentTab *tab = m_tabs.value(index);
    if (!tab || tab == m_current)
        return;
    const bool hadFocus = m_current && m_current->editor()->hasFocus();
    m_current = tab;
    m_editors->setCurrentWidget(tab->editor());
    if (hadFocus || m_editors->isActiveWindow())
        tab->editor()->setFocus();
    Q_EMIT currentChanged(tab);
}

void DocumentTabs::updateLabel(DocumentTab *tab)
{
    const int index = indexOf(tab);
    if (index < 0)
        return;
    // The same mark as the window title's.
    m_tabBar->setTabText(index, tab->isModified() ? tr("%1*").arg(tab->displayName()) : tab->displayName());
    m_tabBar->setTabToolTip(index, tab->path().isEmpty() ? tab->displayName() : tab->path());
}

bool DocumentTabs::eventFilter(QObject *watched, QEvent *event)
{
    // A middle click on a tab closes it, as in browsers and other editors.
    if (watched == m_tabBar && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            if (const int index = m_tabBar->tabAt(mouse->position().toPoint()); index >= 0) {
                Q_EMIT closeRequested(index);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace specwright::gui
