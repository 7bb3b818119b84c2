// The Commands verbs of the training of relay actors.

#include "../db/contactrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/trainingrepository.h"
#include "commands.h"
#include "referenceresolver.h"
#include "step.h"

#include <QSet>
#include <QUndoStack>

namespace relais {

namespace {

// Everything of a cohort, to put it back after deleting it.
struct CohortContents
{
    QList<TrainingSession> sessions;
    QList<TrainingRepository::Trainee> trainees;
    QList<HalfDayAttendance> attendance;
};

// Moves training records from one state to another; undo runs the move backwards.
// Each list holds only what the verb touches.
class TrainingChange : public Step
{
public:
    using Step::Step;

    std::optional<TrainingModule> moduleBefore, moduleAfter;
    std::optional<Cohort> cohortBefore, cohortAfter;
    CohortContents contents; // of cohortBefore, when it is deleted
    std::optional<TrainingSession> sessionBefore, sessionAfter;
    qint64 enrolmentCohort = 0;
    QList<TrainingRepository::Trainee> enrolledBefore, enrolledAfter;
    QList<HalfDayAttendance> attendanceBefore, attendanceAfter;
    QList<Contact> contactsBefore, contactsAfter;

    qint64 createdId() const
    {
        if (moduleAfter && !moduleBefore)
            return moduleAfter->id;
        if (cohortAfter && !cohortBefore)
            return cohortAfter->id;
        if (sessionAfter && !sessionBefore)
            return sessionAfter->id;
        return 0;
    }

protected:
    void apply() override
    {
        TrainingRepository training(database());
        if (moduleAfter && !moduleBefore)
            moduleAfter->id = training.insertModule(*moduleAfter);
        else if (moduleAfter)
            training.updateModule(*moduleAfter);
        if (cohortAfter && !cohortBefore)
            cohortAfter->id = training.insertCohort(*cohortAfter);
        else if (cohortAfter)
            training.updateCohort(*cohortAfter);
        if (sessionAfter) {
            ReferenceResolver resolver(database());
            resolver.restore(m_created);
            m_created = resolver.resolve(*sessionAfter);
            if (!sessionBefore)
                sessionAfter->id = training.insertSession(*sessionAfter);
            else
                training.updateSession(*sessionAfter);
        }
        writeEnrolments(enrolledBefore, enrolledAfter);
        writeAttendance(attendanceBefore, attendanceAfter);
        for (const Contact &contact : std::as_const(contactsAfter))
            ContactRepository(database()).update(contact);
        if (sessionBefore && !sessionAfter)
            training.removeSession(sessionBefore->id);
        if (cohortBefore && !cohortAfter)
            training.removeCohort(cohortBefore->id);
        if (moduleBefore && !moduleAfter)
            training.removeModule(moduleBefore->id);
    }

