// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "gui/appsettings.h"
#include "gui/desktopintegration.h"
#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/exportcontroller.h"
#include "gui/highlighting.h"
#include "gui/htmlexport.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// Export HTML writes a page that needs nothing beside it; Export PDF and
// Print produce real PDF from the preview page.
class TestExport : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
    }
    static QByteArray png()
    {
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    // Every URL the page would load or link to outside itself.
    static QStringList externalReferences(const QString &page)
    {
        static const QRegularExpression loads(
            u"(?:<(?:img|script|iframe|embed|source|video|audio)\\b[^>]*\\bsrc=\"(?!data:)([^\"]*)\")"
            u"|(?:<link\\b[^>]*href=\"([^\"]*)\")|(?:<object\\b[^>]*data=\"([^\"]*)\")"
            u"|(?:url\\((?!\\s*['\"]?data:)([^)]*)\\))|(?:@import\\s+([^;]*))"_s);
        QStringList found;
        for (auto it = loads.globalMatch(page); it.hasNext();)
            found.append(it.next().captured(0));
        return found;
    }
    static bool waitForPreview(MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                return window.snapshot() && window.previewController()->shownRevision() == window.snapshot()->revision
                    && window.snapshot()->text == window.editor()->toPlainText().toStdString();
            },
            30000);
    }

    QTemporaryDir m_dir;
    Highlighting m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        // The windows below keep their settings away from the user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        writeFile(u"diagram.png"_s, png());
        writeFile(u"a & b.png"_s, png());
        writeFile(u"notes.txt"_s, "not an image");
    }

    void imagesAreEmbedded_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("expected");
        const QString data = u"data:image/png;base64,"_s + QString::fromLatin1(png().toBase64());
        QTest::newRow("a relative image becomes a data URL") << u"<p><img alt=\"d\" src=\"diagram.png\" /></p>"_s
                                                             << u"<p><img alt=\"d\" src=\""_s + data + u"\" /></p>"_s;
        QTest::newRow("an escaped and percent-encoded name is found")
            << u"<img src=\"a%20&amp;%20b.png\" alt=\"ab\" class=\"align-center\" />"_s
            << u"<img src=\""_s + data + u"\" alt=\"ab\" class=\"align-center\" />"_s;
        QTest::newRow("a data URL stays as it is") << u"<img alt=\"x\" src=\"data:image/gif;base64,R0lG\" />"_s
                                                   << u"<img alt=\"x\" src=\"data:image/gif;base64,R0lG\" />"_s;
        QTest::newRow("a missing image becomes a placeholder")
            << u"<img alt=\"gone\" src=\"missing.png\" />"_s
            << u"<span class=\"image-placeholder\" role=\"img\" title=\"cannot be read: missing.png\">gone</span>"_s;
        QTest::newRow("a file that is not an image becomes a placeholder")
            << u"<img alt=\"n\" src=\"notes.txt\" />"_s
            << u"<span class=\"image-placeholder\" role=\"img\" title=\"not an image: notes.txt\">n</span>"_s;
        QTest::newRow("text around images is kept")
            << u"a<img src=\"missing.png\" alt=\"\" />b<img alt=\"d\" src=\"diagram.png\">c"_s
            << u"a<span class=\"image-placeholder\" role=\"img\" title=\"cannot be read: missing.png\"></span>b"
               u"<img alt=\"d\" src=\""_s
                + data + u"\">c"_s;
    }

    void imagesAreEmbedded()
    {
        QFETCH(QString, page);
        QFETCH(QString, expected);
        QCOMPARE(embedImages(page, m_dir.path()), expected);
    }

    void theExportedPageStandsAlone()
    {
        const QString spec = m_dir.filePath(u"spec.rst"_s);
        writeFile(u"spec.rst"_s,
            "=====\nTitle\n=====\n\nA *spec* with a picture.\n\n.. image:: diagram.png\n   :alt: the diagram\n\n"
            ".. figure:: a%20&%20b.png\n\n   Caption.\n\n.. image:: https://example.com/remote.png\n\n"
            "See `the docs <https://docs.example.com/>`_.\n");
        MainWindow window(m_highlighting);
        auto *desktop = new DesktopIntegration(&window, AppSettings::instance());
        QVERIFY(window.openFile(spec));
        const QString out = m_dir.filePath(u"spec.html"_s);
        const Status status = desktop->exporter()->writeHtml(out);
        QVERIFY2(status.ok(), qPrintable(status.error()));

        const QString page = QString::fromUtf8(read(out));
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<style>"_s));
        QVERIFY(page.contains(u"<em>spec</em>"_s));
        QCOMPARE(page.count(u"src=\"data:image/png;base64,"_s), 2);
        QVERIFY2(externalReferences(page).isEmpty(), qPrintable(externalReferences(page).join(u'\n')));
        // Links stay links: following them is the reader's choice.
        QVERIFY(page.contains(u"href=\"https://docs.example.com/\""_s));
    }

    void writingToAFolderThatIsNotThereFails()
    {
        const Status status = writeHtmlFile(m_dir.filePath(u"no/such/folder/x.html"_s), u"<p>x</p>"_s);
        QVERIFY(!status.ok());
        QVERIFY(status.error().contains(u"x.html"_s));
    }

    void pdfComesFromThePreview()
    {
        MainWindow window(m_highlighting);
        auto *desktop = new DesktopIntegration(&window, AppSettings::instance());
        window.show();
        window.openSample();
        QVERIFY(waitForPreview(window));
        const QString out = m_dir.filePath(u"sample.pdf"_s);
        QSignalSpy exported(desktop->exporter(), &ExportController::pdfExported);
        desktop->exporter()->writePdf(out);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(0).toString(), out);
        QVERIFY(exported.first().at(1).toBool());
        const QByteArray pdf = read(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    void printingGoesToThePrinter()
    {
        MainWindow window(m_highlighting);
        auto *desktop = new DesktopIntegration(&window, AppSettings::instance());
        window.show();
        window.openSample();
        QVERIFY(waitForPreview(window));
        const QString out = m_dir.filePath(u"printed.pdf"_s);
        auto printer = std::make_unique<QPrinter>(QPrinter::ScreenResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out);
        QSignalSpy printed(desktop->exporter(), &ExportController::printed);
        QVERIFY(desktop->exporter()->printWith(std::move(printer)));
        // One print at a time.
        QVERIFY(!desktop->exporter()->printWith(std::make_unique<QPrinter>()));
        QVERIFY(printed.wait(30000));
        QVERIFY(printed.first().at(0).toBool());
        QVERIFY(read(out).startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
