// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <memory>
#include <vector>

namespace specwright::gui
{

struct Snapshot;

// The section tree of the current snapshot, with the sections the template
// expects but the document lacks shown in their template place, greyed.
class OutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)

public:
    enum Role {
        LineRole = Qt::UserRole + 1, // 1-based line of the title, 0 for a missing section
        EndLineRole,
        MissingRole, // true for a template section the document lacks
        RawTitleRole,
        ParentTitleRole, // raw title of the enclosing top-level section
    };

    explicit OutlineModel(QObject *parent = nullptr);
    ~OutlineModel() override;

    void setSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    // The deepest section whose lines hold `line`, or an invalid index.
    QModelIndex indexForLine(int line) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    struct Item {
        QString title;
        QString rawTitle;
        QString parentTitle;
        int line = 0;
        int endLine = 0;
        bool missing = false;
        Item *parent = nullptr;
        std::vector<std::unique_ptr<Item>> children;
    };

private:
    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item) const;

    Item m_root;
};

} // namespace specwright::gui
