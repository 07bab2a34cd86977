// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QString>
#include <QStringList>

namespace specwright::gui
{

// Every preference of the application, typed, through one object: each
// setter stores the value at once (QSettings) and announces the change, so
// windows follow a setting whichever dialog or menu changed it.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int defaultColumnLimit = 79;
    static constexpr int maxRecentFiles = 10;

    // The application's settings; created on first use.
    static AppSettings &instance();

    // Reads the stored settings of the application (organisation and
    // application names must be set).
    explicit AppSettings(QObject *parent = nullptr);
    ~AppSettings() override;

    QFont editorFont() const { return m_editorFont; }
    void setEditorFont(const QFont &font);
    int columnLimit() const { return m_columnLimit; }
    void setColumnLimit(int columns);
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // Minutes between automatic saves of a modified file; 0 turns them off.
    int autosaveMinutes() const { return m_autosaveMinutes; }
    void setAutosaveMinutes(int minutes);
    // Seconds without typing before unsaved changes go to a recovery file.
    int recoveryIdleSeconds() const { return m_recoveryIdleSeconds; }
    void setRecoveryIdleSeconds(int seconds);
    static constexpr int defaultRecoveryIdleSeconds = 5;
    // A spec template used instead of the one found beside the document;
    // empty finds it.
    QString templateOverride() const { return m_templateOverride; }
    void setTemplateOverride(const QString &path);
    bool strictStructure() const { return m_strictStructure; }
    void setStrictStructure(bool strict);
    // Misspelt prose underlined as you type.
    bool spellChecking() const { return m_spellChecking; }
    void setSpellChecking(bool on);
    // A dictionary's language code ("en_US", "de_DE") or empty for the
    // system's language.
    QString spellingLanguage() const { return m_spellingLanguage; }
    void setSpellingLanguage(const QString &language);
    bool previewVisible() const { return m_previewVisible; }
    void setPreviewVisible(bool visible);
    // A language code ("de", "fr", "en") or empty to follow the system;
    // takes effect at the next start.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // Most recent first, without duplicates, at most maxRecentFiles.
    QStringList recentFiles() const { return m_recentFiles; }
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    // Back to what the storage holds, announcing what differs.
    void reload();
    // Writes pending changes to the storage now.
    void sync();

Q_SIGNALS:
    void editorFontChanged(const QFont &font);
    void columnLimitChanged(int columns);
    void themeChanged(specwright::gui::AppSettings::Theme theme);
    void autosaveMinutesChanged(int minutes);
    void recoveryIdleSecondsChanged(int seconds);
    void templateOverrideChanged(const QString &path);
    void strictStructureChanged(bool strict);
    void previewVisibleChanged(bool visible);
    void spellCheckingChanged(bool on);
    void spellingLanguageChanged(const QString &language);
    void languageChanged(const QString &language);
    void recentFilesChanged(const QStringList &files);

private:
    void storeRecentFiles(const QStringList &files);

    QFont m_editorFont;
    int m_columnLimit = defaultColumnLimit;
    Theme m_theme = Theme::System;
    int m_autosaveMinutes = 0;
    int m_recoveryIdleSeconds = defaultRecoveryIdleSeconds;
    QString m_templateOverride;
    bool m_strictStructure = false;
    bool m_previewVisible = true;
    bool m_spellChecking = true;
    QString m_spellingLanguage;
    QString m_language;
    QStringList m_recentFiles;
};

} // namespace specwright::gui
