#pragma once

#include "models/domain/serd.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace relais {

class Database;
class DateEdit;
class FieldMessage;
class ReferencePicker;
class TimeEdit;

// One date of a SERD action: the day and times, where, how many were expected and
// came, or that it was cancelled. Edits a copy; the action card saves it.
class OccurrenceDialog : public QDialog
{
    Q_OBJECT
public:
    OccurrenceDialog(
        Database &database, const SerdOccurrence &occurrence, QWidget *parent = nullptr);

    SerdOccurrence occurrence() const;

    void accept() override;

private:
    SerdOccurrence m_occurrence;
    DateEdit *m_date;
    TimeEdit *m_starts;
    TimeEdit *m_ends;
    FieldMessage *m_timesMessage;
    QLineEdit *m_place;
    ReferencePicker *m_commune;
    QSpinBox *m_expected;
    QSpinBox *m_actual;
    QCheckBox *m_cancelled;
};

} // namespace relais
