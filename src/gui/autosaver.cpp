// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/autosaver.h"

#include <QApplication>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>
#include <QWidget>

#include "gui/documentcontroller.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

Autosaver::Autosaver(DocumentController *document, QObject *parent)
    : Autosaver(document, RecoveryStore(), parent)
{
}

Autosaver::Autosaver(DocumentController *document, RecoveryStore store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
    , m_id(RecoveryStore::newId())
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(defaultIdleInterval());
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (const Status status = flush(); !status)
            Q_EMIT failed(status.error());
    });
    QTextDocument *text = m_document->document();
    connect(text, &QTextDocument::contentsChanged, this, &Autosaver::onContentsChanged);
    connect(text, &QTextDocument::modificationChanged, this, &Autosaver::onModificationChanged);
    // Recovered text loaded in slices is written once it is all in.
    connect(m_document, &DocumentController::opened, this, [this] {
        if (m_unwritten && m_document->isModified())
            m_idleTimer->start();
    });
    // Leaving the application is the other moment a crash would cost most.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            std::ignore = flush();
    });
}

Autosaver::~Autosaver()
{
    discard();
}

int Autosaver::defaultIdleInterval()
{
    const double seconds = QSettings().value(u"recovery/idleSeconds"_s, 5.0).toDouble();
    return int(qBound(0.1, seconds, 3600.0) * 1000);
}

void Autosaver::setIdleInterval(int milliseconds)
{
    m_idleTimer->setInterval(qMax(1, milliseconds));
}

int Autosaver::idleInterval() const
{
    return m_idleTimer->interval();
}

void Autosaver::setFocusWidget(QWidget *widget)
{
    m_focusWidget = widget;
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && old == m_focusWidget)
            std::ignore = flush();
    });
}

Status Autosaver::restore(const RecoveryEntry &entry)
{
    const Status status = m_document->restore(entry.originalPath, entry.text, entry.displayName);
    if (!status)
        return status;
    // The entry's file becomes this document's, rewritten at once so that
    // it names this process as its owner and another start leaves it alone.
    if (m_fileExists && m_id != entry.id)
        std::ignore = m_store.remove(m_id);
    m_id = entry.id;
    m_fileExists = true;
    m_unwritten = true;
    return flush();
}

Status Autosaver::flush()
{
    m_idleTimer->stop();
    if (!m_unwritten || !m_document->isModified() || m_document->isLoading())
        return Status::success();
    RecoveryEntry entry;
    entry.id = m_id;
    entry.originalPath = m_document->path();
    entry.displayName = m_document->displayName();
    entry.text = m_document->document()->toPlainText();
    if (Status status = m_store.write(entry); !status)
        return status;
    m_unwritten = false;
    m_fileExists = true;
    Q_EMIT written(recoveryFile());
    return Status::success();
}

void Autosaver::onContentsChanged()
{
    m_unwritten = true;
    m_idleTimer->start();
}

void Autosaver::onModificationChanged(bool modified)
{
    if (!modified)
        discard();
}

void Autosaver::discard()
{
    m_idleTimer->stop();
    m_unwritten = false;
    if (m_fileExists) {
        std::ignore = m_store.remove(m_id);
        m_fileExists = false;
    }
}

} // namespace specwright::gui
