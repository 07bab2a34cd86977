// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outlinemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QMimeData>
#include <QPalette>
#include <algorithm>

#include "gui/documentanalyzer.h"

namespace specwright::gui
{

namespace
{

using Item = OutlineModel::Item;

// What a dragged section carries: the line of its title.
const QString sectionMimeType = QStringLiteral("application/x-specwright-section");

std::unique_ptr<Item> makeItem(const rst::Section &section, const QString &parentTitle, Item *parent)
{
    auto item = std::make_unique<Item>();
    item->title = QString::fromStdString(section.title);
    item->rawTitle = QString::fromStdString(section.rawTitle);
    item->parentTitle = parentTitle;
    item->line = section.line;
    item->endLine = section.endLine;
    item->parent = parent;
    const QString childParent = parentTitle.isEmpty() ? item->rawTitle : parentTitle;
    for (const auto &child : section.children)
        item->children.push_back(makeItem(child, childParent, item.get()));
    return item;
}

// Puts a missing section among its siblings where the template has it:
// after the nearest section that comes before it in the template.
void insertMissing(
    Item &parent, const QString &title, const QString &parentTitle, const spec::SectionTree &templateLevel)
{
    auto inTemplate = std::find_if(templateLevel.begin(), templateLevel.end(), [&](const spec::SectionNode &node) {
        return QString::fromStdString(node.rawTitle) == title;
    });
    std::size_t position = 0;
    for (auto it = templateLevel.begin(); it != inTemplate && it != templateLevel.end(); ++it) {
        const QString previous = QString::fromStdString(it->rawTitle);
        for (std::size_t i = 0; i < parent.children.size(); ++i) {
            if (parent.children[i]->rawTitle == previous)
                position = std::max(position, i + 1);
        }
    }
    auto item = std::make_unique<Item>();
    item->title = title;
    item->rawTitle = title;
    item->parentTitle = parentTitle;
    item->missing = true;
    item->parent = &parent;
    parent.children.insert(parent.children.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
}

const spec::SectionTree *templateChildren(const spec::SectionTree &tree, const QString &title)
{
    for (const auto &node : tree) {
        if (QString::fromStdString(node.rawTitle) == title)
            return &node.children;
    }
    return nullptr;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_root.children.clear();
    if (snapshot) {
        for (const auto &section : snapshot->outline)
            m_root.children.push_back(makeItem(section, QString(), &m_root));
        if (snapshot->specTemplate) {
            const spec::SectionTree &templateTree = snapshot->specTemplate->parsed.sections;
            for (const auto &problem : snapshot->problems) {
                if (problem.issue != spec::SectionIssue::Missing)
                    continue;
                const QString title = QString::fromStdString(problem.title);
                const QString parentTitle = QString::fromStdString(problem.parentTitle);
                if (parentTitle.isEmpty()) {
                    insertMissing(m_root, title, parentTitle, templateTree);
                    continue;
                }
                const auto parent = std::find_if(m_root.children.begin(), m_root.children.end(), [&](const auto &item) {
                    return item->rawTitle == parentTitle;
                });
                const spec::SectionTree *level = templateChildren(templateTree, parentTitle);
                if (parent != m_root.children.end() && level)
                    insertMissing(**parent, title, parentTitle, *level);
            }
        }
    }
    endResetModel();
}

QModelIndex OutlineModel::indexForLine(int line) const
{
    const Item *found = nullptr;
    const Item *level = &m_root;
    for (bool descended = true; descended;) {
        descended = false;
        for (const auto &child : level->children) {
            if (!child->missing && child->line <= line && line <= child->endLine) {
                found = child.get();
                level = child.get();
                descended = true;
                break;
            }
        }
    }
    return found ? indexFor(found) : QModelIndex();
}

OutlineModel::Item *OutlineModel::itemFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : const_cast<Item *>(&m_root);
}

QModelIndex OutlineModel::indexFor(const Item *item) const
{
    if (!item || item == &m_root || !item->parent)
        return {};
    const auto &siblings = item->parent->children;
    const auto it = std::find_if(siblings.begin(), siblings.end(), [item](const auto &c) { return c.get() == item; });
    return createIndex(int(it - siblings.begin()), 0, const_cast<Item *>(item));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Item *item = itemFor(parent);
    if (column != 0 || row < 0 || row >= int(item->children.size()))
        return {};
    return createIndex(row, column, item->children[std::size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item *item = itemFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return item->missing ? tr("%1 (missing)").arg(item->title) : item->title;
    case Qt::ToolTipRole:
        return item->missing ? tr("The template has this section; the document lacks it.")
                             : tr("Lines %1–%2").arg(item->line).arg(item->endLine);
    case Qt::ForegroundRole:
        if (item->missing)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case LineRole:
        return item->line;
    case EndLineRole:
        return item->endLine;
    case MissingRole:
        return item->missing;
    case RawTitleRole:
        return item->rawTitle;
    case ParentTitleRole:
        return item->parentTitle;
    default:
        return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    // Sections the transforms add ("Docutils System Messages") are not in
    // the text: they cannot move, nor take others.
    if (const Item *item = itemFor(index); !item->missing && item->line > 0)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions OutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return { sectionMimeType };
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Item *item = itemFor(index);
        if (!index.isValid() || item->missing || item->line <= 0)
            continue;
        auto *data = new QMimeData;
        data->setData(sectionMimeType, QByteArray::number(item->line));
        return data;
    }
    return nullptr;
}

const Item *OutlineModel::itemForLine(const Item &level, int line) const
{
    for (const auto &child : level.children) {
        if (child->missing || child->line <= 0)
            continue;
        if (child->line == line)
            return child.get();
        if (const Item *found = itemForLine(*child, line))
            return found;
    }
    return nullptr;
}

std::optional<OutlineModel::Move> OutlineModel::moveFor(const QMimeData *data, int row, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(sectionMimeType))
        return std::nullopt;
    bool ok = false;
    const int line = data->data(sectionMimeType).toInt(&ok);
    const Item *moved = ok ? itemForLine(m_root, line) : nullptr;
    const Item *target = itemFor(parent);
    if (!moved || target->missing || (target != &m_root && target->line <= 0))
        return std::nullopt;
    // Not into itself or one of its subsections.
    for (const Item *ancestor = target; ancestor; ancestor = ancestor->parent)
        if (ancestor == moved)
            return std::nullopt;
    Move move { line, target == &m_root ? 0 : target->line, rst::SectionPlacement::LastChild };
    if (row < 0)
        return move;
    // Between rows: before the first real section from there on, else at
    // the end of the parent.
    for (std::size_t i = std::size_t(row); i < target->children.size(); ++i) {
        if (!target->children[i]->missing && target->children[i]->line > 0) {
            move.targetLine = target->children[i]->line;
            move.placement = rst::SectionPlacement::Before;
            break;
        }
    }
    if (move.targetLine == line)
        return std::nullopt;
    return move;
}

bool OutlineModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int /*column*/, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && moveFor(data, row, parent).has_value();
}

bool OutlineModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int /*column*/, const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const std::optional<Move> move = moveFor(data, row, parent);
    if (!move)
        return false;
    Q_EMIT sectionMoveRequested(move->sectionLine, move->targetLine, move->placement);
    return true;
}

const Item *OutlineModel::stepTarget(const QModelIndex &index, int direction) const
{
    if (!index.isValid() || direction == 0)
        return nullptr;
    const Item *item = itemFor(index);
    if (item->missing || item->line <= 0)
        return nullptr;
    const auto &siblings = item->parent->children;
    for (int i = index.row() + (direction < 0 ? -1 : 1); i >= 0 && i < int(siblings.size());
         i += direction < 0 ? -1 : 1) {
        if (!siblings[std::size_t(i)]->missing && siblings[std::size_t(i)]->line > 0)
            return siblings[std::size_t(i)].get();
    }
    return nullptr;
}

bool OutlineModel::canStep(const QModelIndex &index, int direction) const
{
    return stepTarget(index, direction) != nullptr;
}

bool OutlineModel::requestStep(const QModelIndex &index, int direction)
{
    const Item *target = stepTarget(index, direction);
    if (!target)
        return false;
    Q_EMIT sectionMoveRequested(itemFor(index)->line,
        target->line,
        direction < 0 ? rst::SectionPlacement::Before : rst::SectionPlacement::After);
    return true;
}

} // namespace specwright::gui
