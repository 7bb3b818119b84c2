#include "catchqt.h"
#include "trainingfixture.h"
#include "viewtesting.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <models/db/contactrepository.h>
#include <models/db/importhistoryrepository.h>
#include <models/db/sqlquery.h>
#include <models/import/columnmapping.h>
#include <views/import/importcheckpage.h>
#include <views/import/importfilepage.h>
#include <views/import/importhistorydialog.h>
#include <views/import/importmappingpage.h>
#include <views/import/importwizard.h>

using namespace relais;

namespace {

// Mappings kept in memory, as the settings would keep them.
class MemoryMappings : public MappingStore
{
public:
    QByteArray load(const QString &key) const override { return m_saved.value(key); }
    void save(const QString &key, const QByteArray &json) override { m_saved.insert(key, json); }
    QHash<QString, QByteArray> m_saved;
};

// A French Excel file: Windows-1252, semicolons.
QByteArray actorsFile()
{
    const QString text = QStringLiteral(
        "Civilité;Nom;Prénom;Structure;Courriel;Tél.\r\n"
        "Mme;Sénéchal;Marie;Mairie de Viriat;marie.senechal@viriat.fr;06 12 34 56 78\r\n"
        "Mme;SENECHAL;marie;;;04 74 00 00 00\r\n"
        "M.;Durand;Paul;Recyclerie;paul.durand@;\r\n"
        "M.;Petit;Jean;Recyclerie;jean.petit@recyclerie.fr;\r\n");
    QByteArray bytes;
    for (const QChar c : text)
        bytes += c.unicode() < 0x100 ? char(c.unicode()) : '?';
    return bytes;
}

struct WizardFixture : TrainingFixture
{
    QTemporaryDir folder;
    MemoryMappings mappings;
    QString path = folder.filePath(QStringLiteral("acteurs.csv"));
    ImportWizard wizard { *db, commands, mappings };

    WizardFixture()
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actorsFile());
        file.close();
        REQUIRE(showActive(&wizard));
    }
    void next() { wizard.button(QWizard::NextButton)->click(); }
    int contacts()
    {
        return SqlQuery(*db, QStringLiteral("SELECT COUNT(*) FROM contact")).scalar().toInt();
    }
};

} // namespace

