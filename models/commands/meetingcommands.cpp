// The Commands verbs of meetings and their invitations.

#include "../db/contactrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/meetingrepository.h"
#include "../domain/validation.h"
#include "commands.h"
#include "referenceresolver.h"
#include "step.h"

#include <QSet>
#include <QUndoStack>

namespace relais {

namespace {

QString meetingError(const Meeting &meeting)
{
    if (meeting.title.simplified().isEmpty())
        return Commands::tr("The meeting needs a title.");
    if (!meeting.date.isValid())
        return Commands::tr("The meeting needs a date.");
    if (meeting.startsAt.isValid() && meeting.endsAt.isValid() && meeting.endsAt < meeting.startsAt)
        return Commands::tr("The meeting ends before it starts.");
    return {};
}

Meeting cleanedMeeting(Meeting meeting)
{
    meeting.title = meeting.title.simplified();
    meeting.place = meeting.place.simplified();
    meeting.communeName = meeting.communeName.simplified();
    meeting.themes = meeting.themes.trimmed();
    meeting.description = meeting.description.trimmed();
    return meeting;
}

// Moves a meeting and some of its invitations from one state to another, like
// InteractionChange: add, edit, delete, invite, mark present… are all such moves, and
// undo runs them backwards.
class MeetingChange : public Step
{
public:
    MeetingChange(Commands &owner, const QString &text, qint64 meetingId)
        : Step(owner, text)
        , m_meetingId(meetingId)
    { }

    std::optional<Meeting> meetingBefore;
    std::optional<Meeting> meetingAfter;
    QList<Invitation> invitationsBefore;
    QList<Invitation> invitationsAfter;

