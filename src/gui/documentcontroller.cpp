// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documentcontroller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include "gui/largedocument.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// Lines (1-based) holding bytes that are not valid UTF-8, at most a few.
QList<int> invalidUtf8Lines(const QByteArray &bytes)
{
    QList<int> lines;
    // One pass over valid text (the usual case) instead of one per line.
    if (QByteArrayView(bytes).isValidUtf8())
        return lines;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size() && lines.size() < 10) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            lines.append(line);
        start = end + 1;
        ++line;
    }
    return lines;
}

} // namespace

DocumentController::DocumentController(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentController::onFileChanged);
}

DocumentController::~DocumentController() = default;

QString DocumentController::displayName() const
{
    if (m_path.isEmpty())
        return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
    return QFileInfo(m_path).fileName();
}

bool DocumentController::isModified() const
{
    return m_document->isModified();
}

Status DocumentController::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return Status::failure(tr("%1 is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Status::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (bytes.contains('\0'))
        return Status::failure(tr("%1 is a binary file, not a text document.").arg(path));

    m_diskContent = bytes;
    m_bom = bytes.startsWith(utf8Bom);
    if (m_bom)
        bytes.remove(0, 3);
    m_crlf = bytes.contains("\r\n");

    m_encodingProblem.clear();
    const QList<int> badLines = invalidUtf8Lines(bytes);
    if (!badLines.isEmpty()) {
        QStringList numbers;
        for (int line : badLines)
            numbers.append(QString::number(line));
        m_encodingProblem = tr("The file is not valid UTF-8 (line %1). It is open read-only so that saving cannot "
                               "change those bytes; use Save As to keep a converted copy.")
                                .arg(numbers.join(u", "_s));
    }

    QString text = QString::fromUtf8(bytes);
    if (m_crlf)
        text.replace(u"\r\n"_s, u"\n"_s);
    if (m_path != path) {
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    watch(path);
    setText(text, false);
    return Status::success();
}

void DocumentController::setText(const QString &text, bool modified)
{
    if (text.size() <= LargeDocument::slicedLoading) {
        m_loadingText.clear();
        m_loadPosition = -1;
        Q_EMIT loadStarted(text.size());
        m_document->setUndoRedoEnabled(true);
        m_document->setPlainText(text);
        m_document->setModified(modified);
        Q_EMIT opened();
        return;
    }
    const bool alreadyLoading = isLoading();
    m_loadingText = text;
    m_loadPosition = 0;
    m_loadingModified = modified;
    Q_EMIT loadStarted(text.size());
    m_document->setUndoRedoEnabled(false);
    m_document->clear();
    m_document->setModified(false);
    Q_EMIT loadProgress(0);
    if (!alreadyLoading)
        QTimer::singleShot(0, this, &DocumentController::loadNextSlices);
}

void DocumentController::loadNextSlices()
{
    if (!isLoading())
        return;
    // Slices end at a line break (never inside a character), and a turn of
    // the event loop takes about a tenth of a second of them.
    constexpr qsizetype slice = 128 * 1024;
    QElapsedTimer turn;
    turn.start();
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    while (m_loadPosition < m_loadingText.size() && turn.elapsed() < 100) {
        qsizetype end = qMin(m_loadPosition + slice, m_loadingText.size());
        if (end < m_loadingText.size()) {
            const qsizetype lineBreak = m_loadingText.lastIndexOf(u'\n', end - 1);
            end = lineBreak >= m_loadPosition ? lineBreak + 1 : end;
            if (end < m_loadingText.size() && m_loadingText.at(end - 1).isHighSurrogate())
                ++end;
        }
        cursor.insertText(QStringView(m_loadingText).sliced(m_loadPosition, end - m_loadPosition).toString());
        m_loadPosition = end;
    }
    m_document->setModified(false);
    if (m_loadPosition < m_loadingText.size()) {
        Q_EMIT loadProgress(int(m_loadPosition * 100 / m_loadingText.size()));
        QTimer::singleShot(0, this, &DocumentController::loadNextSlices);
        return;
    }
    m_loadingText.clear();
    m_loadPosition = -1;
    m_document->setUndoRedoEnabled(true);
    m_document->setModified(m_loadingModified);
    Q_EMIT loadProgress(100);
    Q_EMIT opened();
}

void DocumentController::openText(const QString &text, const QString &displayName)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path.clear();
    m_untitledName = displayName;
    m_encodingProblem.clear();
    m_diskContent.clear();
    m_crlf = false;
    m_bom = false;
    Q_EMIT pathChanged(m_path);
    setText(text, false);
}

QByteArray DocumentController::encode() const
{
    QString text = m_document->toPlainText();
    if (m_crlf)
        text.replace(u"\n"_s, u"\r\n"_s);
    QByteArray bytes = text.toUtf8();
    if (m_bom)
        bytes.prepend(utf8Bom);
    return bytes;
}

Status DocumentController::save()
{
    if (m_path.isEmpty())
        return Status::failure(tr("The document has no file name yet."));
    if (!m_encodingProblem.isEmpty())
        return Status::failure(m_encodingProblem);
    return saveAs(m_path);
}

Status DocumentController::saveAs(const QString &path)
{
    if (isLoading())
        return Status::failure(tr("%1 is still being opened; it can be saved once it is complete.").arg(displayName()));
    const QByteArray bytes = encode();
    QSaveFile file(path);
    const bool written
        = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() && file.commit();
    if (!written) {
        file.cancelWriting();
        return Status::failure(
            tr("%1 could not be saved: %2. The file on disk is unchanged.").arg(path, file.errorString()));
    }
    m_diskContent = bytes;
    m_encodingProblem.clear();
    m_document->setModified(false);
    if (m_path != path) {
        if (!m_path.isEmpty())
            m_watcher->removePath(m_path);
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    watch(path);
    Q_EMIT saved();
    return Status::success();
}

Status DocumentController::reload()
{
    if (m_path.isEmpty())
        return Status::failure(tr("The document has no file to reload from."));
    return open(m_path);
}

Status DocumentController::restore(const QString &path, const QString &text, const QString &displayName)
{
    // The file's own details (line endings, byte-order mark) when it can
    // still be read; otherwise just its name, so that saving puts the text
    // back where it was, but only when the user asks.
    if (path.isEmpty() || !QFileInfo(path).isFile() || !open(path).ok()) {
        openText(QString(), displayName);
        if (!path.isEmpty()) {
            m_path = path;
            Q_EMIT pathChanged(m_path);
        }
    }
    setText(text, true);
    return Status::success();
}

std::optional<QString> DocumentController::diskText() const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (bytes.startsWith(utf8Bom))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

void DocumentController::watch(const QString &path)
{
    // An atomic save replaces the file, which drops it from the watcher.
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void DocumentController::onFileChanged(const QString &path)
{
    if (path != m_path)
        return;
    QFile file(path);
    if (!QFileInfo::exists(path) || !file.open(QIODevice::ReadOnly)) {
        Q_EMIT deletedOnDisk();
        return;
    }
    watch(path);
    if (file.readAll() == m_diskContent)
        return; // our own save, or a touch without change
    if (!isModified()) {
        if (open(path))
            Q_EMIT reloadedFromDisk();
        return;
    }
    Q_EMIT changedOnDiskWhileModified();
}

} // namespace specwright::gui
