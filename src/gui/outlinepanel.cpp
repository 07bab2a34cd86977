// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outlinepanel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

#include "gui/outlinemodel.h"

namespace specwright::gui
{

OutlinePanel::OutlinePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OutlineModel(this))
    , m_view(new QTreeView(this))
    , m_moveUp(new QAction(tr("Move Section &Up"), this))
    , m_moveDown(new QAction(tr("Move Section &Down"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->header()->hide();
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::clicked, this, &OutlinePanel::activate);
    connect(m_view, &QTreeView::activated, this, &OutlinePanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &OutlinePanel::showContextMenu);

    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);

    m_moveUp->setObjectName(QStringLiteral("moveSectionUpAction"));
    m_moveUp->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Up);
    m_moveDown->setObjectName(QStringLiteral("moveSectionDownAction"));
    m_moveDown->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Down);
    for (QAction *action : { m_moveUp, m_moveDown }) {
        // The editor has its own use for these keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_moveUp, &QAction::triggered, this, [this] { m_model->requestStep(m_view->currentIndex(), -1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { m_model->requestStep(m_view->currentIndex(), 1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutlinePanel::updateMoveActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutlinePanel::updateMoveActions);
    updateMoveActions();
}

OutlinePanel::~OutlinePanel() = default;

void OutlinePanel::setSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_model->setSnapshot(snapshot);
    m_view->expandAll();
    setCursorLine(m_cursorLine);
}

void OutlinePanel::setCursorLine(int line)
{
    m_cursorLine = line;
    const QModelIndex index = m_model->indexForLine(line);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clearSelection();
    updateMoveActions();
}

void OutlinePanel::updateMoveActions()
{
    m_moveUp->setEnabled(m_model->canStep(m_view->currentIndex(), -1));
    m_moveDown->setEnabled(m_model->canStep(m_view->currentIndex(), 1));
}

void OutlinePanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(OutlineModel::MissingRole).toBool())
        return;
    Q_EMIT sectionActivated(index.data(OutlineModel::LineRole).toInt());
}

void OutlinePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (!index.data(OutlineModel::MissingRole).toBool()) {
        // The actions work on the current section: the one clicked.
        m_view->setCurrentIndex(index);
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        menu.exec(m_view->viewport()->mapToGlobal(position));
        return;
    }
    const QString title = index.data(OutlineModel::RawTitleRole).toString();
    const QString parentTitle = index.data(OutlineModel::ParentTitleRole).toString();
    menu.addAction(tr("Insert “%1” from the template").arg(title), this, [this, title, parentTitle] {
        Q_EMIT insertSectionRequested(title, parentTitle);
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace specwright::gui
