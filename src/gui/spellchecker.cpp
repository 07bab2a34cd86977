// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/spellchecker.h"

#include <QLocale>
#include <Sonnet/Speller>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

SpellChecker::SpellChecker(const QString &language, QObject *parent)
    : QObject(parent)
    , m_speller(std::make_unique<Sonnet::Speller>())
{
    setLanguage(language);
}

SpellChecker::~SpellChecker() = default;

QMap<QString, QString> SpellChecker::availableLanguages()
{
    const Sonnet::Speller speller;
    QMap<QString, QString> languages;
    const QMap<QString, QString> dictionaries = speller.availableDictionaries();
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it)
        languages.insert(it.value(), it.key());
    return languages;
}

QString SpellChecker::defaultLanguage()
{
    const QStringList available = Sonnet::Speller().availableLanguages();
    const QString system = QLocale::system().name();
    if (available.contains(system))
        return system;
    const QString prefix = system.section(u'_', 0, 0) + u'_';
    for (const QString &language : available) {
        if (language.startsWith(prefix) || language == prefix.chopped(1))
            return language;
    }
    return u"en_US"_s;
}

void SpellChecker::setLanguage(const QString &language)
{
    const QString wanted = language.isEmpty() ? defaultLanguage() : language;
    if (wanted == m_language && m_speller->isValid() == m_available)
        return;
    m_language = wanted;
    m_speller->setLanguage(wanted);
    // Sonnet keeps its previous dictionary when it has none for the new
    // language: ask for the language it really checks.
    m_available = m_speller->isValid() && m_speller->language() == wanted;
    m_verdicts.clear();
    Q_EMIT dictionaryChanged();
}

bool SpellChecker::isMisspelled(const QString &word) const
{
    if (!m_available)
        return false;
    if (const auto known = m_verdicts.constFind(word); known != m_verdicts.constEnd())
        return *known;
    const bool misspelled = m_speller->isMisspelled(word);
    m_verdicts.insert(word, misspelled);
    return misspelled;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    if (!m_available)
        return {};
    return m_speller->suggest(word).mid(0, maxSuggestions);
}

void SpellChecker::addToDictionary(const QString &word)
{
    if (!m_available || word.isEmpty())
        return;
    m_speller->addToPersonal(word);
    m_verdicts.insert(word, false);
    Q_EMIT dictionaryChanged();
}

void SpellChecker::ignore(const QString &word)
{
    if (!m_available || word.isEmpty())
        return;
    m_speller->addToSession(word);
    m_verdicts.insert(word, false);
    Q_EMIT dictionaryChanged();
}

} // namespace specwright::gui
