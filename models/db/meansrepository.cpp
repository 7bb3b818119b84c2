#include "meansrepository.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QSet>
#include <algorithm>

namespace relais {

namespace {

QString stamp(const QDateTime &value)
{
    return isoDateTime(value.isValid() ? value : QDateTime::currentDateTimeUtc());
}

// The ISO dates bounding a year, for a range on an indexed date column.
QString yearStart(int year)
{
    return isoDate(QDate(year, 1, 1));
}

QString nextYearStart(int year)
{
    return isoDate(QDate(year + 1, 1, 1));
}

const QString contributionColumns = QStringLiteral(
    "c.id, c.organisation_id, c.year, c.meeting_id, c.serd_action_id, c.kind, c.time_unit, "
    "c.quantity, c.rate_cents, c.amount_cents, c.note, c.detached_meeting_id, "
    "c.detached_serd_action_id, c.created_at, c.updated_at");

ValuedContribution readContribution(const SqlQuery &q, int first = 0)
{
    ValuedContribution c;
    c.id = q.id(first);
    c.organisationId = q.id(first + 1);
    c.year = q.value(first + 2).toInt();
    c.meetingId = q.id(first + 3);
    c.serdActionId = q.id(first + 4);
    c.kind = ContributionKind(q.value(first + 5).toInt());
    c.unit = TimeUnit(q.value(first + 6).toInt());
    c.quantity = q.value(first + 7).toLongLong() / 100.0;
    c.rate = q.value(first + 8).toLongLong();
    c.amount = q.value(first + 9).toLongLong();
    c.note = q.text(first + 10);
    c.detached.meeting = q.id(first + 11);
    c.detached.serdAction = q.id(first + 12);
    c.createdAt = q.dateTime(first + 13);
    c.updatedAt = q.dateTime(first + 14);
    return c;
}

void bindContribution(SqlQuery &q, const ValuedContribution &c)
{
    q.bind(QStringLiteral(":organisation"), c.organisationId)
        .bind(QStringLiteral(":year"), c.year)
        .bindNullable(QStringLiteral(":meeting"), c.meetingId)
        .bindNullable(QStringLiteral(":action"), c.serdActionId)
        .bind(QStringLiteral(":kind"), int(c.kind))
        .bind(QStringLiteral(":unit"), int(c.unit))
        .bind(QStringLiteral(":quantity"), hundredths(c.quantity))
        .bind(QStringLiteral(":rate"), c.rate)
        .bind(QStringLiteral(":amount"), c.amount)
        .bind(QStringLiteral(":note"), c.note)
        .bindNullable(QStringLiteral(":detachedMeeting"), c.detached.meeting)
        .bindNullable(QStringLiteral(":detachedAction"), c.detached.serdAction)
        .bind(QStringLiteral(":updated"), stamp(c.updatedAt));
}

const QString staffTimeColumns = QStringLiteral(
    "st.id, st.starts_on, st.ends_on, st.staff_id, st.meeting_id, st.training_session_id, "
    "st.serd_edition_id, st.category, st.half_days, st.note, st.detached_meeting_id, "
    "st.detached_session_id, st.detached_serd_edition_id, st.created_at, st.updated_at");

StaffActivity readActivity(const SqlQuery &q, int first)
{
    if (const qint64 id = q.id(first))
        return StaffActivity::meeting(id);
    if (const qint64 id = q.id(first + 1))
        return StaffActivity::trainingSession(id);
    if (const qint64 id = q.id(first + 2))
        return StaffActivity::serdEdition(id);
    if (const QString category = q.text(first + 3); !category.isEmpty())
        return StaffActivity::named(category);
    return {};
}

StaffTimeEntry readStaffTime(const SqlQuery &q)
{
    StaffTimeEntry e;
    e.id = q.id(0);
    e.startsOn = q.date(1);
    e.endsOn = q.date(2);
    e.staffId = q.id(3);
    e.activity = readActivity(q, 4);
    e.days = q.value(8).toInt() / 2.0;
    e.note = q.text(9);
    e.detached.meeting = q.id(10);
    e.detached.trainingSession = q.id(11);
    e.detached.serdEdition = q.id(12);
    e.createdAt = q.dateTime(13);
    e.updatedAt = q.dateTime(14);
    return e;
}

void bindStaffTime(SqlQuery &q, const StaffTimeEntry &e)
{
    using K = StaffActivity::Kind;
    const StaffActivity &a = e.activity;
    q.bindDate(QStringLiteral(":starts"), e.startsOn)
        .bindDate(QStringLiteral(":ends"), e.endsOn)
        .bind(QStringLiteral(":staff"), e.staffId)
        .bindNullable(QStringLiteral(":meeting"), a.kind == K::Meeting ? a.id : 0)
        .bindNullable(QStringLiteral(":session"), a.kind == K::TrainingSession ? a.id : 0)
        .bindNullable(QStringLiteral(":edition"), a.kind == K::SerdEdition ? a.id : 0)
        .bind(QStringLiteral(":category"), a.kind == K::Category ? a.category : QString())
        .bind(QStringLiteral(":halfDays"), halfDaysOf(e.days).value_or(0))
        .bind(QStringLiteral(":note"), e.note)
        .bindNullable(QStringLiteral(":detachedMeeting"), e.detached.meeting)
        .bindNullable(QStringLiteral(":detachedSession"), e.detached.trainingSession)
        .bindNullable(QStringLiteral(":detachedEdition"), e.detached.serdEdition)
        .bind(QStringLiteral(":updated"), stamp(e.updatedAt));
}

// The joins that name a staff-time entry's person, role and activity.
const QString staffTimeJoins
    = QStringLiteral("FROM staff_time st "
                     "LEFT JOIN staff_member sm ON sm.id = st.staff_id "
                     "LEFT JOIN staff_role r ON r.id = sm.role_id "
                     "LEFT JOIN meeting m ON m.id = st.meeting_id "
                     "LEFT JOIN training_session ts ON ts.id = st.training_session_id "
                     "LEFT JOIN training_module tm ON tm.id = ts.module_id "
                     "LEFT JOIN serd_edition se ON se.id = st.serd_edition_id ");

// The name of an activity from the columns meeting title, module title, edition year
// and category.
QString activityName(
    const StaffActivity &activity, const QString &meeting, const QString &module, int editionYear)
{
    switch (activity.kind) {
    case StaffActivity::Kind::Meeting:
        return meeting;
    case StaffActivity::Kind::TrainingSession:
        return MeansRepository::tr("Training: %1").arg(module);
    case StaffActivity::Kind::SerdEdition:
        return MeansRepository::tr("SERD %1").arg(editionYear);
    case StaffActivity::Kind::Category:
        return activity.category;
    case StaffActivity::Kind::None:
        break;
    }
    return MeansRepository::tr("No activity");
}

} // namespace

MeansRepository::MeansRepository(Database &database)
    : m_database(database)
{ }

void MeansRepository::notify()
{
    m_database.changed(ChangeNotifier::Area::Means);
}

// ---- Valued contributions ------------------------------------------------------------

std::optional<ValuedContribution> MeansRepository::contribution(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT %1 FROM contribution c WHERE c.id = :id").arg(contributionColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readContribution(q);
}

qint64 MeansRepository::insertContribution(const ValuedContribution &c)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "INSERT INTO contribution (id, organisation_id, year, meeting_id, serd_action_id, "
            "kind, time_unit, quantity, rate_cents, amount_cents, note, detached_meeting_id, "
            "detached_serd_action_id, created_at, updated_at) VALUES (:id, :organisation, "
            ":year, :meeting, :action, :kind, :unit, :quantity, :rate, :amount, :note, "
            ":detachedMeeting, :detachedAction, :created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":created"), stamp(c.createdAt));
    bindContribution(q, c);
    q.exec();
    const qint64 id = c.id ? c.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void MeansRepository::updateContribution(const ValuedContribution &c)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE contribution SET organisation_id = :organisation, year = :year, meeting_id = "
            ":meeting, serd_action_id = :action, kind = :kind, time_unit = :unit, quantity = "
            ":quantity, rate_cents = :rate, amount_cents = :amount, note = :note, "
            "detached_meeting_id = :detachedMeeting, detached_serd_action_id = :detachedAction, "
            "updated_at = :updated WHERE id = :id"));
    bindContribution(q, c);
    q.bind(QStringLiteral(":id"), c.id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(
            tr("This valued contribution no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void MeansRepository::removeContribution(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM contribution WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

QList<MeansRepository::ContributionRow> MeansRepository::contributions(
    int year, qint64 organisationId) const
{
    QStringList where;
    if (year)
        where << QStringLiteral("c.year = :year");
    if (organisationId)
        where << QStringLiteral("c.organisation_id = :organisation");
    SqlQuery q(m_database,
        QStringLiteral("SELECT %1, o.name, coalesce(m.title, a.title, '') FROM contribution c "
                       "JOIN organisation o ON o.id = c.organisation_id "
                       "LEFT JOIN meeting m ON m.id = c.meeting_id "
                       "LEFT JOIN serd_action a ON a.id = c.serd_action_id %2"
                       "ORDER BY c.year DESC, o.name, c.id")
            .arg(contributionColumns,
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))
                        + QLatin1Char(' ')));
    if (year)
        q.bind(QStringLiteral(":year"), year);
    if (organisationId)
        q.bind(QStringLiteral(":organisation"), organisationId);
    q.exec();
    QList<ContributionRow> rows;
    while (q.next())
        rows << ContributionRow { readContribution(q), q.text(15), q.text(16) };
    return rows;
}

QList<MeansRepository::ContributionTotal> MeansRepository::contributionTotals(
    ContributionGroups by, int year) const
{
    // Every key column is selected (NULL when not grouped by) so that rows read alike.
    const auto key = [&](ContributionGroup group, const char *column) {
        return by.testFlag(group) ? QLatin1String(column) : QLatin1String("NULL");
    };
    QStringList groupBy;
    if (by.testFlag(ContributionGroup::Organisation))
        groupBy << QStringLiteral("c.organisation_id");
    if (by.testFlag(ContributionGroup::Action))
        groupBy << QStringLiteral("c.meeting_id") << QStringLiteral("c.serd_action_id");
    if (by.testFlag(ContributionGroup::Kind))
        groupBy << QStringLiteral("c.kind");
    if (by.testFlag(ContributionGroup::Year))
        groupBy << QStringLiteral("c.year");
    const QString statement
        = QStringLiteral(
            "SELECT %1, %2, %3, %4, %5, max(o.name), max(coalesce(m.title, a.title, '')), "
            "sum(c.amount_cents), count(*) FROM contribution c "
            "JOIN organisation o ON o.id = c.organisation_id "
            "LEFT JOIN meeting m ON m.id = c.meeting_id "
            "LEFT JOIN serd_action a ON a.id = c.serd_action_id %6 %7 "
            "ORDER BY %8 sum(c.amount_cents) DESC")
              .arg(key(ContributionGroup::Organisation, "c.organisation_id"),
                  key(ContributionGroup::Action, "c.meeting_id"),
                  key(ContributionGroup::Action, "c.serd_action_id"),
                  key(ContributionGroup::Kind, "c.kind"), key(ContributionGroup::Year, "c.year"),
                  year ? QStringLiteral("WHERE c.year = :year") : QString(),
                  groupBy.isEmpty()
                      ? QString()
                      : QStringLiteral("GROUP BY ") + groupBy.join(QStringLiteral(", ")),
                  by.testFlag(ContributionGroup::Year) ? QStringLiteral("c.year,") : QString());
    SqlQuery q(m_database, statement);
    if (year)
        q.bind(QStringLiteral(":year"), year);
    q.exec();
    QList<ContributionTotal> totals;
    while (q.next()) {
        ContributionTotal t;
        t.organisationId = q.id(0);
        t.meetingId = q.id(1);
        t.serdActionId = q.id(2);
        t.kind = ContributionKind(q.value(3).toInt());
        t.year = q.value(4).toInt();
        if (by.testFlag(ContributionGroup::Organisation))
            t.organisation = q.text(5);
        if (by.testFlag(ContributionGroup::Action))
            t.action = q.text(6);
        t.amount = q.value(7).toLongLong();
        t.entries = q.value(8).toInt();
        totals << t;
    }
    // Without any row, SQLite still returns one line (of NULLs) for an ungrouped sum.
    if (groupBy.isEmpty() && !totals.isEmpty() && totals.first().entries == 0)
        totals.clear();
    return totals;
}

Cents MeansRepository::contributionSum(int year, qint64 organisationId) const
{
    QStringList where { QStringLiteral("1 = 1") };
    if (year)
        where << QStringLiteral("year = :year");
    if (organisationId)
        where << QStringLiteral("organisation_id = :organisation");
    SqlQuery q(m_database,
        QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM contribution WHERE ")
            + where.join(QStringLiteral(" AND ")));
    if (year)
        q.bind(QStringLiteral(":year"), year);
    if (organisationId)
        q.bind(QStringLiteral(":organisation"), organisationId);
    return q.scalar().toLongLong();
}

// ---- Staff and roles -------------------------------------------------------------------

QList<StaffPerson> MeansRepository::staff(bool includeRetired) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT s.id, s.name, s.retired, s.role_id, coalesce(r.name, '') "
                       "FROM staff_member s LEFT JOIN staff_role r ON r.id = s.role_id %1"
                       "ORDER BY s.position, s.name_key")
            .arg(includeRetired ? QString() : QStringLiteral("WHERE s.retired = 0 ")));
    q.exec();
    QList<StaffPerson> people;
    while (q.next())
        people << StaffPerson { q.id(0), q.text(1), q.flag(2), q.id(3), q.text(4) };
    return people;
}

