// SPDX-License-Identifier: GPL-3.0-or-later
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineView>

#include "gui/documentanalyzer.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewcontroller.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"
#include "previewtesting.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;
using namespace specwright::gui::testing;

// The live preview as a user meets it: it shows each edit without reloading,
// and keeps its place in step with the editor.
class TestPreview : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    // A spec long enough to scroll: a title and many numbered sections.
    static QString longSpec()
    {
        QString text = u"=====\nTitle\n=====\n\nIntroduction paragraph.\n\n"_s;
        for (int i = 1; i <= 40; ++i) {
            const QString title = u"Section %1"_s.arg(i);
            text += title + u"\n"_s + QString(title.size(), u'=') + u"\n\n"_s;
            text += u"Paragraph %1 first line\nand its second line.\n\n"_s.arg(i);
            text += u"* item one of %1\n* item two of %1\n\n"_s.arg(i);
        }
        return text;
    }

    QTemporaryDir m_dir;
    Highlighting m_highlighting;

private Q_SLOTS:
    void editsReachTheDomWithoutReload()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.documentController();
        window.editor()->setPlainText(longSpec());
        QVERIFY(waitForPreview(window));
        QVERIFY(evaluate(window.preview(), u"specwright.text()"_s).toString().contains(u"Paragraph 7 first line"_s));

        // Mark the page: a reload would lose the mark.
        evaluate(window.preview(), u"window.marker = 42"_s);
        QTextCursor cursor(window.editor()->document()->findBlockByNumber(5));
        cursor.movePosition(QTextCursor::EndOfBlock);
        window.editor()->setTextCursor(cursor);
        QTest::keyClicks(window.editor(), u" Zebra"_s);
        QVERIFY(waitForPreview(window));
        QVERIFY(evaluate(window.preview(), u"specwright.text()"_s).toString().contains(u"Zebra"_s));
        QCOMPARE(evaluate(window.preview(), u"window.marker"_s).toInt(), 42);
    }

    void scrollingFollowsTheSourceLineBothWays()
    {
        MainWindow window(m_highlighting);
        window.resize(1200, 700);
        window.show();
        // Scroll events come with the page's frames, which it draws only on
        // screen.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.editor()->setPlainText(longSpec());
        QVERIFY(waitForPreview(window));

        // Editor -> preview: the preview's top line follows the editor's.
        window.editor()->verticalScrollBar()->setValue(120);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(evaluate(window.preview(), u"specwright.topLine()"_s).toInt() - 121) <= 4, 5000);

        // Preview -> editor: scrolling the page to a block moves the editor
        // to that block's source line.
        const int target = evaluate(window.preview(),
            u"(function(){ const e = [...document.querySelectorAll('p[data-line]')]"
            ".find(p => parseInt(p.getAttribute('data-line')) >= 60);"
            " window.scrollTo(0, window.scrollY + e.getBoundingClientRect().top);"
            " return parseInt(e.getAttribute('data-line')); })()"_s)
                               .toInt();
        QVERIFY(target >= 60);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(window.editor()->verticalScrollBar()->value() + 1 - target) <= 2, 5000);
    }

    void clickInPreviewPutsTheCursorOnTheSourceLine()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setPlainText(longSpec());
        QVERIFY(waitForPreview(window));
        const int line = evaluate(window.preview(),
            u"(function(){ const p = [...document.querySelectorAll('p')]"
            ".find(e => e.textContent.includes('Paragraph 3 first')); p.click();"
            " return parseInt(p.getAttribute('data-line')); })()"_s)
                             .toInt();
        QVERIFY(line > 0);
        QTRY_COMPARE(window.editor()->cursorLine(), line);
        QVERIFY(window.editor()->textCursor().block().text().startsWith(u"Paragraph 3 first line"_s));
    }

    void selectedTextCanBeCopiedFromTheContextMenu()
    {
        // In the process that shows the page (the preview's own, where
        // there is one): the same pane, here.
        PreviewPane pane(nullptr, PreviewPane::Placement::InThisProcess);
        pane.resize(500, 400);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.isPageReady(), 20000);
        evaluate(&pane, u"specwright.patch(0, 0, ['<p data-line=\"1-1\">Copy me</p>'])"_s);
        // Nothing selected: nothing to copy.
        std::unique_ptr<QMenu> menu(pane.createContextMenu());
        QCOMPARE(menu->actions().size(), 2);
        QVERIFY(!menu->actions().at(0)->isEnabled());
        QVERIFY(menu->actions().at(1)->isEnabled());

        // The reader's drag over the text, as the page sees it.
        evaluate(&pane, u"getSelection().selectAllChildren(document.querySelector('p'))"_s);
        QTRY_VERIFY(pane.view()->hasSelection());
        menu.reset(pane.createContextMenu());
        QAction *copy = menu->actions().at(0);
        QVERIFY(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text().trimmed(), u"Copy me"_s);

        // Select All, then Copy: the whole page.
        evaluate(&pane, u"getSelection().removeAllRanges()"_s);
        QTRY_VERIFY(!pane.view()->hasSelection());
        menu.reset(pane.createContextMenu());
        menu->actions().at(1)->trigger();
        QTRY_VERIFY(pane.view()->hasSelection());
        QGuiApplication::clipboard()->clear();
        menu.reset(pane.createContextMenu());
        menu->actions().at(0)->trigger();
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(u"Copy me"_s));
    }

    void webLinksOpenInTheSystemBrowser()
    {
        MainWindow window(m_highlighting);
        QList<QUrl> opened;
        window.preview()->setExternalOpener([&](const QUrl &url) { opened.append(url); });
        window.show();
        window.editor()->setPlainText(u"See https://example.org/spec here.\n"_s);
        QVERIFY(waitForPreview(window));
        const QString shell = evaluate(window.preview(), u"location.href"_s).toString();
        QVERIFY(!shell.isEmpty());
        QSignalSpy followed(window.preview(), &PreviewPane::linkActivated);
        evaluate(window.preview(), u"document.querySelector('a').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(followed.size(), 1, 5000);
        QCOMPARE(opened, QList<QUrl> { QUrl(u"https://example.org/spec"_s) });
        QCOMPARE(evaluate(window.preview(), u"location.href"_s).toString(), shell);
    }

    void scriptLinksAreNotLinks()
    {
        MainWindow window(m_highlighting);
        window.show();
        window.editor()->setPlainText(u"`bad <javascript:alert(1)>`_ and `worse <JavaScript:alert(2)>`__\n"_s);
        QVERIFY(waitForPreview(window));
        QCOMPARE(evaluate(window.preview(), u"document.querySelectorAll('a[href]').length"_s).toInt(), 0);
        QVERIFY(evaluate(window.preview(), u"specwright.text()"_s).toString().contains(u"bad"_s));
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
