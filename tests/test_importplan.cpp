#include "catchqt.h"
#include "databasedump.h"
#include "importfixture.h"

#include <models/db/contactrepository.h>
#include <models/db/importhistoryrepository.h>
#include <models/db/importrepository.h>
#include <models/db/meetingrepository.h>
#include <models/db/organisationrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <models/domain/serd.h>
#include <models/export/csvfile.h>
#include <models/export/tablerows.h>
#include <models/import/importplan.h>
#include <models/import/recordsnapshot.h>
#include <models/item/actorcolumns.h>
#include <models/item/contacttablemodel.h>
#include <models/item/organisationtablemodel.h>

using namespace relais;

namespace {

const QString header = QStringLiteral(
    "Civilité;Nom;Prénom;Structure;Fonction;Courriel;Tél.;CP;Commune;Type;Étiquettes\n");

} // namespace

TEST_CASE_METHOD(
    ImportFixture, "An import plan reads each row into the contact it will become", "[import]")
{
    const ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral(
                "Mme;Sénéchal;Marie;Mairie de Viriat;Chargée de mission;marie.senechal@viriat.fr;"
                "06 12 34 56 78;01440;Viriat;Collectivité;SERD, Compost\n"
                "M.;Durand;Paul;;;paul.durand@;04 74 00 00 00;;;;\n"
                ";;Jeanne;;;;;;;;\n"
                "M.;'=Martin;Luc;;;;;;;;\n"));
    REQUIRE(p.rowCount() == 4);
    const ImportRow &marie = p.rows()[0];
    CHECK(marie.isValid());
    CHECK(marie.line == 2);
    CHECK(marie.contact.civility == Civility::Madam);
    CHECK(marie.contact.lastName == QStringLiteral("Sénéchal"));
    CHECK(marie.contact.emails == QStringList { QStringLiteral("marie.senechal@viriat.fr") });
    CHECK(marie.contact.phones == QStringList { QStringLiteral("06 12 34 56 78") });
    CHECK(marie.organisationName == QStringLiteral("Mairie de Viriat"));
    CHECK(marie.postcode == QStringLiteral("01440"));
    CHECK(marie.tags == QStringList { QStringLiteral("SERD"), QStringLiteral("Compost") });

    // A bad address and a missing name: the line, the field and the reason.
    const QList<ImportProblem> problems = p.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].field == QStringLiteral("E-mail"));
    CHECK(problems[0].reason.contains(QStringLiteral("paul.durand@")));
    CHECK(problems[1].line == 4);
    CHECK(problems[1].field == QStringLiteral("Last name"));
    CHECK(p.rejectedCount() == 2);
    // A cell Relais neutralised on export comes back as it was typed.
    CHECK(p.rows()[3].contact.lastName == QStringLiteral("=Martin"));

    // The commune, the type and the tags are not in the lists yet: they will be created.
    QStringList unknown;
    for (const UnknownValue &value : p.unknownValues())
        unknown << value.name;
    CHECK(unknown.contains(QStringLiteral("Viriat")));
    CHECK(unknown.contains(QStringLiteral("Compost")));
    CHECK(unknown.contains(QStringLiteral("Mairie de Viriat")));
    const auto viriat = std::find_if(p.unknownValues().cbegin(), p.unknownValues().cend(),
        [](const UnknownValue &v) { return v.name == QStringLiteral("Viriat"); });
    CHECK(viriat->postcode == QStringLiteral("01440"));
    CHECK(viriat->isCreated());
}

TEST_CASE_METHOD(
    ImportFixture, "A row with more cells than the header is refused, not shifted", "[import]")
{
    const ImportPlan p = plan(
        ImportKind::Contacts, QStringLiteral("Nom;Prénom\nDupont;Marie;en trop\nMartin;Luc;\n"));
    REQUIRE(p.rowCount() == 2);
    CHECK_FALSE(p.rows()[0].isValid());
    CHECK(p.rows()[0].problems.first().reason.contains(QStringLiteral("3 cells")));
    CHECK(p.rows()[1].isValid()); // an empty cell more is no harm
}

TEST_CASE_METHOD(
    ImportFixture, "The same person typed three ways in a file becomes one contact", "[import]")
{
    ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral("Mme;SÉNÉCHAL;Marie;Mairie de Viriat;;marie.senechal@viriat.fr;;;;;\n"
                             "Mme;Senechal;Marie;;Élue;;06 12 34 56 78;;;;\n"
                             ";sénéchal;marie;;;m.senechal@gmail.com;;;;;Compost\n"
                             "M.;Senechal;Pierre;;;;;;;;\n"));
    REQUIRE(p.duplicateCount() == 2);
    CHECK(p.rows()[1].duplicate->earlierRow == 0);
    CHECK(p.rows()[1].duplicate->otherLine == 2);
    CHECK(p.rows()[2].duplicate->earlierRow == 0);
    CHECK(p.rows()[1].action == DuplicateAction::FillEmpty);
    CHECK_FALSE(p.rows()[3].duplicate); // Pierre is someone else
    const ImportPlan::Outcome outcome = p.outcome();
    CHECK(outcome.created == 2);
    CHECK(outcome.merged == 2);

    REQUIRE(commands.importActors(p, QStringLiteral("acteurs.csv")));
    CHECK(count(QStringLiteral("contact")) == 2);
    const auto marie = contactNamed(QStringLiteral("SÉNÉCHAL"));
    REQUIRE(marie);
    CHECK(marie->emails
        == QStringList {
            QStringLiteral("marie.senechal@viriat.fr"), QStringLiteral("m.senechal@gmail.com") });
    CHECK(marie->phones == QStringList { QStringLiteral("06 12 34 56 78") });
    CHECK(marie->tagNames == QStringList { QStringLiteral("Compost") });
    REQUIRE(marie->memberships.size() == 1);
    CHECK(marie->memberships[0].organisationName == QStringLiteral("Mairie de Viriat"));
}

