// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>

#include "gui/documentcontroller.h"
#include "gui/highlighting.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

MainWindow::MainWindow(Highlighting &highlighting, QWidget *parent)
    : QMainWindow(parent)
    , m_highlighting(highlighting)
    , m_editor(new RstEditor(this))
    , m_preview(new PreviewPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_document(new DocumentController(m_editor->document(), this))
    , m_cursorStatus(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    m_editor->setObjectName(u"editor"_s);
    m_preview->setObjectName(u"preview"_s);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_cursorStatus);

    m_editor->setDefinition(m_highlighting.rstDefinition());
    applyTheme();
    m_preview->setNotice(tr("Preview not available yet: the RST engine is not part of this build, so nothing is "
                            "rendered."));

    createActions();
    connect(m_document, &DocumentController::pathChanged, this, &MainWindow::updateTitle);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::setWindowModified);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCursorStatus);
    connect(m_document, &DocumentController::reloadedFromDisk, this, [this] {
        statusBar()->showMessage(tr("%1 changed on disk and was reloaded.").arg(m_document->displayName()), 5000);
    });
    connect(m_document, &DocumentController::changedOnDiskWhileModified, this, &MainWindow::askAboutExternalChange);
    connect(m_document, &DocumentController::deletedOnDisk, this, [this] {
        statusBar()->showMessage(
            tr("%1 was deleted or moved on disk; saving writes it again.").arg(m_document->displayName()));
        m_editor->document()->setModified(true);
    });
    updateTitle();
    updateCursorStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    undo->setEnabled(false);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    redo->setEnabled(false);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QPlainTextEdit::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QPlainTextEdit::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QPlainTextEdit::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), m_editor, &QPlainTextEdit::selectAll)->setShortcut(QKeySequence::SelectAll);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *previewToggle = view->addAction(tr("&Preview"));
    previewToggle->setCheckable(true);
    previewToggle->setChecked(true);
    previewToggle->setShortcut(Qt::Key_F8);
    connect(previewToggle, &QAction::toggled, m_preview, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Specwright"), this, [this] {
        QMessageBox::about(this,
            tr("About Specwright"),
            tr("<p><b>Specwright %1</b></p><p>An editor for design specs written in "
               "reStructuredText.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::applyTheme()
{
    m_editor->setTheme(m_highlighting.themeFor(palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Specwright").arg(m_document->displayName()));
    setWindowFilePath(m_document->path());
}

void MainWindow::updateCursorStatus()
{
    m_cursorStatus->setText(tr("Ln %1, Col %2").arg(m_editor->cursorLine()).arg(m_editor->cursorColumn()));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Specwright"), message);
}

bool MainWindow::openFile(const QString &path, int line)
{
    if (const Status status = m_document->open(path); !status) {
        showError(status.error());
        return false;
    }
    m_editor->setReadOnly(!m_document->encodingProblem().isEmpty());
    if (!m_document->encodingProblem().isEmpty())
        showError(m_document->encodingProblem());
    m_editor->goToLine(qMax(line, 1));
    return true;
}

void MainWindow::openSample()
{
    QFile sample(u":/sample/example-spec.rst"_s);
    if (sample.open(QIODevice::ReadOnly))
        m_document->openText(QString::fromUtf8(sample.readAll()), tr("example-spec.rst"));
    m_editor->goToLine(1);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Spec"), QString(), tr("reStructuredText (*.rst *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty() || !m_document->encodingProblem().isEmpty())
        return saveAs();
    if (const Status status = m_document->save(); !status) {
        showError(status.error());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Spec As"), m_document->path(), tr("reStructuredText (*.rst)"));
    if (path.isEmpty())
        return false;
    if (const Status status = m_document->saveAs(path); !status) {
        showError(status.error());
        return false;
    }
    m_editor->setReadOnly(false);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this,
        tr("Specwright"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::askAboutExternalChange()
{
    QMessageBox box(QMessageBox::Question,
        tr("File changed on disk"),
        tr("%1 was changed by another program, and you have unsaved changes.").arg(m_document->displayName()),
        QMessageBox::NoButton,
        this);
    QPushButton *reload = box.addButton(tr("&Reload and lose my changes"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep my version"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == reload) {
        if (const Status status = m_document->reload(); !status)
            showError(status.error());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace specwright::gui
