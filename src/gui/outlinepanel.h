// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QAction;
class QTreeView;

namespace specwright::gui
{

class OutlineModel;
struct Snapshot;

// The outline dock: the section tree, the section under the cursor
// highlighted, missing template sections greyed with an action to insert
// them, sections moved by drag and drop or with Move Section Up/Down
// (Ctrl+Shift+Up/Down while the outline has focus).
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
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

Q_SIGNALS:
    void sectionActivated(int line);
    void insertSectionRequested(const QString &title, const QString &parentTitle);

private:
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void updateMoveActions();

    OutlineModel *m_model;
    QTreeView *m_view;
    QAction *m_moveUp;
    QAction *m_moveDown;
    int m_cursorLine = 1;
};

} // namespace specwright::gui