    qint64 meetingId() const { return m_meetingId; }

protected:
    void apply() override
    {
        MeetingRepository meetings(database());
        ReferenceResolver resolver(database());
        if (meetingAfter && !meetingBefore) {
            resolver.restore(m_created);
            m_created = resolver.resolve(*meetingAfter);
            m_meetingId = meetingAfter->id = meetings.insert(*meetingAfter);
            *meetingAfter = *meetings.load(m_meetingId);
        } else if (meetingAfter && meetingBefore) {
            resolver.restore(m_created);
            m_created = resolver.resolve(*meetingAfter);
            meetings.update(*meetingAfter);
        }
        writeInvitations(invitationsBefore, invitationsAfter);
        if (meetingBefore && !meetingAfter)
            meetings.remove(m_meetingId);
    }
    void revert() override
    {
        MeetingRepository meetings(database());
        if (meetingBefore && !meetingAfter)
            meetings.insert(*meetingBefore);
        else if (meetingBefore && meetingAfter)
            meetings.update(*meetingBefore);
        writeInvitations(invitationsAfter, invitationsBefore);
        if (meetingAfter && !meetingBefore)
            meetings.remove(m_meetingId);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    void writeInvitations(const QList<Invitation> &from, const QList<Invitation> &to)
    {
        MeetingRepository meetings(database());
        QList<qint64> gone;
        for (const Invitation &old : from) {
            if (std::none_of(to.begin(), to.end(),
                    [&](const Invitation &i) { return i.contactId == old.contactId; }))
                gone << old.contactId;
        }
        if (!gone.isEmpty())
            meetings.removeInvitations(m_meetingId, gone);
        if (!to.isEmpty())
            meetings.writeInvitations(m_meetingId, to);
    }

    qint64 m_meetingId;
    CreatedReferences m_created;
};

// A walk-in: the person (created on the way when new) and their invitation.
class WalkIn : public Step
{
public:
    WalkIn(Commands &owner, qint64 meetingId, const Contact &person,
        const std::optional<Invitation> &before)
        : Step(owner, Commands::tr("Walk-in: %1").arg(person.displayName()))
        , m_meetingId(meetingId)
        , m_person(person)
        , m_before(before)
        , m_isNew(person.id == 0)
    { }
    qint64 contactId() const { return m_person.id; }

protected:
    void apply() override
    {
        if (m_isNew) {
            ReferenceResolver resolver(database());
            resolver.restore(m_created);
            m_created = resolver.resolve(m_person);
            ContactRepository contacts(database());
            m_person.id = contacts.insert(m_person);
            m_person = *contacts.load(m_person.id);
        }
        Invitation invitation;
        invitation.contactId = m_person.id;
        invitation.status = AttendanceStatus::Present;
        // Someone invited who turns up is not a walk-in; a walk-in stays one.
        invitation.walkIn = m_before ? m_before->walkIn : true;
        MeetingRepository(database()).writeInvitations(m_meetingId, { invitation });
    }
    void revert() override
    {
        MeetingRepository meetings(database());
        if (m_before)
            meetings.writeInvitations(m_meetingId, { *m_before });
        else
            meetings.removeInvitations(m_meetingId, { m_person.id });
        if (m_isNew) {
            ContactRepository(database()).remove(m_person.id);
            ReferenceResolver(database()).remove(m_created);
        }
    }

private:
    qint64 m_meetingId;
    Contact m_person;
    std::optional<Invitation> m_before;
    bool m_isNew;
    CreatedReferences m_created;
};

// One sentence per status: the status name alone would not agree with the count in
// every language.
QString attendanceStepText(AttendanceStatus status, int count)
{
    switch (status) {
    case AttendanceStatus::Invited:
        return Commands::tr("Mark %Ln person(s) as not answered", nullptr, count);
    case AttendanceStatus::Registered:
        return Commands::tr("Mark %Ln person(s) as registered", nullptr, count);
    case AttendanceStatus::Excused:
        return Commands::tr("Mark %Ln person(s) as excused", nullptr, count);
    case AttendanceStatus::Present:
        return Commands::tr("Mark %Ln person(s) as present", nullptr, count);
    case AttendanceStatus::Absent:
        return Commands::tr("Mark %Ln person(s) as absent", nullptr, count);
    }
    return {};
}

} // namespace

std::optional<qint64> Commands::addMeeting(const Meeting &meeting)
{
    const Meeting cleaned = cleanedMeeting(meeting);
    if (const QString error = meetingError(cleaned); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    auto *step = new MeetingChange(*this, Commands::tr("Add the meeting %1").arg(cleaned.title), 0);
    step->meetingAfter = cleaned;
    step->meetingAfter->id = 0;
    if (!push(step))
        return std::nullopt;
    return step->meetingId();
}

bool Commands::updateMeeting(const Meeting &meeting)
{
    Meeting cleaned = cleanedMeeting(meeting);
    if (const QString error = meetingError(cleaned); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    std::optional<Meeting> before;
    try {
        before = MeetingRepository(m_database).load(meeting.id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This meeting no longer exists; it may have been deleted.");
        return false;
    }
    cleaned.createdAt = before->createdAt;
    cleaned.updatedAt = before->updatedAt;
    if (cleaned == *before)
        return true;
    cleaned.updatedAt = QDateTime();
    auto *step = new MeetingChange(
        *this, Commands::tr("Edit the meeting %1").arg(cleaned.title), meeting.id);
    step->meetingBefore = before;
    step->meetingAfter = cleaned;
    return push(step);
}

bool Commands::deleteMeeting(qint64 id)
{
    std::optional<Meeting> before;
    QList<Invitation> invitations;
    try {
        MeetingRepository meetings(m_database);
        before = meetings.load(id);
        invitations = meetings.invitations(id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This meeting no longer exists; it may have been deleted.");
        return false;
    }
    auto *step
        = new MeetingChange(*this, Commands::tr("Delete the meeting %1").arg(before->title), id);
    step->meetingBefore = before;
    step->invitationsBefore = invitations;
    return push(step);
}

std::optional<qint64> Commands::duplicateMeeting(qint64 id, const QDate &date)
{
    std::optional<Meeting> source;
    QList<Invitation> invitations;
    try {
        MeetingRepository meetings(m_database);
        source = meetings.load(id);
        invitations = meetings.invitations(id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    if (!source) {
        m_lastError = Commands::tr("This meeting no longer exists; it may have been deleted.");
        return std::nullopt;
    }
    Meeting copy = *source;
    copy.id = 0;
    copy.date = date;
    copy.createdAt = copy.updatedAt = QDateTime();
    if (const QString error = meetingError(copy); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    auto *step
        = new MeetingChange(*this, Commands::tr("Duplicate the meeting %1").arg(copy.title), 0);
    step->meetingAfter = copy;
    for (const Invitation &invitation : std::as_const(invitations)) {
        if (invitation.walkIn)
            continue; // they came once; the new meeting invites whom the old one invited
        step->invitationsAfter << Invitation { invitation.contactId, AttendanceStatus::Invited,
            false, QDateTime() };
    }
    if (!push(step))
        return std::nullopt;
    return step->meetingId();
}

bool Commands::invite(qint64 meetingId, const QList<qint64> &contactIds, int *added)
{
    if (added)
        *added = 0;
    QList<Invitation> existing;
    try {
        existing = MeetingRepository(m_database).invitations(meetingId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    auto *step = new MeetingChange(*this, QString(), meetingId);
    QSet<qint64> seen;
    for (const Invitation &i : std::as_const(existing))
        seen.insert(i.contactId);
    for (const qint64 contactId : contactIds) {
        if (seen.contains(contactId))
            continue; // never twice
        seen.insert(contactId);
        step->invitationsAfter << Invitation { contactId, AttendanceStatus::Invited, false,
            QDateTime() };
    }
    const int count = int(step->invitationsAfter.size());
    if (count == 0) {
        delete step;
        return true;
    }
    step->setText(Commands::tr("Invite %Ln person(s)", nullptr, count));
    if (!push(step))
        return false;
    if (added)
        *added = count;
    return true;
}

bool Commands::uninvite(qint64 meetingId, const QList<qint64> &contactIds)
{
    QList<Invitation> existing;
    try {
        existing = MeetingRepository(m_database).invitations(meetingId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    auto *step = new MeetingChange(*this, QString(), meetingId);
    const QSet<qint64> chosen(contactIds.begin(), contactIds.end());
    for (const Invitation &i : std::as_const(existing)) {
        if (chosen.contains(i.contactId))
            step->invitationsBefore << i;
    }
    if (step->invitationsBefore.isEmpty()) {
        delete step;
        return true;
    }
    step->setText(
        Commands::tr("Remove %Ln invitee(s)", nullptr, int(step->invitationsBefore.size())));
    return push(step);
}

bool Commands::setAttendance(
    qint64 meetingId, const QList<qint64> &contactIds, AttendanceStatus status)
{
    QList<Invitation> existing;
    try {
        existing = MeetingRepository(m_database).invitations(meetingId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    auto *step = new MeetingChange(*this, QString(), meetingId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSet<qint64> chosen(contactIds.begin(), contactIds.end());
    for (const Invitation &i : std::as_const(existing)) {
        if (!chosen.contains(i.contactId) || i.status == status)
            continue;
        step->invitationsBefore << i;
        Invitation after = i;
        after.status = status;
        after.statusChangedAt = now;
        step->invitationsAfter << after;
    }
    const int count = int(step->invitationsAfter.size());
    if (count == 0) {
        delete step;
        return true;
    }
    step->setText(attendanceStepText(status, count));
    return push(step);
}

bool Commands::markRegisteredPresent(qint64 meetingId)
{
    QList<qint64> registered;
    try {
        registered
            = MeetingRepository(m_database).contactsOf(meetingId, { AttendanceStatus::Registered });
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    return setAttendance(meetingId, registered, AttendanceStatus::Present);
}

std::optional<qint64> Commands::addWalkIn(qint64 meetingId, const Contact &person)
{
    Contact cleaned = person;
    std::optional<Invitation> before;
    try {
        if (person.id) {
            const auto existing = ContactRepository(m_database).load(person.id);
            if (!existing) {
                m_lastError
                    = Commands::tr("This contact no longer exists; it may have been deleted.");
                return std::nullopt;
            }
            cleaned = *existing;
            for (const Invitation &i : MeetingRepository(m_database).invitations(meetingId)) {
                if (i.contactId == person.id)
                    before = i;
            }
            if (before && before->status == AttendanceStatus::Present)
                return person.id; // already ticked
        } else if (const auto errors = validateContact(person, &cleaned); !errors.isEmpty()) {
            m_lastError = errors.first().message;
            return std::nullopt;
        }
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    auto *step = new WalkIn(*this, meetingId, cleaned, before);
    if (!push(step))
        return std::nullopt;
    return step->contactId();
}

} // namespace relais
