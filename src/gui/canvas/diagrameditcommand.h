// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>
#include <vector>

#include "diagram/edits.h"

namespace specwright::gui
{

// A model edit on the undo stack. Consecutive commands with the same merge
// kind and key (keystrokes into one label, arrow-key steps of one
// selection, one freehand stroke) merge into one undo step.
class DiagramEditCommand final : public QUndoCommand
{
public:
    enum class Merge { None = -1, Typing = 1, KeyboardMove = 2, Stroke = 3 };

    DiagramEditCommand(diagram::Diagram *diagram,
        std::function<void()> changed,
        diagram::Edit edit,
        const QString &text,
        Merge merge = Merge::None,
        quint64 mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(m_merge); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    diagram::Diagram *m_diagram;
    std::function<void()> m_changed;
    // Applied in order, reverted in reverse order.
    std::vector<diagram::Edit> m_edits;
    Merge m_merge;
    quint64 m_mergeKey;
};

} // namespace specwright::gui
