#include "catchqt.h"
#include "databasedump.h"
#include "trainingfixture.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <models/db/actormerger.h>
#include <models/db/contactrepository.h>
#include <models/db/duplicaterepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <models/db/transaction.h>
#include <models/domain/actormerge.h>
#include <models/domain/duplicatematching.h>
#include <models/domain/textfold.h>

using namespace relais;

namespace {

DuplicateMatch people(const QString &firstA, const QString &lastA, const QString &firstB,
    const QString &lastB, const QStringList &emailsA = {}, const QStringList &emailsB = {})
{
    return matchPeople(
        PersonKeys::of(firstA, lastA, emailsA), PersonKeys::of(firstB, lastB, emailsB));
}

DuplicateMatch organisations(
    const QString &a, const QString &b, const QString &acronymA = {}, const QString &acronymB = {})
{
    return matchOrganisations(OrganisationKeys::of(a, acronymA), OrganisationKeys::of(b, acronymB));
}

int count(Database &database, const QString &statement)
{
    return SqlQuery(database, statement).scalar().toInt();
}

struct DuplicatesFixture : TrainingFixture
{
    qint64 organisation(const QString &name, const QString &acronym = {})
    {
        Organisation o;
        o.name = name;
        o.acronym = acronym;
        return *commands.addOrganisation(o);
    }
    qint64 contact(const QString &first, const QString &last, const QStringList &emails = {},
        const QList<Membership> &memberships = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.emails = emails;
        c.memberships = memberships;
        return *commands.addContact(c);
    }
    qint64 meeting(const QString &title, const QDate &date)
    {
        Meeting m;
        m.title = title;
        m.date = date;
        return *commands.addMeeting(m);
    }
    qint64 edition(int year)
    {
        SerdEdition e;
        e.year = year;
        e.startsOn = QDate(year, 11, 22);
        e.endsOn = QDate(year, 11, 30);
        return *commands.addSerdEdition(e);
    }
    qint64 action(qint64 editionId, const QString &title, qint64 lead, const QList<qint64> &co,
        qint64 contactId = 0)
    {
        SerdAction a;
        a.editionId = editionId;
        a.title = title;
        a.leadOrganisationId = lead;
        a.coOrganiserIds = co;
        a.contactId = contactId;
        return *commands.addSerdAction(a);
    }
    qint64 interaction(const QList<ActorRef> &actors, const QString &subject)
    {
        Interaction i;
        i.date = QDate(2014, 5, 2);
        i.subject = subject;
        i.actors = actors;
        return *commands.addInteraction(i);
    }
    qint64 contribution(qint64 organisationId, Cents amount)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = 2014;
        c.kind = ContributionKind::Material;
        c.amount = amount;
        return *commands.addContribution(c);
    }
    int scalar(const QString &statement) { return count(*db, statement); }
};

} // namespace

// ---- Matching rules -------------------------------------------------------------------

TEST_CASE("People are the same once accents, case, hyphens, civility and order are folded")
{
    CHECK(people("Élodie", "Sénéchal", "ELODIE", "senechal").reason == DuplicateReason::SameName);
    CHECK(people("Élodie", "Sénéchal", "ELODIE", "senechal").score == 85);
    CHECK(people("Mme Marie", "Dupont", "Marie", "Dupont").reason == DuplicateReason::SameName);
    CHECK(people("", "M. Paul Durand", "Paul", "Durand").reason == DuplicateReason::SameName);
    CHECK(people("Dr Anne", "Weber", "anne", "WEBER").isDuplicate());
    CHECK(people("Jean-Pierre", "Le Gall", "Jean Pierre", "Le-Gall").reason
        == DuplicateReason::SameName);
    CHECK(people("Jean-Pierre", "Le Gall", "Jeanpierre", "Legall").reason
        == DuplicateReason::SameName);
    CHECK(people("Dupont", "Marie", "Marie", "Dupont").reason == DuplicateReason::SameName);
    CHECK(people("Lucia", "D'Amico", "Lucia", "Damico").reason == DuplicateReason::SameName);
    CHECK(people("Lucia", "D’Amico", "Lucia", "d'amico").reason == DuplicateReason::SameName);
    CHECK(people("Anne", "Schœnenberger", "Anne", "Schoenenberger").reason
        == DuplicateReason::SameName);
    // A civility alone is a name, not nothing.
    CHECK(personNameWords("M.", "").last.isEmpty());
    CHECK(personNameWords("", "Mme").last == QStringList { "mme" });
}

