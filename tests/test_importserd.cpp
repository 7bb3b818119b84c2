#include "catchqt.h"
#include "databasedump.h"
#include "importfixture.h"

#include <models/db/importhistoryrepository.h>
#include <models/db/serdrepository.h>
#include <models/export/serdexport.h>

using namespace relais;

namespace {

struct SerdImportFixture : ImportFixture
{
    qint64 edition2014 = 0;
    qint64 mairie = 0;
    qint64 tilleuls = 0;
    qint64 marie = 0;
    SerdRepository serd { *db };

    SerdImportFixture()
    {
        SerdEdition edition;
        edition.year = 2014;
        edition.startsOn = QDate(2014, 11, 22);
        edition.endsOn = QDate(2014, 11, 30);
        edition2014 = *commands.addSerdEdition(edition);
        mairie = organisation(QStringLiteral("Mairie de Viriat"));
        tilleuls = organisation(QStringLiteral("Centre socio-culturel des Tilleuls"));
        marie = contact(QStringLiteral("Marie"), QStringLiteral("Dupont"),
            QStringLiteral("marie.dupont@viriat.fr"), mairie);
    }
    qint64 organisationNamed(const QString &name)
    {
        return SqlQuery(*db, QStringLiteral("SELECT id FROM organisation WHERE name = :n"))
            .bind(QStringLiteral(":n"), name)
            .scalar()
            .toLongLong();
    }
    std::optional<SerdAction> actionTitled(const QString &title, qint64 lead)
    {
        for (const SerdEdition &edition : serd.editions()) {
            for (const SerdAction &action : serd.actions(edition.id)) {
                if (action.title == title && action.leadOrganisationId == lead)
                    return action;
            }
        }
        return std::nullopt;
    }
    QString listItemName(const QString &table, qint64 id)
    {
        return SqlQuery(*db, QStringLiteral("SELECT name FROM %1 WHERE id = :id").arg(table))
            .bind(QStringLiteral(":id"), id)
            .scalar()
            .toString();
    }
};

// The officer's table of a Week: one row per date of an action.
const QString serdTable = QStringLiteral(
    "Édition;Date;Début;Fin;Action;Statut;Catégorie;Thème;Porteur;Co-organisateurs;Contact;"
    "Lieu;Commune;Participants attendus;Participants\n"
    // 2: an action, its first date
    ";19/11/2014;10:00;12:00;Atelier compostage;Confirmée;Association / ONG;Réduction à la "
    "source;Recyclerie du Revermont;\"Mairie de Viriat, CSC des Tilleuls\";Marie DUPONT;"
    "Jardin partagé;Viriat;20;18\n"
    // 3: its second date, another co-organiser
    ";21/11/2014;14:00;16:00;atelier  compostage;;;;Recyclerie du Revermont;Syndicat "
    "Organom;;Médiathèque;Bourg-en-Bresse;15;\n"
    // 4: another action, a contact person new to Relais
    ";22/11/2014;;;Disco soupe;;;;Mairie de Viriat;;Paul Neuf;Place du marché;Viriat;;120\n"
    // 5: the first date typed again, without its end
    ";19/11/2014;10:00;;Atelier compostage;;;;Recyclerie du Revermont;;;jardin partagé;;;20\n"
    // 6: next year's proposal, not dated yet
    "2015;;;;Troc de jouets;Proposée;;;Recyclerie du Revermont;;;;;;\n"
    // 7: the same title by another organiser: another action
    ";23/11/2014;;;Atelier compostage;;;;Mairie de Viriat;;;Salle des fêtes;Viriat;;\n"
    // 8-10: refused
    "2014;12/03/2015;;;Broyage;;;;Mairie de Viriat;;;;;;\n"
    ";;;;Sans date;;;;Mairie de Viriat;;;;;;\n"
    ";30/11/2014;16:00;14:00;Ciné-débat;;;;Mairie de Viriat;;;;;;\n");

} // namespace

