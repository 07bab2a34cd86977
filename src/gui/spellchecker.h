// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sonnet
{
class Speller;
}

namespace specwright::gui
{

// Sonnet's speller for one language, with the verdicts on words remembered
// (a spec repeats its words; each is asked once). Adding a word to the
// personal dictionary or ignoring it for the session, and changing the
// language, announce dictionaryChanged() so editors check again.
class SpellChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellChecker)

public:
    static constexpr int maxSuggestions = 8;

    // language empty: defaultLanguage().
    explicit SpellChecker(const QString &language = QString(), QObject *parent = nullptr);
    ~SpellChecker() override;

    // Language code -> readable name of every dictionary Sonnet's backends
    // offer.
    static QMap<QString, QString> availableLanguages();
    // The system locale's language when there is a dictionary for it (en_GB,
    // then any en_*), otherwise en_US.
    static QString defaultLanguage();

    // empty: defaultLanguage().
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Whether a dictionary for the language was found.
    bool isAvailable() const { return m_available; }

    bool isMisspelled(const QString &word) const;
    // At most maxSuggestions, best first.
    QStringList suggestions(const QString &word) const;
    // Into the personal dictionary, kept across sessions.
    void addToDictionary(const QString &word);
    // Accepted until the program ends.
    void ignore(const QString &word);

Q_SIGNALS:
    void dictionaryChanged();

private:
    std::unique_ptr<Sonnet::Speller> m_speller;
    QString m_language;
    bool m_available = false;
    mutable QHash<QString, bool> m_verdicts;
};

} // namespace specwright::gui
