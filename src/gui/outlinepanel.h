// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QTreeView;

namespace specwright::gui
{

class OutlineModel;
struct Snapshot;

// The outline dock: the section tree, the section under the cursor
// highlighted, missing template sections greyed with an action to insert
// them.
class OutlinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlinePanel)

public:
    explicit OutlinePanel(QWidget *parent = nullptr);
    ~OutlinePanel() override;

    OutlineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    void setCursorLine(int line);

Q_SIGNALS:
    void sectionActivated(int line);
    void insertSectionRequested(const QString &title, const QString &parentTitle);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    OutlineModel *m_model;
    QTreeView *m_view;
    int m_cursorLine = 1;
};

} // namespace specwright::gui
