// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "rst/document.h"
#include "rst/htmlwriter.h"
#include "rst/outline.h"
#include "spec/gate.h"

namespace specwright::gui
{

// Everything the window shows about one revision of the text, computed once
// from one parse. Immutable once published; widgets only read it.
struct Snapshot {
    quint64 revision = 0;
    std::shared_ptr<const rst::Document> document;
    std::vector<rst::HtmlBlock> blocks;
    // The text is too large for the live preview: no blocks were rendered.
    bool previewPaused = false;
    std::vector<rst::Section> outline;
    // The specs gate's view: sections as it compares them, the template in
    // force (null when none), its verdicts.
    spec::ParsedSpec parsedSpec;
    std::shared_ptr<const spec::SpecTemplate> specTemplate;
    std::string templateError;
    std::vector<spec::Problem> problems;
    std::string text;
    double parseMilliseconds = 0;
    double renderMilliseconds = 0;
};

// "Text changed -> parse -> publish snapshot". Parsing and rendering run on
// a worker thread; edits are coalesced and the newest text always wins, so
// typing never waits for the engine.
class DocumentAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentAnalyzer)

public:
    explicit DocumentAnalyzer(QObject *parent = nullptr);
    ~DocumentAnalyzer() override;

    // Queues the text for analysis; supersedes any text not yet started.
    // Revisions grow across all analyzers of the process.
    quint64 submit(const QString &text, const QString &sourcePath);
    // Gate settings for the analyses that follow.
    void setGateSettings(const spec::GateSettings &settings);
    std::shared_ptr<const Snapshot> latest() const { return m_latest; }
    // The revision of the newest text submitted (its snapshot may still be
    // on the way).
    quint64 submittedRevision() const { return m_revision; }

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const specwright::gui::Snapshot> snapshot);

private:
    class Worker;
    void publish(std::shared_ptr<const Snapshot> snapshot);

    std::unique_ptr<Worker> m_worker;
    std::shared_ptr<const Snapshot> m_latest;
    quint64 m_revision = 0;
    spec::GateSettings m_gateSettings;
};

} // namespace specwright::gui