    void revert() override
    {
        TrainingRepository training(database());
        if (moduleBefore && !moduleAfter)
            training.insertModule(*moduleBefore);
        else if (moduleBefore)
            training.updateModule(*moduleBefore);
        if (cohortBefore && !cohortAfter) {
            training.insertCohort(*cohortBefore);
            for (const TrainingSession &session : std::as_const(contents.sessions))
                training.insertSession(session);
            training.enrol(cohortBefore->id, contents.trainees);
            training.writeAttendance(contents.attendance);
        } else if (cohortBefore) {
            training.updateCohort(*cohortBefore);
        }
        if (sessionBefore && !sessionAfter)
            training.insertSession(*sessionBefore);
        else if (sessionBefore)
            training.updateSession(*sessionBefore);
        writeEnrolments(enrolledAfter, enrolledBefore);
        writeAttendance(attendanceAfter, attendanceBefore);
        for (const Contact &contact : std::as_const(contactsBefore))
            ContactRepository(database()).update(contact);
        if (sessionAfter && !sessionBefore)
            training.removeSession(sessionAfter->id);
        if (cohortAfter && !cohortBefore)
            training.removeCohort(cohortAfter->id);
        if (moduleAfter && !moduleBefore)
            training.removeModule(moduleAfter->id);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    void writeEnrolments(const QList<TrainingRepository::Trainee> &from,
        const QList<TrainingRepository::Trainee> &to)
    {
        if (from.isEmpty() && to.isEmpty())
            return;
        TrainingRepository training(database());
        QList<qint64> gone;
        for (const auto &old : from) {
            if (std::none_of(to.begin(), to.end(),
                    [&](const auto &t) { return t.contactId == old.contactId; }))
                gone << old.contactId;
        }
        if (!gone.isEmpty())
            training.unenrol(enrolmentCohort, gone);
        if (!to.isEmpty())
            training.enrol(enrolmentCohort, to);
    }

    void writeAttendance(const QList<HalfDayAttendance> &from, const QList<HalfDayAttendance> &to)
    {
        if (from.isEmpty() && to.isEmpty())
            return;
        TrainingRepository training(database());
        QList<HalfDayAttendance> gone;
        for (const HalfDayAttendance &old : from) {
            if (std::none_of(to.begin(), to.end(), [&](const HalfDayAttendance &a) {
                    return a.sessionId == old.sessionId && a.contactId == old.contactId
                        && a.half == old.half;
                }))
                gone << old;
        }
        if (!gone.isEmpty())
            training.removeAttendance(gone);
        if (!to.isEmpty())
            training.writeAttendance(to);
    }

    CreatedReferences m_created;
};

template<typename T>
std::optional<T> loaded(Commands &commands, QString &error,
    const std::function<std::optional<T>()> &load, const QString &gone)
{
    try {
        if (auto value = load())
            return value;
        error = gone;
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    return std::nullopt;
}

} // namespace

// ---- Modules ---------------------------------------------------------------------

std::optional<qint64> Commands::addModule(const TrainingModule &module)
{
    TrainingModule m = module;
    m.title = m.title.simplified();
    m.theme = m.theme.simplified();
    if (m.title.isEmpty()) {
        m_lastError = Commands::tr("The module needs a title.");
        return std::nullopt;
    }
    m.id = 0;
    auto *step = new TrainingChange(*this, Commands::tr("Add the module %1").arg(m.title));
    step->moduleAfter = m;
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateModule(const TrainingModule &module)
{
    TrainingModule m = module;
    m.title = m.title.simplified();
    m.theme = m.theme.simplified();
    if (m.title.isEmpty()) {
        m_lastError = Commands::tr("The module needs a title.");
        return false;
    }
    const auto before = loaded<TrainingModule>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).module(m.id); },
        Commands::tr("This module no longer exists; it may have been deleted."));
    if (!before)
        return false;
    m.createdAt = before->createdAt;
    m.updatedAt = before->updatedAt;
    if (m == *before)
        return true;
    m.updatedAt = QDateTime();
    auto *step = new TrainingChange(*this, Commands::tr("Edit the module %1").arg(m.title));
    step->moduleBefore = before;
    step->moduleAfter = m;
    return push(step);
}

bool Commands::deleteModule(qint64 id)
{
    const auto before = loaded<TrainingModule>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).module(id); },
        Commands::tr("This module no longer exists; it may have been deleted."));
    if (!before)
        return false;
    auto *step = new TrainingChange(*this, Commands::tr("Delete the module %1").arg(before->title));
    step->moduleBefore = before;
    return push(step);
}

// ---- Cohorts ---------------------------------------------------------------------

std::optional<qint64> Commands::addCohort(const Cohort &cohort)
{
    Cohort c = cohort;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        m_lastError = Commands::tr("The cohort needs a name.");
        return std::nullopt;
    }
    c.id = 0;
    auto *step = new TrainingChange(*this, Commands::tr("Add the cohort %1").arg(c.name));
    step->cohortAfter = c;
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateCohort(const Cohort &cohort)
{
    Cohort c = cohort;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        m_lastError = Commands::tr("The cohort needs a name.");
        return false;
    }
    const auto before = loaded<Cohort>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).cohort(c.id); },
        Commands::tr("This cohort no longer exists; it may have been deleted."));
    if (!before)
        return false;
    c.createdAt = before->createdAt;
    c.updatedAt = before->updatedAt;
    if (c == *before)
        return true;
    c.updatedAt = QDateTime();
    auto *step = new TrainingChange(*this, Commands::tr("Edit the cohort %1").arg(c.name));
    step->cohortBefore = before;
    step->cohortAfter = c;
    return push(step);
}