std::optional<StaffPerson> MeansRepository::staffPerson(qint64 staffId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT s.id, s.name, s.retired, s.role_id, coalesce(r.name, '') "
                       "FROM staff_member s LEFT JOIN staff_role r ON r.id = s.role_id "
                       "WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), staffId).exec();
    if (!q.next())
        return std::nullopt;
    return StaffPerson { q.id(0), q.text(1), q.flag(2), q.id(3), q.text(4) };
}

void MeansRepository::setStaffRole(qint64 staffId, qint64 roleId)
{
    Transaction transaction(m_database);
    SqlQuery q(
        m_database, QStringLiteral("UPDATE staff_member SET role_id = :role WHERE id = :id"));
    q.bindNullable(QStringLiteral(":role"), roleId).bind(QStringLiteral(":id"), staffId).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This person is no longer on the staff list."));
    notify();
    transaction.commit();
}

// ---- Staff time ------------------------------------------------------------------------

std::optional<StaffTimeEntry> MeansRepository::staffTime(qint64 id) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT %1 FROM staff_time st WHERE st.id = :id").arg(staffTimeColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readStaffTime(q);
}

qint64 MeansRepository::insertStaffTime(const StaffTimeEntry &e)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "INSERT INTO staff_time (id, starts_on, ends_on, staff_id, meeting_id, "
            "training_session_id, serd_edition_id, category, half_days, note, "
            "detached_meeting_id, detached_session_id, detached_serd_edition_id, created_at, "
            "updated_at) VALUES (:id, :starts, :ends, :staff, :meeting, :session, :edition, "
            ":category, :halfDays, :note, :detachedMeeting, :detachedSession, :detachedEdition, "
            ":created, :updated)"));
    q.bindNullable(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":created"), stamp(e.createdAt));
    bindStaffTime(q, e);
    q.exec();
    const qint64 id = e.id ? e.id : q.lastInsertId().toLongLong();
    notify();
    transaction.commit();
    return id;
}