TEST_CASE_METHOD(ImportFixture,
    "Rows are compared by two words of the name: a typo at the start of one, the order "
    "swapped or an initial are still met",
    "[import]")
{
    ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral("Mme;Sénéchal;Élodie;;;;;;;;\n"
                             "Mme;Snéchal;Élodie;;;;;;;;\n" // a letter missing early on
                             "Mme;Élodie;Sénéchal;;;;;;;;\n" // first and last name swapped
                             "Mme;Sénéchal;É.;;;;;;;;\n" // an initial
                             "M.;Sénéchal;Paul;;;;;;;;\n"));
    REQUIRE(p.rowCount() == 5);
    REQUIRE(p.rows()[1].duplicate);
    CHECK(p.rows()[1].duplicate->earlierRow == 0);
    REQUIRE(p.rows()[2].duplicate);
    CHECK(p.rows()[2].duplicate->earlierRow == 0);
    CHECK(p.rows()[3].duplicate); // someone of that name and initial, to be looked at
    CHECK_FALSE(p.rows()[4].duplicate); // Paul is someone else
}

TEST_CASE_METHOD(
    ImportFixture, "Namesakes with other addresses elsewhere are kept apart", "[import]")
{
    contact(QStringLiteral("Hélène"), QStringLiteral("Martin"),
        QStringLiteral("h.martin@viriat.fr"), organisation(QStringLiteral("Mairie de Viriat")));
    ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral(";Martin;Hélène;Recyclerie du Revermont;;helene@recyclerie.fr;;;;;\n"
                             ";Martin;Hélène;Mairie de Viriat;;helene.martin@gmail.com;;;;;\n"
                             ";Martin;Hélène;;;;;;;;\n"));
    REQUIRE(p.duplicateCount() == 3);
    // Another address, another organisation: perhaps another person.
    CHECK(p.rows()[0].duplicate->existingId != 0);
    CHECK(p.rows()[0].duplicate->namesakes);
    CHECK(p.rows()[0].action == DuplicateAction::CreateAnyway);
    // Another address in the same organisation: the same person's new mailbox.
    CHECK_FALSE(p.rows()[1].duplicate->namesakes);
    CHECK(p.rows()[1].action == DuplicateAction::FillEmpty);
    // Nothing to tell them apart: the same person.
    CHECK_FALSE(p.rows()[2].duplicate->namesakes);
    CHECK(p.rows()[2].action == DuplicateAction::FillEmpty);
}

TEST_CASE_METHOD(
    ImportFixture, "A row like a contact of the file updates it, skips or adds", "[import]")
{
    const qint64 mairie = organisation(QStringLiteral("Mairie de Viriat"));
    const qint64 existing = contact(QStringLiteral("Marie"), QStringLiteral("Dupont"),
        QStringLiteral("marie.dupont@viriat.fr"), mairie);
    const QString csv = header
        + QStringLiteral("Mme;DUPONT;Marie;Mairie de Viriat;Maire;Marie.Dupont@viriat.fr;"
                         "04 74 11 22 33;;;;\n");

    SECTION("fill the empty fields")
    {
        ImportPlan p = plan(ImportKind::Contacts, csv);
        REQUIRE(p.rows()[0].duplicate);
        CHECK(p.rows()[0].duplicate->existingId == existing);
        CHECK(p.rows()[0].duplicate->reason == DuplicateReason::SameEmail);
        CHECK(
            p.rows()[0].duplicate->otherName == QStringLiteral("Marie Dupont (Mairie de Viriat)"));
        CHECK(p.outcome().updated == 1);
        REQUIRE(commands.importActors(p, QStringLiteral("a.csv")));
        const auto marie = ContactRepository(*db).load(existing);
        CHECK(marie->lastName == QStringLiteral("Dupont")); // kept
        CHECK(marie->civility == Civility::Madam); // was empty
        CHECK(marie->phones == QStringList { QStringLiteral("04 74 11 22 33") });
        CHECK(marie->memberships.size() == 1);
        CHECK(marie->memberships[0].role == QStringLiteral("Director"));
        CHECK(count(QStringLiteral("contact")) == 1);
    }
    SECTION("overwrite")
    {
        ImportPlan p = plan(ImportKind::Contacts, csv);
        p.setDuplicateAction(DuplicateAction::Overwrite);
        REQUIRE(commands.importActors(p, QStringLiteral("a.csv")));
        const auto marie = ContactRepository(*db).load(existing);
        CHECK(marie->lastName == QStringLiteral("DUPONT"));
        CHECK(marie->memberships[0].role == QStringLiteral("Maire"));
        CHECK(marie->emails.size() == 1); // the same address, however typed
    }
    SECTION("skip")
    {
        ImportPlan p = plan(ImportKind::Contacts, csv);
        p.setDuplicateAction(DuplicateAction::Skip);
        CHECK(p.outcome().skipped == 1);
        const QStringList before = dump(*db, importTables);
        const auto batch = commands.importActors(p, QStringLiteral("a.csv"));
        REQUIRE(batch);
        CHECK(dump(*db, importTables) == before);
        CHECK(ImportHistoryRepository(*db).batch(*batch)->skipped == 1);
    }
    SECTION("create anyway")
    {
        ImportPlan p = plan(ImportKind::Contacts, csv);
        p.setDuplicateAction(DuplicateAction::CreateAnyway);
        REQUIRE(commands.importActors(p, QStringLiteral("a.csv")));
        CHECK(count(QStringLiteral("contact")) == 2);
        // Its organisation is the one of the file, not a second "Mairie de Viriat".
        CHECK(count(QStringLiteral("organisation")) == 1);
    }
}

