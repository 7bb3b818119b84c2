#include "personaldatarepository.h"

#include "../domain/audit.h"
#include "auditrepository.h"
#include "database.h"
#include "sqlquery.h"

namespace relais {

namespace {

struct Column
{
    const char *key;
    QString title;
};

// A section read by one statement whose columns come in the order of `columns`, bound to
// the contact's id as :id.
PersonalDataSection read(const Database &database, const char *key, const QString &title,
    const QList<Column> &columns, const QString &statement, qint64 contactId)
{
    PersonalDataSection section;
    section.key = QString::fromLatin1(key);
    section.title = title;
    for (const Column &column : columns) {
        section.columnKeys << QString::fromLatin1(column.key);
        section.columnTitles << column.title;
    }
    SqlQuery q(database, statement);
    q.bind(QStringLiteral(":id"), contactId).exec();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << q.text(i);
        section.rows << row;
    }
    return section;
}

// Statuses as stable keys.
constexpr const char *attendanceKey
    = "CASE %1 WHEN 0 THEN 'invited' WHEN 1 THEN 'registered' WHEN 2 THEN 'excused' "
      "WHEN 3 THEN 'present' WHEN 4 THEN 'absent' ELSE '' END";
constexpr const char *consentKey
    = "CASE %1 WHEN 1 THEN 'agreed' WHEN 2 THEN 'refused' WHEN 3 THEN 'withdrawn' "
      "ELSE 'not_asked' END";

} // namespace

PersonalDataRepository::PersonalDataRepository(Database &database)
    : m_database(database)
{ }

