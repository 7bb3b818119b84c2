#include "trainingrepository.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <algorithm>

namespace relais {

namespace {

QVariant clock(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime readClock(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QString stamp(const QDateTime &value)
{
    return isoDateTime(value.isValid() ? value : QDateTime::currentDateTimeUtc());
}

} // namespace

QString TrainingRepository::Trainee::displayName() const
{
    return QStringList { firstName, lastName }.join(QLatin1Char(' ')).trimmed();
}

TrainingRepository::TrainingRepository(Database &database)
    : m_database(database)
{ }

// ---- Modules -------------------------------------------------------------------

static TrainingModule readModule(const SqlQuery &q)
{
    TrainingModule m;
    m.id = q.id(0);
    m.theme = q.text(1);
    m.title = q.text(2);
    m.objectives = q.text(3);
    m.plannedHours = q.value(4).toDouble();
    m.description = q.text(5);
    m.createdAt = q.dateTime(6);
    m.updatedAt = q.dateTime(7);
    return m;
}

static const QString moduleColumns
    = QStringLiteral("SELECT id, theme, title, objectives, planned_hours, description, created_at, "
                     "updated_at FROM training_module ");

QList<TrainingModule> TrainingRepository::modules() const
{
    SqlQuery q(m_database, moduleColumns + QStringLiteral("ORDER BY theme, title"));
    q.exec();
    QList<TrainingModule> result;
    while (q.next())
        result << readModule(q);
    return result;
}

std::optional<TrainingModule> TrainingRepository::module(qint64 id) const
{
    SqlQuery q(m_database, moduleColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readModule(q);
}

qint64 TrainingRepository::insertModule(const TrainingModule &m)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO training_module (id, theme, title, objectives, planned_hours, "
                       "description, "
                       "created_at, updated_at) VALUES (:id, :theme, :title, :objectives, :hours, "
                       ":description, "
                       ":created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":theme"), m.theme)
        .bind(QStringLiteral(":title"), m.title)
        .bind(QStringLiteral(":objectives"), m.objectives)
        .bind(QStringLiteral(":hours"), m.plannedHours)
        .bind(QStringLiteral(":description"), m.description)
        .bind(QStringLiteral(":created"), stamp(m.createdAt))
        .bind(QStringLiteral(":updated"), stamp(m.updatedAt))
        .exec();
    const qint64 id = m.id ? m.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void TrainingRepository::updateModule(const TrainingModule &m)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE training_module SET theme = :theme, title = :title, objectives = :objectives, "
            "planned_hours = :hours, description = :description, updated_at = :updated WHERE id = "
            ":id"));
    q.bind(QStringLiteral(":theme"), m.theme)
        .bind(QStringLiteral(":title"), m.title)
        .bind(QStringLiteral(":objectives"), m.objectives)
        .bind(QStringLiteral(":hours"), m.plannedHours)
        .bind(QStringLiteral(":description"), m.description)
        .bind(QStringLiteral(":updated"), stamp(m.updatedAt))
        .bind(QStringLiteral(":id"), m.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This module no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void TrainingRepository::removeModule(qint64 id)
{
    Transaction transaction(m_database);
    const bool used = SqlQuery(m_database,
        QStringLiteral("SELECT 1 FROM training_session WHERE module_id = :id UNION ALL "
                       "SELECT 1 FROM cohort_module WHERE module_id = :id LIMIT 1"))
                          .bind(QStringLiteral(":id"), id)
                          .scalar()
                          .isValid();
    if (used)
        throw DatabaseError(
            tr("This module is part of a cohort or has sessions: remove it from them first."));
    SqlQuery(m_database, QStringLiteral("DELETE FROM training_module WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Cohorts -------------------------------------------------------------------

QList<TrainingRepository::CohortRow> TrainingRepository::cohorts() const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT c.id, c.name, c.starts_on, c.ends_on, "
                       "  (SELECT count(*) FROM enrolment e WHERE e.cohort_id = c.id), "
                       "  (SELECT count(*) FROM training_session s WHERE s.cohort_id = c.id), "
                       "  (SELECT count(*) FROM enrolment e WHERE e.cohort_id = c.id AND "
                       "e.completed_on IS NOT NULL) "
                       "FROM cohort c ORDER BY c.starts_on DESC, c.id DESC"));
    q.exec();
    QList<CohortRow> rows;
    while (q.next())
        rows << CohortRow { q.id(0), q.text(1), q.date(2), q.date(3), q.value(4).toInt(),
            q.value(5).toInt(), q.value(6).toInt() };
    return rows;
}

std::optional<Cohort> TrainingRepository::cohort(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT id, name, starts_on, ends_on, completion_rule, notes, created_at, updated_at "
            "FROM cohort WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Cohort c;
    c.id = q.id(0);
    c.name = q.text(1);
    c.startsOn = q.date(2);
    c.endsOn = q.date(3);
    c.rule = CompletionRule::fromJson(q.text(4));
    c.notes = q.text(5);
    c.createdAt = q.dateTime(6);
    c.updatedAt = q.dateTime(7);
    SqlQuery modules(m_database,
        QStringLiteral(
            "SELECT module_id FROM cohort_module WHERE cohort_id = :id ORDER BY position"));
    modules.bind(QStringLiteral(":id"), id).exec();
    while (modules.next())
        c.moduleIds << modules.id(0);
    return c;
}

static void writeCohortModules(Database &database, const Cohort &c, qint64 id)
{
    SqlQuery(database, QStringLiteral("DELETE FROM cohort_module WHERE cohort_id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    SqlQuery insert(database,
        QStringLiteral("INSERT INTO cohort_module (cohort_id, module_id, position) VALUES (:id, "
                       ":module, :position)"));
    for (int i = 0; i < c.moduleIds.size(); ++i)
        insert.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":module"), c.moduleIds[i])
            .bind(QStringLiteral(":position"), i)
            .exec();
}

qint64 TrainingRepository::insertCohort(const Cohort &c)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO cohort (id, name, starts_on, ends_on, completion_rule, notes, "
                       "created_at, updated_at) "
                       "VALUES (:id, :name, :starts, :ends, :rule, :notes, :created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":name"), c.name)
        .bindDate(QStringLiteral(":starts"), c.startsOn)
        .bindDate(QStringLiteral(":ends"), c.endsOn)
        .bind(QStringLiteral(":rule"), c.rule.toJson())
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":created"), stamp(c.createdAt))
        .bind(QStringLiteral(":updated"), stamp(c.updatedAt))
        .exec();
    const qint64 id = c.id ? c.id : q.lastInsertId().toLongLong();
    writeCohortModules(m_database, c, id);
    notify();
    transaction.commit();
    return id;
}

void TrainingRepository::updateCohort(const Cohort &c)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("UPDATE cohort SET name = :name, starts_on = :starts, ends_on = :ends, "
                       "completion_rule = :rule, "
                       "notes = :notes, updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":name"), c.name)
        .bindDate(QStringLiteral(":starts"), c.startsOn)
        .bindDate(QStringLiteral(":ends"), c.endsOn)
        .bind(QStringLiteral(":rule"), c.rule.toJson())
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":updated"), stamp(c.updatedAt))
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This cohort no longer exists; it may have been deleted."));
    writeCohortModules(m_database, c, c.id);
    notify();
    transaction.commit();
}

