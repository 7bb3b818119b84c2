#pragma once

#include "models/domain/serd.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relais {

class Commands;
class Database;
class DateEdit;
class FieldMessage;

// A SERD edition: the year, the Week's first and last days, the year's focus, notes.
class EditionDialog : public QDialog
{
    Q_OBJECT
public:
    // A new edition when editionId is 0, proposed for the year after the last one.
    EditionDialog(
        Database &database, Commands &commands, qint64 editionId, QWidget *parent = nullptr);

    qint64 editionId() const { return m_editionId; }
    SerdEdition edition() const;

public slots:
    bool save();

private:
    void yearChanged(int year);

    Database &m_database;
    Commands &m_commands;
    qint64 m_editionId;
    SerdEdition m_loaded;
    QSpinBox *m_year;
    FieldMessage *m_yearMessage;
    DateEdit *m_startsOn;
    DateEdit *m_endsOn;
    FieldMessage *m_datesMessage;
    QLineEdit *m_focus;
    QPlainTextEdit *m_notes;
};

} // namespace relais
