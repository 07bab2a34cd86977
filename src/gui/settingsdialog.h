// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui
{
class SettingsDialog;
}

namespace specwright::gui
{

class AppSettings;

// "Configure Specwright": shows the settings and stores them on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Stores what the dialog shows (what OK does).
    void apply();

private:
    void load();
    void restoreDefaults();
    void chooseTemplate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
};

} // namespace specwright::gui
