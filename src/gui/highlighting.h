// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace specwright::gui
{

// The one syntax-highlighting repository of the application, and the choice
// of theme that follows the palette: a dark window gets a dark theme.
class Highlighting final
{
public:
    Highlighting() = default;
    Q_DISABLE_COPY_MOVE(Highlighting)

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    KSyntaxHighlighting::Definition rstDefinition() const;
    KSyntaxHighlighting::Theme themeFor(const QPalette &palette) const;

    static bool isDark(const QPalette &palette);

private:
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace specwright::gui