TEST_CASE("The same e-mail, whatever its case and blanks, is the strongest reason")
{
    const QStringList mail { " Marie.Dupont@Example.FR " };
    const QStringList same { "marie.dupont@example.fr" };
    CHECK(emailKey(mail.first()) == same.first());
    auto match = people("Marie", "Dupont", "Marie", "Dupont", mail, same);
    CHECK(match.reason == DuplicateReason::SameEmail);
    CHECK(match.score == 100);
    match = people("E.", "S.", "Élodie", "Sénéchal", mail, same); // initials only typed
    CHECK(match.score == 90);
    match = people("M.", "D.", "Marie", "Dupont", mail, same); // "M." is a civility
    CHECK(match.reason == DuplicateReason::SameEmail);
    CHECK(match.score >= likelyDuplicateScore);
    // A shared mailbox: still proposed, but below a real duplicate.
    match
        = people("Paul", "Durand", "Marie", "Dupont", { "contact@asso.fr" }, { "contact@asso.fr" });
    CHECK(match.reason == DuplicateReason::SameEmail);
    CHECK(match.score < people("Marie", "Dupond", "Marie", "Dupont").score);
}

TEST_CASE("Small typos and initials make similar names, different names do not match")
{
    auto match = people("Élodie", "Sénéchal", "Elodie", "Senechall");
    CHECK(match.reason == DuplicateReason::SimilarName);
    CHECK(match.score == 75);
    CHECK(people("Marie", "Dupotn", "Marie", "Dupont").reason == DuplicateReason::SimilarName);
    CHECK(
        people("Stéphanie", "Muller", "Stefanie", "Müler").reason == DuplicateReason::SimilarName);
    CHECK(people("Senechal", "Elodie", "Elodie", "Senechak").isDuplicate()); // swapped, typo
    CHECK(people("J.", "Dupont", "Jean", "Dupont").reason == DuplicateReason::SimilarName);

    CHECK_FALSE(people("Marc", "Sénéchal", "Élodie", "Sénéchal").isDuplicate());
    CHECK_FALSE(people("Marc", "Sénéchal", "Marie", "Sénéchal").isDuplicate());
    CHECK_FALSE(people("Louis", "Martin", "Louise", "Martin").isDuplicate());
    CHECK_FALSE(people("Daniel", "Martin", "Danielle", "Martin").isDuplicate());
    CHECK_FALSE(people("Jean", "Dupont", "Jean", "Durand").isDuplicate());
    CHECK_FALSE(people("Marie", "Dupont", "Paul", "Durand").isDuplicate());
    CHECK_FALSE(people("Léa", "Roy", "Léo", "Roy").isDuplicate()); // short names: no typo allowed
    CHECK_FALSE(people("", "", "", "").isDuplicate());
}

TEST_CASE("Edit distance counts swaps of neighbours as one typo and stops at its limit")
{
    CHECK(editDistance("dupont", "dupont", 2) == 0);
    CHECK(editDistance("dupont", "dupotn", 2) == 1);
    CHECK(editDistance("dupont", "dupond", 2) == 1);
    CHECK(editDistance("senechal", "senechall", 2) == 1);
    CHECK(editDistance("abc", "xyz", 1) == 2); // limit + 1
    CHECK(editDistance("", "abcdef", 2) == 3);
    CHECK(typoAllowance(3) == 0);
    CHECK(typoAllowance(6) == 1);
    CHECK(typoAllowance(12) == 2);
}

