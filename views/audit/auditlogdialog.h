#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais {

class AuditLogModel;
class AuditTableView;
class Database;
class OptionalDateEdit;
struct AuditFilter;

// Tools > Audit log…: who changed which personal data, when, and how (issue #9), newest
// first, filtered by dates, user, kind of record and a record's name. The list is read a
// page at a time as it scrolls; what it shows can be copied or exported to CSV.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &database, QWidget *parent = nullptr);

    // The audit log of `database` over `parent`: the one already open, raised, or a new one,
    // not modal. It closes by itself when the file does.
    static AuditLogDialog *showFor(Database &database, QWidget *parent);

    AuditLogModel *model() const { return m_model; }
    AuditTableView *table() const { return m_table; }
    // "12 entries".
    QString countText() const;
    // What the filter fields ask for.
    AuditFilter filter() const;

private:
    void applyFilter();
    void updateState();
    void exportCsv();

    Database &m_database;
    AuditLogModel *m_model;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QComboBox *m_user;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_count;
    AuditTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace relais
