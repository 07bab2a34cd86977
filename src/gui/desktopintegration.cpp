// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/desktopintegration.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPalette>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

#include "gui/appsettings.h"
#include "gui/autosaver.h"
#include "gui/documentcontroller.h"
#include "gui/documenttab.h"
#include "gui/exportcontroller.h"
#include "gui/mainwindow.h"
#include "gui/rsteditor.h"
#include "gui/settingsdialog.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabled(0x7f, 0x84, 0x8e);
    const QColor highlight(0x35, 0x74, 0xf0);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x54, 0x8a, 0xf7));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

// The window and tab that show the file at `path`, if any window does.
std::pair<MainWindow *, int> tabShowing(const QString &path)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            if (const int index = window->tabShowing(path); index >= 0)
                return { window, index };
        }
    }
    return { nullptr, -1 };
}

} // namespace

DesktopIntegration::DesktopIntegration(MainWindow *window, AppSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_exporter(new ExportController(window))
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(u"desktopIntegration"_s);
    createActions();

    connect(&m_settings, &AppSettings::themeChanged, this, [](AppSettings::Theme theme) { applyTheme(int(theme)); });

    m_window->setTemplateOverride(m_settings.templateOverride());
    connect(&m_settings, &AppSettings::templateOverrideChanged, m_window, &MainWindow::setTemplateOverride);
    connect(m_window, &MainWindow::templateChosen, &m_settings, &AppSettings::setTemplateOverride);
    // The window's own check boxes and the settings stay one and the same.
    auto bind = [this](const char *actionName, bool value, auto changed, auto store) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(actionName));
        if (!action)
            return;
        action->setChecked(value);
        connect(&m_settings, changed, action, &QAction::setChecked);
        connect(action, &QAction::toggled, &m_settings, store);
    };
    bind("strictStructureAction",
        m_settings.strictStructure(),
        &AppSettings::strictStructureChanged,
        &AppSettings::setStrictStructure);
    bind("spellCheckingAction",
        m_settings.spellChecking(),
        &AppSettings::spellCheckingChanged,
        &AppSettings::setSpellChecking);
    bind("previewAction",
        m_settings.previewVisible(),
        &AppSettings::previewVisibleChanged,
        &AppSettings::setPreviewVisible);

    connect(m_autosaveTimer, &QTimer::timeout, this, &DesktopIntegration::autosave);
    connect(&m_settings, &AppSettings::autosaveMinutesChanged, this, &DesktopIntegration::applyAutosave);
    applyAutosave();

    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    for (int i = 0; i < m_window->tabCount(); ++i)
        joinTab(m_window->tab(i));
    connect(m_window, &MainWindow::tabAdded, this, &DesktopIntegration::joinTab);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DesktopIntegration::saveLayout);
    restoreLayout();
}

DesktopIntegration::~DesktopIntegration() = default;

void DesktopIntegration::joinTab(DocumentTab *tab)
{
    RstEditor *editor = tab->editor();
    editor->setBaseFont(m_settings.editorFont());
    editor->setColumnLimit(m_settings.columnLimit());
    editor->setSpellingLanguage(m_settings.spellingLanguage());
    connect(&m_settings, &AppSettings::columnLimitChanged, editor, &RstEditor::setColumnLimit);
    connect(&m_settings, &AppSettings::editorFontChanged, editor, &RstEditor::setBaseFont);
    connect(&m_settings, &AppSettings::spellingLanguageChanged, editor, &RstEditor::setSpellingLanguage);

    Autosaver *autosaver = tab->autosaver();
    autosaver->setIdleInterval(m_settings.recoveryIdleSeconds() * 1000);
    connect(&m_settings, &AppSettings::recoveryIdleSecondsChanged, autosaver, [autosaver](int seconds) {
        autosaver->setIdleInterval(seconds * 1000);
    });

    DocumentController *document = tab->documentController();
    auto remember = [this, document] {
        if (!document->path().isEmpty())
            m_settings.addRecentFile(document->path());
    };
    connect(document, &DocumentController::opened, this, remember);
    connect(document, &DocumentController::pathChanged, this, remember);

    // A file dropped on the text opens rather than being pasted in as a
    // link.
    editor->viewport()->installEventFilter(this);
}

int DesktopIntegration::openFiles(MainWindow *window, AppSettings &settings, const QStringList &paths)
{
    int shown = 0;
    for (const QString &path : paths) {
        if (const auto [showing, index] = tabShowing(path); showing) {
            showing->setCurrentTab(index);
            showing->show();
            showing->raise();
            showing->activateWindow();
            ++shown;
            continue;
        }
        if (window->openFile(path)) {
            ++shown;
            continue;
        }
        const QFileInfo info(path);
        settings.removeRecentFile(
            info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath());
    }
    return shown;
}

void DesktopIntegration::applyTheme(int theme)
{
    // What the platform gave, kept from before any change.
    static const QPalette system = QApplication::palette();
    switch (AppSettings::Theme(theme)) {
    case AppSettings::Theme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case AppSettings::Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case AppSettings::Theme::System:
        QApplication::setPalette(system);
        break;
    }
}

