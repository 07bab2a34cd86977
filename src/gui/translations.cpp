// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

QList<Translations::Language> Translations::available()
{
    // Each language under its own name, capitalised as in a list of them.
    QList<Language> languages { { u"en"_s, u"English"_s } };
    const QDir folder(directory());
    for (const QString &file : folder.entryList({ u"specwright_*.qm"_s }, QDir::Files, QDir::Name)) {
        const QString code = file.mid(11).chopped(3);
        if (code == u"en")
            continue; // English's plural forms, listed first already
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        languages.append({ code, name.isEmpty() ? code : name });
    }
    return languages;
}

QString Translations::directory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/specwright/translations"_s);
}

QString Translations::install(QCoreApplication &application, const QString &language)
{
    // An explicit choice also decides dates and numbers; without one, the
    // system locale (LANGUAGE, LC_ALL, LANG) decides both.
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&application);
    // English, or a language without a translation: the source strings,
    // with English plural forms for those that count something.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (english || !own->load(locale, u"specwright"_s, u"_"_s, directory())) {
        if (own->load(u"specwright_en"_s, directory()))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs) where Qt's translations
    // are installed.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace specwright::gui
