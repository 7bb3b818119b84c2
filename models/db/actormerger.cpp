#include "actormerger.h"

#include "../domain/contact.h"
#include "../domain/meeting.h"
#include "../domain/organisation.h"
#include "audittrail.h"
#include "contactrepository.h"
#include "database.h"
#include "databaseerror.h"
#include "organisationrepository.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

namespace relais {

namespace {

using Area = ChangeNotifier::Area;
using Kind = ActorReference::Kind;
using Policy = ActorReference::Policy;
using Table = DependentRows::Table;

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

ActorReference detailRows(const char *table, const char *column, Area area)
{
    return { L(table), L(column), Kind::Detail, {}, Policy::KeepKept, area };
}

ActorReference linkRows(
    const char *table, const char *column, const QStringList &keys, Policy policy, Area area)
{
    return { L(table), L(column), Kind::Link, keys, policy, area };
}

ActorReference pointerColumn(const char *table, const char *column, Area area)
{
    return { L(table), L(column), Kind::Pointer, {}, Policy::KeepKept, area };
}

QString actorTable(ActorRef::Kind kind)
{
    return kind == ActorRef::Kind::Contact ? QStringLiteral("contact")
                                           : QStringLiteral("organisation");
}

// The rows a statement selects, with their column names (not a prepared SELECT of
// named columns: the merge handles whatever columns later migrations add).
Table readRows(const Database &database, const QString &table, const QString &statement,
    const QList<std::pair<QString, QVariant>> &values)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const auto &[placeholder, value] : values)
        query.bindValue(placeholder, value);
    if (!query.exec())
        throw DatabaseError(
            QCoreApplication::translate("relais::SqlQuery", "The database could not be updated: %1")
                .arg(query.lastError().databaseText()),
            query.lastError().text() + QLatin1Char('\n') + statement);
    Table result;
    result.name = table;
    const QSqlRecord record = query.record();
    for (int c = 0; c < record.count(); ++c)
        result.columns << record.fieldName(c);
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < record.count(); ++c)
            row << query.value(c);
        result.rows << row;
    }
    return result;
}

void insertRows(Database &database, const Table &table)
{
    if (table.rows.isEmpty())
        return;
    QStringList placeholders;
    for (int c = 0; c < table.columns.size(); ++c)
        placeholders << QStringLiteral(":c%1").arg(c);
    SqlQuery insert(database,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table.name, table.columns.join(QStringLiteral(", ")),
                placeholders.join(QStringLiteral(", "))));
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < row.size(); ++c)
            insert.bindAsRead(placeholders[c], row[c]);
        insert.exec();
    }
}

// Sets every column of one row of `table` (its id aside) to the values of `row`.
void rewriteRow(Database &database, const Table &table, const QVariantList &row)
{
    QStringList assignments;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c] != QLatin1String("id"))
            assignments << QStringLiteral("%1 = :c%2").arg(table.columns[c]).arg(c);
    }
    SqlQuery update(database,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
            .arg(table.name, assignments.join(QStringLiteral(", "))));
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c] == QLatin1String("id"))
            update.bind(QStringLiteral(":id"), row[c]);
        else
            update.bindAsRead(QStringLiteral(":c%1").arg(c), row[c]);
    }
    update.exec();
}

// How much an attendance status tells: present > excused > registered > absent > invited.
int informative(const QVariant &status)
{
    switch (static_cast<AttendanceStatus>(status.toInt())) {
    case AttendanceStatus::Present:
        return 4;
    case AttendanceStatus::Excused:
        return 3;
    case AttendanceStatus::Registered:
        return 2;
    case AttendanceStatus::Absent:
        return 1;
    case AttendanceStatus::Invited:
        return 0;
    }
    return 0;
}

QVariant earliest(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || a.toString().isEmpty())
        return b;
    if (b.isNull() || b.toString().isEmpty())
        return a;
    return b.toString() < a.toString() ? b : a;
}

// One row made of the kept actor's and the merged actor's rows of the same key.
QVariantList combined(
    Policy policy, const QStringList &columns, const QVariantList &kept, const QVariantList &merged)
{
    const auto at = [&](const char *column) { return int(columns.indexOf(L(column))); };
    QVariantList result = kept;
    switch (policy) {
    case Policy::KeepKept:
        break;
    case Policy::Attendance: {
        const int status = at("status");
        if (informative(merged[status]) > informative(kept[status]))
            result = merged; // with its walk-in flag and date of change
        break;
    }
    case Policy::Enrolment: {
        const int enrolled = at("enrolled_on");
        const int completed = at("completed_on");
        result[enrolled] = earliest(kept[enrolled], merged[enrolled]);
        result[completed] = earliest(kept[completed], merged[completed]);
        break;
    }
    case Policy::Membership: {
        const int role = at("role");
        if (kept[role].toString().trimmed().isEmpty())
            result[role] = merged[role];
        break;
    }
    case Policy::Organiser: {
        const int role = at("role"); // 0 lead, 1 co-organiser
        result[role] = std::min(kept[role].toInt(), merged[role].toInt());
        break;
    }
    }
    return result;
}

