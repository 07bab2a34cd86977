// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "gui/status.h"

namespace specwright::gui
{

// A page that stands alone: `page` (from rst::writeHtmlPage, stylesheet
// already inlined) with every image replaced by a data: URL read from
// `baseFolder`. An image that cannot be read becomes a placeholder saying
// why, so the page never points outside itself.
QString embedImages(const QString &page, const QString &baseFolder);

// The spec `text` (whose file, possibly empty, is `sourcePath`) as a
// self-contained HTML page with Specwright's stylesheet.
QString selfContainedPage(const QString &text, const QString &sourcePath, const QString &fallbackTitle);

// Writes `html` to `path` as UTF-8, all or nothing.
Status writeHtmlFile(const QString &path, const QString &html);

} // namespace specwright::gui
