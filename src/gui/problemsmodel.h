// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <memory>
#include <vector>

#include "spec/problem.h"

namespace specwright::gui
{

struct Snapshot;

// The gate's verdicts on the current snapshot, one row each, in line order.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { LocationColumn, RuleColumn, MessageColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, SeverityRole };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    void setSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    const spec::Problem &problem(int row) const { return m_problems[std::size_t(row)]; }
    int errorCount() const;
    int warningCount() const;
    // The row of the first problem after (or, backwards, before) `line`,
    // wrapping around; -1 when there are none.
    int nextRow(int line, bool forward) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<spec::Problem> m_problems;
    // The style's icons, looked up once: each lookup searches the icon theme.
    mutable QIcon m_errorIcon;
    mutable QIcon m_warningIcon;
};

} // namespace specwright::gui
