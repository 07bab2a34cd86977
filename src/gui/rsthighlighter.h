// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <optional>

class QTextBlock;

namespace specwright::gui
{

class SpellChecker;

// A word's place in its block (UTF-16 positions).
struct BlockWord {
    int start = 0;
    int length = 0;
    friend bool operator==(const BlockWord &, const BlockWord &) = default;
};

// KSyntaxHighlighting's colours, then a red wavy underline under the
// misspelt prose words (rst::scanProse decides what prose is). Only blocks
// in the range the editor shows are spell-checked: each block's state
// records the spelling generation it was checked in, and checkBlocks()
// catches up with blocks that scroll into view or were checked before the
// dictionary, the language or the on/off switch changed.
//
// The block state belongs to this class: bits 0-7 the generation (0: not
// checked), bits 8 and up the rst::ProseContext after the block.
class RstHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RstHighlighter)

public:
    explicit RstHighlighter(QTextDocument *document);
    ~RstHighlighter() override;

    // nullptr: no spell checking.
    void setSpellChecker(const SpellChecker *checker);
    const SpellChecker *spellChecker() const { return m_checker; }

    // The block numbers the editor shows (with a margin): blocks highlighted
    // in it are spell-checked at once.
    void setShownBlocks(int first, int last);
    // Highlights again the shown blocks not checked in this generation.
    void checkShownBlocks();
    // What was checked is out of date (dictionary, language, on/off).
    void invalidateSpelling();

    // The prose word of the block around position, if there is one.
    std::optional<BlockWord> proseWordAt(const QTextBlock &block, int position) const;
    // Whether the block has been through the spell check of this generation.
    bool isChecked(const QTextBlock &block) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    bool isShown(int blockNumber) const { return blockNumber >= m_firstShown && blockNumber <= m_lastShown; }

    const SpellChecker *m_checker = nullptr;
    int m_generation = 1;
    int m_firstShown = 0;
    int m_lastShown = -1;
};

} // namespace specwright::gui
