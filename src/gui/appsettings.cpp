// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/appsettings.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace specwright::gui
{

namespace
{

const QString fontKey = u"editor/font"_s;
const QString columnLimitKey = u"editor/columnLimit"_s;
const QString spellCheckingKey = u"editor/spellChecking"_s;
const QString spellingLanguageKey = u"editor/spellingLanguage"_s;
const QString autosaveKey = u"editor/autosaveMinutes"_s;
// Read by Autosaver too, for its first interval.
const QString recoveryIdleKey = u"recovery/idleSeconds"_s;
const QString themeKey = u"appearance/theme"_s;
const QString languageKey = u"appearance/language"_s;
const QString templateKey = u"check/templateOverride"_s;
const QString strictKey = u"check/strictStructure"_s;
const QString previewKey = u"view/preview"_s;
const QString recentKey = u"files/recent"_s;
const QString geometryKey = u"window/geometry"_s;
const QString stateKey = u"window/state"_s;
const QString splitterKey = u"window/splitter"_s;

QString themeName(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::Light:
        return u"light"_s;
    case AppSettings::Theme::Dark:
        return u"dark"_s;
    case AppSettings::Theme::System:
        break;
    }
    return u"system"_s;
}

AppSettings::Theme themeFromName(const QString &name)
{
    if (name == u"light")
        return AppSettings::Theme::Light;
    if (name == u"dark")
        return AppSettings::Theme::Dark;
    return AppSettings::Theme::System;
}

// Stored values come from a file anyone can edit: keep them in range.
int boundedColumnLimit(int columns)
{
    return columns >= 20 && columns <= 400 ? columns : AppSettings::defaultColumnLimit;
}

int boundedAutosave(int minutes)
{
    return qBound(0, minutes, 24 * 60);
}

int boundedRecoveryIdle(int seconds)
{
    return qBound(1, seconds, 3600);
}

} // namespace

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    reload();
}

AppSettings::~AppSettings() = default;

void AppSettings::reload()
{
    const QSettings store;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const QString stored = store.value(fontKey).toString(); !stored.isEmpty())
        font.fromString(stored);
    if (font != m_editorFont) {
        m_editorFont = font;
        Q_EMIT editorFontChanged(font);
    }
    if (const int columns = boundedColumnLimit(store.value(columnLimitKey, defaultColumnLimit).toInt());
        columns != m_columnLimit) {
        m_columnLimit = columns;
        Q_EMIT columnLimitChanged(columns);
    }
    if (const Theme theme = themeFromName(store.value(themeKey).toString()); theme != m_theme) {
        m_theme = theme;
        Q_EMIT themeChanged(theme);
    }
    if (const int minutes = boundedAutosave(store.value(autosaveKey, 0).toInt()); minutes != m_autosaveMinutes) {
        m_autosaveMinutes = minutes;
        Q_EMIT autosaveMinutesChanged(minutes);
    }
    bool isNumber = false;
    const double idle = store.value(recoveryIdleKey).toDouble(&isNumber);
    if (const int seconds = isNumber && idle > 0 ? boundedRecoveryIdle(qRound(idle)) : defaultRecoveryIdleSeconds;
        seconds != m_recoveryIdleSeconds) {
        m_recoveryIdleSeconds = seconds;
        Q_EMIT recoveryIdleSecondsChanged(seconds);
    }
    if (const bool spelling = store.value(spellCheckingKey, true).toBool(); spelling != m_spellChecking) {
        m_spellChecking = spelling;
        Q_EMIT spellCheckingChanged(spelling);
    }
    if (const QString language = store.value(spellingLanguageKey).toString(); language != m_spellingLanguage) {
        m_spellingLanguage = language;
        Q_EMIT spellingLanguageChanged(language);
    }
    if (const QString path = store.value(templateKey).toString(); path != m_templateOverride) {
        m_templateOverride = path;
        Q_EMIT templateOverrideChanged(path);
    }
    if (const bool strict = store.value(strictKey, false).toBool(); strict != m_strictStructure) {
        m_strictStructure = strict;
        Q_EMIT strictStructureChanged(strict);
    }
    if (const bool preview = store.value(previewKey, true).toBool(); preview != m_previewVisible) {
        m_previewVisible = preview;
        Q_EMIT previewVisibleChanged(preview);
    }
    if (const QString language = store.value(languageKey).toString(); language != m_language) {
        m_language = language;
        Q_EMIT languageChanged(language);
    }
    if (const QStringList files = store.value(recentKey).toStringList().mid(0, maxRecentFiles);
        files != m_recentFiles) {
        m_recentFiles = files;
        Q_EMIT recentFilesChanged(files);
    }
}

