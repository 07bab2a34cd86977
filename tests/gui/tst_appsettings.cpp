// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFontComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include "gui/appsettings.h"
#include "gui/autosaver.h"
#include "gui/desktopintegration.h"
#include "gui/documentcontroller.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/rsteditor.h"
#include "gui/settingsdialog.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// The settings facade: every value is stored as it is set, announced once,
// and what one window (or run) stores is what the next one starts with.
class TestAppSettings : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    static QByteArray storedFile()
    {
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Highlighting m_highlighting;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // Keeps the user's own settings out of reach.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SpecwrightTest"_s);
        QCoreApplication::setApplicationName(u"tst_appsettings"_s);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void defaultsWhenNothingIsStored()
    {
        const AppSettings settings;
        QCOMPARE(settings.columnLimit(), 79);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.autosaveMinutes(), 0);
        QVERIFY(settings.previewVisible());
        QVERIFY(!settings.strictStructure());
        QVERIFY(settings.templateOverride().isEmpty());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.spellChecking());
        QVERIFY(settings.spellingLanguage().isEmpty());
        QVERIFY(settings.recentFiles().isEmpty());
    }

    void valuesAreStoredAnnouncedAndReadBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("storedAs");
        QTest::newRow("a column limit of 72 is stored") << u"columnLimit"_s << "columnLimit=72"_ba;
        QTest::newRow("the dark theme is stored by name") << u"theme"_s << "theme=dark"_ba;
        QTest::newRow("autosaving every 3 minutes is stored") << u"autosave"_s << "autosaveMinutes=3"_ba;
        QTest::newRow("backing up after 12 s without typing is stored") << u"recovery"_s << "idleSeconds=12"_ba;
        QTest::newRow("a template override is stored") << u"template"_s << "templateOverride=/specs/template.rst"_ba;
        QTest::newRow("strict structure is stored") << u"strict"_s << "strictStructure=true"_ba;
        QTest::newRow("a hidden preview is stored") << u"preview"_s << "preview=false"_ba;
        QTest::newRow("a French interface is stored") << u"language"_s << "language=fr"_ba;
        QTest::newRow("spell checking turned off is stored") << u"spelling"_s << "spellChecking=false"_ba;
        QTest::newRow("a German dictionary is stored") << u"dictionary"_s << "spellingLanguage=de_DE"_ba;
        QTest::newRow("the editor font is stored") << u"font"_s << "font=\"DejaVu Sans Mono,13"_ba;
    }

    void valuesAreStoredAnnouncedAndReadBack()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, storedAs);
        AppSettings settings;
        QSignalSpy anyChange(&settings, &AppSettings::columnLimitChanged);
        // Each row sets one value twice: the second time changes nothing.
        auto setTwice = [&](auto setter, auto value, auto signal) {
            QSignalSpy spy(&settings, signal);
            (settings.*setter)(value);
            (settings.*setter)(value);
            return spy.count();
        };
        int announced = 0;
        if (name == u"columnLimit")
            announced = setTwice(&AppSettings::setColumnLimit, 72, &AppSettings::columnLimitChanged);
        else if (name == u"theme")
            announced = setTwice(&AppSettings::setTheme, AppSettings::Theme::Dark, &AppSettings::themeChanged);
        else if (name == u"autosave")
            announced = setTwice(&AppSettings::setAutosaveMinutes, 3, &AppSettings::autosaveMinutesChanged);
        else if (name == u"recovery")
            announced = setTwice(&AppSettings::setRecoveryIdleSeconds, 12, &AppSettings::recoveryIdleSecondsChanged);
        else if (name == u"template")
            announced = setTwice(
                &AppSettings::setTemplateOverride, u"/specs/template.rst"_s, &AppSettings::templateOverrideChanged);
        else if (name == u"strict")
            announced = setTwice(&AppSettings::setStrictStructure, true, &AppSettings::strictStructureChanged);
        else if (name == u"preview")
            announced = setTwice(&AppSettings::setPreviewVisible, false, &AppSettings::previewVisibleChanged);
        else if (name == u"language")
            announced = setTwice(&AppSettings::setLanguage, u"fr"_s, &AppSettings::languageChanged);
        else if (name == u"spelling")
            announced = setTwice(&AppSettings::setSpellChecking, false, &AppSettings::spellCheckingChanged);
        else if (name == u"dictionary")
            announced = setTwice(&AppSettings::setSpellingLanguage, u"de_DE"_s, &AppSettings::spellingLanguageChanged);
        else if (name == u"font")
            announced = setTwice(
                &AppSettings::setEditorFont, QFont(u"DejaVu Sans Mono"_s, 13), &AppSettings::editorFontChanged);
        QCOMPARE(announced, 1);
        if (name != u"columnLimit")
            QCOMPARE(anyChange.count(), 0);

        settings.sync();
        QVERIFY2(storedFile().contains(storedAs), storedFile().constData());

        // Another reader of the same storage sees the value.
        const AppSettings second;
        if (name == u"columnLimit")
            QCOMPARE(second.columnLimit(), 72);
        else if (name == u"theme")
            QCOMPARE(second.theme(), AppSettings::Theme::Dark);
        else if (name == u"autosave")
            QCOMPARE(second.autosaveMinutes(), 3);
        else if (name == u"recovery")
            QCOMPARE(second.recoveryIdleSeconds(), 12);
        else if (name == u"template")
            QCOMPARE(second.templateOverride(), u"/specs/template.rst"_s);
        else if (name == u"strict")
            QVERIFY(second.strictStructure());
        else if (name == u"preview")
            QVERIFY(!second.previewVisible());
        else if (name == u"language")
            QCOMPARE(second.language(), u"fr"_s);
        else if (name == u"spelling")
            QVERIFY(!second.spellChecking());
        else if (name == u"dictionary")
            QCOMPARE(second.spellingLanguage(), u"de_DE"_s);
        else if (name == u"font") {
            QCOMPARE(second.editorFont().family(), u"DejaVu Sans Mono"_s);
            QCOMPARE(second.editorFont().pointSize(), 13);
        }
    }

    void storedNonsenseFallsBackToDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("a column limit of 5 is ignored") << u"editor/columnLimit"_s << QVariant(5);
        QTest::newRow("a column limit that is not a number is ignored")
            << u"editor/columnLimit"_s << QVariant(u"wide"_s);
        QTest::newRow("an unknown theme follows the system") << u"appearance/theme"_s << QVariant(u"purple"_s);
        QTest::newRow("a negative autosave interval turns it off") << u"editor/autosaveMinutes"_s << QVariant(-4);
        QTest::newRow("a recovery delay that is not a number is ignored")
            << u"recovery/idleSeconds"_s << QVariant(u"soon"_s);
    }

    void storedNonsenseFallsBackToDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        const AppSettings settings;
        QCOMPARE(settings.columnLimit(), 79);
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.autosaveMinutes(), 0);
        QCOMPARE(settings.recoveryIdleSeconds(), 5);
    }

    void recentFilesAreNewestFirstWithoutDuplicates()
    {
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::recentFilesChanged);
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(m_dir.filePath(u"spec-%1.rst"_s.arg(i)));
        settings.addRecentFile(m_dir.filePath(u"spec-5.rst"_s));
        QCOMPARE(changed.count(), 13);
        const QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), AppSettings::maxRecentFiles);
        QCOMPARE(files.first(), m_dir.filePath(u"spec-5.rst"_s));
        QCOMPARE(files.at(1), m_dir.filePath(u"spec-11.rst"_s));
        QCOMPARE(files.count(m_dir.filePath(u"spec-5.rst"_s)), 1);
        QVERIFY(!files.contains(m_dir.filePath(u"spec-0.rst"_s)));

        const AppSettings second;
        QCOMPARE(second.recentFiles(), files);
        settings.clearRecentFiles();
        QVERIFY(AppSettings().recentFiles().isEmpty());
    }

    void theDialogStoresWhatItShows()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        dialog.findChild<QSpinBox *>(u"columnLimit"_s)->setValue(100);
        dialog.findChild<QSpinBox *>(u"autosaveMinutes"_s)->setValue(5);
        dialog.findChild<QSpinBox *>(u"recoveryIdleSeconds"_s)->setValue(30);
        dialog.findChild<QComboBox *>(u"theme"_s)->setCurrentIndex(int(AppSettings::Theme::Light));
        dialog.findChild<QCheckBox *>(u"strictStructure"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"previewVisible"_s)->setChecked(false);
        dialog.findChild<QLineEdit *>(u"templateOverride"_s)->setText(u"  /specs/t.rst "_s);
        // The dictionaries Sonnet offers are listed after "follow the system".
        auto *dictionary = dialog.findChild<QComboBox *>(u"spellingLanguage"_s);
        QCOMPARE(dictionary->itemData(0).toString(), QString());
        const int german = dictionary->findData(u"de_DE"_s);
        QVERIFY2(german > 0, "the build environment has hunspell-de-de");
        dictionary->setCurrentIndex(german);
        dialog.findChild<QCheckBox *>(u"spellChecking"_s)->setChecked(false);
        QVERIFY(!dictionary->isEnabled());
        // Nothing is stored before OK.
        QCOMPARE(AppSettings().columnLimit(), 79);
        dialog.apply();
        const AppSettings stored;
        QCOMPARE(stored.columnLimit(), 100);
        QCOMPARE(stored.autosaveMinutes(), 5);
        QCOMPARE(stored.recoveryIdleSeconds(), 30);
        QCOMPARE(stored.theme(), AppSettings::Theme::Light);
        QVERIFY(stored.strictStructure());
        QVERIFY(!stored.previewVisible());
        QCOMPARE(stored.templateOverride(), u"/specs/t.rst"_s);
        QVERIFY(!stored.spellChecking());
        QCOMPARE(stored.spellingLanguage(), u"de_DE"_s);

        // A new dialog starts from the stored values.
        SettingsDialog again(settings);
        QCOMPARE(again.findChild<QSpinBox *>(u"columnLimit"_s)->value(), 100);
        QVERIFY(!again.findChild<QCheckBox *>(u"previewVisible"_s)->isChecked());
        QCOMPARE(again.findChild<QComboBox *>(u"spellingLanguage"_s)->currentData().toString(), u"de_DE"_s);
    }

    void aSecondWindowStartsAsTheFirstWasLeft()
    {
        QSize size;
        QList<int> splitSizes;
        {
            AppSettings settings;
            MainWindow first(m_highlighting);
            new DesktopIntegration(&first, settings);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(1000, 700);
            auto *outlineDock = first.findChild<QDockWidget *>(u"outlineDock"_s);
            QVERIFY(outlineDock);
            outlineDock->hide();
            auto *splitter = first.findChild<QSplitter *>(u"splitter"_s);
            // The editor and preview take the room the dock leaves.
            QTRY_VERIFY(splitter->width() > first.width() - 60);
            splitter->setSizes({ 600, 200 });
            // Through the window's own check boxes.
            first.findChild<QAction *>(u"strictStructureAction"_s)->setChecked(true);
            // Spell checking is on by default; the menu turns it off.
            QVERIFY(first.editor()->isSpellCheckingEnabled());
            first.findChild<QAction *>(u"spellCheckingAction"_s)->setChecked(false);
            QVERIFY(!first.editor()->isSpellCheckingEnabled());
            QVERIFY(!settings.spellChecking());
            settings.setColumnLimit(72);
            QCOMPARE(first.editor()->columnLimit(), 72);
            settings.setEditorFont(QFont(u"DejaVu Sans Mono"_s, 15));
            QCOMPARE(first.editor()->font().pointSize(), 15);
            size = first.size();
            splitSizes = splitter->sizes();
            QVERIFY(splitSizes.constFirst() > 2 * splitSizes.constLast());
            first.close();
            settings.sync();
        }
        QVERIFY(storedFile().contains("geometry="));

        AppSettings settings;
        MainWindow second(m_highlighting);
        new DesktopIntegration(&second, settings);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), size);
        QCOMPARE(second.editor()->columnLimit(), 72);
        QCOMPARE(second.editor()->font().pointSize(), 15);
        QCOMPARE(second.editor()->font().family(), u"DejaVu Sans Mono"_s);
        QVERIFY(second.findChild<QAction *>(u"strictStructureAction"_s)->isChecked());
        QVERIFY(!second.findChild<QAction *>(u"spellCheckingAction"_s)->isChecked());
        QVERIFY(!second.editor()->isSpellCheckingEnabled());
        QVERIFY(!second.findChild<QDockWidget *>(u"outlineDock"_s)->isVisible());
        QVERIFY(second.findChild<QDockWidget *>(u"problemsDock"_s)->isVisible());
        QTRY_COMPARE(second.findChild<QSplitter *>(u"splitter"_s)->sizes(), splitSizes);
    }

    // With nothing stored, the editor and the preview share the width, at
    // the first show and after the window is resized.
    void theEditorAndPreviewStartWithEqualWidths()
    {
        AppSettings settings;
        MainWindow window(m_highlighting);
        new DesktopIntegration(&window, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"splitter"_s);
        QVERIFY(splitter);
        const auto halves = [splitter] {
            const QList<int> sizes = splitter->sizes();
            return sizes.size() == 2 && sizes[0] > 100 && qAbs(sizes[0] - sizes[1]) <= 1;
        };
        QTRY_VERIFY2(halves(), qPrintable(QDebug::toString(splitter->sizes())));
        window.resize(window.width() + 301, window.height());
        QTRY_VERIFY2(halves(), qPrintable(QDebug::toString(splitter->sizes())));
    }

    void aHiddenPreviewStaysHidden()
    {
        {
            AppSettings settings;
            MainWindow first(m_highlighting);
            new DesktopIntegration(&first, settings);
            first.show();
            QVERIFY(first.preview()->isVisible());
            first.findChild<QAction *>(u"previewAction"_s)->setChecked(false);
            QVERIFY(!first.preview()->isVisible());
        }
        AppSettings settings;
        MainWindow second(m_highlighting);
        new DesktopIntegration(&second, settings);
        second.show();
        QVERIFY(!second.findChild<QAction *>(u"previewAction"_s)->isChecked());
        QVERIFY(!second.preview()->isVisible());
        // And the settings bring it back.
        settings.setPreviewVisible(true);
        QVERIFY(second.findChild<QAction *>(u"previewAction"_s)->isChecked());
        QVERIFY(second.preview()->isVisible());
    }

    void theThemeSettingSetsThePalette()
    {
        AppSettings settings;
        MainWindow window(m_highlighting);
        new DesktopIntegration(&window, settings);
        const QPalette system = QApplication::palette();
        settings.setTheme(AppSettings::Theme::Dark);
        QVERIFY(Highlighting::isDark(QApplication::palette()));
        QTRY_VERIFY(Highlighting::isDark(window.palette()));
        settings.setTheme(AppSettings::Theme::Light);
        QVERIFY(!Highlighting::isDark(QApplication::palette()));
        settings.setTheme(AppSettings::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void autosavingWritesModifiedFilesOnly()
    {
        AppSettings settings;
        const QString path = m_dir.filePath(u"autosaved.rst"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Autosaved\n=========\n");
        file.close();
        MainWindow window(m_highlighting);
        auto *desktop = new DesktopIntegration(&window, settings);
        QVERIFY(!desktop->isAutosaving());
        settings.setAutosaveMinutes(2);
        QVERIFY(desktop->isAutosaving());
        QVERIFY(window.openFile(path));
        window.editor()->moveCursor(QTextCursor::End);
        window.editor()->insertPlainText(u"More text.\n"_s);
        QVERIFY(window.documentController()->isModified());
        desktop->autosave();
        QVERIFY(!window.documentController()->isModified());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "Autosaved\n=========\nMore text.\n"_ba);
        file.close();
        settings.setAutosaveMinutes(0);
        QVERIFY(!desktop->isAutosaving());
    }

    void theRecoveryDelayReachesTheWindow()
    {
        AppSettings settings;
        settings.setRecoveryIdleSeconds(9);
        MainWindow window(m_highlighting);
        new DesktopIntegration(&window, settings);
        QCOMPARE(window.autosaver()->idleInterval(), 9000);
        settings.setRecoveryIdleSeconds(40);
        QCOMPARE(window.autosaver()->idleInterval(), 40000);
    }

    void theMenusOfferSettingsAndRecentFiles()
    {
        AppSettings settings;
        const QString path = m_dir.filePath(u"recent.rst"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Recent\n======\n");
        file.close();

        MainWindow window(m_highlighting);
        auto *desktop = new DesktopIntegration(&window, settings);
        QAction *configure = window.findChild<QAction *>(u"configureAction"_s);
        QVERIFY(configure);
        QCOMPARE(configure->shortcut(), QKeySequence(QKeySequence::Preferences));
        QVERIFY(window.openFile(path));
        QCOMPARE(settings.recentFiles().value(0), path);
        const QList<QAction *> entries = desktop->recentFilesMenu()->actions();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first()->text(), u"&1 recent.rst"_s);
        QCOMPARE(entries.first()->toolTip(), path);
    }
};

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