void TrainingRepository::removeCohort(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM cohort WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Sessions ------------------------------------------------------------------

static const QString sessionColumns
    = QStringLiteral("SELECT id, cohort_id, module_id, held_on, morning, morning_starts, "
                     "morning_ends, afternoon, afternoon_starts, "
                     "afternoon_ends, kind, place, commune_id, trainer_contact_id, trainer_name, "
                     "max_places, notes, created_at, "
                     "updated_at FROM training_session ");

static TrainingSession readSession(const SqlQuery &q)
{
    TrainingSession s;
    s.id = q.id(0);
    s.cohortId = q.id(1);
    s.moduleId = q.id(2);
    s.date = q.date(3);
    s.morning = q.flag(4);
    s.morningStarts = readClock(q.value(5));
    s.morningEnds = readClock(q.value(6));
    s.afternoon = q.flag(7);
    s.afternoonStarts = readClock(q.value(8));
    s.afternoonEnds = readClock(q.value(9));
    s.kind = TrainingSession::Kind(q.value(10).toInt());
    s.place = q.text(11);
    s.communeId = q.id(12);
    s.trainerContactId = q.id(13);
    s.trainerName = q.text(14);
    s.maxPlaces = q.value(15).toInt();
    s.notes = q.text(16);
    s.createdAt = q.dateTime(17);
    s.updatedAt = q.dateTime(18);
    return s;
}

static void bindSession(SqlQuery &q, const TrainingSession &s)
{
    q.bind(QStringLiteral(":cohort"), s.cohortId)
        .bind(QStringLiteral(":module"), s.moduleId)
        .bindDate(QStringLiteral(":date"), s.date)
        .bind(QStringLiteral(":morning"), s.morning ? 1 : 0)
        .bindAsRead(QStringLiteral(":morningStarts"), clock(s.morningStarts))
        .bindAsRead(QStringLiteral(":morningEnds"), clock(s.morningEnds))
        .bind(QStringLiteral(":afternoon"), s.afternoon ? 1 : 0)
        .bindAsRead(QStringLiteral(":afternoonStarts"), clock(s.afternoonStarts))
        .bindAsRead(QStringLiteral(":afternoonEnds"), clock(s.afternoonEnds))
        .bind(QStringLiteral(":kind"), int(s.kind))
        .bind(QStringLiteral(":place"), s.place)
        .bindNullable(QStringLiteral(":commune"), s.communeId)
        .bindNullable(QStringLiteral(":trainer"), s.trainerContactId)
        .bind(QStringLiteral(":trainerName"), s.trainerName)
        .bind(QStringLiteral(":places"), s.maxPlaces)
        .bind(QStringLiteral(":notes"), s.notes);
}

QList<TrainingSession> TrainingRepository::sessions(qint64 cohortId) const
{
    SqlQuery q(
        m_database, sessionColumns + QStringLiteral("WHERE cohort_id = :id ORDER BY held_on, id"));
    q.bind(QStringLiteral(":id"), cohortId).exec();
    QList<TrainingSession> result;
    while (q.next())
        result << readSession(q);
    return result;
}

std::optional<TrainingSession> TrainingRepository::session(qint64 id) const
{
    SqlQuery q(m_database, sessionColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readSession(q);
}

qint64 TrainingRepository::insertSession(const TrainingSession &s)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "INSERT INTO training_session (id, cohort_id, module_id, held_on, morning, "
            "morning_starts, "
            "morning_ends, afternoon, afternoon_starts, afternoon_ends, kind, place, commune_id, "
            "trainer_contact_id, trainer_name, max_places, notes, created_at, updated_at) VALUES "
            "(:id, "
            ":cohort, :module, :date, :morning, :morningStarts, :morningEnds, :afternoon, "
            ":afternoonStarts, "
            ":afternoonEnds, :kind, :place, :commune, :trainer, :trainerName, :places, :notes, "
            ":created, "
            ":updated)"));
    bindSession(q, s);
    q.bindNullable(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":created"), stamp(s.createdAt))
        .bind(QStringLiteral(":updated"), stamp(s.updatedAt))
        .exec();
    const qint64 id = s.id ? s.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void TrainingRepository::updateSession(const TrainingSession &s)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE training_session SET cohort_id = :cohort, module_id = :module, held_on = "
            ":date, "
            "morning = :morning, morning_starts = :morningStarts, morning_ends = :morningEnds, "
            "afternoon = :afternoon, afternoon_starts = :afternoonStarts, afternoon_ends = "
            ":afternoonEnds, "
            "kind = :kind, place = :place, commune_id = :commune, trainer_contact_id = :trainer, "
            "trainer_name = :trainerName, max_places = :places, notes = :notes, updated_at = "
            ":updated "
            "WHERE id = :id"));
    bindSession(q, s);
    q.bind(QStringLiteral(":id"), s.id).bind(QStringLiteral(":updated"), stamp(s.updatedAt)).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This session no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void TrainingRepository::removeSession(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM training_session WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

// ---- Enrolments and attendance ---------------------------------------------------

QList<TrainingRepository::Trainee> TrainingRepository::trainees(qint64 cohortId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT c.id, c.last_name, c.first_name, c.organisations_label, "
                       "e.enrolled_on, e.completed_on, "
                       "c.relay_actor FROM enrolment e JOIN contact c ON c.id = e.contact_id "
                       "WHERE e.cohort_id = :id ORDER BY c.sort_key, c.id"));
    q.bind(QStringLiteral(":id"), cohortId).exec();
    QList<Trainee> result;
    while (q.next())
        result << Trainee { q.id(0), q.text(1), q.text(2), q.text(3), q.date(4), q.date(5),
            q.flag(6) };
    return result;
}