TEST_CASE("Organisation names fold little words, legal forms and acronyms")
{
    CHECK(organisationNameWords("L'Atelier du Vélo SARL") == QStringList { "atelier", "velo" });
    CHECK(organisationNameWords("Association Zéro Déchet") == QStringList { "zero", "dechet" });
    CHECK(organisationNameWords("C.S.C. Papin") == QStringList { "csc", "papin" });
    CHECK(organisationNameWords("La Asso") == QStringList { "la", "asso" }); // nothing significant
    CHECK(OrganisationKeys::of("Mulhouse Alsace Agglomération").initials() == "maa");

    CHECK(organisations("Association Zéro Déchet", "Zero dechet").reason
        == DuplicateReason::SameName);
    CHECK(organisations("L'Atelier du vélo", "Atelier vélo SARL").reason
        == DuplicateReason::SameName);
    CHECK(organisations("MAA", "Mulhouse Alsace Agglomération").reason
        == DuplicateReason::SameAcronym);
    CHECK(organisations("M.A.A.", "Mulhouse Alsace Agglomération").reason
        == DuplicateReason::SameAcronym);
    CHECK(organisations("Centre socio-culturel", "CSC").reason == DuplicateReason::SameAcronym);
    CHECK(organisations("CSC Papin", "Centre Socio-Culturel Papin").reason
        == DuplicateReason::SameAcronym);
    CHECK(organisations("Maison de quartier", "MDQ").reason == DuplicateReason::SameAcronym);
    CHECK(organisations("m2A", "Mulhouse Alsace Agglomération", {}, "m2A").reason
        == DuplicateReason::SameAcronym); // the acronym typed on the record
    CHECK(organisations("Repair Café Mulhouse", "Repair Cafe Mulhous").reason
        == DuplicateReason::SimilarName);

    CHECK_FALSE(
        organisations("Maison de quartier Drouot", "Maison de quartier Vauban").isDuplicate());
    CHECK_FALSE(organisations("CSC Papin", "CSC Wagner").isDuplicate());
    CHECK_FALSE(organisations("Emmaüs", "Envie").isDuplicate());
    CHECK(duplicateReasonText(DuplicateReason::SameAcronym) == "same acronym");
}

// ---- The new-contact warning ------------------------------------------------------------

TEST_CASE("The new-contact warning uses the same rules as Find duplicates")
{
    TestDatabase db;
    ContactRepository contacts(*db);
    Contact existing;
    existing.firstName = "Jean-Pierre";
    existing.lastName = "Le Gall";
    existing.emails = { "jp.legall@example.fr" };
    const qint64 id = contacts.insert(existing);
    Contact other;
    other.firstName = "Marie";
    other.lastName = "Legrand";
    contacts.insert(other);

    const auto warn
        = [&](const QString &first, const QString &last, const QStringList &emails = {}) {
              Contact typed;
              typed.firstName = first;
              typed.lastName = last;
              typed.emails = emails;
              return contacts.findDuplicates(typed);
          };
    auto found = warn("M. Jean Pierre", "Legall");
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == id);
    CHECK(found.first().reason == DuplicateReason::SameName);
    found = warn("Jean-Pierre", "Le Gal"); // a typo
    REQUIRE(found.size() == 1);
    CHECK(found.first().reason == DuplicateReason::SimilarName);
    found = warn("Le Gall", "Jean-Pierre"); // swapped
    REQUIRE(found.size() == 1);
    found = warn("", "X", { "JP.LeGall@Example.fr" });
    REQUIRE(found.size() == 1);
    CHECK(found.first().reason == DuplicateReason::SameEmail);
    CHECK(warn("Paul", "Le Gall").isEmpty());
    CHECK(warn("Marie", "Le Gall").isEmpty());
}

// ---- Candidates across the file ----------------------------------------------------------

