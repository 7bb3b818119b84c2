#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace relais {

class Database;

// What the contact and organisation cards share: tabs, the Save / Save and new /
// Cancel buttons with their keyboard shortcuts, and never losing typed work — closing
// a card with unsaved changes asks first.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget *parent = nullptr);

    // Saves; on failure shows why and returns false, keeping the card open.
    virtual bool save() = 0;
    // Whether the card differs from what is saved.
    virtual bool isModified() const = 0;

    // Save, then clear the card for the next record (what stays is up to the card).
    void saveAndNew();
    void saveAndClose();

    // A short confirmation under the buttons ("Marie Dupont saved.").
    QString statusText() const;

    // Change history…: who changed the saved record, when and how (the audit trail), in a
    // dialog over the card. Nothing for a card not saved yet.
    void showChangeHistory();

    void done(int result) override;

protected:
    QTabWidget *tabs() const { return m_tabs; }
    // Clears the card for a new record after "Save and new".
    virtual void startNext() = 0;
    void setStatusText(const QString &text);
    // The record the card shows ("contact", 12), which the Change history… button lists the
    // changes of; id 0 (a new card) hides the button. Called by the card at each load.
    void setAuditedRecord(Database &database, const QString &table, qint64 id);

private:
    QTabWidget *m_tabs;
    QLabel *m_status;
    QPushButton *m_saveAndNew;
    QPushButton *m_save;
    QPushButton *m_changeHistory;
    Database *m_auditDatabase = nullptr;
    QString m_auditTable;
    qint64 m_auditId = 0;
    bool m_closing = false;
};

} // namespace relais
