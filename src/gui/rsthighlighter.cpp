// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/rsthighlighter.h"

#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

#include "gui/spellchecker.h"
#include "rst/prose.h"

#include <vector>

namespace specwright::gui
{

namespace
{

constexpr int generationBits = 8;
constexpr int generationMask = (1 << generationBits) - 1;

rst::ProseContext contextAfter(int blockState)
{
    return blockState < 0 ? rst::ProseContext {} : rst::ProseContext::unpack(blockState >> generationBits);
}

// The prose words of a block's text in UTF-16 positions, and the context
// after it.
struct BlockProse {
    std::vector<BlockWord> words;
    rst::ProseContext next;
};

BlockProse scanBlock(const QString &text, rst::ProseContext context)
{
    const QByteArray utf8 = text.toUtf8();
    rst::ProseLine line = rst::scanProse(std::string_view(utf8.constData(), std::size_t(utf8.size())), context);
    BlockProse prose;
    prose.next = line.next;
    if (line.words.empty())
        return prose;
    prose.words.reserve(line.words.size());
    if (utf8.size() == text.size()) {
        // ASCII: bytes and UTF-16 positions are the same.
        for (const rst::ProseWord &word : line.words)
            prose.words.push_back({ int(word.offset), int(word.length) });
        return prose;
    }
    // UTF-16 position of every byte offset that starts a character.
    std::vector<int> position(std::size_t(utf8.size()) + 1, 0);
    std::size_t byte = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isLowSurrogate(c) && i > 0 && QChar::isHighSurrogate(text.at(i - 1).unicode()))
            continue;
        if (byte >= position.size())
            return prose;
        position[byte] = int(i);
        if (c < 0x80)
            byte += 1;
        else if (c < 0x800)
            byte += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode()))
            byte += 4;
        else
            byte += 3;
    }
    if (byte != std::size_t(utf8.size()))
        return prose;
    position[byte] = int(text.size());
    for (const rst::ProseWord &word : line.words) {
        const int start = position[word.offset];
        prose.words.push_back({ start, position[word.offset + word.length] - start });
    }
    return prose;
}

} // namespace

RstHighlighter::RstHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
}

RstHighlighter::~RstHighlighter() = default;

void RstHighlighter::setSpellChecker(const SpellChecker *checker)
{
    if (checker == m_checker)
        return;
    m_checker = checker;
    invalidateSpelling();
}

void RstHighlighter::setShownBlocks(int first, int last)
{
    m_firstShown = first;
    m_lastShown = last;
}

void RstHighlighter::checkShownBlocks()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    // rehighlightBlock() wraps its format changes in an edit block, whose end
    // announces contentsChanged(): the text is the same, and whoever listens
    // (the analysis, autosave) must not take new marks for an edit.
    const QSignalBlocker quiet(doc);
    for (QTextBlock block = doc->findBlockByNumber(qMax(0, m_firstShown));
         block.isValid() && block.blockNumber() <= m_lastShown;
         block = block.next()) {
        if (!isChecked(block))
            rehighlightBlock(block);
    }
}

void RstHighlighter::invalidateSpelling()
{
    // Generation 0 means "not checked".
    m_generation = m_generation % generationMask + 1;
    checkShownBlocks();
}

bool RstHighlighter::isChecked(const QTextBlock &block) const
{
    return block.userState() >= 0 && (block.userState() & generationMask) == m_generation;
}

std::optional<BlockWord> RstHighlighter::proseWordAt(const QTextBlock &block, int position) const
{
    if (!block.isValid())
        return std::nullopt;
    const BlockProse prose = scanBlock(block.text(), contextAfter(block.previous().userState()));
    for (const BlockWord &word : prose.words) {
        if (position >= word.start && position <= word.start + word.length)
            return word;
    }
    return std::nullopt;
}

void RstHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const BlockProse prose = scanBlock(text, contextAfter(previousBlockState()));
    const bool shown = isShown(currentBlock().blockNumber());
    if (shown && m_checker && m_checker->isAvailable()) {
        for (const BlockWord &word : prose.words) {
            if (!m_checker->isMisspelled(text.mid(word.start, word.length)))
                continue;
            // Character by character, to keep the colours underneath.
            for (int i = word.start; i < word.start + word.length; ++i) {
                QTextCharFormat marked = format(i);
                marked.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                marked.setUnderlineColor(Qt::red);
                setFormat(i, 1, marked);
            }
        }
    }
    setCurrentBlockState(prose.next.pack() << generationBits | (shown ? m_generation : 0));
}

} // namespace specwright::gui