TEST_CASE_METHOD(
    ImportFixture, "An acronym or a typo of a known name is proposed in its place", "[import]")
{
    const qint64 mjc
        = organisation(QStringLiteral("Maison des jeunes et de la culture du Revermont"));
    const qint64 association = *commands.addReferenceItem(
        ReferenceList::ActorType, { 0, QStringLiteral("Association"), 0, false, {} });
    ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral("Mme;Roux;Anne;MJC du Revermont;Animatrice;;;;;Associations;\n"
                             "M.;Petit;Jean;Centre socio-culturel des Tilleuls;;;;;;;\n"
                             "M.;Blanc;Léo;CSC des Tilleuls;;;;;;;\n"
                             "M.;Morel;Eva;Recyclerie du Revermont;;;;;;;\n"
                             "M.;Noir;Max;Recyclerie Revermont;;;;;;;\n"
                             "M.;Brun;Lou;Recylerie du Revermont;;;;;;;\n"));
    QList<UnknownValue> &values = p.unknownValues();
    const auto index = [&](const QString &name) {
        const auto found = std::find_if(
            values.cbegin(), values.cend(), [&](const UnknownValue &v) { return v.name == name; });
        REQUIRE(found != values.cend());
        return int(std::distance(values.cbegin(), found));
    };
    // An acronym of an organisation of the file: that one, unless the user says otherwise.
    const UnknownValue &maison = values[index(QStringLiteral("MJC du Revermont"))];
    CHECK(maison.suggestedId == mjc);
    CHECK(maison.useId == mjc);
    // A type one letter away: the type of the list.
    const UnknownValue &type = values[index(QStringLiteral("Associations"))];
    CHECK(type.suggestedId == association);
    CHECK(type.useId == association);
    // A new organisation typed twice: the acronym goes to the spelt-out name.
    const UnknownValue &csc = values[index(QStringLiteral("CSC des Tilleuls"))];
    CHECK(csc.suggestedValue == index(QStringLiteral("Centre socio-culturel des Tilleuls")));
    CHECK(csc.useValue == csc.suggestedValue);
    // Spelt the same but for the little words: one value, both lines.
    CHECK(values[index(QStringLiteral("Recyclerie du Revermont"))].lines == QList<int> { 5, 6 });
    // A typo is proposed, not taken.
    const UnknownValue &typo = values[index(QStringLiteral("Recylerie du Revermont"))];
    CHECK(typo.suggestedValue == index(QStringLiteral("Recyclerie du Revermont")));
    CHECK(typo.isCreated());

    SECTION("as proposed")
    {
        REQUIRE(commands.importActors(p, QStringLiteral("a.csv")));
        // The MJC, the centre, the recyclerie and its typo.
        CHECK(count(QStringLiteral("organisation")) == 4);
        CHECK(count(QStringLiteral("actor_type WHERE name = 'Associations'")) == 0);
        CHECK(contactNamed(QStringLiteral("Roux"))->memberships[0].organisationId == mjc);
        CHECK(contactNamed(QStringLiteral("Roux"))->typeId == association);
        CHECK(contactNamed(QStringLiteral("Blanc"))->memberships[0].organisationId
            == contactNamed(QStringLiteral("Petit"))->memberships[0].organisationId);
    }
    SECTION("or as the user chooses")
    {
        values[index(QStringLiteral("MJC du Revermont"))].useId = 0;
        values[index(QStringLiteral("Recylerie du Revermont"))].useValue
            = index(QStringLiteral("Recyclerie du Revermont"));
        REQUIRE(commands.importActors(p, QStringLiteral("a.csv")));
        CHECK(count(QStringLiteral("organisation")) == 4);
        CHECK(count(QStringLiteral("organisation WHERE name = 'MJC du Revermont'")) == 1);
        CHECK(contactNamed(QStringLiteral("Brun"))->memberships[0].organisationId
            == contactNamed(QStringLiteral("Morel"))->memberships[0].organisationId);
    }
}

TEST_CASE_METHOD(
    ImportFixture, "Organisations: duplicates by name or acronym, in the file and out", "[import]")
{
    const qint64 existing
        = organisation(QStringLiteral("Maison de l'Emploi"), QStringLiteral("MDE"));
    ImportPlan p = plan(ImportKind::Organisations,
        QStringLiteral("Nom;Sigle;Courriel;Commune\n"
                       "MDE;;contact@mde.fr;Bourg-en-Bresse\n"
                       "Centre socio-culturel des Tilleuls;CSC;;Bourg-en-Bresse\n"
                       "CSC des Tilleuls;;accueil@csc.fr;\n"
                       ";;x@y.fr;\n"));
    REQUIRE(p.rows()[0].duplicate);
    CHECK(p.rows()[0].duplicate->existingId == existing);
    REQUIRE(p.rows()[2].duplicate);
    CHECK(p.rows()[2].duplicate->earlierRow == 1);
    CHECK(p.rows()[3].problems.first().field == QStringLiteral("Name"));
    p.setDuplicateAction(DuplicateAction::FillEmpty);
    REQUIRE(commands.importActors(p, QStringLiteral("structures.csv")));
    CHECK(count(QStringLiteral("organisation")) == 2);
    const auto mde = OrganisationRepository(*db).load(existing);
    CHECK(mde->email == QStringLiteral("contact@mde.fr"));
    CHECK(mde->communeId != 0);
    CHECK(count(QStringLiteral("commune WHERE name = 'Bourg-en-Bresse'")) == 1);
}

