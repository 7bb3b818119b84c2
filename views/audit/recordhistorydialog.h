#pragma once

#include <QDialog>

class QLabel;

namespace relais {

class AuditLogModel;
class AuditTableView;
class Database;

// A contact's or an organisation's card > Change history…: every change recorded for that
// record (its e-mails, phones and memberships included), newest first, each field's old
// and new values on a line of their own.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // recordTable: "contact" or "organisation".
    RecordHistoryDialog(
        Database &database, const QString &recordTable, qint64 recordId, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    AuditTableView *table() const { return m_table; }

private:
    void updateState();

    AuditLogModel *m_model;
    AuditTableView *m_table;
    QLabel *m_empty;
};

} // namespace relais
