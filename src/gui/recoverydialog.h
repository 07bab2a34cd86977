// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>
#include <vector>

#include "gui/recoverystore.h"

namespace Ui
{
class RecoveryDialog;
}

namespace specwright::gui
{

// Lists the documents a previous run left unsaved, each with a check box:
// Restore brings back the checked ones, Discard drops them all; closing the
// dialog keeps every file for the next start.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    explicit RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // After exec(): what to restore and what to delete.
    std::vector<RecoveryEntry> toRestore() const;
    std::vector<RecoveryEntry> toDiscard() const;

private:
    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    std::vector<RecoveryEntry> m_entries;
    bool m_discardAll = false;
};

// The entries of `store` left by earlier runs that the user wants back
// (all of them when `acceptAll`); deletes those the user discarded.
std::vector<RecoveryEntry> offerRecovery(const RecoveryStore &store, bool acceptAll, QWidget *parent = nullptr);

} // namespace specwright::gui
