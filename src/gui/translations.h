// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace specwright::gui
{

// The languages Specwright's user interface is translated into, and loading
// them: the system's language unless the settings name another.
class Translations final
{
public:
    struct Language {
        QString code; // "de"
        QString name; // in that language: "Deutsch"
    };

    // The languages that have a compiled translation, plus English (the
    // language of the sources).
    static QList<Language> available();
    // Where the compiled translations are: share/specwright/translations
    // beside the program's bin folder, as installed and as built.
    static QString directory();
    // Installs the translation for `language` (a code), or for the system's
    // languages when it is empty; returns the code of the one loaded, or an
    // empty string when the interface stays in English.
    static QString install(QCoreApplication &application, const QString &language);
};

} // namespace specwright::gui
