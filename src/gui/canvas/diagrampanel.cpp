// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/canvas/diagrampanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace specwright::gui
{

using Tool = DiagramCanvas::Tool;

DiagramPanel::DiagramPanel(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new DiagramCanvas)
    , m_toolBar(new QToolBar(this))
    , m_tools(new QActionGroup(this))
    , m_corners(new QComboBox)
    , m_strokes(new QComboBox)
    , m_heads(new QComboBox)
    , m_headGlyphs(new QComboBox)
    , m_status(new QLabel)
    , m_hint(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(false);
    layout->addWidget(scroll, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_hint);
    layout->addLayout(statusRow);

    const struct {
        Tool tool;
        QString text;
        Qt::Key key;
    } tools[] = {
        { Tool::Select, tr("&Select"), Qt::Key_S },
        { Tool::Box, tr("&Box"), Qt::Key_B },
        { Tool::Line, tr("&Line"), Qt::Key_L },
        { Tool::Arrow, tr("&Arrow"), Qt::Key_A },
        { Tool::Text, tr("&Text"), Qt::Key_T },
        { Tool::Freehand, tr("&Freehand"), Qt::Key_F },
        { Tool::Eraser, tr("&Eraser"), Qt::Key_E },
    };
    for (const auto &entry : tools) {
        auto *action = new QAction(entry.text, this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(entry.key));
        // Plain letters must not fire while the spec editor has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(
            action->text().remove(QLatin1Char('&')), QKeySequence(entry.key).toString(QKeySequence::NativeText)));
        m_tools->addAction(action);
        m_toolBar->addAction(action);
        addAction(action);
        m_toolActions[entry.tool] = action;
        connect(action, &QAction::triggered, this, [this, tool = entry.tool] { m_canvas->setTool(tool); });
    }
    m_toolActions[Tool::Select]->setChecked(true);
    connect(m_canvas, &DiagramCanvas::toolChanged, this, [this](Tool tool) { m_toolActions[tool]->setChecked(true); });

    m_toolBar->addSeparator();
    m_corners->addItem(tr("Square corners"), static_cast<int>(diagram::CornerStyle::Square));
    m_corners->addItem(tr("Rounded corners"), static_cast<int>(diagram::CornerStyle::Rounded));
    m_corners->setToolTip(tr("Corners of new and selected boxes"));
    m_toolBar->addWidget(m_corners);
    connect(m_corners, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setCornerStyle(static_cast<diagram::CornerStyle>(m_corners->currentData().toInt()));
    });
    m_strokes->addItem(tr("Single lines (-)"), static_cast<int>(diagram::StrokeStyle::Single));
    m_strokes->addItem(tr("Double lines (=)"), static_cast<int>(diagram::StrokeStyle::Double));
    m_strokes->setToolTip(tr("Horizontal strokes of new and selected boxes and lines"));
    m_toolBar->addWidget(m_strokes);
    connect(m_strokes, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setStrokeStyle(static_cast<diagram::StrokeStyle>(m_strokes->currentData().toInt()));
    });
    m_heads->addItem(tr("Head at the end"));
    m_heads->addItem(tr("Head at the start"));
    m_heads->addItem(tr("Heads at both ends"));
    m_heads->setToolTip(tr("Arrow heads of new and selected arrows"));
    m_toolBar->addWidget(m_heads);
    connect(m_heads, &QComboBox::currentIndexChanged, this, [this](int index) {
        using diagram::Cap;
        m_canvas->setArrowHeads(index == 0 ? Cap::None : Cap::Arrow, index == 1 ? Cap::None : Cap::Arrow);
    });
    m_headGlyphs->addItem(tr("-->", "arrow heads drawn in ASCII"), static_cast<int>(diagram::HeadStyle::Ascii));
    m_headGlyphs->addItem(
        tr("──→", "arrow heads drawn as Unicode arrows"), static_cast<int>(diagram::HeadStyle::Arrow));
    m_headGlyphs->addItem(
        tr("──▶", "arrow heads drawn as Unicode triangles"), static_cast<int>(diagram::HeadStyle::Triangle));
    m_headGlyphs->setToolTip(tr("How new and selected arrows draw their heads: ASCII, or Unicode arrows or triangles"));
    m_toolBar->addWidget(m_headGlyphs);
    connect(m_headGlyphs, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setHeadStyle(static_cast<diagram::HeadStyle>(m_headGlyphs->currentData().toInt()));
    });
    m_unicode = m_toolBar->addAction(tr("Unicode"));
    m_unicode->setCheckable(true);
    m_unicode->setToolTip(tr("Draw lines and boxes with Unicode box-drawing characters"));
    connect(m_unicode, &QAction::toggled, this, [this](bool on) {
        m_canvas->setCharSet(on ? diagram::CharSet::Unicode : diagram::CharSet::Ascii);
    });

    m_toolBar->addSeparator();
    // Short, fixed texts: the undo stack's own actions grow with each step's
    // name and pushed Insert into Spec off the end of the tool bar.
    QUndoStack *stack = m_canvas->undoStack();
    QAction *undo = m_toolBar->addAction(tr("Undo"), stack, &QUndoStack::undo);
    QAction *redo = m_toolBar->addAction(tr("Redo"), stack, &QUndoStack::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &step) {
        undo->setToolTip(step.isEmpty() ? tr("Undo") : tr("Undo %1").arg(step));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &step) {
        redo->setToolTip(step.isEmpty() ? tr("Redo") : tr("Redo %1").arg(step));
    });

    m_toolBar->addSeparator();
    m_insert = m_toolBar->addAction(QString());
    setEditsExistingBlock(false);
    connect(m_insert, &QAction::triggered, this, [this] {
        if (m_editsBlock)
            Q_EMIT replaceRequested(m_canvas->text());
        else
            Q_EMIT insertRequested(m_canvas->text());
    });
    m_copyText = m_toolBar->addAction(tr("Copy as Text"));
    connect(m_copyText, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_canvas->text()); });
    m_export = m_toolBar->addAction(tr("Export to File..."));
    connect(m_export, &QAction::triggered, this, &DiagramPanel::chooseExportFile);

    connect(m_canvas, &DiagramCanvas::editingChanged, this, [this](bool editing) {
        m_hint->setText(editing ? tr("Typing into the object: Enter or Esc to finish") : QString());
    });
    connect(m_canvas, &DiagramCanvas::diagramChanged, this, &DiagramPanel::updateWidthWarning);
    updateWidthWarning();
}

