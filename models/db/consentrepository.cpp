#include "consentrepository.h"

#include "database.h"
#include "sqlquery.h"

namespace relais {

namespace {

const QStringList historyColumns { QStringLiteral("id"), QStringLiteral("contact_id"),
    QStringLiteral("channel"), QStringLiteral("status"), QStringLiteral("date"),
    QStringLiteral("source"), QStringLiteral("note"), QStringLiteral("recorded_at"),
    QStringLiteral("recorded_by") };

} // namespace

ConsentRepository::ConsentRepository(Database &database)
    : m_database(database)
{ }

QList<ConsentHistoryEntry> ConsentRepository::history(qint64 contactId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT id, contact_id, channel, status, date, source, note, recorded_at, "
                       "recorded_by FROM contact_consent_history WHERE contact_id = :id "
                       "ORDER BY id DESC"));
    q.bind(QStringLiteral(":id"), contactId).exec();
    QList<ConsentHistoryEntry> entries;
    while (q.next()) {
        ConsentHistoryEntry e;
        e.id = q.id(0);
        e.contactId = q.id(1);
        e.channel = q.value(2).toInt() == int(ConsentChannel::Post) ? ConsentChannel::Post
                                                                    : ConsentChannel::Email;
        e.consent = { Consent(q.value(3).toInt()), q.date(4), consentSourceFromKey(q.text(5)),
            q.text(6) };
        e.recordedAt = q.dateTime(7);
        e.recordedBy = q.text(8);
        entries << e;
    }
    return entries;
}

int ConsentRepository::blankNotes(qint64 contactId)
{
    SqlQuery q(m_database,
        QStringLiteral("UPDATE contact_consent_history SET note = '' "
                       "WHERE contact_id = :id AND note <> ''"));
    q.bind(QStringLiteral(":id"), contactId).exec();
    return q.numRowsAffected();
}

std::optional<DependentRows::Table> ConsentRepository::historyRows(qint64 contactId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT %1 FROM contact_consent_history WHERE contact_id = :id ORDER BY id")
            .arg(historyColumns.join(QStringLiteral(", "))));
    q.bind(QStringLiteral(":id"), contactId).exec();
    DependentRows::Table table { QStringLiteral("contact_consent_history"), historyColumns, {} };
    while (q.next()) {
        QVariantList row;
        for (int c = 0; c < historyColumns.size(); ++c)
            row << q.value(c);
        table.rows << row;
    }
    if (table.rows.isEmpty())
        return std::nullopt;
    return table;
}

} // namespace relais