TEST_CASE_METHOD(ImportFixture, "An import is one step: undo leaves the file as it was", "[import]")
{
    const qint64 mairie = organisation(QStringLiteral("Mairie de Viriat"));
    const qint64 existing = contact(QStringLiteral("Marie"), QStringLiteral("Dupont"),
        QStringLiteral("marie.dupont@viriat.fr"), mairie);
    const QStringList before = dump(*db, importTables);
    ImportPlan p = plan(ImportKind::Contacts,
        header
            + QStringLiteral("Mme;Dupont;Marie;Mairie de Viriat;;marie.dupont@viriat.fr;"
                             "04 74 11 22 33;01440;Viriat;Élu;Nouveau\n"
                             "M.;Girard;Hugo;Syndicat Organom;;h.girard@organom.fr;;01000;"
                             "Bourg-en-Bresse;Syndicat;Nouveau\n"));
    const auto batchId = commands.importActors(p, QStringLiteral("acteurs.csv"));
    REQUIRE(batchId);
    const QStringList after = dump(*db, importTables);
    CHECK(after != before);
    CHECK(count(QStringLiteral("contact")) == 2);
    CHECK(ContactRepository(*db).load(existing)->communeId != 0);
    const auto batch = ImportHistoryRepository(*db).batch(*batchId);
    CHECK(batch->fileName == QStringLiteral("acteurs.csv"));
    CHECK(batch->kind == QStringLiteral("contacts"));
    CHECK(batch->created == 1);
    CHECK(batch->updated == 1);
    CHECK(commands.undoStack().undoText().contains(QStringLiteral("acteurs.csv")));

    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == before);
    CHECK(ImportHistoryRepository(*db).batch(*batchId)->isUndone());
    CHECK_FALSE(ImportHistoryRepository(*db).lastActive());

    commands.undoStack().redo();
    CHECK(dump(*db, importTables) == after);
    CHECK(ImportHistoryRepository(*db).lastActive()->id == *batchId);

    SECTION("and so does Undo import, in a later session")
    {
        stack.clear();
        db.reopen();
        QUndoStack laterStack;
        Commands later(*db, laterStack);
        REQUIRE(later.undoImport(*batchId));
        CHECK(dump(*db, importTables) == before);
        CHECK_FALSE(later.undoImport(*batchId)); // already undone
        CHECK_FALSE(later.lastError().isEmpty());
        laterStack.undo(); // the import back
        CHECK(dump(*db, importTables) == after);
    }
}

TEST_CASE("A record snapshot gives back the record it was made of", "[import]")
{
    Contact c;
    c.id = 12;
    c.civility = Civility::Mister;
    c.firstName = QStringLiteral("Jean-Luc");
    c.lastName = QStringLiteral("D'Amico");
    c.emails = { QStringLiteral("a@b.fr"), QStringLiteral("c@d.fr") };
    c.phones = { QStringLiteral("06 12 34 56 78") };
    c.communeId = 3;
    c.memberships = { Membership { 4, QStringLiteral("Mairie"), QStringLiteral("Élu") } };
    c.typeId = 2;
    c.domainIds = { 1, 5 };
    c.tagNames = { QStringLiteral("SERD") };
    c.relayActor = true;
    c.relayActorSince = QDate(2014, 3, 1);
    c.notes = QStringLiteral("Deux\nlignes");
    c.emailConsent.status = Consent::Given;
    c.emailConsent.date = QDate(2014, 1, 2);
    c.emailConsent.note = QStringLiteral("Feuille d'émargement");
    c.emailConsent.source = ConsentSource::MeetingSheet;
    c.postConsent = { Consent::Withdrawn, QDate(2014, 1, 3), ConsentSource::Email,
        QStringLiteral("plus de courrier") };
    c.createdAt = QDateTime(QDate(2014, 1, 1), QTime(8, 0), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2014, 2, 1), QTime(9, 30), Qt::UTC);
    CHECK(RecordSnapshot::contact(RecordSnapshot::of(c)) == c);
    CHECK_FALSE(RecordSnapshot::organisation(RecordSnapshot::of(c)));

    Organisation o;
    o.id = 7;
    o.name = QStringLiteral("Centre socio-culturel");
    o.acronym = QStringLiteral("CSC");
    o.tagNames = { QStringLiteral("Compost") };
    o.municipalService = true;
    o.updatedAt = QDateTime(QDate(2014, 2, 1), QTime(9, 30), Qt::UTC);
    CHECK(RecordSnapshot::organisation(RecordSnapshot::of(o)) == o);
    CHECK_FALSE(RecordSnapshot::contact("{not json"));
}

