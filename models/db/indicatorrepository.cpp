#include "indicatorrepository.h"

#include "../domain/textfold.h"
#include "database.h"
#include "schema_v3.h"
#include "sqlquery.h"

#include <QCoreApplication>

namespace relais {

namespace {

QString yearText(int year)
{
    return QString::number(year).rightJustified(4, QLatin1Char('0'));
}

// A held SERD action: confirmed or held, with at least one date not cancelled (the rule
// of serdStatusCounts() and isHeld()).
const char heldAction[] = "a.status IN (1, 2) AND EXISTS (SELECT 1 FROM serd_occurrence o "
                          "WHERE o.action_id = a.id AND o.cancelled = 0)";

// (organisation_id, route) for every way an organisation was mobilised in the year.
// Placeholders :y1, :y3, :y4, each once per statement. Meetings and training come from
// organisation_presence, which triggers keep up to date (schema_v13), rather than from
// joining the year's attendance rows with memberships (at 100,000 contacts, 100,000
// invitations a year). mobilisedBeforeSql() asks the same routes about the years before:
// a route changed here changes there too.
QString mobilisationSql()
{
    return QStringLiteral("SELECT p.organisation_id AS organisation_id, p.route AS route "
                          "FROM organisation_presence p WHERE p.year = :y1 "
                          "UNION ALL "
                          "SELECT x.organisation_id, 4 FROM serd_action_organiser x "
                          "JOIN serd_action a ON a.id = x.action_id "
                          "JOIN serd_edition e ON e.id = a.edition_id "
                          "WHERE e.year = :y3 AND %1 "
                          "UNION ALL "
                          "SELECT c.organisation_id, 8 FROM contribution c WHERE c.year = :y4")
        .arg(QString::fromLatin1(heldAction));
}

// Whether the organisation r.id was mobilised in a year before :before, by the routes of
// mobilisationSql(): each organisation of the year asked through its indexes, rather than
// listing every organisation mobilised in ten years.
QString mobilisedBeforeSql()
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM organisation_presence p "
                          "  WHERE p.organisation_id = r.id AND p.year < :before) "
                          "OR EXISTS (SELECT 1 FROM serd_action_organiser x "
                          "  JOIN serd_action a ON a.id = x.action_id "
                          "  JOIN serd_edition e ON e.id = a.edition_id "
                          "  WHERE x.organisation_id = r.id AND e.year < :y5 AND %1) "
                          "OR EXISTS (SELECT 1 FROM contribution c "
                          "  WHERE c.organisation_id = r.id AND c.year < :y6))")
        .arg(QString::fromLatin1(heldAction));
}

void bindYear(SqlQuery &query, int year)
{
    query.bind(QStringLiteral(":y1"), year)
        .bind(QStringLiteral(":y3"), year)
        .bind(QStringLiteral(":y4"), year);
}

// For mobilisationSql() with mobilisedBeforeSql().
void bindYears(SqlQuery &query, int year)
{
    bindYear(query, year);
    query.bind(QStringLiteral(":before"), year)
        .bind(QStringLiteral(":y5"), year)
        .bind(QStringLiteral(":y6"), year);
}

} // namespace

IndicatorRepository::IndicatorRepository(Database &database)
    : m_database(database)
{ }

int IndicatorRepository::organisationsAt(int year) const
{
    return SqlQuery(
        m_database, QStringLiteral("SELECT count(*) FROM organisation WHERE created_at < :end"))
        .bind(QStringLiteral(":end"), yearText(year + 1) + QStringLiteral("-01-01"))
        .scalar()
        .toInt();
}

int IndicatorRepository::contactsAt(int year) const
{
    return SqlQuery(
        m_database, QStringLiteral("SELECT count(*) FROM contact WHERE created_at < :end"))
        .bind(QStringLiteral(":end"), yearText(year + 1) + QStringLiteral("-01-01"))
        .scalar()
        .toInt();
}

QList<IndicatorRepository::MobilisedOrganisation> IndicatorRepository::mobilised(int year) const
{
    SqlQuery query(m_database,
        QStringLiteral("SELECT g.id, g.name, g.type_id, t.name, g.commune_id, c.name, r.route "
                       "FROM (SELECT DISTINCT organisation_id, route FROM (%1)) r "
                       "JOIN organisation g ON g.id = r.organisation_id "
                       "LEFT JOIN actor_type t ON t.id = g.type_id "
                       "LEFT JOIN commune c ON c.id = g.commune_id "
                       "ORDER BY g.sort_key, g.id")
            .arg(mobilisationSql()));
    bindYear(query, year);
    query.exec();
    QList<MobilisedOrganisation> list;
    while (query.next()) {
        const qint64 id = query.id(0);
        if (list.isEmpty() || list.constLast().id != id) {
            MobilisedOrganisation o;
            o.id = id;
            o.name = query.text(1);
            o.typeId = query.id(2);
            o.type = query.text(3);
            o.communeId = query.id(4);
            o.commune = query.text(5);
            list << o;
        }
        list.last().routes |= query.value(6).toInt();
    }
    return list;
}

