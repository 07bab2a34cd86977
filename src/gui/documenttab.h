// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <string>

#include "gui/status.h"

class QTimer;
class QWidget;

class QAction;

namespace specwright::spec
{
struct GateSettings;
struct ParsedSpec;
struct Problem;
struct QuickFix;
} // namespace specwright::spec

namespace specwright::gui
{

class Autosaver;
class DocumentAnalyzer;
class DocumentController;
class RstEditor;
struct Snapshot;

// One open document of a window: its editor, the file behind it, its
// recovery file, its analysis and the latest snapshot of it. The window
// shows one of these at a time; the others keep working in the background
// (autosave, changes on disk, analysis of what was typed before a switch).
class DocumentTab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTab)

public:
    // The editor is made a child of `editorParent` and deleted with the tab.
    explicit DocumentTab(QWidget *editorParent, QObject *parent = nullptr);
    ~DocumentTab() override;

    RstEditor *editor() const { return m_editor; }
    DocumentController *documentController() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }

    // The document's name, or "Untitled".
    QString displayName() const;
    QString path() const;
    bool isModified() const;
    // Whether this is the file at `path` (compared as canonical paths).
    bool isShowing(const QString &path) const;
    // Holds nothing the user would miss if a file took its place: no file,
    // no changes (an empty new document or the untouched sample).
    bool isReplaceable() const;
    // An analysis of the current text is waiting to be started.
    bool isAnalysisPending() const;

    // Opens a file; the cursor goes to `line` once the text is in.
    Status open(const QString &path, int line = 0);
    void openSample();
    void setGateSettings(const spec::GateSettings &settings);
    // Hands the editor's text to the analyzer now, or soon (after a pause in
    // typing for a large text, or once per turn of the event loop).
    void analyzeNow();
    void scheduleAnalysis();

    // Applies a gate quick fix computed for `basis` (the editor's text then)
    // as one undoable edit; false when the text has changed since.
    bool applyQuickFix(const spec::QuickFix &fix, const std::string &basis);
    // The quick fixes for one of this document's problems, as actions
    // parented to `owner` that edit this document.
    QList<QAction *> quickFixActions(const spec::Problem &problem, QObject *owner);
    // Inserts a section the template has and the document lacks.
    bool insertTemplateSection(const QString &title, const QString &parentTitle);

    // Where the preview was scrolled to while this document was shown.
    int previewLine() const { return m_previewLine; }
    void setPreviewLine(int line) { m_previewLine = line; }

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const specwright::gui::Snapshot> snapshot);
    // The name, path or modified state changed.
    void labelChanged();
    // Something to say in the status bar (0: until replaced).
    void message(const QString &text, int milliseconds);
    // Something the user must see before going on.
    void problem(const QString &text);

private:
    void onLoadStarted(qsizetype characters);
    void onOpened();
    void onSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    spec::ParsedSpec parsedSpecFor(const std::string &text) const;

    RstEditor *m_editor;
    DocumentController *m_document;
    Autosaver *m_autosaver;
    DocumentAnalyzer *m_analyzer;
    QTimer *m_analysisTimer;
    std::shared_ptr<const Snapshot> m_snapshot;
    int m_lineAfterOpening = 1;
    int m_previewLine = 1;
    // An analysis of the current text is queued for this turn of the event loop.
    bool m_analysisQueued = false;
};

} // namespace specwright::gui