QString whereKeys(const ActorReference &reference)
{
    QString where = QStringLiteral("%1 = :actor").arg(reference.column);
    for (int k = 0; k < reference.keys.size(); ++k)
        where += QStringLiteral(" AND %1 = :k%2").arg(reference.keys[k]).arg(k);
    return where;
}

} // namespace

ActorMerger::ActorMerger(Database &database)
    : m_database(database)
{ }

QList<ActorReference> ActorMerger::contactReferences()
{
    return {
        detailRows("contact_email", "contact_id", Area::Contacts),
        detailRows("contact_phone", "contact_id", Area::Contacts),
        detailRows("membership", "contact_id", Area::Organisations),
        detailRows("contact_domain", "contact_id", Area::Contacts),
        detailRows("contact_tag", "contact_id", Area::Contacts),
        // Undoing a merge puts both consent histories back as they were (#9).
        detailRows("contact_consent_history", "contact_id", Area::Contacts),
        // The kept record's own: an anonymisation or a retention decision is about one record,
        // and goes (and comes back on undo) with the merged one.
        detailRows("contact_anonymisation", "contact_id", Area::Contacts),
        detailRows("retention_decision", "contact_id", Area::Contacts),
        linkRows("interaction_contact", "contact_id", { QStringLiteral("interaction_id") },
            Policy::KeepKept, Area::Interactions),
        linkRows("follow_up_contact", "contact_id", { QStringLiteral("follow_up_id") },
            Policy::KeepKept, Area::FollowUps),
        linkRows("invitation", "contact_id", { QStringLiteral("meeting_id") }, Policy::Attendance,
            Area::Meetings),
        linkRows("enrolment", "contact_id", { QStringLiteral("cohort_id") }, Policy::Enrolment,
            Area::Training),
        linkRows("session_attendance", "contact_id",
            { QStringLiteral("session_id"), QStringLiteral("half") }, Policy::Attendance,
            Area::Training),
        pointerColumn("training_session", "trainer_contact_id", Area::Training),
        pointerColumn("serd_action", "contact_id", Area::Serd),
    };
}

QList<ActorReference> ActorMerger::organisationReferences()
{
    return {
        detailRows("organisation_domain", "organisation_id", Area::Organisations),
        detailRows("organisation_tag", "organisation_id", Area::Organisations),
        linkRows("membership", "organisation_id", { QStringLiteral("contact_id") },
            Policy::Membership, Area::Contacts),
        linkRows("interaction_organisation", "organisation_id",
            { QStringLiteral("interaction_id") }, Policy::KeepKept, Area::Interactions),
        linkRows("follow_up_organisation", "organisation_id", { QStringLiteral("follow_up_id") },
            Policy::KeepKept, Area::FollowUps),
        linkRows("serd_action_organiser", "organisation_id", { QStringLiteral("action_id") },
            Policy::Organiser, Area::Serd),
        pointerColumn("contribution", "organisation_id", Area::Means),
    };
}

static QList<ActorReference> referencesOf(ActorRef::Kind kind)
{
    return kind == ActorRef::Kind::Contact ? ActorMerger::contactReferences()
                                           : ActorMerger::organisationReferences();
}

// Checks both records and takes the snapshot undo needs.
ActorMerge ActorMerger::begin(ActorRef::Kind kind, qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId)
        throw DatabaseError(tr("A record cannot be merged with itself."));
    ActorMerge merge;
    merge.kind = kind;
    merge.keptId = keptId;
    merge.mergedId = mergedId;
    const QList<std::pair<QString, QVariant>> ids { { QStringLiteral(":kept"), keptId },
        { QStringLiteral(":merged"), mergedId } };
    const QString table = actorTable(kind);
    merge.records = readRows(m_database, table,
        QStringLiteral("SELECT * FROM %1 WHERE id IN (:kept, :merged)").arg(table), ids);
    if (merge.records.rows.size() != 2)
        throw DatabaseError(tr("One of the two records no longer exists; it may have been "
                               "deleted or merged already."));
    for (const ActorReference &reference : referencesOf(kind)) {
        if (reference.kind == Kind::Pointer) {
            merge.rows << Table { reference.table, {}, {} };
            continue;
        }
        merge.rows << readRows(m_database, reference.table,
            QStringLiteral("SELECT * FROM %1 WHERE %2 IN (:kept, :merged)")
                .arg(reference.table, reference.column),
            ids);
    }
    return merge;
}

