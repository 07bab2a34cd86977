// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/canvas/diagrameditcommand.h"

namespace specwright::gui
{

DiagramEditCommand::DiagramEditCommand(diagram::Diagram *diagram,
    std::function<void()> changed,
    diagram::Edit edit,
    const QString &text,
    Merge merge,
    quint64 mergeKey)
    : QUndoCommand(text)
    , m_diagram(diagram)
    , m_changed(std::move(changed))
    , m_merge(merge)
    , m_mergeKey(mergeKey)
{
    m_edits.push_back(std::move(edit));
}

void DiagramEditCommand::redo()
{
    for (diagram::Edit &edit : m_edits)
        diagram::apply(edit, *m_diagram);
    m_changed();
}

void DiagramEditCommand::undo()
{
    for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it)
        diagram::revert(*it, *m_diagram);
    m_changed();
}

bool DiagramEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DiagramEditCommand *>(other);
    if (!next || next->m_merge != m_merge || m_merge == Merge::None || next->m_mergeKey != m_mergeKey)
        return false;
    // The other command has been applied already; keeping its edits after
    // ours undoes both in one step.
    m_edits.insert(m_edits.end(), next->m_edits.begin(), next->m_edits.end());
    return true;
}

} // namespace specwright::gui