QList<TrainingRepository::TraineeRecord> TrainingRepository::recordsOf(qint64 contactId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT cohort_id, enrolled_on, completed_on FROM enrolment "
                       "WHERE contact_id = :contact"));
    q.bind(QStringLiteral(":contact"), contactId).exec();
    QList<TraineeRecord> records;
    while (q.next()) {
        TraineeRecord record;
        record.cohortId = q.id(0);
        record.enrolledOn = q.date(1);
        record.completedOn = q.date(2);
        records << record;
    }
    // A person follows a cohort or two: the cohort's own reads are cheap enough.
    for (TraineeRecord &record : records) {
        if (const auto cohort = this->cohort(record.cohortId)) {
            record.cohort = cohort->name;
            record.startsOn = cohort->startsOn;
            record.endsOn = cohort->endsOn;
            record.rule = cohort->rule;
        }
        const QList<TrainingSession> cohortSessions = sessions(record.cohortId);
        record.sessions = int(cohortSessions.size());
        record.totals
            = traineeTotals(cohortSessions, attendance(record.cohortId), contactId, record.rule);
    }
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.startsOn != b.startsOn ? a.startsOn > b.startsOn : a.cohortId > b.cohortId;
    });
    return records;
}

void TrainingRepository::enrol(qint64 cohortId, const QList<Trainee> &trainees)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "INSERT OR REPLACE INTO enrolment (cohort_id, contact_id, enrolled_on, completed_on) "
            "VALUES (:cohort, :contact, :enrolled, :completed)"));
    for (const Trainee &t : trainees)
        q.bind(QStringLiteral(":cohort"), cohortId)
            .bind(QStringLiteral(":contact"), t.contactId)
            .bindDate(QStringLiteral(":enrolled"), t.enrolledOn)
            .bindDate(QStringLiteral(":completed"), t.completedOn)
            .exec();
    notify();
    transaction.commit();
}