ActorMerge ActorMerger::mergeContacts(const Contact &kept, qint64 mergedId)
{
    Transaction transaction(m_database);
    ActorMerge merge = begin(ActorRef::Kind::Contact, kept.id, mergedId);
    ContactRepository(m_database).update(kept);
    moveLinks(merge);
    deleteMerged(merge);
    refresh(merge);
    // The act itself, which the row changes recorded by the triggers do not say.
    AuditTrail::record(m_database, QStringLiteral("merge"), QStringLiteral("contact"), merge.keptId,
        QJsonObject { { QStringLiteral("merged"), merge.mergedId } });
    transaction.commit();
    return merge;
}

ActorMerge ActorMerger::mergeOrganisations(const Organisation &kept, qint64 mergedId)
{
    Transaction transaction(m_database);
    ActorMerge merge = begin(ActorRef::Kind::Organisation, kept.id, mergedId);
    OrganisationRepository(m_database).update(kept);
    moveLinks(merge);
    deleteMerged(merge);
    refresh(merge);
    // The act itself, which the row changes recorded by the triggers do not say.
    AuditTrail::record(m_database, QStringLiteral("merge"), QStringLiteral("organisation"),
        merge.keptId, QJsonObject { { QStringLiteral("merged"), merge.mergedId } });
    transaction.commit();
    return merge;
}

void ActorMerger::moveLinks(ActorMerge &merge)
{
    for (const ActorReference &reference : referencesOf(merge.kind)) {
        QList<qint64> moved;
        switch (reference.kind) {
        case Kind::Detail:
            break; // written from the kept values; the merged record's go with it
        case Kind::Link:
            moveLink(reference, merge.keptId, merge.mergedId);
            break;
        case Kind::Pointer: {
            SqlQuery select(m_database,
                QStringLiteral("SELECT id FROM %1 WHERE %2 = :merged ORDER BY id")
                    .arg(reference.table, reference.column));
            select.bind(QStringLiteral(":merged"), merge.mergedId).exec();
            while (select.next())
                moved << select.id(0);
            SqlQuery(m_database,
                QStringLiteral("UPDATE %1 SET %2 = :kept WHERE %2 = :merged")
                    .arg(reference.table, reference.column))
                .bind(QStringLiteral(":kept"), merge.keptId)
                .bind(QStringLiteral(":merged"), merge.mergedId)
                .exec();
            break;
        }
        }
        merge.repointed << moved;
    }
}

// Moves the merged actor's rows of one link table; where the kept actor already has a
// row of the same key, the two become one and the merged actor's is deleted.
void ActorMerger::moveLink(const ActorReference &reference, qint64 keptId, qint64 mergedId)
{
    const Table mergedRows = readRows(m_database, reference.table,
        QStringLiteral("SELECT * FROM %1 WHERE %2 = :merged")
            .arg(reference.table, reference.column),
        { { QStringLiteral(":merged"), mergedId } });
    const QString where = whereKeys(reference);
    for (const QVariantList &row : mergedRows.rows) {
        QList<std::pair<QString, QVariant>> keys;
        for (int k = 0; k < reference.keys.size(); ++k)
            keys << std::pair { QStringLiteral(":k%1").arg(k),
                row[mergedRows.columns.indexOf(reference.keys[k])] };
        const auto bindKeys = [&](SqlQuery &q, qint64 actor) -> SqlQuery & {
            q.bind(QStringLiteral(":actor"), actor);
            for (const auto &[placeholder, value] : keys)
                q.bindAsRead(placeholder, value);
            return q;
        };
        auto withActor = keys;
        withActor << std::pair { QStringLiteral(":actor"), QVariant(keptId) };
        const Table keptRow = readRows(m_database, reference.table,
            QStringLiteral("SELECT * FROM %1 WHERE %2").arg(reference.table, where), withActor);
        if (keptRow.rows.isEmpty()) {
            SqlQuery move(m_database,
                QStringLiteral("UPDATE %1 SET %2 = :kept WHERE %3")
                    .arg(reference.table, reference.column, where));
            bindKeys(move, mergedId).bind(QStringLiteral(":kept"), keptId).exec();
            continue;
        }
        const QVariantList result
            = combined(reference.policy, mergedRows.columns, keptRow.rows.first(), row);
        // Deleted first: the kept row may take a value only one row may hold (the lead
        // organiser of an action).
        SqlQuery remove(
            m_database, QStringLiteral("DELETE FROM %1 WHERE %2").arg(reference.table, where));
        bindKeys(remove, mergedId).exec();
        if (result == keptRow.rows.first())
            continue;
        QStringList assignments;
        QList<int> assigned;
        for (int c = 0; c < mergedRows.columns.size(); ++c) {
            const QString &column = mergedRows.columns[c];
            if (column == reference.column || reference.keys.contains(column))
                continue;
            assignments << QStringLiteral("%1 = :v%2").arg(column).arg(c);
            assigned << c;
        }
        SqlQuery update(m_database,
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(reference.table, assignments.join(QStringLiteral(", ")), where));
        for (const int c : std::as_const(assigned))
            update.bindAsRead(QStringLiteral(":v%1").arg(c), result[c]);
        bindKeys(update, keptId).exec();
    }
}