TEST_CASE_METHOD(WizardFixture,
    "The import wizard reads, maps, checks and imports a French Excel file", "[importwizard]")
{
    // The file: detected, shown, and read again when the user says otherwise.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    REQUIRE(wizard.openFile(path));
    auto *encoding = child<QComboBox>(wizard.filePage(), QStringLiteral("encoding"));
    auto *delimiter = child<QComboBox>(wizard.filePage(), QStringLiteral("delimiter"));
    auto *preview = child<QTableWidget>(wizard.filePage(), QStringLiteral("preview"));
    CHECK(encoding->currentText() == QStringLiteral("Windows-1252"));
    CHECK(delimiter->currentData().toString() == QStringLiteral(";"));
    CHECK(preview->rowCount() == 4);
    CHECK(preview->columnCount() == 6);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Sénéchal"));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(wizard.filePage(), QStringLiteral("summary"))
              ->text()
              .contains(QStringLiteral("Windows-1252")));

    encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Latin1)));
    emit encoding->activated(encoding->currentIndex());
    CHECK(wizard.table()->encoding == CsvEncoding::Latin1);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    emit delimiter->activated(delimiter->currentIndex());
    CHECK(preview->columnCount() == 1);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    emit delimiter->activated(delimiter->currentIndex());
    CHECK(preview->columnCount() == 6);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    next();

    // The columns: proposed from the French headers; a field taken by one column leaves
    // the other.
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    const ColumnMapping &mapping = wizard.mapping();
    CHECK(mapping.fields
        == QStringList { QStringLiteral("civility"), QStringLiteral("last_name"),
            QStringLiteral("first_name"), QStringLiteral("organisation"), QStringLiteral("email"),
            QStringLiteral("phone") });
    auto *lastNameCombo = child<QComboBox>(wizard.mappingPage(), QStringLiteral("field1"));
    auto *firstNameCombo = child<QComboBox>(wizard.mappingPage(), QStringLiteral("field2"));
    firstNameCombo->setCurrentIndex(firstNameCombo->findData(QStringLiteral("last_name")));
    emit firstNameCombo->activated(firstNameCombo->currentIndex());
    CHECK(lastNameCombo->currentData().toString().isEmpty());
    lastNameCombo->setCurrentIndex(0);
    firstNameCombo->setCurrentIndex(0);
    emit firstNameCombo->activated(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard.mappingPage(), QStringLiteral("missing"))
              ->text()
              .contains(QStringLiteral("Last name")));
    lastNameCombo->setCurrentIndex(lastNameCombo->findData(QStringLiteral("last_name")));
    emit lastNameCombo->activated(lastNameCombo->currentIndex());
    firstNameCombo->setCurrentIndex(firstNameCombo->findData(QStringLiteral("first_name")));
    emit firstNameCombo->activated(firstNameCombo->currentIndex());
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    next();
    // Remembered for the next file with these headers.
    CHECK(MappingMemory(mappings).recall(ImportKind::Contacts, mapping.header) == mapping);

    // The check: the refused row blocks the import until it is left out.
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    ImportCheckPage *check = wizard.checkPage();
    CHECK(check->tabs()->currentIndex() == 1); // the refused rows first
    REQUIRE(check->problems()->rowCount() == 1);
    CHECK(check->problems()->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(check->problems()->item(0, 2)->text().contains(QStringLiteral("paul.durand@")));
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(check->skipRefused(), Qt::LeftButton);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    // New names: the two organisations and nothing else (no commune column).
    CHECK(check->values()->rowCount() == 2);
    // The same person twice: joined by default; the user may keep them apart.
    REQUIRE(check->duplicates()->rowCount() == 1);
    CHECK(check->duplicates()->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(check->summary().contains(QStringLiteral("2 new contacts")));
    CHECK(check->summary().contains(QStringLiteral("1 row joined with an earlier one")));
    auto *all = child<QComboBox>(check, QStringLiteral("allDuplicates"));
    all->setCurrentIndex(all->findData(int(DuplicateAction::CreateAnyway)));
    QTest::mouseClick(child<QPushButton>(check, QStringLiteral("applyAll")), Qt::LeftButton);
    CHECK(check->summary().contains(QStringLiteral("3 new contacts")));
    auto *action = child<QComboBox>(check->duplicates(), QStringLiteral("duplicate0"));
    CHECK(action->currentData().toInt() == int(DuplicateAction::CreateAnyway));
    action->setCurrentIndex(action->findData(int(DuplicateAction::FillEmpty)));
    emit action->activated(action->currentIndex());
    CHECK(check->summary().contains(QStringLiteral("2 new contacts")));
    // The rows as they will be stored.
    CHECK(check->preview()->item(1, check->preview()->columnCount() - 1)->text()
        == QStringLiteral("Joins line 2"));
    CHECK(check->preview()
              ->item(2, check->preview()->columnCount() - 1)
              ->text()
              .startsWith(QStringLiteral("Refused")));

    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    REQUIRE(wizard.importedBatch() != 0);
    CHECK(contacts() == 2);
    const auto batch = ImportHistoryRepository(*db).batch(wizard.importedBatch());
    CHECK(batch->fileName == QStringLiteral("acteurs.csv"));
    CHECK(batch->rejected == 1);
}

TEST_CASE_METHOD(WizardFixture, "Undo import takes the last import back, after saying how much",
    "[importwizard]")
{
    REQUIRE(wizard.openFile(path));
    next();
    next();
    QTest::mouseClick(wizard.checkPage()->skipRefused(), Qt::LeftButton);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(contacts() == 2);
    stack.clear(); // as after closing Relais: only the history remains

    ImportHistoryDialog dialog(*db, commands);
    REQUIRE(showActive(&dialog));
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("acteurs.csv"));
    CHECK(dialog.table()->item(0, 3)->text() == QStringLiteral("2"));
    REQUIRE(dialog.undoButton()->isEnabled());

    QString question;
    answerNextMessageBox(QStringLiteral("Cancel"), &question);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    CHECK(question.contains(QStringLiteral("2 records it created")));
    CHECK(contacts() == 2);

    answerNextMessageBox(QStringLiteral("Yes"));
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    CHECK(contacts() == 0);
    CHECK(dialog.table()->item(0, 7)->text().startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(dialog.undoButton()->isEnabled());
    // One step of the undo stack: Ctrl+Z brings the import back.
    commands.undoStack().undo();
    CHECK(contacts() == 2);
}

TEST_CASE("Undo import says when nothing was imported", "[importwizard]")
{
    TrainingFixture f;
    ImportHistoryDialog dialog(*f.db, f.commands);
    REQUIRE(showActive(&dialog));
    CHECK(child<QLabel>(&dialog, QStringLiteral("empty"))->isVisible());
    CHECK_FALSE(dialog.table()->isVisible());
    CHECK_FALSE(dialog.undoButton()->isEnabled());
}

TEST_CASE_METHOD(
    WizardFixture, "The import wizard records a meeting's attendance list", "[importwizard]")
{
    Meeting council;
    council.title = QStringLiteral("Conseil des acteurs");
    council.date = QDate(2014, 3, 12);
    const qint64 meetingId = *commands.addMeeting(council);
    Contact marie;
    marie.firstName = QStringLiteral("Marie");
    marie.lastName = QStringLiteral("Sénéchal");
    marie.emails = { QStringLiteral("marie.senechal@viriat.fr") };
    REQUIRE(commands.addContact(marie));
    const QString list = folder.filePath(QStringLiteral("emargement.csv"));
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Date;Nom;Prénom;Courriel;Présence\n"
                              "12/03/2014;Sénéchal;Marie;marie.senechal@viriat.fr;Présente\n"
                              "12/03/2014;Girard;Hugo;;Excusé\n")
                   .toUtf8());
    file.close();

    wizard.setKind(ImportKind::MeetingAttendance);
    REQUIRE(wizard.openFile(list));
    next();
    CHECK(wizard.mapping().kind == ImportKind::MeetingAttendance);
    CHECK(wizard.mapping().fieldOf(0) == QStringLiteral("meeting_date"));
    CHECK(wizard.mapping().fieldOf(4) == QStringLiteral("status"));
    next();
    ImportCheckPage *check = wizard.checkPage();
    CHECK(check->summary().contains(QStringLiteral("2 attendances recorded")));
    CHECK(check->summary().contains(QStringLiteral("1 new contact")));
    CHECK(check->summary().contains(QStringLiteral("1 person found in Relais")));
    CHECK(check->tabs()->tabText(3) == QStringLiteral("People found (1)"));
    auto *same = child<QComboBox>(check->duplicates(), QStringLiteral("duplicate0"));
    CHECK(same->currentText() == QStringLiteral("This person (fill the empty fields)"));
    const int person = check->preview()->columnCount() - 1;
    CHECK(check->preview()->item(0, person)->text().startsWith(QStringLiteral("In Relais")));
    CHECK(check->preview()->item(1, person - 1)->text() == QStringLiteral("Excused"));
    REQUIRE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK(SqlQuery(*db, QStringLiteral("SELECT COUNT(*) FROM invitation WHERE meeting_id = :m"))
              .bind(QStringLiteral(":m"), meetingId)
              .scalar()
              .toInt()
        == 2);
    CHECK(contacts() == 2);
}