TEST_CASE("A saved mapping applies to a file whose columns are in another order", "[import]")
{
    ColumnMapping saved = proposeColumnMapping(ImportKind::Contacts,
        { QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Remarques internes") });
    saved.setField(2, QStringLiteral("notes"));
    const ColumnMapping applied = saved.appliedTo({ QStringLiteral("PRENOM"),
        QStringLiteral("Ville"), QStringLiteral("nom "), QStringLiteral("Remarques  internes") });
    CHECK(applied.kind == ImportKind::Contacts);
    CHECK(applied.fields
        == QStringList { QStringLiteral("first_name"), QString(), QStringLiteral("last_name"),
            QStringLiteral("notes") });
}

TEST_CASE_METHOD(ImportFixture,
    "The messy French Excel actor file: every problem explained, "
    "every person once",
    "[import]")
{
    const auto table
        = CsvFileReader::read(QString::fromUtf8(RELAIS_TEST_DATA_DIR "/csv/actors_messy_fr.csv"));
    REQUIRE(table);
    const ColumnMapping mapping = proposeColumnMapping(ImportKind::Contacts, table->header);
    auto p = ImportPlan::analyse(
        *table, mapping, ImportRepository(*db).existingActors(ImportKind::Contacts));
    REQUIRE(p);
    CHECK(p->rowCount() == 250);

    // The planted bad rows (tests/data/csv/README.md), and two phone numbers Excel or a
    // typist spoilt: refused with their line and reason.
    QList<int> refused;
    for (const ImportProblem &problem : p->problems()) {
        refused << problem.line;
        CHECK_FALSE(problem.reason.isEmpty());
    }
    CHECK(refused == QList<int> { 28, 56, 89, 116, 145, 160, 187, 225, 238 });

    // Every person typed twice is found again, against the right earlier line.
    QMap<int, int> found;
    for (const ImportRow &row : p->rows()) {
        if (row.isValid() && row.duplicate && row.duplicate->earlierRow >= 0)
            found.insert(row.line, row.duplicate->otherLine);
    }
    const QMap<int, int> planted { { 98, 13 }, { 208, 13 }, { 153, 21 }, { 174, 34 }, { 192, 46 },
        { 132, 59 }, { 219, 67 }, { 232, 76 }, { 164, 85 }, { 244, 102 }, { 179, 111 },
        { 201, 120 }, { 250, 130 } };
    for (auto it = planted.cbegin(); it != planted.cend(); ++it) {
        INFO("line " << it.key());
        CHECK(found.value(it.key()) == it.value());
    }
    CHECK(found.size() == planted.size());
    // "CSC des Tilleuls" and "MJC de Viriat" are the spelt-out organisations.
    for (const UnknownValue &value : p->unknownValues()) {
        if (!value.list && value.name == QStringLiteral("CSC des Tilleuls"))
            CHECK(p->unknownValues()[value.useValue].name
                == QStringLiteral("Centre socio-culturel des Tilleuls"));
    }

    // As proposed; the refused rows are left out.
    REQUIRE(commands.importActors(*p, QStringLiteral("actors_messy_fr.csv")));
    // 250 rows, 9 refused, 13 joined (the typo "Mathieu" is proposed, not joined).
    CHECK(count(QStringLiteral("contact")) == 250 - 9 - 12);
    CHECK(count(QStringLiteral("contact WHERE last_name LIKE 'S%n%chal'")) == 1);
}

TEST_CASE_METHOD(ImportFixture, "What Relais exports, it imports back unchanged", "[import]")
{
    const qint64 mairie = organisation(QStringLiteral("Mairie de Viriat"));
    const qint64 csc = organisation(QStringLiteral("Centre socio-culturel; \"Les Tilleuls\""));
    Contact marie;
    marie.firstName = QStringLiteral("Marie");
    marie.lastName = QStringLiteral("Sénéchal");
    marie.emails = { QStringLiteral("marie.senechal@viriat.fr") };
    marie.phones = { QStringLiteral("+41 22 123 45 67") }; // "+" starts a formula
    marie.memberships = { Membership { mairie, {}, QStringLiteral("Chargée de mission") } };
    marie.communeName = QStringLiteral("Viriat");
    marie.tagNames = { QStringLiteral("SERD"), QStringLiteral("Compost") };
    marie.relayActor = true;
    marie.networkHead = true;
    REQUIRE(commands.addContact(marie));
    Contact formula;
    formula.firstName = QStringLiteral("=HYPERLINK(\"x\")");
    formula.lastName = QStringLiteral("-Durand");
    formula.memberships = { Membership { csc, {}, QStringLiteral("Président\nTrésorier") } };
    formula.typeId = *commands.addReferenceItem(
        ReferenceList::ActorType, { 0, QStringLiteral("Association, loi 1901"), 0, false, {} });
    REQUIRE(commands.addContact(formula));
    Contact plain;
    plain.lastName = QStringLiteral("O'Neil");
    plain.phones = { QStringLiteral("06 12 34 56 78") };
    REQUIRE(commands.addContact(plain));

    const auto exported = [](Database &database) {
        ContactTableModel model(database);
        model.sort(ContactColumn::LastName);
        QList<int> columns;
        for (int column = 0; column < ContactColumn::Count; ++column)
            columns << column;
        return tableRows(&model, columns);
    };
    const QList<QStringList> before = exported(*db);
    REQUIRE(before.size() == 4);

    for (const CsvProfile profile : { CsvProfile::ExcelFrench, CsvProfile::Standard }) {
        TestDatabase other;
        QUndoStack otherStack;
        Commands otherCommands(*other, otherStack);
        const CsvTable table = readCsv(CsvFile::write(before, profile));
        const ColumnMapping mapping = proposeColumnMapping(ImportKind::Contacts, table.header);
        CHECK(mapping.missingRequiredFields().isEmpty());
        auto p = ImportPlan::analyse(
            table, mapping, ImportRepository(*other).existingActors(ImportKind::Contacts));
        REQUIRE(p);
        CHECK(p->problems().isEmpty());
        REQUIRE(otherCommands.importActors(*p, QStringLiteral("export.csv")));
        CHECK(exported(*other) == before);
    }
}

TEST_CASE_METHOD(ImportFixture, "Exported organisations import back unchanged", "[import]")
{
    Organisation csc;
    csc.name = QStringLiteral("Centre socio-culturel des Tilleuls");
    csc.acronym = QStringLiteral("CSC");
    csc.communeName = QStringLiteral("Bourg-en-Bresse");
    csc.email = QStringLiteral("accueil@csc-tilleuls.fr");
    csc.phone = QStringLiteral("04 74 22 11 00");
    csc.tagNames = { QStringLiteral("Compost") };
    csc.municipalService = true;
    REQUIRE(commands.addOrganisation(csc));
    Organisation formula;
    formula.name = QStringLiteral("@Home; \"Ça déborde !\"");
    formula.networkHead = true;
    REQUIRE(commands.addOrganisation(formula));

    const auto exported = [](Database &database) {
        OrganisationTableModel model(database);
        model.sort(OrganisationColumn::Name);
        // The member count is the file's own, not a field: the user hides it.
        return tableRows(&model,
            { OrganisationColumn::Name, OrganisationColumn::Acronym, OrganisationColumn::Type,
                OrganisationColumn::Commune, OrganisationColumn::Email, OrganisationColumn::Phone,
                OrganisationColumn::Tags, OrganisationColumn::Flags });
    };
    const QList<QStringList> before = exported(*db);
    REQUIRE(before.size() == 3);
    CHECK(before[2].last().contains(QStringLiteral("Municipal service")));

    TestDatabase other;
    QUndoStack otherStack;
    Commands otherCommands(*other, otherStack);
    const CsvTable table = readCsv(CsvFile::write(before));
    auto p
        = ImportPlan::analyse(table, proposeColumnMapping(ImportKind::Organisations, table.header),
            ImportRepository(*other).existingActors(ImportKind::Organisations));
    REQUIRE(p);
    CHECK(p->problems().isEmpty());
    REQUIRE(otherCommands.importActors(*p, QStringLiteral("export.csv")));
    CHECK(exported(*other) == before);
}

TEST_CASE_METHOD(ImportFixture,
    "Meeting attendance: each row a person's status at a meeting of "
    "the file, the person found or created",
    "[import]")
{
    const auto meeting = [&](const QString &title, const QDate &date) {
        Meeting m;
        m.title = title;
        m.date = date;
        return *commands.addMeeting(m);
    };
    const qint64 council = meeting(QStringLiteral("Conseil des acteurs"), QDate(2014, 3, 12));
    const qint64 workshop = meeting(QStringLiteral("Atelier compostage"), QDate(2014, 3, 12));
    const qint64 may = meeting(QStringLiteral("Atelier réemploi"), QDate(2014, 5, 20));
    const qint64 marie = contact(QStringLiteral("Marie"), QStringLiteral("Dupont"),
        QStringLiteral("marie.dupont@viriat.fr"));
    REQUIRE(commands.invite(council, { marie }));
    const QStringList before = dump(*db, importTables);

    ImportPlan p = plan(ImportKind::MeetingAttendance,
        QStringLiteral(
            "Date;Réunion;Nom;Prénom;Structure;Courriel;Présence\n"
            "12/03/2014;Conseil des acteurs;Dupont;Marie;;marie.dupont@viriat.fr;Présente\n"
            "12/03/2014;conseil;Girard;Hugo;Syndicat Organom;;Excusé\n"
            "20/05/2014;;GIRARD;Hugo;;;\n"
            "12/03/2014;;Roux;Anne;;;P\n"
            "01/01/2015;;Roux;Anne;;;\n"));
    REQUIRE(p.rowCount() == 5);
    CHECK(p.rows()[0].meetingId == council);
    CHECK(p.rows()[0].duplicate->existingId == marie);
    CHECK(p.rows()[1].meetingId == council); // "conseil" names one of the two that day
    CHECK(p.rows()[2].meetingId == may);
    CHECK(p.rows()[2].status == AttendanceStatus::Present); // a row of the list: present
    CHECK(p.rows()[2].duplicate->earlierRow == 1);
    // Two meetings that day and no title; no meeting that day.
    REQUIRE(p.problems().size() == 2);
    CHECK(p.problems()[0].line == 5);
    CHECK(p.problems()[0].reason.contains(QStringLiteral("Atelier compostage")));
    CHECK(p.problems()[1].line == 6);
    CHECK(p.problems()[1].reason.contains(QStringLiteral("create it in Meetings")));

    const auto batchId = commands.importActors(p, QStringLiteral("presences.csv"));
    REQUIRE(batchId);
    MeetingRepository meetings(*db);
    const auto statusOf = [&](qint64 meetingId, qint64 contactId) {
        for (const Invitation &invitation : meetings.invitations(meetingId)) {
            if (invitation.contactId == contactId)
                return std::optional(invitation.status);
        }
        return std::optional<AttendanceStatus>();
    };
    const qint64 hugo = contactNamed(QStringLiteral("Girard"))->id;
    CHECK(count(QStringLiteral("contact")) == 2);
    CHECK(statusOf(council, marie) == AttendanceStatus::Present);
    CHECK(statusOf(council, hugo) == AttendanceStatus::Excused);
    CHECK(statusOf(may, hugo) == AttendanceStatus::Present);
    CHECK_FALSE(statusOf(workshop, hugo));
    // Hugo and his two attendances; Marie's changed status, Marie herself unchanged.
    const auto batch = ImportHistoryRepository(*db).batch(*batchId);
    CHECK(batch->created == 1 + 2);
    CHECK(batch->updated == 1);
    CHECK(batch->rejected == 2);

    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == before);
    CHECK(statusOf(council, marie) == AttendanceStatus::Invited);
    commands.undoStack().redo();
    CHECK(statusOf(council, marie) == AttendanceStatus::Present);
    CHECK(statusOf(may, contactNamed(QStringLiteral("Girard"))->id) == AttendanceStatus::Present);
}

TEST_CASE_METHOD(ImportFixture,
    "Training attendance: each row a trainee's half-days at a session "
    "of the file, enrolled in its cohort",
    "[import]")
{
    const qint64 pilot = cohort();
    const qint64 basics = module(QStringLiteral("Les bases de la prévention"));
    const qint64 compost = module(QStringLiteral("Compostage partagé"));
    const qint64 first = session(pilot, basics, QDate(2014, 3, 12)); // morning and afternoon
    const qint64 second = session(pilot, compost, QDate(2014, 4, 2), true, false);
    const qint64 marie = contact(QStringLiteral("Marie"), QStringLiteral("Dupont"),
        QStringLiteral("marie.dupont@viriat.fr"));
    REQUIRE(commands.enrol(pilot, { marie }));
    REQUIRE(commands.setHalfDayAttendance(
        first, { marie }, HalfDay::Morning, AttendanceStatus::Absent));
    const QStringList before = dump(*db, importTables);

    ImportPlan p = plan(ImportKind::TrainingAttendance,
        QStringLiteral("Date;Module;Demi-journée;Nom;Prénom;Courriel;Présence\n"
                       "12/03/2014;;matin;Dupont;Marie;marie.dupont@viriat.fr;P\n"
                       "12/03/2014;;;Girard;Hugo;;\n"
                       "02/04/2014;compostage;;Girard;Hugo;;Excusé\n"
                       "02/04/2014;;après-midi;Roux;Anne;;\n"
                       "12/03/2014;;;Roux;Anne;;Inscrit\n"
                       "13/03/2014;;;Roux;Anne;;\n"));
    REQUIRE(p.rowCount() == 6);
    CHECK(p.rows()[0].sessionId == first);
    CHECK(p.rows()[0].halfDays == QList<HalfDay> { HalfDay::Morning });
    CHECK(p.rows()[1].halfDays == QList<HalfDay> { HalfDay::Morning, HalfDay::Afternoon });
    CHECK(p.rows()[2].sessionId == second);
    QList<int> refused;
    for (const ImportProblem &problem : p.problems())
        refused << problem.line;
    CHECK(refused == QList<int> { 5, 6, 7 }); // no afternoon; not a half-day status; no session
    CHECK(p.problems()[0].reason.contains(QStringLiteral("no afternoon")));

    REQUIRE(commands.importActors(p, QStringLiteral("emargement-formation.csv")));
    const qint64 hugo = contactNamed(QStringLiteral("Girard"))->id;
    QList<HalfDayAttendance> held = training.attendance(pilot);
    const auto statusOf = [&](qint64 sessionId, qint64 contactId, HalfDay half) {
        for (const HalfDayAttendance &a : held) {
            if (a.sessionId == sessionId && a.contactId == contactId && a.half == half)
                return std::optional(a.status);
        }
        return std::optional<AttendanceStatus>();
    };
    CHECK(statusOf(first, marie, HalfDay::Morning) == AttendanceStatus::Present);
    CHECK_FALSE(statusOf(first, marie, HalfDay::Afternoon));
    CHECK(statusOf(first, hugo, HalfDay::Morning) == AttendanceStatus::Present);
    CHECK(statusOf(first, hugo, HalfDay::Afternoon) == AttendanceStatus::Present);
    CHECK(statusOf(second, hugo, HalfDay::Morning) == AttendanceStatus::Excused);
    QList<qint64> enrolled;
    for (const auto &trainee : training.trainees(pilot))
        enrolled << trainee.contactId;
    CHECK(enrolled.contains(hugo));

    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == before);
    commands.undoStack().redo();
    held = training.attendance(pilot);
    CHECK(statusOf(second, contactNamed(QStringLiteral("Girard"))->id, HalfDay::Morning)
        == AttendanceStatus::Excused);
}

