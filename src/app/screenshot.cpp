// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QMenu>
#include <QPixmap>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <functional>

#include "gui/mainwindow.h"
#include "gui/outlinepanel.h"
#include "gui/previewcontroller.h"
#include "gui/problemspanel.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;

namespace specwright::app
{

namespace
{

// The guide's pictures: small enough for a README, wide enough for the
// editor and the preview side by side.
constexpr QSize guideWindowSize(1280, 800);
constexpr QSize guideDialogSize(680, 500);
// Time for the compositor and the preview's page to paint what changed.
constexpr int settleMilliseconds = 800;
// A picture not taken by then will not be.
constexpr int giveUpMilliseconds = 60000;

// Places in the sample spec the states work on, found by their text.
constexpr auto longLineStart = u"The expirer stops deleting samples";
constexpr auto diagramLineStart = u"    |  expirer  |";
// The section taken out for the outline and problems pictures, up to the
// title of the one after it.
constexpr auto removedSection = u"Alternatives";
constexpr auto sectionAfterRemoved = u"Data model impact";
// The section whose context menu the outline picture shows.
constexpr auto outlineSection = u"Security impact";

// The first line of the editor's text that starts with `start`.
QTextBlock lineStartingWith(const gui::RstEditor *editor, QStringView start)
{
    for (QTextBlock block = editor->document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(start))
            return block;
    }
    return {};
}

// Moves the divider between the editor and the preview so that the editor
// shows the whole column limit and a little more, as a user would drag it.
void showWholeLimit(gui::MainWindow *window)
{
    auto *splitter = window->findChild<QSplitter *>(u"splitter"_s);
    gui::RstEditor *editor = window->editor();
    if (!splitter || splitter->count() != 2)
        return;
    const int columns = editor->columnLimit() + 8;
    const int wanted = editor->gutterWidth() + editor->fontMetrics().horizontalAdvance(QString(columns, u'x'))
        + editor->verticalScrollBar()->sizeHint().width() + 2 * editor->frameWidth()
        + 2 * int(editor->document()->documentMargin());
    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    splitter->setSizes({ std::min(wanted, total * 2 / 3), total - std::min(wanted, total * 2 / 3) });
}

// Types a clause at the end of the sample's first prose line after a
// diagram's introduction, taking it past the column limit.
bool typePastLimit(gui::MainWindow *window)
{
    gui::RstEditor *editor = window->editor();
    const QTextBlock line = lineStartingWith(editor, longLineStart);
    if (!line.isValid())
        return false;
    QTextCursor cursor(line);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->insertPlainText(u" in the background"_s);
    return true;
}

// Selects a section of the sample, up to the next one, and deletes it.
bool removeSection(gui::MainWindow *window)
{
    gui::RstEditor *editor = window->editor();
    const QTextBlock first = lineStartingWith(editor, removedSection);
    const QTextBlock next = lineStartingWith(editor, sectionAfterRemoved);
    if (!first.isValid() || !next.isValid() || next.blockNumber() <= first.blockNumber())
        return false;
    QTextCursor cursor(first);
    cursor.setPosition(next.position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    editor->setTextCursor(cursor);
    return true;
}

// What the screen shows over the window, menus open on it included, when
// the whole window is on the screen; else the window's own pixels. Where
// there is no screen to read (the offscreen platform), its own painting.
QPixmap grabWindowArea(QWidget *window)
{
    QPixmap picture;
    if (QScreen *screen = window->screen()) {
        picture = screen->geometry().contains(window->geometry())
            ? screen->grabWindow(0, window->x(), window->y(), window->width(), window->height())
            : screen->grabWindow(window->winId());
    }
    return picture.isNull() ? window->grab() : picture;
}

void saveAndQuit(const QPixmap &picture, const QString &path)
{
    // An open menu or dialog runs its own event loop; close it so that the
    // application's ends.
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
        dialog->reject();
    const bool saved = !picture.isNull() && picture.save(path);
    QTimer::singleShot(0, qApp, [saved] { QCoreApplication::exit(saved ? 0 : 1); });
}

// Calls `then` once the preview shows the editor's current text.
void whenPreviewCurrent(gui::MainWindow *window, const std::function<void()> &then)
{
    if (window->isPreviewCurrent()) {
        then();
        return;
    }
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(
        window->previewController(), &gui::PreviewController::updated, window, [window, then, connection] {
            if (!window->isPreviewCurrent())
                return;
            QObject::disconnect(*connection);
            delete connection;
            then();
        });
}

// Right-clicks a row of a tree, as the mouse would: the view selects it and
// opens its context menu (which runs until the picture is taken). The click
// is at the foot of the row's last column, so that the menu leaves the row
// readable.
void openContextMenu(QTreeView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    view->setCurrentIndex(index);
    const QRect cell = view->visualRect(index.siblingAtColumn(view->model()->columnCount(index.parent()) - 1));
    const QPoint position(cell.center().x(), cell.bottom());
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
    QCoreApplication::sendEvent(view->viewport(), &event);
}

void takeAfterSettling(gui::MainWindow *window, const QString &path)
{
    QTimer::singleShot(settleMilliseconds, window, [window, path] { saveAndQuit(grabWindowArea(window), path); });
}

void showWriting(gui::MainWindow *window, const QString &path)
{
    if (!typePastLimit(window)) {
        saveAndQuit(QPixmap(), path);
        return;
    }
    whenPreviewCurrent(window, [window, path] { takeAfterSettling(window, path); });
}

void showProblems(gui::MainWindow *window, const QString &path)
{
    if (!removeSection(window) || !typePastLimit(window)) {
        saveAndQuit(QPixmap(), path);
        return;
    }
    whenPreviewCurrent(window, [window, path] {
        QAction *problemsToggle = window->findChild<QAction *>(u"problemsAction"_s);
        if (problemsToggle && !problemsToggle->isChecked())
            problemsToggle->trigger();
        gui::ProblemsPanel *panel = window->problemsPanel();
        panel->parentWidget()->raise();
        // The first problem that has a quick fix.
        const int rows = panel->view()->model()->rowCount();
        int row = 0;
        QObject probe;
        while (row < rows && window->quickFixActions(row, &probe).isEmpty())
            ++row;
        if (row == rows) {
            saveAndQuit(QPixmap(), path);
            return;
        }
        takeAfterSettling(window, path);
        const QPersistentModelIndex problem = panel->view()->model()->index(row, 0);
        QTimer::singleShot(0, panel, [panel, problem] { openContextMenu(panel->view(), problem); });
    });
}

void showOutline(gui::MainWindow *window, const QString &path)
{
    if (!removeSection(window)) {
        saveAndQuit(QPixmap(), path);
        return;
    }
    whenPreviewCurrent(window, [window, path] {
        gui::OutlinePanel *panel = window->outlinePanel();
        const QAbstractItemModel *model = panel->view()->model();
        const QModelIndexList found = model->match(model->index(0, 0),
            Qt::DisplayRole,
            QString(outlineSection),
            1,
            Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
        if (found.isEmpty()) {
            saveAndQuit(QPixmap(), path);
            return;
        }
        takeAfterSettling(window, path);
        const QPersistentModelIndex section = found.first();
        QTimer::singleShot(0, panel, [panel, section] { openContextMenu(panel->view(), section); });
    });
}

void showDiagram(gui::MainWindow *window, const QString &path)
{
    const QTextBlock line = lineStartingWith(window->editor(), diagramLineStart);
    QAction *edit = window->findChild<QAction *>(u"editDiagramAction"_s);
    if (!line.isValid() || !edit) {
        saveAndQuit(QPixmap(), path);
        return;
    }
    window->editor()->setTextCursor(QTextCursor(line));
    edit->trigger();
    // The dock takes room from the editor: keep the diagram's lines in view.
    QTimer::singleShot(0, window->editor(), [editor = window->editor()] { editor->centerCursor(); });
    takeAfterSettling(window, path);
}

void showSettings(gui::MainWindow *window, const QString &path)
{
    QAction *configure = window->findChild<QAction *>(u"configureAction"_s);
    if (!configure) {
        saveAndQuit(QPixmap(), path);
        return;
    }
    QTimer::singleShot(settleMilliseconds, window, [path] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            saveAndQuit(QPixmap(), path);
            return;
        }
        dialog->resize(guideDialogSize);
        QTimer::singleShot(settleMilliseconds, dialog, [dialog, path] { saveAndQuit(dialog->grab(), path); });
    });
    // The dialog is modal: it opens once the picture is scheduled.
    QTimer::singleShot(0, configure, &QAction::trigger);
}

using StateShow = void (*)(gui::MainWindow *, const QString &);

struct State {
    QString name;
    StateShow show;
};

const QList<State> &states()
{
    static const QList<State> all = {
        { u"window"_s, takeAfterSettling },
        { u"writing"_s, showWriting },
        { u"problems"_s, showProblems },
        { u"outline"_s, showOutline },
        { u"diagram"_s, showDiagram },
        { u"settings"_s, showSettings },
    };
    return all;
}

} // namespace

QStringList screenshotStates()
{
    QStringList names;
    for (const State &state : states())
        names.append(state.name);
    return names;
}

bool scheduleScreenshot(gui::MainWindow *window, const QString &path, const QString &state)
{
    StateShow show = takeAfterSettling;
    if (!state.isEmpty()) {
        const auto found = std::find_if(
            states().begin(), states().end(), [&state](const State &each) { return each.name == state; });
        if (found == states().end())
            return false;
        show = found->show;
        window->setGeometry(QRect(QPoint(0, 0), guideWindowSize));
        // A blinking text cursor would make each run's picture differ.
        QApplication::setCursorFlashTime(0);
    }
    whenPreviewCurrent(window, [window, path, show, named = !state.isEmpty()] {
        if (named)
            showWholeLimit(window);
        show(window, path);
    });
    QTimer::singleShot(giveUpMilliseconds, window, [] { QCoreApplication::exit(1); });
    return true;
}

} // namespace specwright::app