QSet<qint64> IndicatorRepository::mobilisedAgain(int year) const
{
    SqlQuery query(m_database,
        QStringLiteral("SELECT r.id FROM (SELECT DISTINCT organisation_id AS id FROM (%1)) r "
                       "WHERE %2")
            .arg(mobilisationSql(), mobilisedBeforeSql()));
    bindYears(query, year);
    query.exec();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.id(0));
    return ids;
}

IndicatorRepository::MobilisedCount IndicatorRepository::mobilisedCount(int year) const
{
    // The organisations of mobilised(), counted without reading their names.
    SqlQuery query(m_database,
        // CASE WHEN, not sum(… OR …): an OR in a value is not cut short, and the SERD
        // routes' EXISTS would be asked of every organisation (twice the time).
        QStringLiteral("SELECT count(*), count(CASE WHEN %2 THEN 1 END) "
                       "FROM (SELECT DISTINCT organisation_id AS id FROM (%1)) r "
                       "JOIN organisation g ON g.id = r.id")
            .arg(mobilisationSql(), mobilisedBeforeSql()));
    bindYears(query, year);
    query.exec();
    MobilisedCount count;
    if (query.next()) {
        count.mobilised = query.value(0).toInt();
        count.again = query.value(1).toInt();
    }
    return count;
}

int IndicatorRepository::presenceDrift() const
{
    // The same pairs as the migration's first filling of the table.
    return SqlQuery(m_database,
        QStringLiteral(
            "WITH truth (o, y, r, n) AS ("
            "  SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, count(*) "
            "  FROM invitation v JOIN membership m ON m.contact_id = v.contact_id "
            "  JOIN meeting mt ON mt.id = v.meeting_id WHERE v.status = 3 GROUP BY 1, 2 "
            "  UNION ALL "
            "  SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, count(*) "
            "  FROM session_attendance t JOIN membership m ON m.contact_id = t.contact_id "
            "  JOIN training_session s ON s.id = t.session_id WHERE t.status = 3 "
            "  GROUP BY 1, 2), "
            "kept (o, y, r, n) AS (SELECT organisation_id, year, route, supports "
            "  FROM organisation_presence) "
            "SELECT (SELECT count(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept)) "
            "     + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM truth))"))
        .scalar()
        .toInt();
}

int IndicatorRepository::meetingTallyDrift() const
{
    return SqlQuery(m_database,
        QStringLiteral(
            "WITH truth AS (SELECT meeting_id, sum(walk_in = 0), sum(status = 1), "
            "  sum(status = 2), sum(status = 3), sum(status = 4), sum(walk_in = 1), "
            "  sum(status = 3 AND walk_in = 0) FROM invitation GROUP BY meeting_id), "
            "kept AS (SELECT meeting_id, invited, registered, excused, present, absent, "
            "  walk_ins, invited_present FROM meeting_tally) "
            "SELECT (SELECT count(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept)) "
            "     + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM truth))"))
        .scalar()
        .toInt();
}

QList<IndicatorRepository::EditionHeld> IndicatorRepository::serdEditionsUpTo(int year) const
{
    // serdStatusCounts(): confirmed (1) and held (2), as in heldAction.
    SqlQuery query(m_database,
        QStringLiteral("SELECT e.id, e.year, count(o.id), count(DISTINCT o.action_id) "
                       "FROM serd_edition e "
                       "LEFT JOIN serd_action a ON a.edition_id = e.id AND a.status IN (1, 2) "
                       "LEFT JOIN serd_occurrence o ON o.action_id = a.id AND o.cancelled = 0 "
                       "WHERE e.year <= :year GROUP BY e.id, e.year ORDER BY e.year"));
    query.bind(QStringLiteral(":year"), year).exec();
    QList<EditionHeld> editions;
    while (query.next()) {
        editions << EditionHeld { query.id(0), query.value(1).toInt(), query.value(2).toInt(),
            query.value(3).toInt() };
    }
    return editions;
}