void DesktopIntegration::createActions()
{
    QMenuBar *bar = m_window->menuBar();
    auto *file = m_window->findChild<QMenu *>(u"fileMenu"_s);
    auto *quit = m_window->findChild<QAction *>(u"quitAction"_s);
    auto *open = m_window->findChild<QAction *>(u"openAction"_s);
    if (file) {
        const QList<QAction *> actions = file->actions();
        const qsizetype openIndex = actions.indexOf(open);
        QAction *afterOpen = openIndex >= 0 && openIndex + 1 < actions.size() ? actions.at(openIndex + 1) : nullptr;
        m_recentMenu = new QMenu(tr("Open &Recent"), m_window);
        m_recentMenu->setObjectName(u"recentFilesMenu"_s);
        file->insertMenu(afterOpen, m_recentMenu);

        auto *exportHtml = new QAction(tr("Export &HTML..."), m_window);
        exportHtml->setObjectName(u"exportHtmlAction"_s);
        connect(exportHtml, &QAction::triggered, m_exporter, &ExportController::exportHtml);
        auto *exportPdf = new QAction(tr("Export P&DF..."), m_window);
        exportPdf->setObjectName(u"exportPdfAction"_s);
        connect(exportPdf, &QAction::triggered, m_exporter, &ExportController::exportPdf);
        auto *print = new QAction(tr("&Print..."), m_window);
        print->setObjectName(u"printAction"_s);
        print->setShortcut(QKeySequence::Print);
        connect(print, &QAction::triggered, m_exporter, &ExportController::print);
        file->insertActions(quit, { exportHtml, exportPdf, print });
        file->insertSeparator(quit);
    }
    updateRecentFilesMenu();
    connect(&m_settings, &AppSettings::recentFilesChanged, this, &DesktopIntegration::updateRecentFilesMenu);

    auto *settingsMenu = new QMenu(tr("&Settings"), m_window);
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QAction *configure = settingsMenu->addAction(tr("&Configure Specwright..."), this, &DesktopIntegration::configure);
    configure->setObjectName(u"configureAction"_s);
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);
    auto *help = m_window->findChild<QMenu *>(u"helpMenu"_s);
    bar->insertMenu(help ? help->menuAction() : nullptr, settingsMenu);
}

void DesktopIntegration::updateRecentFilesMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        // Numbered, with an accelerator for the first nine.
        const QString label
            = i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action
            = m_recentMenu->addAction(label, this, [this, path] { openFiles(m_window, m_settings, { path }); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), &m_settings, &AppSettings::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void DesktopIntegration::configure()
{
    SettingsDialog dialog(m_settings, m_window);
    dialog.exec();
}

void DesktopIntegration::applyAutosave()
{
    const int minutes = m_settings.autosaveMinutes();
    if (minutes <= 0) {
        m_autosaveTimer->stop();
        return;
    }
    m_autosaveTimer->start(minutes * 60 * 1000);
}

bool DesktopIntegration::isAutosaving() const
{
    return m_autosaveTimer->isActive();
}

void DesktopIntegration::autosave()
{
    for (int i = 0; i < m_window->tabCount(); ++i) {
        DocumentController *document = m_window->tab(i)->documentController();
        // Only files the user has saved before, and never over a file whose
        // encoding could not be read faithfully.
        if (document->path().isEmpty() || !document->isModified() || !document->encodingProblem().isEmpty())
            continue;
        if (const Status status = document->save(); !status) {
            m_window->statusBar()->showMessage(tr("Automatic save failed: %1").arg(status.error()));
            continue;
        }
        m_window->statusBar()->showMessage(tr("Saved %1 automatically").arg(document->path()), 3000);
    }
}

void DesktopIntegration::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        m_window->restoreState(state);
    if (const QByteArray splitter = m_settings.splitterState(); !splitter.isEmpty())
        m_window->restoreSplitterState(splitter);
}

void DesktopIntegration::saveLayout() const
{
    const auto *split = m_window->findChild<QSplitter *>(u"splitter"_s);
    m_settings.setWindowLayout(
        m_window->saveGeometry(), m_window->saveState(), split ? split->saveState() : QByteArray());
}

QStringList DesktopIntegration::droppableFiles(const QEvent *event)
{
    const QMimeData *data = static_cast<const QDropEvent *>(event)->mimeData();
    if (!data || !data->hasUrls())
        return {};
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            return {};
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != u"rst" && suffix != u"rest" && suffix != u"txt")
            return {};
        files.append(path);
    }
    return files;
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        if (!droppableFiles(event).isEmpty()) {
            static_cast<QDropEvent *>(event)->acceptProposedAction();
            return true;
        }
        break;
    case QEvent::Drop:
        if (const QStringList files = droppableFiles(event); !files.isEmpty()) {
            static_cast<QDropEvent *>(event)->acceptProposedAction();
            // After the drop returns: opening may show a dialog.
            QTimer::singleShot(0, this, [this, files] { openFiles(m_window, m_settings, files); });
            return true;
        }
        break;
    case QEvent::Close:
        // Before the window decides: keeping the layout of a window whose
        // close is then cancelled does no harm. (Not on hiding: a window
        // being destroyed hides too, when it is no longer whole.)
        if (watched == m_window)
            saveLayout();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace specwright::gui
