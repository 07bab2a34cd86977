// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QStackedWidget;
class QTabBar;
class QWidget;

namespace specwright::gui
{

class DocumentTab;

// The documents of one window: the tab bar that names them (file name, the
// modified mark, the path as tooltip) and the stack that shows the current
// one's editor. Tabs move by dragging; their close buttons and a middle
// click only ask for a tab to be closed: the window decides.
class DocumentTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTabs)

public:
    // The tab bar and the stack are made children of `widgetParent`, for
    // the window to lay out.
    explicit DocumentTabs(QWidget *widgetParent);
    // Deletes the documents (their editors with them).
    ~DocumentTabs() override;

    QTabBar *tabBar() const { return m_tabBar; }
    QStackedWidget *editors() const { return m_editors; }

    int count() const { return int(m_tabs.size()); }
    DocumentTab *tab(int index) const { return m_tabs.value(index); }
    int indexOf(DocumentTab *tab) const { return int(m_tabs.indexOf(tab)); }
    DocumentTab *current() const { return m_current; }
    int currentIndex() const { return indexOf(m_current); }
    void setCurrentIndex(int index);
    // The tab `step` places on from the current one, going round.
    void cycle(int step);
    // The index of the tab showing the file at `path`, or -1.
    int indexShowing(const QString &path) const;

    // A new, empty document at the end; made current when it is the first.
    DocumentTab *add();
    // Deletes a document; the last one gives way to a new empty one, so that
    // there is always a current document.
    void remove(DocumentTab *tab);

Q_SIGNALS:
    void added(specwright::gui::DocumentTab *tab);
    void currentChanged(specwright::gui::DocumentTab *tab);
    void closeRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTab(int index);
    void updateLabel(DocumentTab *tab);

    QTabBar *m_tabBar;
    QStackedWidget *m_editors;
    QList<DocumentTab *> m_tabs; // in the tab bar's order
    DocumentTab *m_current = nullptr;
};

} // namespace specwright::gui
