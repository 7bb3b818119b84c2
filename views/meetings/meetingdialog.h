#pragma once

#include "models/domain/consent.h"
#include "models/domain/meeting.h"
#include "models/export/csvfile.h"
#include "views/forms/recorddialog.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace relais {

class Commands;
class Database;
class DateEdit;
class FieldMessage;
class InviteeModel;
class ReferenceChecklist;
class ReferencePicker;
class StaffTimeDialog;
class TimeEdit;

// A meeting's card: what, when, where, who ran it; its invitees with their statuses
// and counts; and from here the invitations, the attendance sheet and the entry of
// attendance after the meeting.
class MeetingDialog : public RecordDialog
{
    Q_OBJECT
public:
    // meetingId 0: a new meeting.
    MeetingDialog(
        Database &database, Commands &commands, qint64 meetingId, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meetingId; }
    Meeting meeting() const;
    bool save() override;
    bool isModified() const override;
    InviteeModel *invitees() const { return m_invitees; }

    // The invitees' addresses for the Bcc field, on the clipboard; says how many. Those who
    // did not agree to be contacted by e-mail are left out; it asks about those never asked.
    void copyAddresses();
    void writeEmail();
    // Asks where and in which profile, then writes the invitees.
    void exportCsv();
    bool exportCsv(const QString &path, CsvProfile profile, Unasked unasked = Unasked::LeaveOut);
    void invitePeople();
    void enterAttendance();
    void printSheet();
    // After the meeting: the staff time spent on it, the meeting and the first of the
    // staff who ran it already filled in.
    StaffTimeDialog *logPreparationTime();

signals:
    void saved(qint64 meetingId);

protected:
    void startNext() override;

private:
    std::optional<Unasked> askAboutUnasked(const QList<Invitee> &people);
    void copyAddressesOf(const QList<Invitee> &people, Unasked unasked);
    QWidget *buildDetails();
    QWidget *buildInvitees();
    void load(const Meeting &meeting);
    void updateInviteesTab();
    QList<qint64> selectedContacts() const;
    void setSelectedStatus(AttendanceStatus status);
    // New meetings must be saved before people are invited to them.
    bool ensureSaved();

    Database &m_database;
    Commands &m_commands;
    qint64 m_meetingId;
    Meeting m_loaded;

    ReferencePicker *m_type;
    QLineEdit *m_title;
    FieldMessage *m_titleMessage;
    DateEdit *m_date;
    TimeEdit *m_startsAt;
    TimeEdit *m_endsAt;
    FieldMessage *m_timesMessage;
    QLineEdit *m_place;
    ReferencePicker *m_commune;
    QLineEdit *m_themes;
    ReferenceChecklist *m_staff;
    QPlainTextEdit *m_description;

    InviteeModel *m_invitees;
    QTableView *m_inviteeView;
    QLabel *m_counts;
    QLabel *m_organisations;
    QLabel *m_consentWarning;
};

} // namespace relais
