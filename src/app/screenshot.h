// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace specwright::gui
{
class MainWindow;
}

namespace specwright::app
{

// The states of the window the user guide pictures (packaging/screenshots):
// "window" as it opens, "writing" a line typed past the column limit,
// "problems" a problem's quick fixes, "outline" a section's context menu,
// "diagram" the diagram under the cursor on the canvas, "settings" the
// settings dialog.
QStringList screenshotStates();

// Once the preview shows the document, brings the window into `state` the
// way a user would (typing, the same actions, the same context menus),
// saves a picture of it to `path` and quits, with status 1 when the picture
// could not be made. A named state lays the window out at the guide's fixed
// size first; an empty one pictures the window as it is (what
// `packaging/dev run` shows without a display). False, doing nothing, for
// an unknown state.
bool scheduleScreenshot(gui::MainWindow *window, const QString &path, const QString &state);

} // namespace specwright::app
