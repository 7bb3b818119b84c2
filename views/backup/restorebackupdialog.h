#pragma once

#include <QDateTime>
#include <QDialog>
#include <functional>
#include <models/db/backupstore.h>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace relais {

// File > Restore from backup…: the backups of the open file, newest first, with when,
// why, how many contacts and how large; the folder they are in; and Restore, which asks
// first, then hands the chosen backup to the caller. The caller closes the database,
// restores and reopens it (the dialog holds no connection to the file), and returns
// whether it worked; the dialog closes when it did.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    using Restore = std::function<bool(const Backup &backup)>;

    RestoreBackupDialog(BackupStore store, Restore restore, QWidget *parent = nullptr);

    // Reads the folder again.
    void refresh();
    QList<Backup> backups() const { return m_backups; }
    // The clock used in the confirmation; tests set it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    void restoreSelected();
    void updateButtons();

    BackupStore m_store;
    Restore m_restore;
    QList<Backup> m_backups;
    QDateTime m_now;
    QLabel *m_folderLabel;
    QStackedWidget *m_stack;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_restoreButton;
};

} // namespace relais
