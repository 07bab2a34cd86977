// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sectionmover.h"

#include <QTextBlock>

#include "gui/documentanalyzer.h"
#include "gui/outlinemodel.h"
#include "gui/rsteditor.h"

namespace specwright::gui
{

SectionMover::SectionMover(RstEditor *editor, OutlineModel *outline, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_outline(outline)
{
    connect(m_outline, &OutlineModel::sectionMoveRequested, this, &SectionMover::move);
}

SectionMover::~SectionMover() = default;

bool SectionMover::move(int sectionLine, int targetLine, rst::SectionPlacement placement)
{
    const std::shared_ptr<const Snapshot> snapshot = m_outline->snapshot();
    if (!snapshot || m_editor->isReadOnly())
        return false;
    const std::string text = m_editor->toPlainText().toStdString();
    if (snapshot->text != text)
        return false;
    const std::optional<rst::SectionMove> moved
        = rst::moveSection(text, snapshot->outline, sectionLine, targetLine, placement);
    if (!moved)
        return false;
    QTextDocument *document = m_editor->document();
    const QTextBlock first = document->findBlockByNumber(moved->edit.firstLine - 1);
    const QTextBlock last = document->findBlockByNumber(moved->edit.lastLine - 1);
    if (!first.isValid() || !last.isValid())
        return false;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(first.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(QString::fromStdString(moved->edit.replacement));
    cursor.endEditBlock();
    m_editor->setTextCursor(QTextCursor(document->findBlockByNumber(moved->titleLine - 1)));
    m_editor->centerCursor();
    return true;
}

} // namespace specwright::gui
