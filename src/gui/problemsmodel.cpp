// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/problemsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <algorithm>

#include "gui/documentanalyzer.h"

namespace specwright::gui
{

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    beginResetModel();
    m_problems = snapshot ? snapshot->problems : std::vector<spec::Problem>();
    endResetModel();
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(), [](const spec::Problem &p) {
        return p.severity == spec::Severity::Error;
    }));
}

int ProblemsModel::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

int ProblemsModel::nextRow(int line, bool forward) const
{
    const int count = int(m_problems.size());
    if (count == 0)
        return -1;
    if (forward) {
        for (int row = 0; row < count; ++row) {
            if (m_problems[std::size_t(row)].line > line)
                return row;
        }
        return 0;
    }
    for (int row = count - 1; row >= 0; --row) {
        if (m_problems[std::size_t(row)].line < line)
            return row;
    }
    return count - 1;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_problems.size()))
        return {};
    const spec::Problem &problem = m_problems[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LocationColumn:
            return tr("%1:%2").arg(problem.line).arg(problem.column);
        case RuleColumn:
            return QString::fromUtf8(problem.rule.data(), qsizetype(problem.rule.size()));
        case MessageColumn:
            return QString::fromStdString(problem.message);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != LocationColumn)
            return {};
        if (m_errorIcon.isNull()) {
            m_errorIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return problem.severity == spec::Severity::Error ? m_errorIcon : m_warningIcon;
    case Qt::ToolTipRole:
        return problem.severity == spec::Severity::Error ? tr("Error: the specs gate rejects this.")
                                                         : tr("Warning: worth fixing; the gate lets it through.");
    case LineRole:
        return problem.line;
    case ColumnRole:
        return problem.column;
    case SeverityRole:
        return problem.severity == spec::Severity::Error ? 2 : 1;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocationColumn:
        return tr("Line");
    case RuleColumn:
        return tr("Rule");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace specwright::gui