void ActorMerger::deleteMerged(const ActorMerge &merge)
{
    SqlQuery remove(
        m_database, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(actorTable(merge.kind)));
    remove.bind(QStringLiteral(":id"), merge.mergedId).exec();
    SearchIndex index(m_database);
    if (merge.kind == ActorRef::Kind::Contact)
        index.removeContacts({ merge.mergedId });
    else
        index.removeOrganisations({ merge.mergedId });
}

void ActorMerger::unmerge(const ActorMerge &merge)
{
    Transaction transaction(m_database);
    const QList<ActorReference> references = referencesOf(merge.kind);
    const QList<std::pair<QString, QVariant>> ids { { QStringLiteral(":kept"), merge.keptId },
        { QStringLiteral(":merged"), merge.mergedId } };
    for (const ActorReference &reference : references) {
        if (reference.kind == Kind::Pointer)
            continue;
        SqlQuery(m_database,
            QStringLiteral("DELETE FROM %1 WHERE %2 IN (:kept, :merged)")
                .arg(reference.table, reference.column))
            .bind(QStringLiteral(":kept"), merge.keptId)
            .bind(QStringLiteral(":merged"), merge.mergedId)
            .exec();
    }
    const int idColumn = int(merge.records.columns.indexOf(QStringLiteral("id")));
    for (const QVariantList &record : merge.records.rows) {
        if (record[idColumn].toLongLong() == merge.mergedId)
            insertRows(m_database, Table { merge.records.name, merge.records.columns, { record } });
        else
            rewriteRow(m_database, merge.records, record);
    }
    for (int r = 0; r < references.size() && r < merge.rows.size(); ++r) {
        const ActorReference &reference = references[r];
        if (reference.kind != Kind::Pointer) {
            insertRows(m_database, merge.rows[r]);
            continue;
        }
        const QList<qint64> moved = merge.repointed.value(r);
        if (moved.isEmpty())
            continue;
        SqlQuery(m_database,
            QStringLiteral("UPDATE %1 SET %2 = :merged WHERE id IN (%3)")
                .arg(reference.table, reference.column, m_database.dialect().idsFromList()))
            .bind(QStringLiteral(":merged"), merge.mergedId)
            .bind(QStringLiteral(":ids"), m_database.dialect().idListValue(moved))
            .exec();
    }
    refresh(merge);
    transaction.commit();
}

// The list lines and search documents of both actors (and of the members of merged
// organisations), and whoever shows what the merge touched.
void ActorMerger::refresh(const ActorMerge &merge)
{
    const QList<ActorReference> references = referencesOf(merge.kind);
    QList<qint64> contacts;
    QList<qint64> organisations;
    const QList<qint64> both { merge.keptId, merge.mergedId };
    const bool contactMerge = merge.kind == ActorRef::Kind::Contact;
    (contactMerge ? contacts : organisations) << both;
    for (int r = 0; r < references.size() && r < merge.rows.size(); ++r) {
        const ActorReference &reference = references[r];
        const Table &rows = merge.rows[r];
        if (!rows.rows.isEmpty() || !merge.repointed.value(r).isEmpty())
            m_database.changed(reference.area);
        if (!contactMerge && reference.table == QLatin1String("membership")) {
            const int contact = int(rows.columns.indexOf(QStringLiteral("contact_id")));
            for (const QVariantList &row : rows.rows)
                contacts << row[contact].toLongLong();
        }
    }
    // Only those that exist now: the merged record is gone after a merge.
    SqlQuery existing(m_database,
        QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)")
            .arg(actorTable(merge.kind), m_database.dialect().idsFromList()));
    existing.bind(QStringLiteral(":ids"), m_database.dialect().idListValue(both)).exec();
    QList<qint64> present;
    while (existing.next())
        present << existing.id(0);
    SearchIndex index(m_database);
    if (contactMerge) {
        index.refreshContacts(present);
    } else {
        index.refreshOrganisations(present);
        index.refreshContacts(contacts);
    }
    m_database.changed(Area::Contacts);
    m_database.changed(Area::Organisations);
}

} // namespace relais
