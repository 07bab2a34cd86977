// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <optional>

#include "diagram/literalblock.h"

class QPlainTextEdit;

namespace specwright::gui
{

class DiagramPanel;

// Connects the diagram canvas with the spec: "Insert diagram" starts a new
// diagram for the cursor's place, "Edit diagram" opens the literal block
// under the cursor; either way the result lands in the text as one undoable
// edit.
class DiagramController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramController)

public:
    DiagramController(QPlainTextEdit *editor, DiagramPanel *panel, QObject *parent = nullptr);
    ~DiagramController() override;

    // Works on another editor from now on (the window shows another
    // document); a diagram opened from the last one is no longer tied to its
    // block, so Insert and Replace both add it to this one.
    void setEditor(QPlainTextEdit *editor);
    void startNewDiagram();
    // Opens the literal block under the cursor; false (with problemReported)
    // when there is none or it cannot be read as a diagram.
    bool editDiagramUnderCursor();

Q_SIGNALS:
    // The panel should be shown (a diagram was opened on it).
    void panelWanted();
    void problemReported(const QString &message);

private:
    void insert(const QString &diagramText);
    void replace(const QString &diagramText);
    void apply(const diagram::TextEdit &edit);

    QPlainTextEdit *m_editor;
    DiagramPanel *m_panel;
    // The block the canvas was opened from, as it was then.
    std::optional<diagram::LiteralBlock> m_openedBlock;
};

} // namespace specwright::gui