DiagramPanel::~DiagramPanel() = default;

QString DiagramPanel::hint() const
{
    return m_hint->text();
}

void DiagramPanel::insertedIntoSpec()
{
    setEditsExistingBlock(true);
}

void DiagramPanel::setEditsExistingBlock(bool edits)
{
    m_editsBlock = edits;
    m_insert->setText(edits ? tr("Update in Spec") : tr("Insert into Spec"));
    m_insert->setToolTip(edits ? tr("Write the diagram back over its literal block in the spec")
                               : tr("Put the diagram into the spec as a literal block at the cursor"));
}

QAction *DiagramPanel::toolAction(Tool tool) const
{
    return m_toolActions.at(tool);
}

void DiagramPanel::newDiagram(int blockIndent)
{
    setEditsExistingBlock(false);
    m_canvas->setBlockIndent(blockIndent);
    m_canvas->setDiagram({});
}

bool DiagramPanel::openDiagram(const QString &text, int blockIndent, QString *errorString)
{
    if (!m_canvas->setText(text, errorString))
        return false;
    m_unicode->setChecked(m_canvas->charSet() == diagram::CharSet::Unicode);
    setEditsExistingBlock(true);
    m_canvas->setBlockIndent(blockIndent);
    return true;
}

bool DiagramPanel::exportToFile(const QString &path, QString *errorString) const
{
    const QByteArray data = m_canvas->text().toUtf8();
    QSaveFile file(path);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    if (!saved && errorString)
        *errorString = file.errorString();
    return saved;
}

void DiagramPanel::chooseExportFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Diagram"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportToFile(path, &error))
        QMessageBox::warning(this, tr("Export Diagram"), tr("Could not write %1: %2").arg(path, error));
}

void DiagramPanel::updateWidthWarning()
{
    const diagram::WidthCheck check = m_canvas->widthCheck();
    if (check.fits()) {
        m_status->setText(tr("%1 of %2 columns (indent %3)").arg(check.width()).arg(check.limit).arg(check.indent));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(tr("Too wide: %1 columns with the indent of %2, %3 over the limit of %4")
                              .arg(check.width())
                              .arg(check.indent)
                              .arg(check.excess())
                              .arg(check.limit));
        m_status->setStyleSheet(QStringLiteral("color: #c03030;"));
    }
}

} // namespace specwright::gui
