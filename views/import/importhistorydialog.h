#pragma once

#include "models/db/importhistoryrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relais {

class Commands;
class Database;

// Edit > Undo import…: every import made in this file, newest first, with its date, file
// and counts. The newest one not undone can be taken back as a whole — what it created
// is deleted, what it updated gets its values back — after a question that says how
// much, and what was changed since.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(Database &database, Commands &commands, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    // Undoes the newest import not undone, after the question; true when it was.
    bool undoLast();

private:
    void refresh();

    Database &m_database;
    Commands &m_commands;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_undo;
};

} // namespace relais