int IndicatorRepository::traineesWithSerdAction(int year) const
{
    const QString held = QString::fromLatin1(heldAction);
    return SqlQuery(m_database,
        QStringLiteral(
            "SELECT count(DISTINCT t.contact_id) FROM session_attendance t "
            "JOIN training_session s ON s.id = t.session_id "
            "WHERE t.status = 3 AND substr(s.held_on, 1, 4) = :year AND t.contact_id IN ("
            "SELECT a.contact_id FROM serd_action a JOIN serd_edition e ON e.id = a.edition_id "
            "WHERE e.year = :edition1 AND a.contact_id IS NOT NULL AND %1 "
            "UNION "
            "SELECT m.contact_id FROM membership m "
            "JOIN serd_action_organiser x ON x.organisation_id = m.organisation_id "
            "JOIN serd_action a ON a.id = x.action_id JOIN serd_edition e ON e.id = a.edition_id "
            "WHERE e.year = :edition2 AND %1)")
            .arg(held))
        .bind(QStringLiteral(":year"), yearText(year))
        .bind(QStringLiteral(":edition1"), year)
        .bind(QStringLiteral(":edition2"), year)
        .scalar()
        .toInt();
}

QList<IndicatorRepository::TrainingSessionLine> IndicatorRepository::trainingSessions(
    int year) const
{
    // A half-day counts only when the session has it (a tick left on a half-day the
    // session no longer has is not attendance).
    SqlQuery query(m_database,
        QStringLiteral(
            "SELECT s.id, s.held_on, s.cohort_id, c.name, m.title, s.morning + s.afternoon, "
            "  (SELECT count(*) FROM enrolment e WHERE e.cohort_id = s.cohort_id), "
            "  (SELECT count(*) FROM session_attendance a WHERE a.session_id = s.id "
            "     AND a.status = 3 AND ((a.half = 0 AND s.morning = 1) OR (a.half = 1 AND "
            "s.afternoon = 1))), "
            "  (SELECT count(*) FROM session_attendance a WHERE a.session_id = s.id "
            "     AND a.status = 2 AND ((a.half = 0 AND s.morning = 1) OR (a.half = 1 AND "
            "s.afternoon = 1))), "
            "  EXISTS (SELECT 1 FROM session_attendance a WHERE a.session_id = s.id) "
            "FROM training_session s JOIN cohort c ON c.id = s.cohort_id "
            "JOIN training_module m ON m.id = s.module_id "
            "WHERE substr(s.held_on, 1, 4) = :year ORDER BY s.held_on, s.id"));
    query.bind(QStringLiteral(":year"), yearText(year)).exec();
    QList<TrainingSessionLine> lines;
    while (query.next()) {
        TrainingSessionLine line;
        line.id = query.id(0);
        line.date = query.date(1);
        line.cohortId = query.id(2);
        line.cohort = query.text(3);
        line.module = query.text(4);
        line.halfDays = query.value(5).toInt();
        line.enrolled = query.value(6).toInt();
        line.present = query.value(7).toInt();
        line.excused = query.value(8).toInt();
        line.entered = query.value(9).toBool();
        lines << line;
    }
    return lines;
}

QList<int> IndicatorRepository::activityYears() const
{
    // Each part reads an index (held_on, starts_on, year) rather than the rows.
    SqlQuery query(m_database,
        QStringLiteral("SELECT DISTINCT CAST(substr(held_on, 1, 4) AS INTEGER) FROM meeting "
                       "UNION SELECT DISTINCT CAST(substr(held_on, 1, 4) AS INTEGER) FROM "
                       "training_session "
                       "UNION SELECT year FROM serd_edition "
                       "UNION SELECT DISTINCT year FROM contribution "
                       "UNION SELECT DISTINCT CAST(substr(starts_on, 1, 4) AS INTEGER) FROM "
                       "staff_time "
                       "ORDER BY 1"));
    query.exec();
    QList<int> years;
    while (query.next()) {
        if (const int year = query.value(0).toInt())
            years << year;
    }
    return years;
}

qint64 IndicatorRepository::actorsCouncilTypeId() const
{
    const char *seed = schema_v3::meetingTypes[0];
    const QString keys[] = {
        foldedKey(QCoreApplication::translate("relais::Seed", seed)),
        foldedKey(QString::fromLatin1(seed)),
    };
    SqlQuery query(m_database, QStringLiteral("SELECT id, name_key FROM meeting_type ORDER BY id"));
    query.exec();
    qint64 first = 0;
    while (query.next()) {
        if (!first)
            first = query.id(0);
        for (const QString &key : keys) {
            if (query.text(1) == key)
                return query.id(0);
        }
    }
    return first;
}

} // namespace relais
