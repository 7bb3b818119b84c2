#pragma once

#include "models/domain/training.h"
#include "views/forms/recorddialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace relais {

class Commands;
class Database;
class DateEdit;
class FieldMessage;
class OptionalDateEdit;

// A cohort: its name and period, the modules of its programme and the rule a trainee
// meets to complete it.
class CohortDialog : public RecordDialog
{
    Q_OBJECT
public:
    CohortDialog(
        Database &database, Commands &commands, qint64 cohortId, QWidget *parent = nullptr);

    qint64 cohortId() const { return m_cohortId; }
    Cohort cohort() const;
    bool save() override;
    bool isModified() const override;

protected:
    void startNext() override;

private:
    void load(const Cohort &cohort);
    void ruleKindChanged();

    Commands &m_commands;
    qint64 m_cohortId;
    Cohort m_saved;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    DateEdit *m_startsOn;
    OptionalDateEdit *m_endsOn;
    FieldMessage *m_datesMessage;
    QComboBox *m_ruleKind;
    QSpinBox *m_ruleCount;
    QListWidget *m_modules;
    QPlainTextEdit *m_notes;
};

} // namespace relais
