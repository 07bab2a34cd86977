// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "rst/sectionmove.h"

namespace specwright::gui
{

class OutlineModel;
class RstEditor;

// Makes the section moves the outline asks for in the editor's text, each as
// one undoable edit, and puts the cursor on the moved section's title.
class SectionMover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionMover)

public:
    SectionMover(RstEditor *editor, OutlineModel *outline, QObject *parent = nullptr);
    ~SectionMover() override;

    // Moves sections in this editor's text from now on (the outline shows
    // its document).
    void setEditor(RstEditor *editor) { m_editor = editor; }

    // False when nothing was moved: the outline is of an older text than the
    // editor's (its lines would be wrong), the editor is read-only, or the
    // move is not possible.
    bool move(int sectionLine, int targetLine, rst::SectionPlacement placement);

private:
    RstEditor *m_editor;
    OutlineModel *m_outline;
};

} // namespace specwright::gui