TEST_CASE_METHOD(ImportFixture,
    "Valued contributions: each row one, its organisation found or "
    "created, a second import of the same file skipped",
    "[import]")
{
    const qint64 mairie = organisation(QStringLiteral("Mairie de Viriat"));
    Meeting council;
    council.title = QStringLiteral("Conseil des acteurs");
    council.date = QDate(2014, 3, 12);
    const qint64 councilId = *commands.addMeeting(council);
    const QString csv = QStringLiteral(
        "Année;Structure;Nature;Action ou réunion;Temps;Taux;Montant;Note\n"
        "2014;Mairie de Viriat;Matériel;Conseil des acteurs;;;1 200,50 €;Salle et café\n"
        "2014;Recyclerie du Revermont;;;2 j;250 €;;Animation\n"
        "2014;Mairie de Viriat;Matériel;;;;-5;\n"
        "2014;Mairie de Viriat;Autre;Assemblée;;;300;\n"
        "2014;Mairie de Viriat;Matériel;Conseil des acteurs;;;1200,5;salle et café\n");
    ImportPlan p = plan(ImportKind::Contributions, csv);
    REQUIRE(p.rowCount() == 5);
    CHECK(p.rows()[0].contribution.amount == 120050);
    CHECK(p.rows()[0].contribution.meetingId == councilId);
    CHECK(p.rows()[0].organisationRef.id == mairie);
    // Time with a rate: staff time, its amount computed.
    CHECK(p.rows()[1].contribution.kind == ContributionKind::StaffTime);
    CHECK(p.rows()[1].contribution.amount == 50000);
    QList<int> refused;
    for (const ImportProblem &problem : p.problems())
        refused << problem.line;
    CHECK(refused == QList<int> { 4, 5 }); // a negative amount; no such meeting
    // The same contribution typed twice in the file.
    REQUIRE(p.rows()[4].duplicate);
    CHECK(p.rows()[4].duplicate->earlierRow == 0);
    CHECK(p.rows()[4].duplicate->reason == DuplicateReason::SameValues);
    p.setDuplicateAction(DuplicateAction::FillEmpty); // nothing to fill: skipped
    CHECK(p.rows()[4].action == DuplicateAction::Skip);
    REQUIRE(commands.importActors(p, QStringLiteral("contributions.csv")));
    CHECK(count(QStringLiteral("contribution")) == 2);
    CHECK(count(QStringLiteral("organisation")) == 2);

    // The same file again: what is there already is skipped.
    ImportPlan again = plan(ImportKind::Contributions, csv);
    CHECK(again.rows()[0].duplicate->existingId != 0);
    CHECK(again.rows()[0].action == DuplicateAction::Skip);
    CHECK(again.rows()[1].duplicate->existingId != 0);
    REQUIRE(commands.importActors(again, QStringLiteral("contributions.csv")));
    CHECK(count(QStringLiteral("contribution")) == 2);

    const QStringList withBoth = dump(*db, importTables);
    commands.undoStack().undo();
    commands.undoStack().undo();
    CHECK(count(QStringLiteral("contribution")) == 0);
    CHECK(count(QStringLiteral("organisation")) == 1);
    commands.undoStack().redo();
    commands.undoStack().redo();
    CHECK(dump(*db, importTables) == withBoth);
}