void TrainingRepository::unenrol(qint64 cohortId, const QList<qint64> &contactIds)
{
    Transaction transaction(m_database);
    const Dialect &dialect = m_database.dialect();
    // Their half-days in this cohort's sessions go with them.
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM session_attendance WHERE contact_id IN (%1) AND session_id IN "
                       "(SELECT id FROM training_session WHERE cohort_id = :cohort)")
            .arg(dialect.idsFromList()))
        .bind(QStringLiteral(":cohort"), cohortId)
        .bind(QStringLiteral(":ids"), dialect.idListValue(contactIds))
        .exec();
    SqlQuery(m_database,
        QStringLiteral("DELETE FROM enrolment WHERE cohort_id = :cohort AND contact_id IN (%1)")
            .arg(dialect.idsFromList()))
        .bind(QStringLiteral(":cohort"), cohortId)
        .bind(QStringLiteral(":ids"), dialect.idListValue(contactIds))
        .exec();
    notify();
    transaction.commit();
}

void TrainingRepository::setCompletedOn(qint64 cohortId, qint64 contactId, const QDate &date)
{
    Transaction transaction(m_database);
    SqlQuery(m_database,
        QStringLiteral("UPDATE enrolment SET completed_on = :date WHERE cohort_id = :cohort AND "
                       "contact_id = :contact"))
        .bindDate(QStringLiteral(":date"), date)
        .bind(QStringLiteral(":cohort"), cohortId)
        .bind(QStringLiteral(":contact"), contactId)
        .exec();
    notify();
    transaction.commit();
}

QList<HalfDayAttendance> TrainingRepository::attendance(qint64 cohortId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT a.session_id, a.contact_id, a.half, a.status, a.changed_at FROM "
                       "session_attendance a "
                       "JOIN training_session s ON s.id = a.session_id WHERE s.cohort_id = :id "
                       "ORDER BY a.session_id, a.contact_id, a.half"));
    q.bind(QStringLiteral(":id"), cohortId).exec();
    QList<HalfDayAttendance> result;
    while (q.next())
        result << HalfDayAttendance { q.id(0), q.id(1), HalfDay(q.value(2).toInt()),
            AttendanceStatus(q.value(3).toInt()), q.dateTime(4) };
    return result;
}

void TrainingRepository::writeAttendance(const QList<HalfDayAttendance> &attendance)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        // An upsert, not INSERT OR REPLACE: the rows a REPLACE deletes fire no trigger,
        // and organisation_presence counts attendance through them (schema_v13).
        QStringLiteral("INSERT INTO session_attendance (session_id, contact_id, half, "
                       "status, changed_at) "
                       "VALUES (:session, :contact, :half, :status, :changed) "
                       "ON CONFLICT (session_id, contact_id, half) DO UPDATE SET "
                       "status = excluded.status, changed_at = excluded.changed_at"));
    for (const HalfDayAttendance &a : attendance)
        q.bind(QStringLiteral(":session"), a.sessionId)
            .bind(QStringLiteral(":contact"), a.contactId)
            .bind(QStringLiteral(":half"), int(a.half))
            .bind(QStringLiteral(":status"), int(a.status))
            .bind(QStringLiteral(":changed"), stamp(a.changedAt))
            .exec();
    notify();
    transaction.commit();
}

