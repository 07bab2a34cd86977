// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <map>

#include "gui/canvas/diagramcanvas.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QToolBar;

namespace specwright::gui
{

// The Diagram dock: tool bar (tools, corner and arrow-head styles, Unicode)
// over the canvas, and the actions that hand the diagram's text on. The
// panel only emits the text; the main window decides where it goes.
class DiagramPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagramPanel)

public:
    explicit DiagramPanel(QWidget *parent = nullptr);
    ~DiagramPanel() override;

    DiagramCanvas *canvas() const { return m_canvas; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *toolAction(DiagramCanvas::Tool tool) const;
    QAction *insertAction() const { return m_insert; }
    QAction *copyTextAction() const { return m_copyText; }
    QAction *exportAction() const { return m_export; }
    QString hint() const;

    // A new, empty diagram for a literal block at the indent.
    void newDiagram(int blockIndent = 4);
    // Opens the diagram of an existing literal block: inserting then
    // replaces that block (replaceRequested) rather than adding one.
    bool openDiagram(const QString &text, int blockIndent, QString *errorString = nullptr);
    bool editsExistingBlock() const { return m_editsBlock; }
    // The diagram went into the spec as a new block: inserting again
    // replaces that block instead of adding another copy.
    void insertedIntoSpec();

    // Writes the diagram's text to a file; false with the reason otherwise.
    bool exportToFile(const QString &path, QString *errorString) const;

Q_SIGNALS:
    // The diagram as text, to go into the spec as a new literal block.
    void insertRequested(const QString &text);
    // The diagram as text, to replace the literal block it was opened from.
    void replaceRequested(const QString &text);

private:
    void updateWidthWarning();
    void setEditsExistingBlock(bool edits);
    void chooseExportFile();

    DiagramCanvas *m_canvas;
    QToolBar *m_toolBar;
    QActionGroup *m_tools;
    std::map<DiagramCanvas::Tool, QAction *> m_toolActions;
    QComboBox *m_corners;
    QComboBox *m_strokes;
    QComboBox *m_heads;
    QComboBox *m_headGlyphs;
    QAction *m_unicode;
    QAction *m_insert;
    QAction *m_copyText;
    QAction *m_export;
    QLabel *m_status;
    // What the keyboard does right now, while a label or text is typed.
    QLabel *m_hint;
    bool m_editsBlock = false;
};

} // namespace specwright::gui