PersonalData PersonalDataRepository::of(qint64 contactId, const QDateTime &now) const
{
    PersonalData data;
    const QString consent = QString::fromLatin1(consentKey);
    const QString attendance = QString::fromLatin1(attendanceKey);

    const QString identity = QStringLiteral(
        "SELECT c.id, CASE c.civility WHEN 1 THEN 'Ms' WHEN 2 THEN 'Mr' ELSE '' END, "
        "c.first_name, c.last_name, coalesce(m.name, ''), coalesce(t.name, ''), "
        "CASE WHEN c.network_head THEN 'yes' ELSE 'no' END, "
        "CASE WHEN c.relay_actor THEN 'yes' ELSE 'no' END, "
        "coalesce(c.relay_actor_since, ''), c.notes, "
        "%1, coalesce(c.consent_date, ''), c.consent_source, c.consent_method, "
        "%2, coalesce(c.post_consent_date, ''), c.post_consent_source, "
        "c.post_consent_note, c.created_at, c.updated_at, coalesce(a.anonymised_at, '') "
        "FROM contact c LEFT JOIN commune m ON m.id = c.commune_id "
        "LEFT JOIN actor_type t ON t.id = c.type_id "
        "LEFT JOIN contact_anonymisation a ON a.contact_id = c.id WHERE c.id = :id")
                                 .arg(consent.arg(QStringLiteral("c.consent")),
                                     consent.arg(QStringLiteral("c.post_consent")));
    PersonalDataSection person = read(m_database, "identity", tr("Identity"),
        { { "id", tr("Number in the file") }, { "civility", tr("Civility") },
            { "first_name", tr("First name") }, { "last_name", tr("Last name") },
            { "commune", tr("Commune") }, { "type", tr("Type") },
            { "network_head", tr("Network head") }, { "relay_actor", tr("Relay actor") },
            { "relay_actor_since", tr("Relay actor since") }, { "notes", tr("Notes") },
            { "email_consent", tr("Consent to e-mails") },
            { "email_consent_date", tr("Date of the consent to e-mails") },
            { "email_consent_source", tr("Source of the consent to e-mails") },
            { "email_consent_note", tr("Note on the consent to e-mails") },
            { "post_consent", tr("Consent to post") },
            { "post_consent_date", tr("Date of the consent to post") },
            { "post_consent_source", tr("Source of the consent to post") },
            { "post_consent_note", tr("Note on the consent to post") },
            { "created_at", tr("Entered in the file") }, { "updated_at", tr("Last changed") },
            { "anonymised_at", tr("Anonymised") } },
        identity, contactId);
    if (person.rows.isEmpty())
        return data;
    data.contactId = contactId;
    data.generatedAt = now;
    data.name
        = QStringList { person.rows[0][2], person.rows[0][3] }.join(QLatin1Char(' ')).trimmed();
    data.sections << person;

    data.sections << read(m_database, "emails", tr("E-mail addresses"),
        { { "email", tr("E-mail") } },
        QStringLiteral("SELECT email FROM contact_email WHERE contact_id = :id ORDER BY position"),
        contactId);
    data.sections << read(m_database, "phones", tr("Phone numbers"), { { "phone", tr("Phone") } },
        QStringLiteral("SELECT phone FROM contact_phone WHERE contact_id = :id ORDER BY position"),
        contactId);
    const QString history
        = QStringLiteral("SELECT recorded_at, CASE channel WHEN 1 THEN 'post' ELSE 'email' END, "
                         "%1, coalesce(date, ''), source, note, recorded_by "
                         "FROM contact_consent_history WHERE contact_id = :id ORDER BY id")
              .arg(consent.arg(QStringLiteral("status")));
    data.sections << read(m_database, "consent_history", tr("Consent history"),
        { { "recorded_at", tr("Recorded") }, { "channel", tr("Channel") },
            { "status", tr("Consent") }, { "date", tr("Date") }, { "source", tr("Source") },
            { "note", tr("Note") }, { "recorded_by", tr("By") } },
        history, contactId);
    data.sections << read(m_database, "memberships", tr("Organisations"),
        { { "organisation", tr("Organisation") }, { "role", tr("Role") } },
        QStringLiteral("SELECT o.name, m.role FROM membership m JOIN organisation o ON o.id = "
                       "m.organisation_id "
                       "WHERE m.contact_id = :id ORDER BY o.sort_key"),
        contactId);
    data.sections << read(m_database, "domains_and_tags", tr("Domains and tags"),
        { { "kind", tr("Kind") }, { "name", tr("Name") } },
        QStringLiteral(
            "SELECT 'domain', d.name FROM contact_domain c JOIN domain d ON d.id = c.domain_id "
            "WHERE c.contact_id = :id UNION ALL "
            "SELECT 'tag', t.name FROM contact_tag c JOIN tag t ON t.id = c.tag_id "
            "WHERE c.contact_id = :id"),
        contactId);
    const QString invitations
        = QStringLiteral("SELECT m.held_on, coalesce(t.name, ''), m.title, %1, "
                         "CASE WHEN v.walk_in THEN 'yes' ELSE 'no' END "
                         "FROM invitation v JOIN meeting m ON m.id = v.meeting_id "
                         "LEFT JOIN meeting_type t ON t.id = m.type_id "
                         "WHERE v.contact_id = :id ORDER BY m.held_on, m.id")
              .arg(attendance.arg(QStringLiteral("v.status")));
    data.sections << read(m_database, "invitations", tr("Meetings: invitations and attendance"),
        { { "date", tr("Date") }, { "type", tr("Type") }, { "meeting", tr("Meeting") },
            { "status", tr("Attendance") }, { "walk_in", tr("Came without invitation") } },
        invitations, contactId);
    data.sections << read(m_database, "trainings", tr("Trainings"),
        { { "cohort", tr("Training group") }, { "enrolled_on", tr("Enrolled on") },
            { "completed_on", tr("Completed on") } },
        QStringLiteral(
            "SELECT c.name, coalesce(e.enrolled_on, ''), coalesce(e.completed_on, '') "
            "FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.contact_id = :id "
            "ORDER BY c.starts_on, c.id"),
        contactId);
    const QString halfDays
        = QStringLiteral("SELECT s.held_on, m.title, CASE a.half WHEN 1 THEN 'afternoon' "
                         "ELSE 'morning' END, %1 FROM session_attendance a "
                         "JOIN training_session s ON s.id = a.session_id "
                         "JOIN training_module m ON m.id = s.module_id "
                         "WHERE a.contact_id = :id ORDER BY s.held_on, a.half")
              .arg(attendance.arg(QStringLiteral("a.status")));
    data.sections << read(m_database, "training_attendance", tr("Training half-days"),
        { { "date", tr("Date") }, { "module", tr("Module") }, { "half_day", tr("Half-day") },
            { "status", tr("Attendance") } },
        halfDays, contactId);
    data.sections << read(m_database, "serd_actions", tr("SERD actions (contact person)"),
        { { "edition", tr("Edition") }, { "title", tr("Action") }, { "status", tr("Status") } },
        QStringLiteral(
            "SELECT e.year, a.title, CASE a.status WHEN 0 THEN 'proposed' WHEN 1 THEN 'confirmed' "
            "WHEN 2 THEN 'held' WHEN 3 THEN 'cancelled' ELSE '' END "
            "FROM serd_action a JOIN serd_edition e ON e.id = a.edition_id "
            "WHERE a.contact_id = :id ORDER BY e.year, a.title"),
        contactId);
    data.sections << read(m_database, "interactions", tr("Interactions"),
        { { "date", tr("Date") }, { "kind", tr("Kind") }, { "subject", tr("Subject") },
            { "note", tr("Note") } },
        QStringLiteral("SELECT i.happened_on, coalesce(k.name, ''), i.subject, i.note "
                       "FROM interaction_contact c JOIN interaction i ON i.id = c.interaction_id "
                       "LEFT JOIN interaction_kind k ON k.id = i.kind_id WHERE c.contact_id = :id "
                       "ORDER BY i.happened_on, i.id"),
        contactId);
    data.sections << read(m_database, "follow_ups", tr("Follow-ups"),
        { { "due_on", tr("Due") }, { "action", tr("Action") }, { "done_on", tr("Done") } },
        QStringLiteral(
            "SELECT f.due_on, f.action, coalesce(f.done_on, '') FROM follow_up_contact c "
            "JOIN follow_up f ON f.id = c.follow_up_id WHERE c.contact_id = :id "
            "ORDER BY f.due_on, f.id"),
        contactId);

    PersonalDataSection audit;
    audit.key = QStringLiteral("audit_entries");
    audit.title = tr("Audit trail");
    audit.columnKeys = { QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"),
        QStringLiteral("changes") };
    audit.columnTitles = { tr("When"), tr("Who"), tr("Action"), tr("Changes") };
    const QList<AuditEntry> entries
        = AuditRepository(m_database).historyOf(QStringLiteral("contact"), contactId);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QStringList changes;
        for (const AuditChange &change : it->changes)
            changes << describeAuditChange(change);
        audit.rows << QStringList { isoDateTime(it->at), it->user, it->action,
            changes.join(QLatin1Char('\n')) };
    }
    data.sections << audit;
    return data;
}

} // namespace relais
