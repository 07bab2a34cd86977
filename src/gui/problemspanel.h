// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QTreeView;

namespace specwright::gui
{

class ProblemsModel;
struct Snapshot;

// The problems dock: the specs gate's verdicts, updated as you type; a
// click jumps to the line, the context menu offers the quick fixes.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    // Selects the next (or previous) problem after the line and jumps to it.
    void goToNext(int line, bool forward);

Q_SIGNALS:
    void problemActivated(int line, int column);
    void quickFixesRequested(int row, const QPoint &globalPosition);

private:
    ProblemsModel *m_model;
    QTreeView *m_view;
};

} // namespace specwright::gui
