// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <memory>

#include "gui/status.h"

class QPrinter;

namespace specwright::gui
{

class MainWindow;

// File > Export HTML..., Export PDF... and Print... for one window: the
// HTML is written from the text, PDF and paper come from the preview page.
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    explicit ExportController(MainWindow *window);
    ~ExportController() override;

    // Asks for a file name, then exports; problems are shown to the user.
    void exportHtml();
    void exportPdf();
    void print();

    // The same without asking (what the dialogs lead to).
    Status writeHtml(const QString &path) const;
    // Asynchronous: pdfExported() tells how it went.
    void writePdf(const QString &path);
    // Prints the preview page on `printer`, kept until printed() is sent;
    // false while an earlier print is still running.
    bool printWith(std::unique_ptr<QPrinter> printer);

Q_SIGNALS:
    void pdfExported(const QString &path, bool ok);
    void printed(bool ok);

private:
    QString suggestedPath(const QString &suffix) const;
    void showError(const QString &message) const;

    MainWindow *m_window;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace specwright::gui
