// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problemspanel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

#include "gui/problemsmodel.h"

namespace specwright::gui
{

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto jump = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT problemActivated(
                index.data(ProblemsModel::LineRole).toInt(), index.data(ProblemsModel::ColumnRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, jump);
    connect(m_view, &QTreeView::activated, this, jump);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid())
            Q_EMIT quickFixesRequested(index.row(), m_view->viewport()->mapToGlobal(position));
    });
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::setSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    m_model->setSnapshot(snapshot);
    m_view->resizeColumnToContents(ProblemsModel::LocationColumn);
    m_view->resizeColumnToContents(ProblemsModel::RuleColumn);
}

void ProblemsPanel::goToNext(int line, bool forward)
{
    const int row = m_model->nextRow(line, forward);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    Q_EMIT problemActivated(index.data(ProblemsModel::LineRole).toInt(), index.data(ProblemsModel::ColumnRole).toInt());
}

} // namespace specwright::gui
