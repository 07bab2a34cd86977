// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "gui/recoverystore.h"

class QTimer;
class QWidget;

namespace specwright::gui
{

class DocumentController;

// Keeps a recovery file of the document's unsaved changes: written after a
// pause in typing and when focus leaves the editor, removed once the
// document is saved, reloaded or closed cleanly. What a crash or a kill
// leaves behind is what the next start offers to restore.
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    explicit Autosaver(DocumentController *document, QObject *parent = nullptr);
    Autosaver(DocumentController *document, RecoveryStore store, QObject *parent = nullptr);
    // Removes the recovery file: the document is closing on purpose.
    ~Autosaver() override;

    // The pause after the last edit before the recovery file is written; the
    // setting recovery/idleSeconds, 5 s unless set.
    static int defaultIdleInterval();
    void setIdleInterval(int milliseconds);
    int idleInterval() const;
    // Focus leaving this widget writes the recovery file at once.
    void setFocusWidget(QWidget *widget);

    QString id() const { return m_id; }
    QString recoveryFile() const { return m_store.fileFor(m_id); }
    const RecoveryStore &store() const { return m_store; }

    // Puts a recovered entry's text back into the document (modified, its
    // original path kept) and keeps that entry's file as this document's.
    Status restore(const RecoveryEntry &entry);
    // Writes the recovery file now when there are changes it lacks.
    Status flush();

Q_SIGNALS:
    void written(const QString &recoveryFile);
    void failed(const QString &message);

private:
    void onContentsChanged();
    void onModificationChanged(bool modified);
    void discard();

    DocumentController *m_document;
    RecoveryStore m_store;
    QString m_id;
    QTimer *m_idleTimer;
    QPointer<QWidget> m_focusWidget;
    bool m_unwritten = false; // the text changed since the file was last written
    bool m_fileExists = false;
};

} // namespace specwright::gui
