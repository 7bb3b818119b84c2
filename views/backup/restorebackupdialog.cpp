#include "restorebackupdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <models/db/databaseerror.h>

namespace relais {

namespace {

enum Column { Taken, Reason, Contacts, Size, ColumnCount };

QString takenText(const Backup &backup)
{
    return QLocale().toString(backup.taken.toLocalTime(), QLocale::ShortFormat);
}

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(BackupStore store, Restore restore, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_restore(std::move(restore))
    , m_folderLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
{
    setWindowTitle(tr("Restore from backup"));

    auto *intro = new QLabel(tr("Relais backs up %1 each day it is opened, before every "
                                "import and merge, and when you ask. Restoring puts a backup "
                                "in place of the file; the file as it is now is kept aside.")
                                 .arg(QFileInfo(m_store.databasePath()).fileName()),
        this);
    intro->setWordWrap(true);

    m_folderLabel->setObjectName(QStringLiteral("folder"));
    m_folderLabel->setText(
        tr("Backups folder: %1").arg(QDir::toNativeSeparators(m_store.folder())));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setHorizontalHeaderLabels({ tr("Taken"), tr("Reason"), tr("Contacts"), tr("Size") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);

    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setText(tr("No backup of this file yet. One is made the first time it is opened "
                        "each day, and File > Back up now makes one at once."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *openFolder
        = buttons->addButton(tr("Open the backups &folder"), QDialogButtonBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restore"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        // The folder may not exist before the first backup: show the file's folder then.
        const QString folder = QFileInfo::exists(m_store.folder())
            ? m_store.folder()
            : QFileInfo(m_store.databasePath()).absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &RestoreBackupDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_folderLabel);
    layout->addWidget(buttons);

    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
    refresh();
}

void RestoreBackupDialog::refresh()
{
    try {
        m_backups = m_store.list();
    } catch (const DatabaseError &error) {
        m_backups.clear();
        m_empty->setText(error.message());
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const Backup &backup = m_backups.at(row);
        m_table->setItem(row, Taken, item(takenText(backup)));
        m_table->setItem(row, Reason, item(BackupStore::reasonText(backup.reason)));
        m_table->setItem(row, Contacts,
            item(backup.contactCount < 0 ? tr("unreadable") : locale.toString(backup.contactCount),
                Qt::AlignRight));
        m_table->setItem(row, Size, item(locale.formattedDataSize(backup.size), Qt::AlignRight));
        m_table->item(row, Taken)->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    m_stack->setCurrentWidget(m_backups.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (!m_backups.isEmpty()) {
        m_table->selectRow(0);
        // The arrows choose a backup at once.
        m_table->setFocus();
    }
    updateButtons();
}

void RestoreBackupDialog::updateButtons()
{
    m_restoreButton->setEnabled(
        !m_backups.isEmpty() && m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size() || m_table->selectedItems().isEmpty())
        return;
    const Backup backup = m_backups.at(row);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    // As BackupStore::restore names it.
    const QString aside = QFileInfo(m_store.databasePath()).fileName()
        + QStringLiteral(".before-restore-")
        + now.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    QMessageBox box(QMessageBox::Question, windowTitle(),
        tr("Restore the backup of %1? The current file is kept aside as %2.")
            .arg(takenText(backup), aside),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestore"));
    box.setInformativeText(tr("What was changed since the backup will only be in the file "
                              "kept aside."));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    if (m_restore && m_restore(backup))
        accept();
    else
        refresh();
}

} // namespace relais
