// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/recoverydialog.h"

#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include "ui_recoverydialog.h"

using namespace Qt::StringLiterals;

namespace specwright::gui
{

RecoveryDialog::RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryDialog>())
    , m_entries(std::move(entries))
{
    m_ui->setupUi(this);
    for (const RecoveryEntry &entry : m_entries) {
        const QString where = entry.originalPath.isEmpty() ? tr("never saved") : entry.originalPath;
        auto *item = new QListWidgetItem(tr("%1 (%2), changed %3")
                                             .arg(entry.displayName.isEmpty() ? tr("Untitled") : entry.displayName,
                                                 where,
                                                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_ui->documents);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(entry.text.left(2000));
    }
    QPushButton *restore = m_ui->buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setDefault(true);
    QPushButton *discard = m_ui->buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_ui->buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    connect(restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discardAll = true;
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RecoveryDialog::~RecoveryDialog() = default;

std::vector<RecoveryEntry> RecoveryDialog::toRestore() const
{
    std::vector<RecoveryEntry> chosen;
    if (result() != Accepted || m_discardAll)
        return chosen;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_ui->documents->item(row)->checkState() == Qt::Checked)
            chosen.push_back(m_entries[std::size_t(row)]);
    }
    return chosen;
}

std::vector<RecoveryEntry> RecoveryDialog::toDiscard() const
{
    std::vector<RecoveryEntry> dropped;
    if (result() != Accepted)
        return dropped;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_discardAll || m_ui->documents->item(row)->checkState() != Qt::Checked)
            dropped.push_back(m_entries[std::size_t(row)]);
    }
    return dropped;
}

std::vector<RecoveryEntry> offerRecovery(const RecoveryStore &store, bool acceptAll, QWidget *parent)
{
    std::vector<RecoveryEntry> entries = store.orphaned();
    if (entries.empty() || acceptAll)
        return entries;
    RecoveryDialog dialog(entries, parent);
    dialog.exec();
    for (const RecoveryEntry &entry : dialog.toDiscard())
        std::ignore = store.remove(entry.id);
    return dialog.toRestore();
}

} // namespace specwright::gui
