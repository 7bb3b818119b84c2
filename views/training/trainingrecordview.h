#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace relais {

class Database;

// A contact's trainings on their card: each cohort they were enrolled in, with the
// half-days and hours attended and whether they completed it.
class TrainingRecordView : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingRecordView(Database &database, QWidget *parent = nullptr);

    void setContact(qint64 contactId);
    // Cohorts shown.
    int count() const;
    QTableWidget *table() const { return m_table; }

private:
    Database &m_database;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace relais