TEST_CASE_METHOD(
    WizardFixture, "The import wizard records a training sign-in sheet", "[importwizard]")
{
    const qint64 pilot = cohort();
    const qint64 sessionId
        = session(pilot, module(QStringLiteral("Compostage")), QDate(2014, 4, 2));
    const QString list = folder.filePath(QStringLiteral("formation.csv"));
    QFile file(list);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Date;Nom;Prénom;Demi-journée\n"
                              "02/04/2014;Girard;Hugo;matin\n"
                              "02/04/2014;Roux;Anne;\n")
                   .toUtf8());
    file.close();

    wizard.setKind(ImportKind::TrainingAttendance);
    REQUIRE(wizard.openFile(list));
    next();
    next();
    ImportCheckPage *check = wizard.checkPage();
    CHECK(check->summary().contains(QStringLiteral("2 attendances recorded")));
    CHECK(check->summary().contains(QStringLiteral("2 new contacts")));
    CHECK(check->preview()->item(0, 4)->text() == QStringLiteral("morning"));
    CHECK(check->preview()->item(1, 4)->text() == QStringLiteral("morning, afternoon"));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(training.attendance(pilot).size() == 3);
    CHECK(training.trainees(pilot).size() == 2);
    CHECK(training.session(sessionId).has_value());
}

