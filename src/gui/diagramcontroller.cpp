// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/diagramcontroller.h"

#include <QPlainTextEdit>
#include <QTextBlock>

#include <algorithm>

#include "gui/canvas/diagrampanel.h"

namespace specwright::gui
{

DiagramController::DiagramController(QPlainTextEdit *editor, DiagramPanel *panel, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_panel(panel)
{
    connect(m_panel, &DiagramPanel::insertRequested, this, &DiagramController::insert);
    connect(m_panel, &DiagramPanel::replaceRequested, this, &DiagramController::replace);
}

DiagramController::~DiagramController() = default;

void DiagramController::setEditor(QPlainTextEdit *editor)
{
    if (editor == m_editor)
        return;
    m_editor = editor;
    m_openedBlock.reset();
}

void DiagramController::startNewDiagram()
{
    const std::string text = m_editor->toPlainText().toStdString();
    m_openedBlock.reset();
    m_panel->newDiagram(diagram::literalIndentStep(text));
    Q_EMIT panelWanted();
}

bool DiagramController::editDiagramUnderCursor()
{
    const std::string text = m_editor->toPlainText().toStdString();
    const int line = m_editor->textCursor().blockNumber();
    const auto block = diagram::literalBlockAt(text, line);
    if (!block) {
        Q_EMIT problemReported(tr("There is no literal block under the cursor to edit as a diagram."));
        return false;
    }
    QString error;
    if (!m_panel->openDiagram(QString::fromStdString(block->text), block->indent, &error)) {
        Q_EMIT problemReported(tr("The literal block cannot be opened as a diagram: %1").arg(error));
        return false;
    }
    m_openedBlock = block;
    Q_EMIT panelWanted();
    return true;
}

void DiagramController::insert(const QString &diagramText)
{
    const std::string text = m_editor->toPlainText().toStdString();
    const diagram::TextEdit edit
        = diagram::insertDiagram(text, m_editor->textCursor().blockNumber(), diagramText.toStdString());
    apply(edit);
    // From now on the panel edits the block it made, so that pressing
    // Insert again after a change updates it rather than adding a copy.
    const int insertedLines = static_cast<int>(std::count(edit.text.begin(), edit.text.end(), '\n'));
    for (const auto &block : diagram::findLiteralBlocks(m_editor->toPlainText().toStdString())) {
        if (block.markerLine >= edit.firstLine && block.markerLine < edit.firstLine + insertedLines) {
            m_openedBlock = block;
            m_panel->insertedIntoSpec();
            break;
        }
    }
}

void DiagramController::replace(const QString &diagramText)
{
    if (!m_openedBlock) {
        insert(diagramText);
        return;
    }
    // Write back only over the block as it was opened: if the text moved or
    // changed meanwhile, find it again, and refuse rather than overwrite
    // something else.
    const std::string text = m_editor->toPlainText().toStdString();
    std::optional<diagram::LiteralBlock> current;
    for (const auto &block : diagram::findLiteralBlocks(text)) {
        if (block.text == m_openedBlock->text && block.indent == m_openedBlock->indent
            && (!current
                || std::abs(block.markerLine - m_openedBlock->markerLine)
                    < std::abs(current->markerLine - m_openedBlock->markerLine)))
            current = block;
    }
    if (!current) {
        Q_EMIT problemReported(tr("The literal block this diagram came from was changed in the editor; "
                                  "the diagram was not written back. Use Insert to add it as a new block."));
        return;
    }
    apply(diagram::replaceLiteralBlock(*current, diagramText.toStdString()));
    m_openedBlock = diagram::literalBlockAt(m_editor->toPlainText().toStdString(), current->firstLine);
}

void DiagramController::apply(const diagram::TextEdit &edit)
{
    QTextDocument *document = m_editor->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const QTextBlock first = document->findBlockByNumber(edit.firstLine);
    if (first.isValid()) {
        cursor.setPosition(first.position());
        const QTextBlock afterLast = document->findBlockByNumber(edit.firstLine + edit.removedLines);
        if (edit.removedLines > 0) {
            if (afterLast.isValid())
                cursor.setPosition(afterLast.position(), QTextCursor::KeepAnchor);
            else
                cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        }
        cursor.insertText(QString::fromStdString(edit.text));
    } else {
        // Past the last line: append, on a line of its own.
        cursor.movePosition(QTextCursor::End);
        if (!document->lastBlock().text().isEmpty())
            cursor.insertText(QStringLiteral("\n"));
        cursor.insertText(QString::fromStdString(edit.text));
    }
    cursor.endEditBlock();
    // Scroll so that the whole new text shows, then leave the cursor on its
    // first line.
    const int lines = static_cast<int>(std::count(edit.text.begin(), edit.text.end(), '\n'));
    m_editor->setTextCursor(QTextCursor(document->findBlockByNumber(edit.firstLine + std::max(lines - 1, 0))));
    m_editor->ensureCursorVisible();
    m_editor->setTextCursor(QTextCursor(document->findBlockByNumber(edit.firstLine)));
}

} // namespace specwright::gui
