#pragma once

#include "models/domain/training.h"
#include "views/forms/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relais {

class Commands;
class Database;
class DateEdit;
class FieldMessage;
class ReferencePicker;
class TimeEdit;

// A session of a cohort: which module, the day and its half-days with their times, a
// room session or a field visit, where, who trains (a contact of the file, completed
// as it is typed, or any name) and how many places.
class SessionDialog : public RecordDialog
{
    Q_OBJECT
public:
    // A new session of the cohort when sessionId is 0.
    SessionDialog(Database &database, Commands &commands, qint64 cohortId, qint64 sessionId,
        QWidget *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    TrainingSession session() const;
    bool save() override;
    bool isModified() const override;

protected:
    void startNext() override;

private:
    void load(const TrainingSession &session);
    void halvesChanged();

    Commands &m_commands;
    qint64 m_cohortId;
    qint64 m_sessionId;
    TrainingSession m_saved;
    qint64 m_trainerContactId = 0;
    QComboBox *m_module;
    FieldMessage *m_moduleMessage;
    DateEdit *m_date;
    QCheckBox *m_morning;
    TimeEdit *m_morningStarts;
    TimeEdit *m_morningEnds;
    QCheckBox *m_afternoon;
    TimeEdit *m_afternoonStarts;
    TimeEdit *m_afternoonEnds;
    FieldMessage *m_halvesMessage;
    QComboBox *m_kind;
    QLineEdit *m_place;
    ReferencePicker *m_commune;
    QLineEdit *m_trainer;
    QSpinBox *m_maxPlaces;
    QPlainTextEdit *m_notes;
};

} // namespace relais