bool Commands::deleteCohort(qint64 id)
{
    const auto before = loaded<Cohort>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).cohort(id); },
        Commands::tr("This cohort no longer exists; it may have been deleted."));
    if (!before)
        return false;
    auto *step = new TrainingChange(*this, Commands::tr("Delete the cohort %1").arg(before->name));
    step->cohortBefore = before;
    try {
        TrainingRepository training(m_database);
        step->contents = { training.sessions(id), training.trainees(id), training.attendance(id) };
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    return push(step);
}

// ---- Sessions --------------------------------------------------------------------

namespace {

QString sessionError(const TrainingSession &s)
{
    if (!s.cohortId || !s.moduleId)
        return Commands::tr("A session belongs to a cohort and a module.");
    if (!s.date.isValid())
        return Commands::tr("The session needs a date.");
    if (!s.morning && !s.afternoon)
        return Commands::tr("A session has a morning, an afternoon or both.");
    for (const HalfDay half : s.halfDays()) {
        const QTime starts = half == HalfDay::Morning ? s.morningStarts : s.afternoonStarts;
        const QTime ends = half == HalfDay::Morning ? s.morningEnds : s.afternoonEnds;
        if (starts.isValid() && ends.isValid() && ends <= starts)
            return half == HalfDay::Morning ? Commands::tr("The morning ends before it starts.")
                                            : Commands::tr("The afternoon ends before it starts.");
    }
    return {};
}

} // namespace

std::optional<qint64> Commands::addSession(const TrainingSession &session)
{
    TrainingSession s = session;
    s.place = s.place.simplified();
    s.trainerName = s.trainerName.simplified();
    if (const QString error = sessionError(s); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    s.id = 0;
    auto *step = new TrainingChange(*this,
        Commands::tr("Add the session of %1")
            .arg(QLocale().toString(s.date, QLocale::ShortFormat)));
    step->sessionAfter = s;
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateSession(const TrainingSession &session)
{
    TrainingSession s = session;
    s.place = s.place.simplified();
    s.trainerName = s.trainerName.simplified();
    if (const QString error = sessionError(s); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    const auto before = loaded<TrainingSession>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).session(s.id); },
        Commands::tr("This session no longer exists; it may have been deleted."));
    if (!before)
        return false;
    s.createdAt = before->createdAt;
    s.updatedAt = before->updatedAt;
    if (s == *before)
        return true;
    s.updatedAt = QDateTime();
    auto *step = new TrainingChange(*this,
        Commands::tr("Edit the session of %1")
            .arg(QLocale().toString(s.date, QLocale::ShortFormat)));
    step->sessionBefore = before;
    step->sessionAfter = s;
    // A half-day given up takes its ticks with it (undo puts them back).
    if ((before->morning && !s.morning) || (before->afternoon && !s.afternoon)) {
        try {
            for (const HalfDayAttendance &a :
                TrainingRepository(m_database).attendance(s.cohortId)) {
                if (a.sessionId == s.id && !s.halfDays().contains(a.half))
                    step->attendanceBefore << a;
            }
        } catch (const DatabaseError &error) {
            delete step;
            m_lastError = error.message();
            return false;
        }
    }
    return push(step);
}

