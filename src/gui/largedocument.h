// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace specwright::gui
{

// Where a document counts as large, and what the window then does so that
// typing and scrolling stay smooth. Sizes are in characters of text.
struct LargeDocument {
    // Loaded into the editor a slice per turn of the event loop.
    static constexpr qsizetype slicedLoading = 2 * 1024 * 1024;
    // No syntax colours: highlighting the whole text again (on a change of
    // theme, say) would stall the window for seconds.
    static constexpr qsizetype syntaxColours = 4 * 1024 * 1024;
    // The live preview pauses with a notice; outline and problems go on.
    static constexpr qsizetype livePreview = 4 * 1024 * 1024;
    // Analysis waits for a pause in typing instead of following every key.
    static constexpr qsizetype typingPause = 1024 * 1024;
    static constexpr int typingPauseMilliseconds = 500;
};

} // namespace specwright::gui