TEST_CASE("Candidate pairs of contacts and organisations, best first, with their reason")
{
    DuplicatesFixture f;
    const qint64 maa = f.organisation("Mulhouse Alsace Agglomération");
    const qint64 maaShort = f.organisation("M.A.A.");
    const qint64 csc = f.organisation("Centre socio-culturel Papin");
    const qint64 cscShort = f.organisation("CSC Papin");
    const qint64 repair = f.organisation("Repair Café Mulhouse");
    const qint64 repairTypo = f.organisation("Repair Cafe Mulhous");
    f.organisation("Maison de quartier Drouot");
    f.organisation("Maison de quartier Vauban");

    const qint64 elodie = f.contact("Élodie", "Sénéchal", { "elodie@example.fr" });
    const qint64 elodieCaps = f.contact("ELODIE", "SENECHAL");
    const qint64 elodieMail = f.contact("E.", "S.", { "Elodie@Example.fr" });
    const qint64 marie = f.contact("Marie", "Dupont");
    const qint64 marieTypo = f.contact("Marie", "Dupond");
    const qint64 swapped = f.contact("Weber", "Anne");
    const qint64 anne = f.contact("Mme Anne", "Weber");
    f.contact("Marc", "Sénéchal");
    f.contact("Louise", "Martin");
    f.contact("Louis", "Martin");

    DuplicateRepository duplicates(*f.db);
    const auto pairsOf = [](const QList<DuplicateCandidate> &candidates) {
        QList<std::pair<qint64, qint64>> pairs;
        for (const auto &c : candidates)
            pairs << std::pair { c.firstId, c.secondId };
        return pairs;
    };
    const auto people = duplicates.contactCandidates();
    const auto peoplePairs = pairsOf(people);
    CHECK(peoplePairs.contains(std::pair { elodie, elodieCaps }));
    CHECK(peoplePairs.contains(std::pair { elodie, elodieMail }));
    CHECK(peoplePairs.contains(std::pair { marie, marieTypo }));
    CHECK(peoplePairs.contains(std::pair { swapped, anne }));
    CHECK(peoplePairs.size() == 4); // Marc, Louis and Louise are other people
    for (int i = 1; i < people.size(); ++i)
        CHECK(people[i - 1].score >= people[i].score);
    for (const auto &c : people) {
        CHECK(c.firstId < c.secondId);
        CHECK(c.kind == ActorRef::Kind::Contact);
        CHECK_FALSE(c.firstName.isEmpty());
        if (c.secondId == marieTypo)
            CHECK(c.reason == DuplicateReason::SimilarName);
        if (c.secondId == elodieMail)
            CHECK(c.reason == DuplicateReason::SameEmail);
    }

    const auto structures = duplicates.organisationCandidates();
    const auto structurePairs = pairsOf(structures);
    CHECK(structurePairs.contains(std::pair { maa, maaShort }));
    CHECK(structurePairs.contains(std::pair { csc, cscShort }));
    CHECK(structurePairs.contains(std::pair { repair, repairTypo }));
    CHECK(structurePairs.size() == 3);
    CHECK(structures.first().reason == DuplicateReason::SameAcronym);
    CHECK(structures.first().kind == ActorRef::Kind::Organisation);
}

TEST_CASE("Pairs marked as not duplicates are not proposed again; undo proposes them again")
{
    DuplicatesFixture f;
    const qint64 a = f.contact("Marie", "Dupont");
    const qint64 b = f.contact("Marie", "Dupond");
    const qint64 o1 = f.organisation("Zéro Déchet Mulhouse");
    const qint64 o2 = f.organisation("Association Zero Dechet Mulhouse");
    DuplicateRepository duplicates(*f.db);
    REQUIRE(duplicates.contactCandidates().size() == 1);
    REQUIRE(duplicates.organisationCandidates().size() == 1);

    const int steps = f.stack.count();
    REQUIRE(f.commands.dismissDuplicate(ActorRef::Kind::Contact, b, a)); // either order
    CHECK(f.stack.count() == steps + 1);
    CHECK(duplicates.isDismissed(ActorRef::Kind::Contact, a, b));
    CHECK_FALSE(duplicates.isDismissed(ActorRef::Kind::Organisation, a, b));
    CHECK(duplicates.contactCandidates().isEmpty());
    CHECK(f.scalar("SELECT count(*) FROM duplicate_dismissal WHERE low_id = " + QString::number(a)
              + " AND high_id = " + QString::number(b))
        == 1);
    REQUIRE(f.commands.dismissDuplicate(ActorRef::Kind::Contact, a, b)); // already: no new step
    CHECK(f.stack.count() == steps + 1);

    REQUIRE(f.commands.dismissDuplicate(ActorRef::Kind::Organisation, o1, o2));
    CHECK(duplicates.organisationCandidates().isEmpty());

    f.stack.undo();
    CHECK(duplicates.organisationCandidates().size() == 1);
    f.stack.undo();
    CHECK(duplicates.contactCandidates().size() == 1);
    CHECK_FALSE(duplicates.isDismissed(ActorRef::Kind::Contact, a, b));
    f.stack.redo();
    CHECK(duplicates.contactCandidates().isEmpty());
    CHECK_FALSE(f.commands.dismissDuplicate(ActorRef::Kind::Contact, a, a));
}

