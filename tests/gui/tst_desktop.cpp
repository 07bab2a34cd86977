// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "gui/appsettings.h"
#include "gui/desktopintegration.h"
#include "gui/documentcontroller.h"
#include "gui/documenttab.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// Files dropped on a window open, each in a tab of its own; what is not a
// spec is refused.
class TestDesktop : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    QString writeSpec(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(name.toUtf8() + "\n=====================\n\nText.\n");
        return path;
    }
    // Drags `paths` over `target` and drops them; returns whether the drop
    // was accepted.
    static bool drop(QWidget *target, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(path.contains(u"://"_s) ? QUrl(path) : QUrl::fromLocalFile(path));
        data.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }
    static QList<MainWindow *> windows()
    {
        QList<MainWindow *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
                found.append(window);
        }
        return found;
    }
    QTemporaryDir m_dir;
    Highlighting m_highlighting;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void droppedSpecsOpenEachInATab_data()
    {
        QTest::addColumn<bool>("onEditor");
        QTest::newRow("dropped on the window frame") << false;
        QTest::newRow("dropped on the editor, which would insert text") << true;
    }

    void droppedSpecsOpenEachInATab()
    {
        QFETCH(bool, onEditor);
        const QString first = writeSpec(u"first.rst"_s);
        const QString second = writeSpec(u"second.rst"_s);
        auto window = std::make_unique<MainWindow>(m_highlighting);
        new DesktopIntegration(window.get(), AppSettings::instance());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QWidget *target = onEditor ? window->editor()->viewport() : window.get();
        const qsizetype windowsBefore = windows().size();

        QVERIFY(drop(target, { first, second }));
        // The empty document makes room for the first file, a new tab takes
        // the second; no window is added.
        QTRY_COMPARE(window->tabCount(), 2);
        QCOMPARE(windows().size(), windowsBefore);
        QCOMPARE(window->tab(0)->path(), first);
        QCOMPARE(window->tab(1)->path(), second);
        QVERIFY(window->tab(0)->editor()->toPlainText().startsWith(u"first.rst"_s));
        QVERIFY(window->tab(1)->editor()->toPlainText().startsWith(u"second.rst"_s));
        QCOMPARE(window->currentTabIndex(), 1);

        // A file already open is not opened twice: its tab comes forward.
        window->setCurrentTab(0);
        QVERIFY(drop(window->editor()->viewport(), { second }));
        QTRY_COMPARE(window->currentTabIndex(), 1);
        QCOMPARE(window->tabCount(), 2);
        QCOMPARE(window->documentController()->path(), second);
    }

    void whatIsNotASpecIsRefused_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("an image is refused") << QStringList { u"/tmp/picture.png"_s };
        QTest::newRow("a web address is refused") << QStringList { u"https://example.com/spec.rst"_s };
        QTest::newRow("a spec together with an image is refused")
            << QStringList { u"/tmp/a.rst"_s, u"/tmp/picture.png"_s };
    }

    void whatIsNotASpecIsRefused()
    {
        QFETCH(QStringList, paths);
        MainWindow window(m_highlighting);
        new DesktopIntegration(&window, AppSettings::instance());
        window.show();
        QVERIFY(!drop(&window, paths));
        QVERIFY(window.documentController()->path().isEmpty());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
