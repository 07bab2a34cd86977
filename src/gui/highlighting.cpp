// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

KSyntaxHighlighting::Definition Highlighting::rstDefinition() const
{
    return m_repository.definitionForName(u"reStructuredText"_s);
}

bool Highlighting::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

KSyntaxHighlighting::Theme Highlighting::themeFor(const QPalette &palette) const
{
    return m_repository.defaultTheme(
        isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace specwright::gui
