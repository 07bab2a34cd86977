// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewprocess.h"

// The preview's own process, started by the editor (see PreviewProcess).
int main(int argc, char **argv)
{
    return specwright::gui::runPreviewProcess(argc, argv);
}
