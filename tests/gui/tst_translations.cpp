// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "gui/appsettings.h"
#include "gui/desktopintegration.h"
#include "gui/highlighting.h"
#include "gui/mainwindow.h"
#include "gui/previewpane.h"
#include "gui/translations.h"

using namespace Qt::StringLiterals;
using namespace specwright::gui;

// The interface speaks German and French: every string is translated, and
// the window comes up in the system's language unless the settings say
// otherwise.
class TestTranslations : public QObject
{
    Q_OBJECT

public:
    // The preview draws as the program makes it draw.
    static void initMain() { PreviewPane::prepareRendering(); }

private:
    static QString tsFile(const QString &language)
    {
        return QDir::cleanPath(
            QStringLiteral(SPECWRIGHT_TEST_DATA) + u"/../../i18n/specwright_"_s + language + u".ts"_s);
    }
    static void uninstallAll()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }
    // The titles of the menu bar's menus, in order.
    QStringList menuTitles()
    {
        MainWindow window(m_highlighting);
        new DesktopIntegration(&window, AppSettings::instance());
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression placeholder(u"%(?:\\d+|n)"_s);
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        return found;
    }

    Highlighting m_highlighting;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { uninstallAll(); }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("every string has a German translation") << u"de"_s;
        QTest::newRow("every string has a French translation") << u"fr"_s;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QFile file(tsFile(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString context;
        QString source;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                const bool numerus = xml.attributes().hasAttribute(u"numerus"_s) || source.contains(u"%n"_s);
                QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"vanished" || type == u"obsolete")
                    problems.append(u"%1: %2 \"%3\""_s.arg(context, type, source));
                else if (translation.trimmed().isEmpty())
                    problems.append(u"%1: empty \"%2\""_s.arg(context, source));
                else if (!numerus && placeholders(translation) != placeholders(source))
                    problems.append(u"%1: placeholders differ in \"%2\" -> \"%3\""_s.arg(context, source, translation));
                else if (source.contains(u'&') && !source.contains(u"&&"_s)
                    && QRegularExpression(u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption)
                           .match(source)
                           .hasMatch()
                    && !QRegularExpression(u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption)
                            .match(translation)
                            .hasMatch())
                    problems.append(u"%1: no accelerator in \"%2\" -> \"%3\""_s.arg(context, source, translation));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 100, qPrintable(u"only %1 messages"_s.arg(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theCompiledTranslationsAreWhereTheProgramLooks()
    {
        QStringList codes;
        for (const Translations::Language &language : Translations::available())
            codes.append(language.code);
        QCOMPARE(codes, (QStringList { u"en"_s, u"de"_s, u"fr"_s }));
        QCOMPARE(Translations::available().at(0).name, u"English"_s);
        QCOMPARE(Translations::available().at(1).name, u"Deutsch"_s);
        QCOMPARE(Translations::available().at(2).name, u"Français"_s);
    }

    void theWindowSpeaksTheSystemLanguage_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("a German system gets German menus")
            << QLocale(QLocale::German, QLocale::Germany) << u"de"_s
            << QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Einstellungen"_s, u"&Hilfe"_s };
        QTest::newRow("a Swiss French system gets French menus")
            << QLocale(QLocale::French, QLocale::Switzerland) << u"fr"_s
            << QStringList { u"&Fichier"_s, u"É&dition"_s, u"&Configuration"_s, u"&Aide"_s };
        QTest::newRow("a Japanese system stays English") << QLocale(QLocale::Japanese,
            QLocale::Japan) << QString() << QStringList { u"&File"_s, u"&Edit"_s, u"&Settings"_s, u"&Help"_s };
    }

    void theWindowSpeaksTheSystemLanguage()
    {
        QFETCH(QLocale, system);
        QFETCH(QString, loaded);
        QFETCH(QStringList, menus);
        QLocale::setDefault(system);
        QCOMPARE(Translations::install(*qApp, QString()).left(2), loaded);
        const QStringList titles = menuTitles();
        for (const QString &menu : menus)
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(u", "_s)));
    }

    void englishCountsInWords_data()
    {
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        QTest::newRow("one error") << english << 1 << u"Gate: 1 error"_s;
        QTest::newRow("no errors") << english << 0 << u"Gate: 0 errors"_s;
        QTest::newRow("two errors") << english << 2 << u"Gate: 2 errors"_s;
        QTest::newRow("untranslated languages count in English") << japanese << 1 << u"Gate: 1 error"_s;
    }

    void englishCountsInWords()
    {
        QFETCH(QLocale, system);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QLocale::setDefault(system);
        QVERIFY(Translations::install(*qApp, QString()).isEmpty());
        QCOMPARE(
            QCoreApplication::translate("specwright::gui::MainWindow", "Gate: %n error(s)", nullptr, count), expected);
    }

    void theSettingsOverrideTheSystemLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Translations::install(*qApp, u"fr"_s).left(2), u"fr"_s);
        QVERIFY(menuTitles().contains(u"&Fichier"_s));
        uninstallAll();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Translations::install(*qApp, u"en"_s).isEmpty());
        QVERIFY(menuTitles().contains(u"&File"_s));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