TEST_CASE_METHOD(WizardFixture,
    "The import wizard takes valued contributions, and offers only to "
    "skip or add one already there",
    "[importwizard]")
{
    const QString sheet = folder.filePath(QStringLiteral("contributions.csv"));
    QFile file(sheet);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Année;Structure;Nature;Montant\n"
                              "2014;Recyclerie du Revermont;Matériel;150\n"
                              "2014;Recyclerie du Revermont;Matériel;150\n")
                   .toUtf8());
    file.close();

    wizard.setKind(ImportKind::Contributions);
    REQUIRE(wizard.openFile(sheet));
    next();
    next();
    ImportCheckPage *check = wizard.checkPage();
    CHECK(check->summary().contains(QStringLiteral("2 new contributions")));
    REQUIRE(check->duplicates()->rowCount() == 1);
    auto *action = child<QComboBox>(check->duplicates(), QStringLiteral("duplicate0"));
    QStringList offered;
    for (int i = 0; i < action->count(); ++i)
        offered << action->itemText(i);
    CHECK(
        offered == QStringList { QStringLiteral("Create anyway"), QStringLiteral("Skip the row") });
    CHECK(check->preview()->item(0, 4)->text().contains(QStringLiteral("150")));
    action->setCurrentIndex(action->findData(int(DuplicateAction::Skip)));
    emit action->activated(action->currentIndex());
    CHECK(check->summary().contains(QStringLiteral("1 new contribution")));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(SqlQuery(*db, QStringLiteral("SELECT COUNT(*) FROM contribution")).scalar().toInt() == 1);
}

TEST_CASE_METHOD(WizardFixture,
    "A file corrected in the spreadsheet is read again; new columns "
    "are mapped again",
    "[importwizard]")
{
    REQUIRE(wizard.openFile(path));
    next();
    next();
    ImportCheckPage *check = wizard.checkPage();
    REQUIRE(check->problems()->rowCount() == 1); // paul.durand@

    // The assistant corrects the address and saves: the same columns.
    QFile corrected(path);
    REQUIRE(corrected.open(QIODevice::WriteOnly));
    corrected.write(actorsFile().replace("paul.durand@;", "paul.durand@recyclerie.fr;"));
    corrected.close();
    QTest::mouseClick(child<QPushButton>(check, QStringLiteral("readAgain")), Qt::LeftButton);
    CHECK(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(check->problems()->rowCount() == 0);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    // Then adds a column: back to the start, and the columns proposed again.
    QFile wider(path);
    REQUIRE(wider.open(QIODevice::WriteOnly));
    wider.write("Commune;" + actorsFile().replace("\r\n", "\r\nViriat;"));
    wider.close();
    QString message;
    answerNextMessageBox(QStringLiteral("OK"), &message);
    QTest::mouseClick(child<QPushButton>(check, QStringLiteral("readAgain")), Qt::LeftButton);
    CHECK(message.contains(QStringLiteral("columns of the file have changed")));
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    next();
    CHECK(wizard.mapping().fieldOf(0) == QStringLiteral("commune"));
    CHECK(wizard.mapping().fieldOf(2) == QStringLiteral("last_name"));
}
