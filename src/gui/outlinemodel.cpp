// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/outlinemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

#include "gui/documentanalyzer.h"

namespace specwright::gui
{

namespace
{

using Item = OutlineModel::Item;

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

} // namespace specwright::gui
