// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/exportcontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QWebEnginePage>
#include <QWebEngineView>

#include "gui/documentcontroller.h"
#include "gui/htmlexport.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(m_window->preview(), &PreviewPane::pdfPrintingFinished, this, [this](const QString &path, bool ok) {
        if (ok)
            m_window->statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
        Q_EMIT pdfExported(path, ok);
    });
    connect(m_window->preview(), &PreviewPane::printFinished, this, [this](bool ok) {
        m_printer.reset();
        if (!ok)
            showError(tr("Printing failed."));
        Q_EMIT printed(ok);
    });
}

ExportController::~ExportController() = default;

QString ExportController::suggestedPath(const QString &suffix) const
{
    const QString path = m_window->documentController()->path();
    if (path.isEmpty())
        return QDir::home().filePath(
            QFileInfo(m_window->documentController()->displayName()).completeBaseName() + u'.' + suffix);
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + u'.' + suffix);
}

void ExportController::showError(const QString &message) const
{
    QMessageBox::warning(m_window, tr("Specwright"), message);
}

Status ExportController::writeHtml(const QString &path) const
{
    const DocumentController *document = m_window->documentController();
    const QString html = selfContainedPage(
        m_window->editor()->toPlainText(), document->path(), QFileInfo(document->displayName()).completeBaseName());
    return writeHtmlFile(path, html);
}

void ExportController::writePdf(const QString &path)
{
    const QPageLayout layout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    m_window->preview()->printToPdf(path, layout);
}

void ExportController::exportHtml()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export HTML"), suggestedPath(u"html"_s), tr("HTML page (*.html *.htm)"));
    if (path.isEmpty())
        return;
    if (const Status status = writeHtml(path); !status) {
        showError(status.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void ExportController::exportPdf()
{
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("Export PDF"), suggestedPath(u"pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    connect(
        this,
        &ExportController::pdfExported,
        this,
        [this](const QString &written, bool ok) {
            if (!ok)
                showError(tr("Cannot write %1.").arg(written));
        },
        Qt::SingleShotConnection);
    writePdf(path);
}

void ExportController::print()
{
    if (m_printer) {
        m_window->statusBar()->showMessage(tr("Still printing; try again when it is done."), 3000);
        return;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Spec"));
    if (dialog.exec() == QDialog::Accepted)
        printWith(std::move(printer));
}

bool ExportController::printWith(std::unique_ptr<QPrinter> printer)
{
    if (m_printer)
        return false;
    // The view prints asynchronously: the printer lives until printFinished.
    m_printer = std::move(printer);
    m_window->preview()->print(m_printer.get());
    return true;
}

} // namespace specwright::gui