TEST_CASE_METHOD(SerdImportFixture,
    "SERD actions: the rows naming one action make one action with several dates", "[import]")
{
    const QStringList before = dump(*db, importTables);
    ImportPlan p = plan(ImportKind::SerdActions, serdTable);
    REQUIRE(p.rowCount() == 9);
    const QList<ImportRow> &rows = p.rows();

    // Grouped by edition, title (folded) and lead organiser.
    CHECK(rows[0].serd.actionRow == 0);
    CHECK(rows[1].serd.actionRow == 0);
    CHECK(rows[2].serd.actionRow == 2);
    CHECK(rows[5].serd.actionRow == 5);
    CHECK(rows[0].serd.editionId == edition2014);
    CHECK(rows[4].serd.edition == 2015);
    CHECK(rows[4].serd.editionId == 0);
    // Names found: the acronym spelt out, the contact person by name in either order.
    CHECK(rows[0].serd.coOrganiserRefs.size() == 2);
    CHECK(rows[0].serd.coOrganiserRefs[0].id == mairie);
    const NameRef csc = rows[0].serd.coOrganiserRefs[1];
    REQUIRE(csc.value >= 0);
    CHECK(p.unknownValues()[csc.value].useId == tilleuls);
    CHECK(rows[0].serd.contactRef.id == marie);
    CHECK(rows[0].serd.categoryRef.id != 0);
    CHECK(rows[0].serd.action.status == SerdStatus::Confirmed);
    CHECK(rows[2].serd.action.status == SerdStatus::Confirmed); // not said: on the programme
    CHECK(rows[4].serd.action.status == SerdStatus::Proposed);
    // The first date typed again.
    REQUIRE(rows[3].duplicate);
    CHECK(rows[3].duplicate->earlierRow == 0);
    CHECK(rows[3].duplicate->reason == DuplicateReason::SameOccurrence);
    CHECK(rows[3].action == DuplicateAction::FillEmpty);

    QList<int> refused;
    for (const ImportProblem &problem : p.problems())
        refused << problem.line;
    CHECK(refused == QList<int> { 8, 9, 10 });
    CHECK(p.problems()[0].reason.contains(QStringLiteral("2014")));

    QStringList created;
    for (const UnknownValue &value : p.unknownValues())
        created << ImportPlan::listName(value) + QLatin1Char(':') + value.name;
    CHECK(created.contains(QStringLiteral("Organisation:Recyclerie du Revermont")));
    CHECK(created.contains(QStringLiteral("Organisation:Syndicat Organom")));
    CHECK(created.contains(QStringLiteral("Contact person:Paul Neuf")));
    CHECK(created.contains(QStringLiteral("Commune:Bourg-en-Bresse")));
    const ImportPlan::Outcome outcome = p.outcome();
    CHECK(outcome.actions == 4);
    CHECK(outcome.editions == 1);
    CHECK(outcome.created == 4); // dates
    CHECK(outcome.merged == 1);
    CHECK(outcome.rejected == 3);
    CHECK(p.newEditions() == QList<int> { 2015 });

    const auto batchId = commands.importActors(p, QStringLiteral("serd-2014.csv"));
    REQUIRE(batchId);
    const qint64 recyclerie = organisationNamed(QStringLiteral("Recyclerie du Revermont"));
    const qint64 organom = organisationNamed(QStringLiteral("Syndicat Organom"));
    REQUIRE(recyclerie);
    const auto compost = actionTitled(QStringLiteral("Atelier compostage"), recyclerie);
    REQUIRE(compost);
    CHECK(compost->editionId == edition2014);
    CHECK(compost->coOrganiserIds == QList<qint64> { mairie, tilleuls, organom });
    CHECK(compost->contactId == marie);
    CHECK(compost->status == SerdStatus::Confirmed);
    CHECK(listItemName(QStringLiteral("serd_category"), compost->categoryId)
        == QStringLiteral("Association / ONG"));
    const QList<SerdOccurrence> dates = serd.occurrences(compost->id);
    REQUIRE(dates.size() == 2);
    CHECK(dates[0].date == QDate(2014, 11, 19));
    CHECK(dates[0].endsAt == QTime(12, 0));
    CHECK(dates[0].actualParticipants == 18); // the repeated row filled nothing it had
    CHECK(dates[0].expectedParticipants == 20);
    CHECK(dates[1].communeName == QStringLiteral("Bourg-en-Bresse"));

    const auto disco = actionTitled(QStringLiteral("Disco soupe"), mairie);
    REQUIRE(disco);
    const auto paul = ContactRepository(*db).load(disco->contactId);
    REQUIRE(paul);
    CHECK(paul->firstName == QStringLiteral("Paul"));
    CHECK(paul->lastName == QStringLiteral("Neuf"));
    REQUIRE(paul->memberships.size() == 1);
    CHECK(paul->memberships[0].organisationId == mairie);
    CHECK(actionTitled(QStringLiteral("Atelier compostage"), mairie));

    const auto edition2015 = serd.editionOfYear(2015);
    REQUIRE(edition2015);
    const auto troc = actionTitled(QStringLiteral("Troc de jouets"), recyclerie);
    REQUIRE(troc);
    CHECK(troc->editionId == edition2015->id);
    CHECK(troc->status == SerdStatus::Proposed);
    CHECK(serd.occurrences(troc->id).isEmpty());

    // The Week's figures count what the table holds: 4 dates of 3 actions by 4 organisers.
    const SerdTotals figures = serd.figures(2014);
    CHECK(figures.held == 4);
    CHECK(figures.distinct == 3);
    CHECK(figures.organisers == 4);
    CHECK(figures.participants == 18 + 15 + 120);

    const auto batch = ImportHistoryRepository(*db).batch(*batchId);
    CHECK(batch->kind == QStringLiteral("serd-actions"));
    CHECK(batch->created == 1 + 4 + 4); // an edition, actions, dates
    CHECK(batch->rejected == 3);

    const QStringList after = dump(*db, importTables);
    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == before);
    commands.undoStack().redo();
    CHECK(dump(*db, importTables) == after);
}