// How fast is for the benchmark (issue #10); here, that the blocks still find a real pair
// among 100,000 contacts with many namesakes.
TEST_CASE("Candidates among 100,000 contacts still find the real pair")
{
    TestDatabase db;
    // Names drawn from syllables: many namesakes by last name, a few real duplicates.
    const QStringList syllables { "ma", "ri", "du", "pon", "le", "gal", "be", "ra", "no", "vi",
        "sse", "tou", "che", "mu", "ller", "an", "to", "ine", "ber", "tin" };
    const auto name = [&](int seed, int parts) {
        QString text;
        for (int p = 0; p < parts; ++p) {
            text += syllables[seed % syllables.size()];
            seed /= int(syllables.size());
        }
        text[0] = text[0].toUpper();
        return text;
    };
    {
        Transaction transaction(*db);
        SqlQuery insert(*db,
            QStringLiteral("INSERT INTO contact (id, first_name, last_name, sort_key, name_key, "
                           "created_at, updated_at) VALUES (:id, :first, :last, :sort, '', "
                           "'2014-01-01T00:00:00Z', '2014-01-01T00:00:00Z')"));
        SqlQuery mail(*db,
            QStringLiteral("INSERT INTO contact_email (contact_id, position, email, email_key) "
                           "VALUES (:id, 0, :email, :email)"));
        for (int i = 1; i <= 100000; ++i) {
            // Every last name about 12 times, never twice with the same first name.
            const QString first = name((i / 8000 + i * 13) % 400, 2);
            const QString last = name(i % 8000 + 400, 3);
            insert.bind(":id", i)
                .bind(":first", first)
                .bind(":last", last)
                .bind(":sort", foldedKey(last + ' ' + first))
                .exec();
            mail.bind(":id", i).bind(":email", QStringLiteral("p%1@example.fr").arg(i)).exec();
        }
        insert.bind(":id", 100001)
            .bind(":first", "Élodie")
            .bind(":last", "Sénéchal")
            .bind(":sort", "x")
            .exec();
        insert.bind(":id", 100002)
            .bind(":first", "Elodie")
            .bind(":last", "Senechall")
            .bind(":sort", "x")
            .exec();
        transaction.commit();
    }
    const auto candidates = DuplicateRepository(*db).contactCandidates();
    const bool found = std::any_of(candidates.cbegin(), candidates.cend(),
        [](const DuplicateCandidate &c) { return c.firstId == 100001 && c.secondId == 100002; });
    CHECK(found);
}

// ---- Merging -----------------------------------------------------------------------------

TEST_CASE("Every foreign key to a contact or an organisation is one a merge handles")
{
    TestDatabase db;
    const auto references = [&](const QString &target) {
        QSet<QString> found;
        QSqlQuery tables(db->connection());
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery keys(db->connection());
            REQUIRE(keys.exec(
                QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('%1')")
                    .arg(table)));
            while (keys.next()) {
                if (keys.value(0).toString() == target)
                    found << table + QLatin1Char('.') + keys.value(1).toString();
            }
        }
        return found;
    };
    const auto handled = [](const QList<ActorReference> &list) {
        QSet<QString> names;
        for (const ActorReference &reference : list)
            names << reference.table + QLatin1Char('.') + reference.column;
        return names;
    };
    CHECK(references("contact") == handled(ActorMerger::contactReferences()));
    CHECK(references("organisation") == handled(ActorMerger::organisationReferences()));
    CHECK(references("contact").size() >= 12);
}