void MeansRepository::updateStaffTime(const StaffTimeEntry &e)
{
    Transaction transaction(m_database);
    SqlQuery q(m_database,
        QStringLiteral(
            "UPDATE staff_time SET starts_on = :starts, ends_on = :ends, staff_id = :staff, "
            "meeting_id = :meeting, training_session_id = :session, serd_edition_id = :edition, "
            "category = :category, half_days = :halfDays, note = :note, detached_meeting_id = "
            ":detachedMeeting, detached_session_id = :detachedSession, detached_serd_edition_id "
            "= :detachedEdition, updated_at = :updated WHERE id = :id"));
    bindStaffTime(q, e);
    q.bind(QStringLiteral(":id"), e.id).exec();
    if (q.numRowsAffected() == 0)
        throw DatabaseError(tr("This staff time no longer exists; it may have been deleted."));
    notify();
    transaction.commit();
}

void MeansRepository::removeStaffTime(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM staff_time WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    notify();
    transaction.commit();
}

QList<MeansRepository::StaffTimeRow> MeansRepository::staffTimeEntries(
    int year, qint64 staffId) const
{
    QStringList where;
    if (year)
        where << QStringLiteral("st.starts_on >= :from AND st.starts_on < :to");
    if (staffId)
        where << QStringLiteral("st.staff_id = :staff");
    SqlQuery q(m_database,
        QStringLiteral("SELECT %1, coalesce(sm.name, ''), coalesce(r.name, ''), "
                       "coalesce(m.title, ''), coalesce(tm.title, ''), coalesce(se.year, 0) "
                       "%2 %3 ORDER BY st.starts_on DESC, st.id DESC")
            .arg(staffTimeColumns, staffTimeJoins,
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (year)
        q.bind(QStringLiteral(":from"), yearStart(year))
            .bind(QStringLiteral(":to"), nextYearStart(year));
    if (staffId)
        q.bind(QStringLiteral(":staff"), staffId);
    q.exec();
    QList<StaffTimeRow> rows;
    while (q.next()) {
        StaffTimeRow row;
        row.entry = readStaffTime(q);
        row.person = q.text(15);
        row.role = q.text(16);
        row.activity
            = activityName(row.entry.activity, q.text(17), q.text(18), q.value(19).toInt());
        rows << row;
    }
    return rows;
}

QList<MeansRepository::StaffTimeTotal> MeansRepository::staffTimeTotals(
    StaffTimeGroups by, int year) const
{
    const auto key = [&](StaffTimeGroup group, const char *column) {
        return by.testFlag(group) ? QLatin1String(column) : QLatin1String("NULL");
    };
    const QString yearOf = QStringLiteral("CAST(substr(st.starts_on, 1, 4) AS INTEGER)");
    QStringList groupBy;
    if (by.testFlag(StaffTimeGroup::Role))
        groupBy << QStringLiteral("sm.role_id");
    if (by.testFlag(StaffTimeGroup::Person))
        groupBy << QStringLiteral("st.staff_id");
    if (by.testFlag(StaffTimeGroup::Activity))
        groupBy << QStringLiteral("st.meeting_id") << QStringLiteral("st.training_session_id")
                << QStringLiteral("st.serd_edition_id") << QStringLiteral("st.category");
    if (by.testFlag(StaffTimeGroup::Year))
        groupBy << yearOf;
    const QString activity = by.testFlag(StaffTimeGroup::Activity)
        ? QStringLiteral("st.meeting_id, st.training_session_id, st.serd_edition_id, st.category")
        : QStringLiteral("NULL, NULL, NULL, NULL");
    const QString statement
        = QStringLiteral("SELECT %1, %2, %3, %4, max(coalesce(r.name, '')), "
                         "max(coalesce(sm.name, '')), max(coalesce(m.title, '')), "
                         "max(coalesce(tm.title, '')), max(coalesce(se.year, 0)), "
                         "sum(st.half_days), count(*) %5 %6 %7 ORDER BY %8 sum(st.half_days) DESC")
              .arg(key(StaffTimeGroup::Role, "sm.role_id"),
                  key(StaffTimeGroup::Person, "st.staff_id"), activity,
                  by.testFlag(StaffTimeGroup::Year) ? yearOf : QStringLiteral("NULL"),
                  staffTimeJoins,
                  year ? QStringLiteral("WHERE st.starts_on >= :from AND st.starts_on < :to")
                       : QString(),
                  groupBy.isEmpty()
                      ? QString()
                      : QStringLiteral("GROUP BY ") + groupBy.join(QStringLiteral(", ")),
                  by.testFlag(StaffTimeGroup::Year) ? yearOf + QLatin1Char(',') : QString());
    SqlQuery q(m_database, statement);
    if (year)
        q.bind(QStringLiteral(":from"), yearStart(year))
            .bind(QStringLiteral(":to"), nextYearStart(year));
    q.exec();
    QList<StaffTimeTotal> totals;
    while (q.next()) {
        StaffTimeTotal t;
        t.roleId = q.id(0);
        t.staffId = q.id(1);
        t.activity = readActivity(q, 2);
        t.year = q.value(6).toInt();
        if (by.testFlag(StaffTimeGroup::Role))
            t.role = q.text(7);
        if (by.testFlag(StaffTimeGroup::Person))
            t.person = q.text(8);
        if (by.testFlag(StaffTimeGroup::Activity))
            t.activityName = activityName(t.activity, q.text(9), q.text(10), q.value(11).toInt());
        t.halfDays = q.value(12).toInt();
        t.entries = q.value(13).toInt();
        totals << t;
    }
    if (groupBy.isEmpty() && !totals.isEmpty() && totals.first().entries == 0)
        totals.clear();
    return totals;
}

QStringList MeansRepository::staffTimeCategories() const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT DISTINCT category FROM staff_time WHERE category <> ''"));
    q.exec();
    QStringList categories;
    QSet<QString> seen;
    const auto add = [&](const QString &category) {
        if (!seen.contains(category.toCaseFolded())) {
            seen.insert(category.toCaseFolded());
            categories << category;
        }
    };
    while (q.next())
        add(q.text(0));
    for (const QString &category : defaultStaffCategories())
        add(category);
    std::sort(categories.begin(), categories.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return categories;
}

} // namespace relais
