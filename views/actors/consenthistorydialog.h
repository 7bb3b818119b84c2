#pragma once

#include <QDialog>

class QTableWidget;

namespace relais {

class Database;

// The consent history of one contact, newest first: when each answer was recorded, for which
// channel, what it was, when and where it was given, the note, and who recorded it.
class ConsentHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentHistoryDialog(Database &database, qint64 contactId, const QString &contactName,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace relais
