#include "importrepository.h"

#include "database.h"
#include "referencelistrepository.h"
#include "sqlquery.h"

namespace relais {

ImportRepository::ImportRepository(Database &database)
    : m_database(database)
{ }

ExistingActors ImportRepository::existingActors(ImportKind kind) const
{
    ExistingActors existing;
    SqlQuery bodies(m_database,
        QStringLiteral("SELECT o.id, o.name, o.acronym, o.email, COALESCE(c.name, '') "
                       "FROM organisation o LEFT JOIN commune c ON c.id = o.commune_id "
                       "ORDER BY o.id"));
    bodies.exec();
    while (bodies.next())
        existing.organisations << ExistingActors::Body { bodies.id(0), bodies.text(1),
            bodies.text(2), bodies.text(3), bodies.text(4) };

    if (kind == ImportKind::Contributions) {
        SqlQuery contributions(m_database,
            QStringLiteral(
                "SELECT c.id, c.organisation_id, o.name, c.year, c.kind, c.amount_cents, "
                "c.note FROM contribution c JOIN organisation o ON o.id = "
                "c.organisation_id"));
        contributions.exec();
        while (contributions.next())
            existing.contributions << ExistingActors::Contribution { contributions.id(0),
                contributions.id(1), contributions.text(2), contributions.value(3).toInt(),
                ContributionKind(contributions.value(4).toInt()), contributions.id(5),
                contributions.text(6) };
    }
    if (kind == ImportKind::Contributions || kind == ImportKind::SerdActions) {
        SqlQuery actions(m_database,
            QStringLiteral("SELECT a.id, e.year, a.title, o.organisation_id FROM serd_action a "
                           "JOIN serd_edition e ON e.id = a.edition_id "
                           "LEFT JOIN serd_action_organiser o ON o.action_id = a.id "
                           "AND o.role = 0 ORDER BY a.id"));
        actions.exec();
        while (actions.next())
            existing.serdActions << ExistingActors::Action { actions.id(0),
                actions.value(1).toInt(), actions.text(2), actions.id(3) };
    }
    if (kind == ImportKind::SerdActions) {
        SqlQuery dates(m_database,
            QStringLiteral("SELECT id, action_id, held_on, starts_at, place FROM serd_occurrence "
                           "ORDER BY held_on, starts_at, id"));
        dates.exec();
        while (dates.next())
            existing.serdOccurrences
                << ExistingActors::Occurrence { dates.id(0), dates.id(1), dates.date(2),
                       QTime::fromString(dates.text(3), QStringLiteral("HH:mm")), dates.text(4) };
    }
    if (kind == ImportKind::StaffTime || kind == ImportKind::SerdActions) {
        SqlQuery editions(m_database, QStringLiteral("SELECT id, year FROM serd_edition"));
        editions.exec();
        while (editions.next())
            existing.serdEditions.insert(editions.value(1).toInt(), editions.id(0));
    }
    if (kind == ImportKind::StaffTime) {
        SqlQuery entries(m_database,
            QStringLiteral("SELECT t.id, t.starts_on, t.ends_on, t.staff_id, t.meeting_id, "
                           "t.training_session_id, t.serd_edition_id, t.category, t.half_days, "
                           "t.note, s.name FROM staff_time t JOIN staff_member s ON s.id = "
                           "t.staff_id"));
        entries.exec();
        while (entries.next()) {
            ExistingActors::TimeEntry t;
            t.id = entries.id(0);
            t.entry.id = t.id;
            t.entry.startsOn = entries.date(1);
            t.entry.endsOn = entries.date(2);
            t.entry.staffId = entries.id(3);
            if (const qint64 meeting = entries.id(4))
                t.entry.activity = StaffActivity::meeting(meeting);
            else if (const qint64 session = entries.id(5))
                t.entry.activity = StaffActivity::trainingSession(session);
            else if (const qint64 edition = entries.id(6))
                t.entry.activity = StaffActivity::serdEdition(edition);
            else
                t.entry.activity = StaffActivity::named(entries.text(7));
            t.entry.days = entries.value(8).toInt() / 2.0;
            t.entry.note = entries.text(9);
            t.person = entries.text(10);
            existing.staffTime << t;
        }
    }
    if (kind == ImportKind::MeetingAttendance || kind == ImportKind::Contributions
        || kind == ImportKind::StaffTime) {
        SqlQuery meetings(m_database,
            QStringLiteral("SELECT id, held_on, title FROM meeting ORDER BY held_on, id"));
        meetings.exec();
        while (meetings.next())
            existing.meetings << ExistingActors::Gathering { meetings.id(0), meetings.date(1),
                meetings.text(2) };
    }
    if (kind == ImportKind::TrainingAttendance || kind == ImportKind::StaffTime) {
        SqlQuery sessions(m_database,
            QStringLiteral(
                "SELECT s.id, s.cohort_id, s.held_on, c.name, m.title, s.morning, "
                "s.afternoon FROM training_session s "
                "JOIN cohort c ON c.id = s.cohort_id "
                "JOIN training_module m ON m.id = s.module_id ORDER BY s.held_on, s.id"));
        sessions.exec();
        while (sessions.next())
            existing.sessions << ExistingActors::Session { sessions.id(0), sessions.id(1),
                sessions.date(2), sessions.text(3), sessions.text(4), sessions.flag(5),
                sessions.flag(6) };
    }
    if (kind == ImportKind::Contacts || kind == ImportKind::MeetingAttendance
        || kind == ImportKind::TrainingAttendance || kind == ImportKind::SerdActions) {
        SqlQuery people(m_database,
            QStringLiteral("SELECT id, first_name, last_name, organisations_label FROM contact "
                           "ORDER BY id"));
        people.exec();
        QHash<qint64, qsizetype> at;
        while (people.next()) {
            at.insert(people.id(0), existing.contacts.size());
            existing.contacts << ExistingActors::Person { people.id(0), people.text(1),
                people.text(2), {}, people.text(3) };
        }
        SqlQuery emails(m_database,
            QStringLiteral("SELECT contact_id, email FROM contact_email "
                           "ORDER BY contact_id, position"));
        emails.exec();
        while (emails.next()) {
            const auto found = at.constFind(emails.id(0));
            if (found != at.cend())
                existing.contacts[*found].emails << emails.text(1);
        }
    }

    ReferenceListRepository lists(m_database);
    for (const ReferenceList list : { ReferenceList::ActorType, ReferenceList::Domain,
             ReferenceList::Commune, ReferenceList::Tag, ReferenceList::StaffMember,
             ReferenceList::SerdCategory, ReferenceList::SerdTopic })
        existing.lists.insert(list, lists.items(list));
    return existing;
}

} // namespace relais