void AppSettings::sync()
{
    QSettings().sync();
}

void AppSettings::setEditorFont(const QFont &font)
{
    if (font == m_editorFont)
        return;
    m_editorFont = font;
    QSettings().setValue(fontKey, font.toString());
    Q_EMIT editorFontChanged(font);
}

void AppSettings::setColumnLimit(int columns)
{
    columns = boundedColumnLimit(columns);
    if (columns == m_columnLimit)
        return;
    m_columnLimit = columns;
    QSettings().setValue(columnLimitKey, columns);
    Q_EMIT columnLimitChanged(columns);
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(themeKey, themeName(theme));
    Q_EMIT themeChanged(theme);
}

void AppSettings::setAutosaveMinutes(int minutes)
{
    minutes = boundedAutosave(minutes);
    if (minutes == m_autosaveMinutes)
        return;
    m_autosaveMinutes = minutes;
    QSettings().setValue(autosaveKey, minutes);
    Q_EMIT autosaveMinutesChanged(minutes);
}

void AppSettings::setRecoveryIdleSeconds(int seconds)
{
    seconds = boundedRecoveryIdle(seconds);
    if (seconds == m_recoveryIdleSeconds)
        return;
    m_recoveryIdleSeconds = seconds;
    QSettings().setValue(recoveryIdleKey, seconds);
    Q_EMIT recoveryIdleSecondsChanged(seconds);
}

void AppSettings::setSpellChecking(bool on)
{
    if (on == m_spellChecking)
        return;
    m_spellChecking = on;
    QSettings().setValue(spellCheckingKey, on);
    Q_EMIT spellCheckingChanged(on);
}

void AppSettings::setSpellingLanguage(const QString &language)
{
    if (language == m_spellingLanguage)
        return;
    m_spellingLanguage = language;
    QSettings().setValue(spellingLanguageKey, language);
    Q_EMIT spellingLanguageChanged(language);
}

void AppSettings::setTemplateOverride(const QString &path)
{
    if (path == m_templateOverride)
        return;
    m_templateOverride = path;
    QSettings().setValue(templateKey, path);
    Q_EMIT templateOverrideChanged(path);
}

void AppSettings::setStrictStructure(bool strict)
{
    if (strict == m_strictStructure)
        return;
    m_strictStructure = strict;
    QSettings().setValue(strictKey, strict);
    Q_EMIT strictStructureChanged(strict);
}

void AppSettings::setPreviewVisible(bool visible)
{
    if (visible == m_previewVisible)
        return;
    m_previewVisible = visible;
    QSettings().setValue(previewKey, visible);
    Q_EMIT previewVisibleChanged(visible);
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    QSettings().setValue(languageKey, language);
    Q_EMIT languageChanged(language);
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = m_recentFiles;
    files.removeAll(absolute);
    files.prepend(absolute);
    storeRecentFiles(files.mid(0, maxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = m_recentFiles;
    files.removeAll(path);
    storeRecentFiles(files);
}

void AppSettings::clearRecentFiles()
{
    storeRecentFiles({});
}

void AppSettings::storeRecentFiles(const QStringList &files)
{
    if (files == m_recentFiles)
        return;
    m_recentFiles = files;
    QSettings().setValue(recentKey, files);
    Q_EMIT recentFilesChanged(files);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(stateKey).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return QSettings().value(splitterKey).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    QSettings store;
    store.setValue(geometryKey, geometry);
    store.setValue(stateKey, state);
    store.setValue(splitterKey, splitter);
}

} // namespace specwright::gui