TEST_CASE("Merging two contacts moves every link, keeps the more telling one, undoes exactly")
{
    DuplicatesFixture f;
    const qint64 repair = f.organisation("Repair Café");
    const qint64 zero = f.organisation("Zéro Déchet");
    const qint64 kept = f.contact(
        "Elodie", "SENECHAL", { "elodie@example.fr" }, { Membership { repair, {}, {} } });
    f.commands.setToday([] { return QDate(2014, 1, 15); });
    const qint64 merged = f.contact("Élodie", "Sénéchal", { "e.senechal@asso.fr" },
        { Membership { repair, {}, "Présidente" }, Membership { zero, {}, "Trésorière" } });
    const qint64 bystander = f.contact("Paul", "Durand");

    // Meetings: invited vs present, excused vs registered, and one only the merged had.
    const qint64 council = f.meeting("Actors' council", QDate(2014, 3, 1));
    const qint64 workshop = f.meeting("Workshop", QDate(2014, 4, 1));
    const qint64 serdPrep = f.meeting("SERD preparation", QDate(2014, 9, 1));
    REQUIRE(f.commands.invite(council, { kept, merged, bystander }));
    REQUIRE(f.commands.setAttendance(council, { merged }, AttendanceStatus::Present));
    REQUIRE(f.commands.invite(workshop, { kept, merged }));
    REQUIRE(f.commands.setAttendance(workshop, { kept }, AttendanceStatus::Excused));
    REQUIRE(f.commands.setAttendance(workshop, { merged }, AttendanceStatus::Registered));
    REQUIRE(f.commands.invite(serdPrep, { merged }));
    REQUIRE(f.commands.setAttendance(serdPrep, { merged }, AttendanceStatus::Absent));

    // Training: both enrolled (the merged earlier, and recognised), half-days of both.
    const qint64 module = f.module("Compost");
    const qint64 cohort = f.cohort();
    const qint64 first = f.session(cohort, module, QDate(2014, 3, 10));
    const qint64 second = f.session(cohort, module, QDate(2014, 4, 10));
    REQUIRE(f.commands.enrol(cohort, { merged }));
    f.commands.setToday([] { return QDate(2014, 12, 10); });
    REQUIRE(f.commands.enrol(cohort, { kept }));
    REQUIRE(f.commands.setHalfDayAttendance(
        first, { kept }, HalfDay::Morning, AttendanceStatus::Absent));
    REQUIRE(f.commands.setHalfDayAttendance(
        first, { merged }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(f.commands.setHalfDayAttendance(
        first, { merged }, HalfDay::Afternoon, AttendanceStatus::Present));
    REQUIRE(f.commands.recogniseRelayActors(cohort, { merged }, QDate(2014, 6, 30)));
    auto session = *f.training.session(second);
    session.trainerContactId = merged;
    REQUIRE(f.commands.updateSession(session));

    // SERD contact person, interactions (one with both), a follow-up.
    const qint64 edition = f.edition(2014);
    const qint64 action = f.action(edition, "Disco soupe", repair, {}, merged);
    const qint64 both
        = f.interaction({ ActorRef::contact(kept), ActorRef::contact(merged) }, "Call with both");
    const qint64 alone = f.interaction({ ActorRef::contact(merged) }, "Visit");
    REQUIRE(
        f.commands.planFollowUps({ ActorRef::contact(merged) }, QDate(2015, 1, 5), "Thank her", 0));

    const QStringList before = dump(*f.db);
    const int steps = f.stack.count();

    Contact values = proposedMerge(
        *ContactRepository(*f.db).load(kept), *ContactRepository(*f.db).load(merged));
    values.firstName = "Élodie"; // the accented spelling, chosen field by field
    values.lastName = "Sénéchal";
    REQUIRE(f.commands.mergeContacts(kept, merged, values));
    CHECK(f.stack.count() == steps + 1);

    CHECK_FALSE(ContactRepository(*f.db).load(merged).has_value());
    const Contact result = *ContactRepository(*f.db).load(kept);
    CHECK(result.firstName == "Élodie");
    CHECK(result.lastName == "Sénéchal");
    CHECK(result.emails == QStringList { "elodie@example.fr", "e.senechal@asso.fr" });
    CHECK(result.relayActor);
    REQUIRE(result.memberships.size() == 2);
    CHECK(result.memberships[0].organisationId == repair);
    CHECK(result.memberships[0].role == "Présidente"); // the kept one was blank
    CHECK(result.memberships[1].organisationId == zero);
    CHECK(result.memberships[1].role == "Trésorière");

    const QString k = QString::number(kept);
    const QString m = QString::number(merged);
    const auto status = [&](qint64 meeting) {
        return f.scalar(QStringLiteral("SELECT status FROM invitation WHERE meeting_id = %1 AND "
                                       "contact_id = %2")
                            .arg(meeting)
                            .arg(kept));
    };
    CHECK(status(council) == int(AttendanceStatus::Present));
    CHECK(status(workshop) == int(AttendanceStatus::Excused));
    CHECK(status(serdPrep) == int(AttendanceStatus::Absent));
    CHECK(f.scalar("SELECT count(*) FROM invitation WHERE contact_id = " + k) == 3);
    CHECK(f.scalar("SELECT count(*) FROM invitation WHERE meeting_id = " + QString::number(council))
        == 2);
    CHECK(f.scalar("SELECT count(*) FROM enrolment WHERE contact_id = " + k) == 1);
    CHECK(SqlQuery(*f.db,
              "SELECT enrolled_on || '/' || completed_on FROM enrolment WHERE contact_id = " + k)
              .scalar()
              .toString()
        == "2014-01-15/2014-06-30");
    CHECK(f.scalar("SELECT status FROM session_attendance WHERE half = 0 AND contact_id = " + k)
        == int(AttendanceStatus::Present));
    CHECK(f.scalar("SELECT count(*) FROM session_attendance WHERE contact_id = " + k) == 2);
    CHECK(f.scalar("SELECT trainer_contact_id FROM training_session WHERE id = "
              + QString::number(second))
        == kept);
    CHECK(f.scalar("SELECT contact_id FROM serd_action WHERE id = " + QString::number(action))
        == kept);
    CHECK(f.scalar("SELECT count(*) FROM interaction_contact WHERE interaction_id = "
              + QString::number(both))
        == 1);
    CHECK(f.scalar("SELECT contact_id FROM interaction_contact WHERE interaction_id = "
              + QString::number(alone))
        == kept);
    CHECK(f.scalar("SELECT count(*) FROM follow_up_contact WHERE contact_id = " + k) == 1);
    for (const ActorReference &reference : ActorMerger::contactReferences())
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3")
                           .arg(reference.table, reference.column, m))
            == 0);
    // The search index follows: the kept contact is found under the merged one's organisation.
    ActorFilter filter;
    filter.text = "zero dechet";
    CHECK(ContactRepository(*f.db).matchingIds(filter) == QList<qint64> { kept });

    f.stack.undo();
    CHECK(dump(*f.db) == before);
    f.stack.redo();
    CHECK_FALSE(ContactRepository(*f.db).load(merged).has_value());
    CHECK(status(council) == int(AttendanceStatus::Present));
    f.stack.undo();
    CHECK(dump(*f.db) == before);
}