TEST_CASE_METHOD(ImportFixture,
    "Staff time: each row a person's days on a meeting, a SERD edition "
    "or a category of their own",
    "[import]")
{
    const qint64 claire = *commands.addReferenceItem(
        ReferenceList::StaffMember, { 0, QStringLiteral("Claire Dubois"), 0, false, {} });
    Meeting council;
    council.title = QStringLiteral("Conseil des acteurs");
    council.date = QDate(2014, 3, 12);
    const qint64 councilId = *commands.addMeeting(council);
    SerdEdition edition;
    edition.year = 2014;
    edition.startsOn = QDate(2014, 11, 22);
    edition.endsOn = QDate(2014, 11, 30);
    const qint64 editionId = *commands.addSerdEdition(edition);
    const QStringList before = dump(*db, importTables);
    const QString csv
        = QStringLiteral("Période;Personne;Activité;Jours;Note\n"
                         "12/03/2014;Claire Dubois;Conseil des acteurs;1;\n"
                         "du 17/11/2014 au 23/11/2014;claire dubois;SERD 2014;2,5;stands\n"
                         "05/05/2014;Paul Neuf;Communication;0,5;\n"
                         "05/05/2014;Claire Dubois;Communication;0,7;\n"
                         "12/03/2014;Claire Dubois;Conseil des acteurs;1;\n");
    ImportPlan p = plan(ImportKind::StaffTime, csv);
    REQUIRE(p.rowCount() == 5);
    CHECK(p.rows()[0].personRef.id == claire);
    CHECK(p.rows()[0].staffTime.activity == StaffActivity::meeting(councilId));
    CHECK(p.rows()[1].staffTime.activity == StaffActivity::serdEdition(editionId));
    CHECK(p.rows()[1].staffTime.endsOn == QDate(2014, 11, 23));
    CHECK(p.rows()[2].staffTime.activity == StaffActivity::named(QStringLiteral("Communication")));
    REQUIRE(p.problems().size() == 1);
    CHECK(p.problems()[0].line == 5); // 0,7 day is not a half-day step
    CHECK(p.rows()[4].duplicate->earlierRow == 0);
    QStringList created;
    for (const UnknownValue &value : p.unknownValues())
        created << value.name;
    CHECK(created == QStringList { QStringLiteral("Paul Neuf") });

    p.setDuplicateAction(DuplicateAction::Skip);
    REQUIRE(commands.importActors(p, QStringLiteral("temps.csv")));
    CHECK(count(QStringLiteral("staff_time")) == 3);
    CHECK(count(QStringLiteral("staff_member WHERE name = 'Paul Neuf'")) == 1);
    // Again: everything is there already.
    ImportPlan again = plan(ImportKind::StaffTime, csv);
    CHECK(again.outcome().created == 0);
    REQUIRE(commands.importActors(again, QStringLiteral("temps.csv")));
    CHECK(count(QStringLiteral("staff_time")) == 3);

    commands.undoStack().undo();
    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == before);
}
