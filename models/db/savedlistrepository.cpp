#include "savedlistrepository.h"

#include "../domain/textfold.h"
#include "contactrepository.h"
#include "database.h"
#include "databaseerror.h"
#include "meetingrepository.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

SavedListRepository::SavedListRepository(Database &database)
    : m_database(database)
{ }

QList<SavedList> SavedListRepository::all() const
{
    SqlQuery q(
        m_database, QStringLiteral("SELECT id, name, rule FROM saved_list ORDER BY name_key"));
    q.exec();
    QList<SavedList> lists;
    while (q.next())
        lists << SavedList { q.id(0), q.text(1), SavedListRule::fromJson(q.text(2)) };
    return lists;
}

std::optional<SavedList> SavedListRepository::load(qint64 id) const
{
    SqlQuery q(m_database, QStringLiteral("SELECT id, name, rule FROM saved_list WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return SavedList { q.id(0), q.text(1), SavedListRule::fromJson(q.text(2)) };
}

qint64 SavedListRepository::insert(const SavedList &list)
{
    Transaction transaction(m_database);
    const QString name = simplifiedName(list.name);
    if (name.isEmpty())
        throw DatabaseError(tr("The list needs a name."));
    const bool taken
        = SqlQuery(m_database, QStringLiteral("SELECT 1 FROM saved_list WHERE name_key = :key"))
              .bind(QStringLiteral(":key"), foldedKey(name))
              .scalar()
              .isValid();
    if (taken)
        throw DatabaseError(tr("A saved list is already called \"%1\".").arg(name));
    const QString now = isoDateTime(QDateTime::currentDateTimeUtc());
    SqlQuery q(m_database,
        QStringLiteral("INSERT INTO saved_list (id, name, name_key, rule, created_at, updated_at) "
                       "VALUES (:id, :name, :key, :rule, :now, :now)"));
    q.bindNullable(QStringLiteral(":id"), list.id)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":key"), foldedKey(name))
        .bind(QStringLiteral(":rule"), list.rule.toJson())
        .bind(QStringLiteral(":now"), now)
        .exec();
    const qint64 id = list.id ? list.id : q.lastInsertId().toLongLong();
    m_database.changed(ChangeNotifier::Area::Meetings);
    transaction.commit();
    return id;
}

void SavedListRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery(m_database, QStringLiteral("DELETE FROM saved_list WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    m_database.changed(ChangeNotifier::Area::Meetings);
    transaction.commit();
}

QList<qint64> SavedListRepository::resolve(const SavedListRule &rule, const QDate &today) const
{
    switch (rule.kind) {
    case SavedListRule::Kind::Filter: {
        ActorFilter filter = rule.filter;
        filter.text.clear();
        filter.dormantSince = QDate();
        QList<qint64> ids = ContactRepository(m_database).matchingIds(filter);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    case SavedListRule::Kind::Meeting:
        return MeetingRepository(m_database).contactsOf(rule.meetingId, rule.statuses);
    case SavedListRule::Kind::LatestMeetingOfType: {
        MeetingRepository meetings(m_database);
        const qint64 latest = meetings.latestOfType(rule.meetingTypeId, today);
        return latest ? meetings.contactsOf(latest, rule.statuses) : QList<qint64>();
    }
    }
    return {};
}

} // namespace relais