TEST_CASE("Merging two organisations moves members, SERD organisers and contributions")
{
    DuplicatesFixture f;
    const qint64 kept = f.organisation("Centre socio-culturel Papin");
    const qint64 merged = f.organisation("CSC Papin", "CSC");
    const qint64 other = f.organisation("Repair Café");
    const qint64 both = f.contact("Anne", "Weber", {},
        { Membership { kept, {}, {} }, Membership { merged, {}, "Directrice" } });
    const qint64 member
        = f.contact("Paul", "Durand", {}, { Membership { merged, {}, "Animateur" } });

    const qint64 edition = f.edition(2014);
    const qint64 ledByMerged = f.action(edition, "Disco soupe", merged, { kept });
    const qint64 ledByKept = f.action(edition, "Troc", kept, { merged });
    const qint64 coByMerged = f.action(edition, "Repair", other, { merged });
    const qint64 contribution = f.contribution(merged, 50000);
    f.contribution(kept, 10000);
    const qint64 meetingTogether
        = f.interaction({ ActorRef::organisation(kept), ActorRef::organisation(merged) }, "Visit");
    REQUIRE(f.commands.planFollowUps(
        { ActorRef::organisation(merged) }, QDate(2015, 1, 5), "Thank them", 0));

    const QStringList before = dump(*f.db);
    Organisation values = proposedMerge(
        *OrganisationRepository(*f.db).load(kept), *OrganisationRepository(*f.db).load(merged));
    CHECK(values.acronym == "CSC");
    REQUIRE(f.commands.mergeOrganisations(kept, merged, values));

    CHECK_FALSE(OrganisationRepository(*f.db).load(merged).has_value());
    CHECK(OrganisationRepository(*f.db).load(kept)->acronym == "CSC");
    const auto members = OrganisationRepository(*f.db).members(kept);
    REQUIRE(members.size() == 2);
    for (const auto &m : members) {
        if (m.contactId == both)
            CHECK(m.role == "Directrice");
        else
            CHECK(m.contactId == member);
    }
    CHECK(ContactRepository(*f.db).rows({ member }).first().organisations
        == "Centre socio-culturel Papin");
    const QString k = QString::number(kept);
    const auto organiserRows = [&](qint64 action) {
        return SqlQuery(*f.db,
            QStringLiteral(
                "SELECT group_concat(organisation_id || ':' || role, ' ') FROM (SELECT * "
                "FROM serd_action_organiser WHERE action_id = %1 ORDER BY role, "
                "organisation_id)")
                .arg(action))
            .scalar()
            .toString();
    };
    CHECK(organiserRows(ledByMerged) == k + ":0"); // the kept one now leads
    CHECK(organiserRows(ledByKept) == k + ":0");
    CHECK(organiserRows(coByMerged) == QString::number(other) + ":0 " + k + ":1");
    CHECK(f.scalar("SELECT organisation_id FROM contribution WHERE id = "
              + QString::number(contribution))
        == kept);
    CHECK(f.scalar("SELECT count(*) FROM contribution WHERE organisation_id = " + k) == 2);
    CHECK(f.scalar("SELECT count(*) FROM interaction_organisation WHERE interaction_id = "
              + QString::number(meetingTogether))
        == 1);
    CHECK(
        f.scalar("SELECT count(*) FROM follow_up_organisation WHERE organisation_id = " + k) == 1);

    f.stack.undo();
    CHECK(dump(*f.db) == before);
    f.stack.redo();
    CHECK(OrganisationRepository(*f.db).members(kept).size() == 2);
    f.stack.undo();
    CHECK(dump(*f.db) == before);
}

TEST_CASE("A merge that cannot be done changes nothing and leaves no step")
{
    DuplicatesFixture f;
    const qint64 a = f.contact("Marie", "Dupont");
    const qint64 b = f.contact("Marie", "Dupond");
    const int steps = f.stack.count();
    const Contact values = *ContactRepository(*f.db).load(a);
    CHECK_FALSE(f.commands.mergeContacts(a, a, values));
    CHECK_FALSE(f.commands.mergeContacts(a, 999999, values));
    CHECK_FALSE(f.commands.lastError().isEmpty());
    Contact nameless = values;
    nameless.lastName.clear();
    CHECK_FALSE(f.commands.mergeContacts(a, b, nameless));
    CHECK(f.stack.count() == steps);
    CHECK(ContactRepository(*f.db).load(b).has_value());
}
