#include "anonymiser.h"

#include "../domain/contact.h"
#include "audittrail.h"
#include "database.h"
#include "databaseerror.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonObject>

namespace relais {

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

QVariant idList(const QList<qint64> &ids)
{
    QStringList texts;
    for (qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}

// The rows of `table` listed in the JSON-free comma list `ids`, counted.
int countWhere(const Database &database, const QString &statement, const QList<qint64> &ids)
{
    return SqlQuery(database, statement).bind(QStringLiteral(":ids"), idList(ids)).scalar().toInt();
}

const QString inIds = QStringLiteral("IN (SELECT value FROM json_each('[' || :ids || ']'))");

// What identifies a person in free text: their full name in both orders, e-mails, phones.
// Shorter than three characters, a piece would match inside other words.
struct Identity
{
    QString firstName;
    QString lastName;
    QStringList emails;
    QStringList phones;

    QStringList needles() const
    {
        QStringList pieces;
        if (!firstName.isEmpty()) {
            pieces << firstName + QLatin1Char(' ') + lastName
                   << lastName + QLatin1Char(' ') + firstName;
        }
        pieces << emails << phones;
        pieces.removeIf([](const QString &piece) { return piece.trimmed().size() < 3; });
        pieces.removeDuplicates();
        return pieces;
    }
};

Identity identityOf(const Database &database, qint64 contactId)
{
    Identity identity;
    SqlQuery names(
        database, QStringLiteral("SELECT first_name, last_name FROM contact WHERE id = :id"));
    names.bind(QStringLiteral(":id"), contactId).exec();
    if (!names.next())
        return identity;
    identity.firstName = names.text(0).trimmed();
    identity.lastName = names.text(1).trimmed();
    SqlQuery emails(
        database, QStringLiteral("SELECT email FROM contact_email WHERE contact_id = :id"));
    emails.bind(QStringLiteral(":id"), contactId).exec();
    while (emails.next())
        identity.emails << emails.text(0);
    SqlQuery phones(
        database, QStringLiteral("SELECT phone FROM contact_phone WHERE contact_id = :id"));
    phones.bind(QStringLiteral(":id"), contactId).exec();
    while (phones.next())
        identity.phones << phones.text(0);
    return identity;
}

// Replaces every needle in `column` of the rows of `table` that `where` selects (and that
// contain one, as far as LIKE can tell) by the label.
void scrub(Database &database, const QString &table, const QString &key, const QString &column,
    const QString &where, qint64 contactId, const QStringList &needles, const QString &label)
{
    if (needles.isEmpty())
        return;
    QStringList likes;
    for (int i = 0; i < needles.size(); ++i)
        likes << QStringLiteral("%1 LIKE :n%2 ESCAPE '\\'").arg(column).arg(i);
    QString statement = QStringLiteral("SELECT %1, %2 FROM %3 WHERE (%4)")
                            .arg(key, column, table, likes.join(QStringLiteral(" OR ")));
    if (!where.isEmpty())
        statement += QStringLiteral(" AND ") + where;
    SqlQuery select(database, statement);
    for (int i = 0; i < needles.size(); ++i) {
        QString escaped = needles[i];
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        select.bind(QStringLiteral(":n%1").arg(i), QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    if (where.contains(QLatin1String(":contact")))
        select.bind(QStringLiteral(":contact"), contactId);
    select.exec();
    QList<std::pair<QVariant, QString>> changed;
    while (select.next()) {
        QString text = select.text(1);
        for (const QString &needle : needles)
            text.replace(needle, label, Qt::CaseInsensitive);
        if (text != select.text(1))
            changed.append({ select.value(0), text });
    }
    SqlQuery update(database,
        QStringLiteral("UPDATE %1 SET %2 = :text WHERE %3 = :key").arg(table, column, key));
    for (const auto &[rowKey, text] : changed)
        update.bind(QStringLiteral(":text"), text).bind(QStringLiteral(":key"), rowKey).exec();
}

} // namespace

Anonymiser::Anonymiser(Database &database)
    : m_database(database)
{ }

QString Anonymiser::label(qint64 contactId)
{
    return tr("Anonymised person %1").arg(contactId);
}

QList<qint64> Anonymiser::notYetAnonymised(const QList<qint64> &contactIds) const
{
    QList<qint64> ids;
    SqlQuery q(m_database,
        QStringLiteral("SELECT id FROM contact WHERE id ") + inIds
            + QStringLiteral(" AND id NOT IN (SELECT contact_id FROM contact_anonymisation) "
                             "ORDER BY id"));
    q.bind(QStringLiteral(":ids"), idList(contactIds)).exec();
    while (q.next())
        ids << q.id(0);
    return ids;
}

AnonymisationPreview Anonymiser::preview(const QList<qint64> &contactIds) const
{
    AnonymisationPreview preview;
    const QList<qint64> ids = notYetAnonymised(contactIds);
    preview.contacts = int(ids.size());
    preview.alreadyAnonymised = countWhere(m_database,
        QStringLiteral("SELECT count(*) FROM contact_anonymisation WHERE contact_id ") + inIds,
        contactIds);
    const auto count = [&](const char *table, const char *column = "contact_id") {
        return countWhere(m_database,
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 ").arg(L(table), L(column)) + inIds,
            ids);
    };
    preview.emails = count("contact_email");
    preview.phones = count("contact_phone");
    preview.invitations = count("invitation");
    preview.trainingHalfDays = count("session_attendance");
    preview.serdActions = count("serd_action");
    preview.interactions = count("interaction_contact");
    return preview;
}

std::optional<QDateTime> Anonymiser::anonymisedAt(qint64 contactId) const
{
    SqlQuery q(m_database,
        QStringLiteral("SELECT anonymised_at FROM contact_anonymisation WHERE contact_id = :id"));
    q.bind(QStringLiteral(":id"), contactId).exec();
    if (!q.next())
        return std::nullopt;
    return q.dateTime(0);
}

int Anonymiser::anonymise(const QList<qint64> &contactIds, const QDateTime &at)
{
    // Freed pages are overwritten with zeros rather than left holding the erased values.
    SqlQuery(m_database, QStringLiteral("PRAGMA secure_delete = ON")).exec();
    Transaction transaction(m_database);
    const QList<qint64> ids = notYetAnonymised(contactIds);
    for (qint64 id : ids)
        anonymiseOne(id, at);
    SearchIndex(m_database).refreshContacts(ids);
    transaction.commit();
    m_database.changed(ChangeNotifier::Area::Contacts);
    m_database.changed(ChangeNotifier::Area::Organisations);
    m_database.changed(ChangeNotifier::Area::Interactions);
    m_database.changed(ChangeNotifier::Area::FollowUps);
    return int(ids.size());
}

void Anonymiser::anonymiseOne(qint64 contactId, const QDateTime &at)
{
    const Identity identity = identityOf(m_database, contactId);
    const QStringList needles = identity.needles();
    const QString neutral = label(contactId);
    const QString linked = QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE contact_id = :contact)");

    // Free text about them: where they appear by name or by their details.
    scrub(m_database, L("interaction"), L("id"), L("subject"),
        linked.arg(L("id"), L("interaction_id"), L("interaction_contact")), contactId, needles,
        neutral);
    scrub(m_database, L("interaction"), L("id"), L("note"),
        linked.arg(L("id"), L("interaction_id"), L("interaction_contact")), contactId, needles,
        neutral);
    scrub(m_database, L("follow_up"), L("id"), L("action"),
        linked.arg(L("id"), L("follow_up_id"), L("follow_up_contact")), contactId, needles,
        neutral);
    SqlQuery(m_database,
        QStringLiteral("UPDATE training_session SET trainer_name = :label "
                       "WHERE trainer_contact_id = :id AND trainer_name <> ''"))
        .bind(QStringLiteral(":label"), neutral)
        .bind(QStringLiteral(":id"), contactId)
        .exec();

    // Their identity. Commune, type, relay actor and every link stay: figures count them.
    SqlQuery(m_database,
        QStringLiteral("UPDATE contact SET civility = 0, first_name = '', last_name = :label, "
                       "notes = '', consent = 0, consent_date = NULL, consent_method = '', "
                       "consent_source = '', post_consent = 0, post_consent_date = NULL, "
                       "post_consent_source = '', post_consent_note = '', "
                       "sort_key = :sort, name_key = :key, updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":label"), neutral)
        .bind(QStringLiteral(":sort"), contactSortKey(QString(), neutral))
        .bind(QStringLiteral(":key"), contactNameKey(QString(), neutral))
        .bind(QStringLiteral(":at"), isoDateTime(at))
        .bind(QStringLiteral(":id"), contactId)
        .exec();
    for (const char *statement : { "DELETE FROM contact_email WHERE contact_id = :id",
             "DELETE FROM contact_phone WHERE contact_id = :id",
             "DELETE FROM contact_consent_history WHERE contact_id = :id",
             "UPDATE membership SET role = '' WHERE contact_id = :id AND role <> ''" })
        SqlQuery(m_database, L(statement)).bind(QStringLiteral(":id"), contactId).exec();

    // What the file remembers of them elsewhere: the audit trail's entries of the contact
    // (the triggers have just recorded the erased values too) and the values an import
    // would have put back. Other entries keep their place, with the label in the text.
    for (const char *statement :
        { "DELETE FROM audit_entry WHERE record_table = 'contact' AND record_id = :id",
            "DELETE FROM import_record WHERE record_table = 'contact' AND record_id = :id" })
        SqlQuery(m_database, L(statement)).bind(QStringLiteral(":id"), contactId).exec();
    scrub(m_database, L("audit_entry"), L("id"), L("changes"), QString(), contactId, needles,
        neutral);
    scrub(m_database, L("import_record"), L("rowid"), L("previous"), QString(), contactId, needles,
        neutral);

    SqlQuery(m_database,
        QStringLiteral("INSERT INTO contact_anonymisation (contact_id, anonymised_at, "
                       "anonymised_by) VALUES (:id, :at, :by)"))
        .bind(QStringLiteral(":id"), contactId)
        .bind(QStringLiteral(":at"), isoDateTime(at))
        .bind(QStringLiteral(":by"), AuditTrail::user(m_database))
        .exec();
    // The act, naming what was erased but none of the erased values.
    QJsonArray erased;
    for (const char *field :
        { "civility", "first_name", "last_name", "notes", "consent", "email", "phone", "role" })
        erased.append(L(field));
    AuditTrail::record(m_database, QStringLiteral("anonymise"), QStringLiteral("contact"),
        contactId, QJsonObject { { QStringLiteral("erased"), erased } });
}

void Anonymiser::compact()
{
    if (m_database.inTransaction())
        throw DatabaseError(tr("The file cannot be compacted during another change."));
    // The full-text index keeps deleted words in older segments until they are merged.
    for (const char *index : { "contact_search", "organisation_search" })
        SqlQuery(
            m_database, QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(L(index)))
            .exec();
    SqlQuery(m_database, QStringLiteral("VACUUM")).exec();
    SqlQuery(m_database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
}

} // namespace relais