void TrainingRepository::removeAttendance(const QList<HalfDayAttendance> &attendance)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral("DELETE FROM session_attendance WHERE session_id = :session AND contact_id "
                       "= :contact AND half = :half"));
    for (const HalfDayAttendance &a : attendance)
        q.bind(QStringLiteral(":session"), a.sessionId)
            .bind(QStringLiteral(":contact"), a.contactId)
            .bind(QStringLiteral(":half"), int(a.half))
            .exec();
    notify();
    transaction.commit();
}

QList<TrainingRepository::HistoryRow> TrainingRepository::historyOf(
    const QList<qint64> &contactIds) const
{
    const Dialect &dialect = m_database.dialect();
    SqlQuery q(m_database,
        QStringLiteral(
            "SELECT s.cohort_id, s.id, s.held_on, m.title, c.name, a.contact_id, "
            "  sum(a.status = 3), sum(a.status = 2), sum(a.status = 4) "
            "FROM session_attendance a JOIN training_session s ON s.id = a.session_id "
            "JOIN training_module m ON m.id = s.module_id JOIN cohort c ON c.id = s.cohort_id "
            "WHERE a.contact_id IN (%1) GROUP BY s.id, a.contact_id ORDER BY s.held_on DESC, s.id "
            "DESC")
            .arg(dialect.idsFromList()));
    q.bind(QStringLiteral(":ids"), dialect.idListValue(contactIds)).exec();
    QList<HistoryRow> rows;
    while (q.next())
        rows << HistoryRow { q.id(0), q.id(1), q.date(2), q.text(3), q.text(4), q.id(5),
            q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt() };
    return rows;
}

TrainingRepository::YearFigures TrainingRepository::figures(int year) const
{
    const QString y = QString::number(year).rightJustified(4, QLatin1Char('0'));
    YearFigures f;
    SqlQuery sessions(m_database,
        QStringLiteral(
            "SELECT count(*), coalesce(sum(morning + afternoon), 0) FROM training_session "
            "WHERE substr(held_on, 1, 4) = :year"));
    sessions.bind(QStringLiteral(":year"), y).exec();
    if (sessions.next()) {
        f.sessions = sessions.value(0).toInt();
        f.halfDays = sessions.value(1).toInt();
    }
    f.trainees = SqlQuery(m_database,
        QStringLiteral(
            "SELECT count(DISTINCT a.contact_id) FROM session_attendance a JOIN training_session s "
            "ON s.id = a.session_id WHERE a.status = 3 AND substr(s.held_on, 1, 4) = :year"))
                     .bind(QStringLiteral(":year"), y)
                     .scalar()
                     .toInt();
    f.halfDaysPresent = SqlQuery(m_database,
        QStringLiteral("SELECT count(*) FROM session_attendance a JOIN training_session s ON s.id "
                       "= a.session_id "
                       "WHERE a.status = 3 AND substr(s.held_on, 1, 4) = :year "
                       "AND ((a.half = 0 AND s.morning = 1) OR (a.half = 1 AND s.afternoon = 1))"))
                            .bind(QStringLiteral(":year"), y)
                            .scalar()
                            .toInt();
    // Every enrolled trainee was expected at every half-day of their cohort's sessions
    // whose sheet has been entered (a session still to come does not lower the rate).
    f.halfDaysExpected = SqlQuery(m_database,
        QStringLiteral(
            "SELECT coalesce(sum(s.morning + s.afternoon), 0) FROM training_session s "
            "JOIN enrolment e ON e.cohort_id = s.cohort_id WHERE substr(s.held_on, 1, 4) = :year "
            "AND EXISTS (SELECT 1 FROM session_attendance x WHERE x.session_id = s.id)"))
                             .bind(QStringLiteral(":year"), y)
                             .scalar()
                             .toInt();
    f.completions = SqlQuery(m_database,
        QStringLiteral("SELECT count(*) FROM enrolment WHERE substr(completed_on, 1, 4) = :year"))
                        .bind(QStringLiteral(":year"), y)
                        .scalar()
                        .toInt();
    return f;
}

void TrainingRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Training);
}

} // namespace relais
