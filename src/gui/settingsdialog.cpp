// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settingsdialog.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QPushButton>

#include "gui/appsettings.h"
#include "gui/spellchecker.h"
#include "gui/translations.h"
#include "ui_settingsdialog.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->language->addItem(tr("Follow the system"), QString());
    for (const Translations::Language &language : Translations::available())
        m_ui->language->addItem(language.name, language.code);
    m_ui->language->setToolTip(tr("Takes effect when Specwright starts again."));
    m_ui->spellingLanguage->addItem(tr("Follow the system (%1)").arg(SpellChecker::defaultLanguage()), QString());
    const QMap<QString, QString> dictionaries = SpellChecker::availableLanguages();
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it)
        m_ui->spellingLanguage->addItem(it.value(), it.key());
    connect(m_ui->spellChecking, &QCheckBox::toggled, m_ui->spellingLanguage, &QWidget::setEnabled);
    load();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults),
        &QPushButton::clicked,
        this,
        &SettingsDialog::restoreDefaults);
    connect(m_ui->chooseTemplate, &QToolButton::clicked, this, &SettingsDialog::chooseTemplate);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const QFont font = m_settings.editorFont();
    m_ui->fontFamily->setCurrentFont(font);
    m_ui->fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_ui->columnLimit->setValue(m_settings.columnLimit());
    m_ui->autosaveMinutes->setValue(m_settings.autosaveMinutes());
    m_ui->recoveryIdleSeconds->setValue(m_settings.recoveryIdleSeconds());
    m_ui->spellChecking->setChecked(m_settings.spellChecking());
    m_ui->spellingLanguage->setEnabled(m_settings.spellChecking());
    // A language whose dictionary has gone stays listed, so OK keeps it.
    if (const QString language = m_settings.spellingLanguage(); m_ui->spellingLanguage->findData(language) < 0)
        m_ui->spellingLanguage->addItem(tr("%1 (no dictionary)").arg(language), language);
    m_ui->spellingLanguage->setCurrentIndex(qMax(0, m_ui->spellingLanguage->findData(m_settings.spellingLanguage())));
    m_ui->templateOverride->setText(m_settings.templateOverride());
    m_ui->strictStructure->setChecked(m_settings.strictStructure());
    m_ui->theme->setCurrentIndex(int(m_settings.theme()));
    m_ui->previewVisible->setChecked(m_settings.previewVisible());
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(m_settings.language())));
}

void SettingsDialog::restoreDefaults()
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fontFamily->setCurrentFont(font);
    m_ui->fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_ui->columnLimit->setValue(AppSettings::defaultColumnLimit);
    m_ui->autosaveMinutes->setValue(0);
    m_ui->recoveryIdleSeconds->setValue(AppSettings::defaultRecoveryIdleSeconds);
    m_ui->spellChecking->setChecked(true);
    m_ui->spellingLanguage->setCurrentIndex(0);
    m_ui->templateOverride->clear();
    m_ui->strictStructure->setChecked(false);
    m_ui->theme->setCurrentIndex(int(AppSettings::Theme::System));
    m_ui->previewVisible->setChecked(true);
    m_ui->language->setCurrentIndex(0);
}

void SettingsDialog::apply()
{
    QFont font = m_ui->fontFamily->currentFont();
    font.setPointSize(m_ui->fontSize->value());
    font.setStyleHint(QFont::Monospace);
    m_settings.setEditorFont(font);
    m_settings.setColumnLimit(m_ui->columnLimit->value());
    m_settings.setAutosaveMinutes(m_ui->autosaveMinutes->value());
    m_settings.setRecoveryIdleSeconds(m_ui->recoveryIdleSeconds->value());
    m_settings.setSpellChecking(m_ui->spellChecking->isChecked());
    m_settings.setSpellingLanguage(m_ui->spellingLanguage->currentData().toString());
    m_settings.setTemplateOverride(m_ui->templateOverride->text().trimmed());
    m_settings.setStrictStructure(m_ui->strictStructure->isChecked());
    m_settings.setTheme(AppSettings::Theme(m_ui->theme->currentIndex()));
    m_settings.setPreviewVisible(m_ui->previewVisible->isChecked());
    m_settings.setLanguage(m_ui->language->currentData().toString());
}

void SettingsDialog::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this,
        tr("Choose Spec Template"),
        m_ui->templateOverride->text(),
        tr("reStructuredText (*.rst);;All files (*)"));
    if (!path.isEmpty())
        m_ui->templateOverride->setText(path);
}

} // namespace specwright::gui