bool Commands::deleteSession(qint64 id)
{
    const auto before = loaded<TrainingSession>(
        *this, m_lastError, [&] { return TrainingRepository(m_database).session(id); },
        Commands::tr("This session no longer exists; it may have been deleted."));
    if (!before)
        return false;
    auto *step = new TrainingChange(*this,
        Commands::tr("Delete the session of %1")
            .arg(QLocale().toString(before->date, QLocale::ShortFormat)));
    step->sessionBefore = before;
    try {
        for (const HalfDayAttendance &a :
            TrainingRepository(m_database).attendance(before->cohortId)) {
            if (a.sessionId == id)
                step->attendanceBefore << a;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    return push(step);
}

// ---- Trainees and attendance -------------------------------------------------------

bool Commands::enrol(qint64 cohortId, const QList<qint64> &contactIds, int *added)
{
    if (added)
        *added = 0;
    QSet<qint64> already;
    try {
        for (const auto &t : TrainingRepository(m_database).trainees(cohortId))
            already.insert(t.contactId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    auto *step = new TrainingChange(*this, QString());
    step->enrolmentCohort = cohortId;
    for (const qint64 id : contactIds) {
        if (already.contains(id))
            continue;
        already.insert(id);
        TrainingRepository::Trainee t;
        t.contactId = id;
        t.enrolledOn = today();
        step->enrolledAfter << t;
    }
    const int count = int(step->enrolledAfter.size());
    if (count == 0) {
        delete step;
        return true;
    }
    step->setText(Commands::tr("Enrol %Ln trainee(s)", nullptr, count));
    if (!push(step))
        return false;
    if (added)
        *added = count;
    return true;
}

bool Commands::unenrol(qint64 cohortId, const QList<qint64> &contactIds)
{
    auto *step = new TrainingChange(*this, QString());
    step->enrolmentCohort = cohortId;
    const QSet<qint64> chosen(contactIds.begin(), contactIds.end());
    try {
        TrainingRepository training(m_database);
        for (const auto &t : training.trainees(cohortId)) {
            if (chosen.contains(t.contactId))
                step->enrolledBefore << t;
        }
        for (const HalfDayAttendance &a : training.attendance(cohortId)) {
            if (chosen.contains(a.contactId))
                step->attendanceBefore << a;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->enrolledBefore.isEmpty()) {
        delete step;
        return true;
    }
    step->setText(
        Commands::tr("Withdraw %Ln trainee(s)", nullptr, int(step->enrolledBefore.size())));
    return push(step);
}

bool Commands::setHalfDayAttendance(
    qint64 sessionId, const QList<qint64> &contactIds, HalfDay half, AttendanceStatus status)
{
    std::optional<TrainingSession> session;
    QList<HalfDayAttendance> existing;
    QSet<qint64> enrolled;
    try {
        TrainingRepository training(m_database);
        session = training.session(sessionId);
        if (session) {
            existing = training.attendance(session->cohortId);
            for (const auto &t : training.trainees(session->cohortId))
                enrolled.insert(t.contactId);
        }
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!session) {
        m_lastError = Commands::tr("This session no longer exists; it may have been deleted.");
        return false;
    }
    if (!session->halfDays().contains(half)) {
        m_lastError = half == HalfDay::Morning ? Commands::tr("This session has no morning.")
                                               : Commands::tr("This session has no afternoon.");
        return false;
    }
    auto *step = new TrainingChange(*this, QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int changed = 0;
    for (const qint64 contactId : contactIds) {
        if (!enrolled.contains(contactId))
            continue; // only the cohort's trainees sign its sheets
        const auto found
            = std::find_if(existing.begin(), existing.end(), [&](const HalfDayAttendance &a) {
                  return a.sessionId == sessionId && a.contactId == contactId && a.half == half;
              });
        const bool had = found != existing.end();
        if (status == AttendanceStatus::Invited || status == AttendanceStatus::Registered) {
            if (!had)
                continue;
            step->attendanceBefore << *found; // cleared
            ++changed;
            continue;
        }
        if (had && found->status == status)
            continue;
        if (had)
            step->attendanceBefore << *found;
        step->attendanceAfter << HalfDayAttendance { sessionId, contactId, half, status, now };
        ++changed;
    }
    if (changed == 0) {
        delete step;
        return true;
    }
    step->setText(Commands::tr("Half-day attendance of %Ln trainee(s)", nullptr, changed));
    return push(step);
}

bool Commands::recogniseRelayActors(
    qint64 cohortId, const QList<qint64> &contactIds, const QDate &date)
{
    auto *step = new TrainingChange(*this, QString());
    step->enrolmentCohort = cohortId;
    const QSet<qint64> chosen(contactIds.begin(), contactIds.end());
    try {
        ContactRepository contacts(m_database);
        for (const auto &t : TrainingRepository(m_database).trainees(cohortId)) {
            if (!chosen.contains(t.contactId))
                continue;
            auto after = t;
            after.completedOn = date;
            step->enrolledBefore << t;
            step->enrolledAfter << after;
            if (const auto contact = contacts.load(t.contactId); contact && !contact->relayActor) {
                Contact flagged = *contact;
                flagged.relayActor = true;
                flagged.relayActorSince = date;
                flagged.updatedAt = QDateTime();
                step->contactsBefore << *contact;
                step->contactsAfter << flagged;
            }
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->enrolledBefore.isEmpty()) {
        delete step;
        m_lastError = Commands::tr("Choose trainees of this cohort.");
        return false;
    }
    step->setText(
        Commands::tr("Recognise %Ln relay actor(s)", nullptr, int(step->enrolledBefore.size())));
    return push(step);
}

} // namespace relais