TEST_CASE_METHOD(SerdImportFixture,
    "SERD actions: the same table imported again adds nothing; counted participants fill "
    "the dates",
    "[import]")
{
    REQUIRE(
        commands.importActors(plan(ImportKind::SerdActions, serdTable), QStringLiteral("a.csv")));
    const QStringList once = dump(*db, importTables);

    ImportPlan again = plan(ImportKind::SerdActions, serdTable);
    CHECK(again.outcome().actions == 0);
    CHECK(again.outcome().editions == 0);
    CHECK(again.outcome().created == 0);
    CHECK(again.rows()[0].duplicate->existingId != 0);
    CHECK(again.rows()[0].serd.actionId != 0);
    const auto batchId = commands.importActors(again, QStringLiteral("a.csv"));
    REQUIRE(batchId);
    CHECK(dump(*db, importTables) == once);
    CHECK(ImportHistoryRepository(*db).batch(*batchId)->created == 0);
    CHECK(ImportHistoryRepository(*db).batch(*batchId)->updated == 0);

    // After the Week: the participants counted, one figure corrected.
    const QString counted = QStringLiteral(
        "Date;Action;Porteur;Lieu;Participants;Annulée\n"
        "21/11/2014;Atelier compostage;Recyclerie du Revermont;Médiathèque;12;\n"
        "19/11/2014;Atelier compostage;Recyclerie du Revermont;Jardin partagé;17;\n"
        "22/11/2014;Disco soupe;Mairie de Viriat;;;oui\n");
    ImportPlan after = plan(ImportKind::SerdActions, counted);
    CHECK(after.duplicateCount() == 3);
    after.setDuplicateAction(DuplicateAction::Overwrite);
    REQUIRE(commands.importActors(after, QStringLiteral("bilan.csv")));
    const qint64 recyclerie = organisationNamed(QStringLiteral("Recyclerie du Revermont"));
    const auto compost = actionTitled(QStringLiteral("Atelier compostage"), recyclerie);
    const QList<SerdOccurrence> dates = serd.occurrences(compost->id);
    CHECK(dates[0].actualParticipants == 17);
    CHECK(dates[1].actualParticipants == 12);
    CHECK(dates[1].startsAt == QTime(14, 0)); // kept: the row says nothing of it
    const auto disco = actionTitled(QStringLiteral("Disco soupe"), mairie);
    CHECK(serd.occurrences(disco->id)[0].cancelled);
    CHECK(serd.figures(2014).held == 3);

    commands.undoStack().undo();
    CHECK(dump(*db, importTables) == once);
}

TEST_CASE_METHOD(SerdImportFixture, "What Relais exports of a Week, it imports back", "[import]")
{
    REQUIRE(
        commands.importActors(plan(ImportKind::SerdActions, serdTable), QStringLiteral("a.csv")));
    SerdFilter all;
    all.editionId = edition2014;
    const SerdEdition edition = *serd.edition(edition2014);
    const QByteArray exported = SerdExport::csv(serd.actionRows(all), edition);

    // The edition's actions deleted, then the exported table imported.
    for (const SerdAction &action : serd.actions(edition2014))
        REQUIRE(commands.deleteSerdAction(action.id));
    const CsvTable table = readCsv(exported);
    const ColumnMapping mapping = proposeColumnMapping(ImportKind::SerdActions, table.header);
    QString error;
    const auto back = ImportPlan::analyse(
        table, mapping, ImportRepository(*db).existingActors(ImportKind::SerdActions), &error);
    REQUIRE(back);
    CHECK(back->problems().isEmpty());
    CHECK(back->unknownValues().isEmpty());
    REQUIRE(commands.importActors(*back, QStringLiteral("export.csv")));
    CHECK(SerdExport::csv(serd.actionRows(all), edition) == exported);
}
