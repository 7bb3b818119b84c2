#pragma once

#include "models/domain/means.h"
#include "views/forms/recorddialog.h"

class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QStackedWidget;

namespace relais {

class Commands;
class Database;
class DateEdit;
class FieldMessage;
class OptionalDateEdit;

// Days one person of the staff spent on one activity (moyens humains): a meeting, a
// training session, a SERD edition or a free category, on a date or over a period, in
// half-day steps. "Save and new" keeps the person and the activity.
class StaffTimeDialog : public RecordDialog
{
    Q_OBJECT
public:
    // entryId 0: a new entry.
    StaffTimeDialog(
        Database &database, Commands &commands, qint64 entryId, QWidget *parent = nullptr);

    // A new card filled in advance (after a meeting: staffTimeForMeeting()); what is
    // filled counts as the card's starting point, not as typed work.
    void prefill(const StaffTimeEntry &entry);

    qint64 entryId() const { return m_entryId; }
    // What the card holds now.
    StaffTimeEntry entry() const;
    bool save() override;
    bool isModified() const override;

signals:
    void saved(qint64 entryId);

protected:
    void startNext() override;

private:
    void load(const StaffTimeEntry &entry);
    void fillStaff(qint64 keepId);
    void fillChoosers(const StaffActivity &keep);
    void activityKindChanged();
    void clearMessages();
    QComboBox *chooser() const;

    Database &m_database;
    Commands &m_commands;
    qint64 m_entryId;
    StaffTimeEntry m_loaded;
    StaffTimeEntry m_baseline;

    QComboBox *m_person;
    FieldMessage *m_personMessage;
    DateEdit *m_date;
    OptionalDateEdit *m_endDate;
    FieldMessage *m_dateMessage;
    QComboBox *m_activityKind;
    QStackedWidget *m_choosers;
    QComboBox *m_meeting;
    QComboBox *m_session;
    QComboBox *m_edition;
    QComboBox *m_category;
    FieldMessage *m_activityMessage;
    QDoubleSpinBox *m_days;
    FieldMessage *m_daysMessage;
    QPlainTextEdit *m_note;
};

} // namespace relais
