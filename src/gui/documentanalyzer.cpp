// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documentanalyzer.h"

#include <QPointer>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "gui/largedocument.h"
#include "rst/parser.h"

namespace specwright::gui
{

namespace
{

struct Job {
    quint64 revision = 0;
    // Shared with the editor's copy until converted on the worker thread.
    QString text;
    std::string sourcePath;
    spec::GateSettings gateSettings;
};

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The file name the gate judges: an unsaved document is checked as a spec
// with a plausible name, so that only the content rules speak.
std::filesystem::path gatePath(const std::string &sourcePath)
{
    return sourcePath.empty() ? std::filesystem::path("untitled.rst") : std::filesystem::path(sourcePath);
}

std::shared_ptr<const Snapshot> analyze(const Job &job, spec::Gate &gate)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->revision = job.revision;
    const auto started = std::chrono::steady_clock::now();
    std::string text = job.text.toStdString();
    rst::ParseOptions options;
    options.sourcePath = job.sourcePath;
    snapshot->document = rst::parse(text, options);
    snapshot->parseMilliseconds = millisecondsSince(started);
    const auto rendering = std::chrono::steady_clock::now();
    snapshot->previewPaused = job.text.size() > LargeDocument::livePreview;
    if (!snapshot->previewPaused)
        snapshot->blocks = rst::writeHtmlBlocks(*snapshot->document);
    snapshot->outline = rst::outline(*snapshot->document);
    snapshot->renderMilliseconds = millisecondsSince(rendering);

    gate.setSettings(job.gateSettings);
    const std::filesystem::path path = gatePath(job.sourcePath);
    snapshot->parsedSpec = spec::toParsedSpec(*snapshot->document);
    const spec::TemplateLookup lookup = gate.templateFor(path);
    snapshot->specTemplate = lookup.specTemplate;
    snapshot->templateError = lookup.error;
    snapshot->problems = gate.check(text, path, snapshot->parsedSpec);
    snapshot->text = std::move(text);
    return snapshot;
}

} // namespace

// One thread that takes the newest pending job, analyses it and hands the
// result back to the GUI thread.
class DocumentAnalyzer::Worker final
{
public:
    explicit Worker(DocumentAnalyzer *owner)
        : m_owner(owner)
        , m_thread([this] { run(); })
    {
    }
    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    void post(Job job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_pending = std::move(job);
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
                if (m_stopping)
                    return;
                job = std::move(*m_pending);
                m_pending.reset();
            }
            auto snapshot = analyze(job, m_gate);
            QMetaObject::invokeMethod(
                m_owner, [owner = m_owner, snapshot] { owner->publish(snapshot); }, Qt::QueuedConnection);
        }
    }

    DocumentAnalyzer *m_owner;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_pending;
    spec::Gate m_gate; // used on the worker thread only
    bool m_stopping = false;
    std::thread m_thread;
};

DocumentAnalyzer::DocumentAnalyzer(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(this))
{
    qRegisterMetaType<std::shared_ptr<const Snapshot>>();
}

DocumentAnalyzer::~DocumentAnalyzer() = default;

quint64 DocumentAnalyzer::submit(const QString &text, const QString &sourcePath)
{
    // Numbered across all analyzers, so that a window showing several
    // documents in one preview can tell their snapshots apart by revision.
    static std::atomic<quint64> lastRevision { 0 };
    m_revision = ++lastRevision;
    m_worker->post(Job { m_revision, text, sourcePath.toStdString(), m_gateSettings });
    return m_revision;
}

void DocumentAnalyzer::setGateSettings(const spec::GateSettings &settings)
{
    m_gateSettings = settings;
}

void DocumentAnalyzer::publish(std::shared_ptr<const Snapshot> snapshot)
{
    // A result for text that was superseded while it was being analysed
    // still goes out if it is newer than what is shown: the newest wins.
    if (m_latest && m_latest->revision >= snapshot->revision)
        return;
    m_latest = std::move(snapshot);
    Q_EMIT snapshotReady(m_latest);
}

} // namespace specwright::gui
