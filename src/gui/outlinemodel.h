// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "rst/sectionmove.h"

namespace specwright::gui
{

struct Snapshot;

// The section tree of the current snapshot, with the sections the template
// expects but the document lacks shown in their template place, greyed.
// Sections can be dragged within the tree: dropped between two rows a
// section goes before the lower one, dropped onto a row it becomes that
// section's last subsection, dropped on no row it goes to the end of the
// document. The model does not change the text itself: it asks for the move
// with sectionMoveRequested, and shows the result with the next snapshot.
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
    // The snapshot shown, whose text the lines of the sections refer to.
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    // The deepest section whose lines hold `line`, or an invalid index.
    QModelIndex indexForLine(int line) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // Asks to move the section at index before its previous sibling
    // (direction < 0) or after its next one; false when there is none.
    bool requestStep(const QModelIndex &index, int direction);
    bool canStep(const QModelIndex &index, int direction) const;

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

Q_SIGNALS:
    // Lines are those of the sections' titles in the snapshot's text;
    // targetLine 0 is the document itself.
    void sectionMoveRequested(int sectionLine, int targetLine, specwright::rst::SectionPlacement placement);

private:
    struct Move {
        int sectionLine = 0;
        int targetLine = 0;
        rst::SectionPlacement placement = rst::SectionPlacement::Before;
    };
    std::optional<Move> moveFor(const QMimeData *data, int row, const QModelIndex &parent) const;
    const Item *stepTarget(const QModelIndex &index, int direction) const;
    const Item *itemForLine(const Item &level, int line) const;

    Item *itemFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Item *item) const;

    Item m_root;
    std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace specwright::gui
