// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include "gui/documentanalyzer.h"
#include "gui/documentcontroller.h"
#include "gui/documentscheme.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/previewrequestfilter.h"
#include "gui/rsteditor.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

// Hostile specs in the real preview: nothing they carry runs, nothing
// remote or above the document's folder is fetched.
class TestPreviewSafety : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    // The page's own safeguards (request filter, image scheme) are checked
    // in this process, where the test can see them; the preview's process
    // runs the same pane.
    static void initMain()
    {
        qputenv("SPECWRIGHT_PREVIEW_PROCESS", "0");
        PreviewPane::prepareRendering();
    }

private:
    static bool waitForPreview(MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                return window.snapshot() && window.previewController()->shownRevision() == window.snapshot()->revision
                    && window.snapshot()->text == window.editor()->toPlainText().toStdString();
            },
            30000);
    }
    QString write(const QString &name, const QByteArray &bytes) { return writeFixture(m_dir, name, bytes); }
    // A spec opened from docs/ beside a secret one level up.
    QString hostileSpec(const QByteArray &body)
    {
        return write(u"docs/hostile.rst"_s, "=======\nHostile\n=======\n\n"_ba + body);
    }
    static bool blockedContains(PreviewPane *pane, const QString &part)
    {
        for (const QUrl &url : pane->requestFilter()->blockedRequests()) {
            if (url.toString().contains(part))
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    Highlighting m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"docs/images"_s)));
        QVERIFY(image.save(m_dir.filePath(u"docs/images/ok.png"_s)));
        QVERIFY(image.save(m_dir.filePath(u"secret.png"_s)));
        write(u"secret.rst"_s, "Secret\n======\n\nTHE-SECRET-TEXT\n"_ba);
        write(u"secret.csv"_s, "THE-SECRET-CSV,1\n"_ba);
    }

    void nothingTheDocumentCarriesRuns_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shownText");
        QTest::newRow("a raw HTML script is a disabled directive")
            << ".. raw:: html\n\n   <script>window.pwned = 'raw'</script>\n   <img src=x onerror=\"window.pwned='raw-img'\">\n"_ba
            << u"\"raw\" directive disabled"_s;
        QTest::newRow("include cannot read a file above the folder")
            << ".. include:: ../secret.rst\n"_ba << u"\"include\" directive disabled"_s;
        QTest::newRow("a csv-table cannot read a file")
            << ".. csv-table::\n   :file: ../secret.csv\n"_ba << u"access deactivated"_s;
        QTest::newRow("a javascript: link stays text")
            << "`click me <javascript:window.pwned='link'>`_ and <javascript:window.pwned='bare'>\n"_ba
            << u"click me"_s;
        QTest::newRow("markup in plain text is text")
            << "Text <script>window.pwned='text'</script> <img src=x onerror=\"window.pwned='attr'\">\n"_ba
            << u"<script>window.pwned='text'</script>"_s;
        QTest::newRow("a role derived from raw runs nothing")
            << ".. role:: html(raw)\n   :format: html\n\nSee :html:`<script>window.pwned='role'</script>`.\n"_ba
            << u"See"_s;
        QByteArray table = "+-------------+------+\n| a           | b    |\n+=============+======+\n"_ba;
        for (int row = 0; row < 1500; ++row)
            table
                += "| <b>" + QByteArray::number(row).rightJustified(4, '0') + "</b> | x    |\n+-------------+------+\n";
        QTest::newRow("a huge table renders as text") << table << u"<b>1499</b>"_s;
    }
    void nothingTheDocumentCarriesRuns()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, shownText);
        MainWindow window(m_highlighting);
        window.show();
        QVERIFY(window.openFile(hostileSpec(body)));
        QVERIFY(waitForPreview(window));
        const QString text = evaluate(window.preview(), u"specwright.text()"_s).toString();
        QVERIFY2(text.contains(shownText), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(u"THE-SECRET"_s));
        QCOMPARE(evaluate(window.preview(), u"typeof window.pwned"_s).toString(), u"undefined"_s);
        QCOMPARE(
            evaluate(window.preview(), u"document.querySelectorAll('script:not([src^=\"qrc:\"])').length"_s).toInt(),
            0);
        QCOMPARE(
            evaluate(window.preview(), u"document.querySelectorAll('a[href^=\"javascript\" i]').length"_s).toInt(), 0);
    }

    // The width the page decoded for the image with this id, once it has
    // finished trying (0 when it was not loaded).
    static int loadedWidth(PreviewPane *preview, const QString &id)
    {
        const QString image = u"document.getElementById('%1')"_s.arg(id);
        if (!QTest::qWaitFor([&] { return evaluate(preview, image + u".complete"_s).toBool(); }, 10000))
            return -1;
        return evaluate(preview, image + u".naturalWidth"_s).toInt();
    }

    void imagesLoadOnlyFromTheDocumentsFolder()
    {
        MainWindow window(m_highlighting);
        window.show();
        QFile::link(m_dir.filePath(u"secret.png"_s), m_dir.filePath(u"docs/images/escape.png"_s));
        const QByteArray body = ".. image:: images/ok.png\n\n"
                                ".. image:: http://example.invalid/remote.png\n\n"
                                ".. image:: ../secret.png\n\n"
                                ".. image:: images/escape.png\n"_ba;
        QVERIFY(window.openFile(hostileSpec(body)));
        QVERIFY(waitForPreview(window));
        PreviewPane *preview = window.preview();
        // The writer refuses the remote and ../ paths, so the page never
        // asks; the image inside the folder is read through the document
        // scheme and shows, the link leading out of the folder does not.
        QCOMPARE(evaluate(preview, u"document.querySelectorAll('img').length"_s).toInt(), 2);
        evaluate(preview,
            u"document.querySelectorAll('img')[0].id = 'inside'; document.querySelectorAll('img')[1].id = 'link'"_s);
        QVERIFY(evaluate(preview, u"document.getElementById('inside').src"_s)
                    .toString()
                    .startsWith(u"specwright-doc:images/ok.png"_s));
        QCOMPARE(loadedWidth(preview, u"inside"_s), 4);
        QCOMPARE(loadedWidth(preview, u"link"_s), 0);

        // Below the writer, the scheme's handler and the page's policy
        // refuse them even if the page asks: markup put straight into the
        // page, as a writer bug would.
        preview->imageHandler()->clearRefusedRequests();
        const QString secret = m_dir.filePath(u"secret.png"_s);
        evaluate(preview,
            u"specwright.patch(0, 0, ['<img id=\"remote\" src=\"http://example.invalid/direct.png\">', "
            "'<img id=\"up\" src=\"../secret.png\">', '<img id=\"deep-up\" src=\"images/../../secret.png\">', "
            "'<img id=\"file\" src=\"file://%1\">', '<img id=\"absolute\" src=\"%1\">', "
            "'<img id=\"escape\" src=\"images/escape.png\">', '<img id=\"direct\" src=\"specwright-doc:%1\">', "
            "'<img id=\"again\" src=\"images/ok.png\">', "
            "'<img src=\"missing.png\" onerror=\"window.pwned = 1\">', "
            "'<iframe src=\"http://example.invalid/frame\"></iframe>'])"_s.arg(secret));
        for (const QString &id :
            { u"remote"_s, u"up"_s, u"deep-up"_s, u"file"_s, u"absolute"_s, u"escape"_s, u"direct"_s })
            QVERIFY2(loadedWidth(preview, id) == 0, qPrintable(id));
        QCOMPARE(loadedWidth(preview, u"again"_s), 4);
        // The inline handler is refused by the page's policy.
        QCOMPARE(evaluate(preview, u"typeof window.pwned"_s).toString(), u"undefined"_s);
        // The handler saw and refused what the page asked of it.
        const auto refused = [&](const QString &part) {
            const QList<QUrl> urls = preview->imageHandler()->refusedRequests();
            return std::any_of(
                urls.begin(), urls.end(), [&](const QUrl &url) { return url.toString().contains(part); });
        };
        QVERIFY(refused(u"../secret.png"_s));
        QVERIFY(refused(u"images/escape.png"_s));
        QVERIFY(refused(secret));

        // And below the policy, the preview's profile itself fetches nothing
        // remote and nothing outside the folder: its filter sees and blocks
        // such requests whatever page makes them.
        preview->requestFilter()->clearBlockedRequests();
        QWebEnginePage probe(preview->view()->page()->profile());
        QSignalSpy finished(&probe, &QWebEnginePage::loadFinished);
        QUrl up;
        up.setScheme(u"file"_s);
        up.setPath(m_dir.filePath(u"docs"_s) + u"/../secret.png"_s);
        for (const QUrl &url : { QUrl(u"http://example.invalid/direct.png"_s), up }) {
            finished.clear();
            probe.load(url);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.first().first().toBool(), false);
        }
        QVERIFY(blockedContains(preview, u"example.invalid/direct.png"_s));
        QVERIFY(blockedContains(preview, u"/secret.png"_s));
        const QUrl inside = QUrl::fromLocalFile(m_dir.filePath(u"docs/images/ok.png"_s));
        QVERIFY(preview->requestFilter()->allows(inside));
        finished.clear();
        probe.load(inside);
        QVERIFY(finished.wait(20000));
        QVERIFY(!blockedContains(preview, u"ok.png"_s));
    }

    // A document never saved has no folder: its images stay placeholders.
    void anUnsavedDocumentShowsNoImages()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.documentController()->openText(u"Unsaved\n=======\n\n.. image:: images/ok.png\n"_s, u"unsaved.rst"_s);
        QVERIFY(waitForPreview(window));
        PreviewPane *preview = window.preview();
        QCOMPARE(evaluate(preview, u"document.querySelectorAll('img').length"_s).toInt(), 1);
        evaluate(preview, u"document.querySelector('img').id = 'unsaved'"_s);
        QCOMPARE(evaluate(preview, u"document.getElementById('unsaved').hasAttribute('src')"_s).toBool(), false);
        QCOMPARE(loadedWidth(preview, u"unsaved"_s), 0);
    }

    // What the handler serves, judged without the page.
    void theImageHandlerServesOnlyImagesInsideTheFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("served");
        QTest::newRow("an image in a subfolder is served") << u"images/ok.png"_s << true;
        QTest::newRow("dot-dot leading out is refused") << u"../secret.png"_s << false;
        QTest::newRow("dot-dot staying inside is served") << u"images/../images/ok.png"_s << true;
        QTest::newRow("a link leading out of the folder is refused") << u"images/escape.png"_s << false;
        QTest::newRow("an absolute path is refused") << m_dir.filePath(u"docs/images/ok.png"_s) << false;
        QTest::newRow("a file that is no image is refused") << u"hostile.rst"_s << false;
        QTest::newRow("a text file named like an image is refused") << u"images/fake.png"_s << false;
        QTest::newRow("an image over the size limit is refused") << u"images/huge.bmp"_s << false;
        QTest::newRow("a folder is refused") << u"images"_s << false;
        QTest::newRow("a missing file is refused") << u"images/missing.png"_s << false;
    }
    void theImageHandlerServesOnlyImagesInsideTheFolder()
    {
        QFETCH(QString, path);
        QFETCH(bool, served);
        QFile::link(m_dir.filePath(u"secret.png"_s), m_dir.filePath(u"docs/images/escape.png"_s));
        hostileSpec("Text.\n"_ba);
        write(u"docs/images/fake.png"_s, "not an image\n"_ba);
        if (!QFileInfo::exists(m_dir.filePath(u"docs/images/huge.bmp"_s))) {
            // A valid bitmap header, then enough bytes to pass the limit.
            QFile huge(m_dir.filePath(u"docs/images/huge.bmp"_s));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.write("BM") == 2);
            QVERIFY(huge.resize(DocumentSchemeHandler::maxImageBytes + 1));
        }
        DocumentSchemeHandler handler;
        handler.setDocumentFolder(m_dir.filePath(u"docs"_s));
        QUrl url;
        url.setScheme(QString::fromLatin1(documentScheme));
        url.setPath(path);
        QCOMPARE(!handler.resolve(url).path.isEmpty(), served);
        handler.setDocumentFolder(QString());
        QVERIFY(handler.resolve(url).path.isEmpty());
    }

    void theFilterJudgesPathsAfterResolvingLinks_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("a file in the folder is allowed") << u"docs/images/ok.png"_s << true;
        QTest::newRow("a file that does not exist yet inside is allowed") << u"docs/new.png"_s << true;
        QTest::newRow("the parent folder is refused") << u"secret.png"_s << false;
        QTest::newRow("dot-dot inside the path is refused") << u"docs/images/../../secret.png"_s << false;
        QTest::newRow("a link leading out of the folder is refused") << u"docs/escape.png"_s << false;
        QTest::newRow("a sibling folder sharing the prefix is refused") << u"docs-other/x.png"_s << false;
    }
    void theFilterJudgesPathsAfterResolvingLinks()
    {
        QFETCH(QString, relative);
        QFETCH(bool, allowed);
        QFile::link(m_dir.filePath(u"secret.png"_s), m_dir.filePath(u"docs/escape.png"_s));
        QDir().mkpath(m_dir.filePath(u"docs-other"_s));
        PreviewRequestFilter filter;
        filter.setDocumentFolder(m_dir.filePath(u"docs"_s));
        // Built by hand so that ".." is not cleaned away before the filter.
        QUrl url;
        url.setScheme(u"file"_s);
        url.setPath(m_dir.path() + u'/' + relative);
        QCOMPARE(filter.allows(url), allowed);
    }

    void theFilterRefusesEveryOtherScheme_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the app's own resources are allowed") << u"qrc:/preview/preview.js"_s << true;
        QTest::newRow("https is refused") << u"https://example.org/a.png"_s << false;
        QTest::newRow("http is refused") << u"http://127.0.0.1:8080/a.png"_s << false;
        QTest::newRow("ftp is refused") << u"ftp://example.org/a.png"_s << false;
        QTest::newRow("a file on another host is refused") << u"file://server/share/a.png"_s << false;
        QTest::newRow("an unknown scheme is refused") << u"chrome://settings"_s << false;
    }
    void theFilterRefusesEveryOtherScheme()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        PreviewRequestFilter filter;
        filter.setDocumentFolder(m_dir.filePath(u"docs"_s));
        QCOMPARE(filter.allows(QUrl(url)), allowed);
    }

    void anUntitledDocumentMayLoadNoFile()
    {
        PreviewRequestFilter filter;
        QVERIFY(!filter.allows(QUrl::fromLocalFile(m_dir.filePath(u"docs/images/ok.png"_s))));
        filter.setDocumentFolder(u"/"_s);
        QVERIFY(!filter.allows(QUrl::fromLocalFile(u"/etc/hostname"_s)));
    }
};

// The document scheme must be known to Qt WebEngine before the application
// starts, as in the program's own main().
int main(int argc, char **argv)
{
    TestPreviewSafety::initMain();
    specwright::gui::registerDocumentScheme();
    QApplication app(argc, argv);
    TestPreviewSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_previewsafety.moc"
