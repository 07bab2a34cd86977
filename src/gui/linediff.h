// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace specwright::gui
{

// A unified diff (as `diff -u` prints it, without the time stamps) that
// turns `before` into `after`, line by line, with `context` unchanged lines
// around each change. Empty when the texts are equal. Very different large
// texts give one hunk replacing the differing middle instead of a minimal
// diff, so that the time spent stays bounded.
QString unifiedDiff(
    const QString &before, const QString &after, const QString &beforeName, const QString &afterName, int context = 3);

} // namespace specwright::gui
