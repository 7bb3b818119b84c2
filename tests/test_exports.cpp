#include "actorspagefixture.h"
#include "catchqt.h"
#include "scratchsettings.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/auditrepository.h>
#include <models/domain/audit.h>
#include <models/domain/inviteeexport.h>
#include <models/export/csvfile.h>
#include <models/export/tablerows.h>
#include <models/export/vcard.h>
#include <models/history/history.h>
#include <models/item/actorcolumns.h>
#include <models/item/contacttablemodel.h>
#include <views/actors/actorspage.h>
#include <views/actors/actortableview.h>
#include <views/actors/recordopener.h>
#include <views/common/tableexport.h>

using namespace relais;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Page : ActorsPageFixture
{
    qint64 add(const QString &first, const QString &last, const QStringList &emails,
        Consent consent = Consent::Given, const QStringList &phones = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.emails = emails;
        c.phones = phones;
        c.emailConsent.status = consent;
        return *commands.addContact(c);
    }

    void selectAll()
    {
        ActorTableView *view = page->contactsView();
        view->selectAll();
        REQUIRE(view->selectedIds().size() == view->model()->rowCount());
    }
};

// Every physical line of a vCard file, line breaks taken off.
QList<QByteArray> physicalLines(const QByteArray &file)
{
    QList<QByteArray> lines = file.split('\n');
    REQUIRE(lines.takeLast().isEmpty()); // the file ends with a line break
    for (QByteArray &line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

TEST_CASE("CSV for a French Excel: BOM, semicolons, quotes where needed, CRLF")
{
    const QList<QStringList> rows { { "Nom", "Prénom", "Note" },
        { "Dupont", "Marie", "Repair Café; Mulhouse" },
        { "O\"Brien", "Paul, dit Polo", "ligne 1\nligne 2" },
        { "Keller", "", "retour\r\nchariot" } };
    CHECK(CsvFile::write(rows, CsvProfile::ExcelFrench)
        == QByteArray("\xEF\xBB\xBF"
                      "Nom;Prénom;Note\r\n"
                      "Dupont;Marie;\"Repair Café; Mulhouse\"\r\n"
                      "\"O\"\"Brien\";Paul, dit Polo;\"ligne 1\nligne 2\"\r\n"
                      "Keller;;\"retour\r\nchariot\"\r\n"));
    // The default, as the callers written before the profiles expect.
    CHECK(CsvFile::write(rows) == CsvFile::write(rows, CsvProfile::ExcelFrench));
}

TEST_CASE("Standard CSV: no BOM, commas, quotes where a field holds a comma, CRLF")
{
    const QList<QStringList> rows { { "Nom", "Prénom", "Note" },
        { "Dupont", "Marie", "Repair Café; Mulhouse" },
        { "O\"Brien", "Paul, dit Polo", "ligne 1\nligne 2" } };
    CHECK(CsvFile::write(rows, CsvProfile::Standard)
        == QByteArray("Nom,Prénom,Note\r\n"
                      "Dupont,Marie,Repair Café; Mulhouse\r\n"
                      "\"O\"\"Brien\",\"Paul, dit Polo\",\"ligne 1\nligne 2\"\r\n"));
    CHECK(CsvFile::delimiter(CsvProfile::Standard) == ',');
    CHECK(CsvFile::delimiter(CsvProfile::ExcelFrench) == ';');
    CHECK(CsvFile::write({}, CsvProfile::Standard).isEmpty());
    CHECK(CsvFile::write({}, CsvProfile::ExcelFrench) == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("Cells a spreadsheet would run as a formula are neutralised, and restored on import")
{
    CHECK(CsvFile::neutraliseCell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
    CHECK(CsvFile::neutraliseCell("+33 6 12 34 56 78") == "'+33 6 12 34 56 78");
    CHECK(CsvFile::neutraliseCell("-5") == "'-5");
    CHECK(CsvFile::neutraliseCell("@SUM(A1:A2)") == "'@SUM(A1:A2)");
    CHECK(CsvFile::neutraliseCell("\tcmd") == "'\tcmd");
    CHECK(CsvFile::neutraliseCell("\rcmd") == "'\rcmd");
    // Anything else is left alone, a formula character further in included.
    CHECK(CsvFile::neutraliseCell("Marie") == "Marie");
    CHECK(CsvFile::neutraliseCell("a=b") == "a=b");
    CHECK(CsvFile::neutraliseCell("'t Hooft") == "'t Hooft");
    CHECK(CsvFile::neutraliseCell("") == "");

    // In the file, each of them written with its quote (and quoted when it must be).
    CHECK(
        CsvFile::write({ { "=1+2", "+1", "-1", "@A1", "\tx", "\rx", "ok" } }, CsvProfile::Standard)
        == QByteArray("'=1+2,'+1,'-1,'@A1,'\tx,\"'\rx\",ok\r\n"));
    CHECK(CsvFile::write({ { "=1;2" } }, CsvProfile::ExcelFrench)
        == QByteArray("\xEF\xBB\xBF\"'=1;2\"\r\n"));

    // The import takes the quote off, and only that quote.
    CHECK(CsvFile::restoreNeutralisedCell("'=1+2") == "=1+2");
    CHECK(CsvFile::restoreNeutralisedCell("'+1") == "+1");
    CHECK(CsvFile::restoreNeutralisedCell("'-1") == "-1");
    CHECK(CsvFile::restoreNeutralisedCell("'@A1") == "@A1");
    CHECK(CsvFile::restoreNeutralisedCell("'\tx") == "\tx");
    CHECK(CsvFile::restoreNeutralisedCell("'\rx") == "\rx");
    CHECK(CsvFile::restoreNeutralisedCell("'t Hooft") == "'t Hooft");
    CHECK(CsvFile::restoreNeutralisedCell("'") == "'");
    CHECK(CsvFile::restoreNeutralisedCell("=1") == "=1");
    // A quote typed before a formula character gets one more, so it comes back too.
    CHECK(CsvFile::neutraliseCell("'=1") == "''=1");
    CHECK(CsvFile::restoreNeutralisedCell("''=1") == "'=1");

    // The inverse, for every kind of cell.
    for (const QString value : { "=1+2", "+33 6", "-", "@", "\t", "\r", "\r\n=", "'=1", "''-2", "'",
             "''", "'abc", "''abc", "abc", "", "a=b", " =1", "=" }) {
        INFO(value.toStdString());
        CHECK(CsvFile::restoreNeutralisedCell(CsvFile::neutraliseCell(value)) == value);
    }
}

TEST_CASE("Meeting invitees and SERD tables keep their columns and take the profile")
{
    Invitee a;
    a.lastName = "Dupont";
    a.firstName = "Marie";
    a.organisation = "=Repair Café";
    a.email = "marie@example.fr";
    a.consent = Consent::Given; // her address is in the file only if she agreed
    a.status = AttendanceStatus::Present;
    const QByteArray standard = InviteeExport::csv({ a }, CsvProfile::Standard);
    CHECK(
        standard.startsWith("Last name,First name,Organisation,E-mail,Status,Walk-in,Changed on\r\n"
                            "Dupont,Marie,'=Repair Café,marie@example.fr,Present,,"));
    CHECK(InviteeExport::csv({ a }).startsWith("\xEF\xBB\xBF"
                                               "Last name;First name;Organisation;"));
}

TEST_CASE("A model's rows as its view shows them: columns chosen, proxy order and filter")
{
    QStandardItemModel source(0, 3);
    source.setHorizontalHeaderLabels({ "Name", "Commune", "E-mail" });
    for (const QStringList &row : QList<QStringList> { { "Keller", "Mulhouse", "k@x.fr" },
             { "Dupont", "Colmar", "d@x.fr" }, { "Meyer", "Mulhouse", "m@x.fr" } }) {
        QList<QStandardItem *> items;
        for (const QString &text : row)
            items << new QStandardItem(text);
        source.appendRow(items);
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterKeyColumn(1);
    proxy.setFilterFixedString("Mulhouse");
    proxy.sort(0);

    CHECK(tableRows(&proxy, { 2, 0 })
        == QList<QStringList> {
            { "E-mail", "Name" }, { "k@x.fr", "Keller" }, { "m@x.fr", "Meyer" } });
    CHECK(tableRows(&proxy, { 0 }, [](int row) { return row != 0; })
        == QList<QStringList> { { "Name" }, { "Meyer" } });

    // Through a view: hidden columns and rows left out, moved columns in their new place.
    QTableView view;
    view.setModel(&proxy);
    view.setColumnHidden(1, true);
    view.horizontalHeader()->moveSection(2, 0);
    CHECK(TableExport::visibleColumns(&view) == QList<int> { 2, 0 });
    view.setRowHidden(1, true);
    CHECK(TableExport::csv(&view, CsvProfile::Standard)
        == QByteArray("E-mail,Name\r\nk@x.fr,Keller\r\n"));
}

TEST_CASE("The Actors list exports exactly the columns shown, in their order")
{
    Page p;
    p.add("Marie", "Dupont", { "marie@example.fr" });
    p.add("=Paul", "Keller", { "paul@example.fr" });
    REQUIRE(showActive(&p.window));
    ActorTableView *view = p.page->contactsView();
    REQUIRE(view->model()->rowCount() == 2);
    view->setColumnHidden(ContactColumn::Email, true);
    // The commune dragged to the front.
    view->horizontalHeader()->moveSection(
        view->horizontalHeader()->visualIndex(ContactColumn::Commune), 0);

    QTemporaryDir folder;
    const QString path = folder.filePath("contacts.csv");
    REQUIRE(p.page->exportCsv(path, CsvProfile::Standard));
    const QByteArray csv = readFile(path);
    CHECK_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.size() == 4); // header, two contacts, the end
    CHECK(lines[0] == "Commune,Last name,First name,Organisation,Role,Phone,Type,Tags,Flags\r");
    CHECK_FALSE(csv.contains("E-mail"));
    CHECK_FALSE(csv.contains("@example.fr"));
    CHECK(lines[1] == ",Dupont,Marie,,,,,,\r");
    CHECK(lines[2] == ",Keller,'=Paul,,,,,,\r");
    CHECK(lines[3].isEmpty());

    // Shown again, the column comes back; the French profile.
    view->setColumnHidden(ContactColumn::Email, false);
    REQUIRE(p.page->exportCsv(path, CsvProfile::ExcelFrench));
    const QByteArray french = readFile(path);
    CHECK(french.startsWith("\xEF\xBB\xBF"
                            "Commune;Last name;First name;Organisation;Role;E-mail;"));
    CHECK(french.contains(";marie@example.fr;"));

    // The same action is in the list's context menu and the page's Export menu.
    CHECK(view->actions().contains(p.page->exportCsvAction()));
    CHECK(view->contextMenuPolicy() == Qt::ActionsContextMenu);
}

TEST_CASE("The save dialog offers both profiles and remembers the last one")
{
    ScratchSettings settings;
    CHECK(TableExport::lastProfile() == CsvProfile::ExcelFrench);
    QTemporaryDir folder;
    const QString path = folder.filePath("list.csv");

    FileDialogOffer offered;
    answerNextFileDialog(path, &offered, 1);
    QWidget parent;
    const auto destination = TableExport::chooseCsvFile(&parent, "Export", "list");
    CHECK(offered.nameFilters.join("|") == "CSV, Excel (French) (*.csv)|CSV, Standard (*.csv)");
    REQUIRE(destination);
    CHECK(destination->path == path);
    CHECK(destination->profile == CsvProfile::Standard);
    CHECK(TableExport::lastProfile() == CsvProfile::Standard);
    TableExport::rememberProfile(CsvProfile::ExcelFrench);
    CHECK(TableExport::lastProfile() == CsvProfile::ExcelFrench);
}

TEST_CASE("vCard text values escape backslashes, commas, semicolons and line breaks")
{
    CHECK(VCard::escapeText("a\\b, c; d\ne\r\nf\rg") == "a\\\\b\\, c\\; d\\ne\\nf\\ng");
    CHECK(VCard::escapeText("Sénéchal") == "Sénéchal");

    Contact c;
    c.civility = Civility::Madam;
    c.firstName = "Marie";
    c.lastName = "Dupont; Martin";
    c.emails = { "marie@example.fr", "m.dupont@mairie.fr" };
    c.phones = { "06 12 34 56 78", "03 89 12 34 56", "+49 30 1234567", "poste 12" };
    c.memberships = { { 0, "Repair Café, Mulhouse", "Présidente" }, { 0, "CSC", "Membre" } };
    c.notes = "Rencontrée au salon\nRappeler \\ en mars";
    CHECK(VCard::card(c)
        == QByteArray("BEGIN:VCARD\r\n"
                      "VERSION:4.0\r\n"
                      "FN:Marie Dupont\\; Martin\r\n"
                      "N:Dupont\\; Martin;Marie;;Ms;\r\n"
                      "EMAIL;PREF=1:marie@example.fr\r\n"
                      "EMAIL:m.dupont@mairie.fr\r\n"
                      "TEL;VALUE=uri;PREF=1;TYPE=cell:tel:+33612345678\r\n"
                      "TEL;VALUE=uri:tel:+33389123456\r\n"
                      "TEL;VALUE=uri:tel:+49301234567\r\n"
                      "TEL:poste 12\r\n"
                      "ORG:Repair Café\\, Mulhouse\r\n"
                      "TITLE:Présidente\r\n"
                      "NOTE:Rencontrée au salon\\nRappeler \\\\ en mars\r\n"
                      "END:VCARD\r\n"));

    CHECK(VCard::isMobile("07 81 22 33 44"));
    CHECK(VCard::isMobile("+33 6 12 34 56 78"));
    CHECK_FALSE(VCard::isMobile("03 89 12 34 56"));
    CHECK_FALSE(VCard::isMobile("+49 151 1234567")); // not told apart abroad

    // A card without a name still has one to be listed under.
    Contact anonymous;
    anonymous.emails = { "contact@example.fr" };
    CHECK(VCard::card(anonymous).contains("\r\nFN:contact@example.fr\r\nN:;;;;\r\n"));
}

TEST_CASE("vCard lines are folded at 75 octets, never inside a UTF-8 character")
{
    // "NOTE:" and 69 letters make 74 octets: the "é" after them would straddle the 75th.
    const QString line = "NOTE:" + QString(69, u'a') + QString(80, u'é') + "fin";
    const QByteArray folded = VCard::foldLine(line);
    const QList<QByteArray> lines = physicalLines(folded);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "NOTE:" + QByteArray(69, 'a'));
    CHECK(lines[1].startsWith(" \xC3\xA9"));
    for (const QByteArray &physical : lines) {
        INFO(physical.toStdString());
        CHECK(physical.size() <= 75);
        CHECK(validUtf8(physical));
    }
    for (qsizetype i = 1; i < lines.size(); ++i)
        CHECK(lines[i].startsWith(' '));
    // Unfolded (RFC 6350 3.2), the line is whole again.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line.toUtf8() + "\r\n");

    // Three- and four-octet characters too, at every offset.
    for (int offset = 0; offset < 4; ++offset) {
        const QString wide = "NOTE:" + QString(offset, u'x') + QString(60, u'€')
            + QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
        const QByteArray out = VCard::foldLine(wide);
        for (const QByteArray &physical : physicalLines(out)) {
            CHECK(physical.size() <= 75);
            CHECK(validUtf8(physical));
        }
        QByteArray back = out;
        back.replace("\r\n ", "");
        CHECK(back == wide.toUtf8() + "\r\n");
    }
    // A short line is left as it is.
    CHECK(VCard::foldLine("VERSION:4.0") == "VERSION:4.0\r\n");
    CHECK(VCard::foldLine(QString(75, u'a')) == QByteArray(75, 'a') + "\r\n");
    CHECK(VCard::foldLine(QString(76, u'a')) == QByteArray(75, 'a') + "\r\n a\r\n");
}

TEST_CASE("The selected contacts leave as one vCard file from the Actors page")
{
    Page p;
    p.add("Élodie", "Sénéchal", { "elodie@example.fr" }, Consent::Given, { "06 12 34 56 78" });
    p.add("Paul", "Keller", {}, Consent::Refused);
    p.add("Anne", "Meyer", { "anne@example.fr" });
    REQUIRE(showActive(&p.window));
    ActorTableView *view = p.page->contactsView();
    // Meyer then Keller picked; they come in the order of the list.
    view->selectionModel()->select(
        view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(
        view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(p.page->exportVCardAction()->isEnabled());

    QTemporaryDir folder;
    const QString path = folder.filePath("cards.vcf");
    REQUIRE(p.page->exportVCard(path));
    const QByteArray cards = readFile(path);
    CHECK(cards.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 2);
    CHECK(cards.indexOf("FN:Paul Keller\r\n") >= 0);
    CHECK(cards.indexOf("FN:Paul Keller\r\n") < cards.indexOf("FN:Anne Meyer\r\n"));
    CHECK_FALSE(cards.contains("Sénéchal"));
    CHECK(cards.endsWith("END:VCARD\r\n"));
    // Personal data left the file: the audit trail says so, with how many and where.
    const QList<AuditEntry> exports = AuditRepository(*p.db).entries(AuditFilter {});
    REQUIRE_FALSE(exports.isEmpty());
    CHECK(exports.first().action == QStringLiteral("export"));
    QStringList said;
    for (const AuditChange &change : exports.first().changes)
        said << describeAuditChange(change);
    CHECK(said.contains(QStringLiteral("Contacts: 2")));
    CHECK(said.contains(QStringLiteral("File: cards.vcf")));

    // Organisations have no card: the actions are off on their list.
    p.page->showList(ActorsPage::List::Organisations);
    CHECK_FALSE(p.page->exportVCardAction()->isEnabled());
    CHECK_FALSE(p.page->copyEmailsAction()->isEnabled());
}

TEST_CASE("Copying the addresses of a selection leaves out those who refused, and says so")
{
    Page p;
    p.add("Anne", "Bauer", { "anne@example.fr" });
    p.add("Marc", "Dupont", { "marc@example.fr" }, Consent::Unknown);
    p.add("Paul", "Keller", { "paul@example.fr" }, Consent::Refused);
    p.add("Zoé", "Meyer", {});
    p.add("Luc", "Roth", { "ANNE@example.fr" }); // the same address: once
    REQUIRE(showActive(&p.window));
    QApplication::clipboard()->setText("before");
    p.selectAll();
    CHECK(p.page->copyEmailsAction()->isEnabled());

    // Marc was never asked: the officer includes him.
    answerNextMessageBox("Include them");
    const QString said = p.page->copyEmailAddresses();
    CHECK(QApplication::clipboard()->text() == "anne@example.fr; marc@example.fr");
    CHECK(said.contains("1 left out: refused to be contacted."));
    CHECK(said.contains("1 without an address."));
    CHECK(p.page->findChild<QLabel *>("actorNotice")->text() == said);

    // Nobody to write to: the clipboard is left alone.
    QApplication::clipboard()->setText("before");
    p.page->contactsView()->selectId(p.page->contactsModel()->idAt(2)); // Keller, who refused
    CHECK(p.page->copyEmailAddresses().startsWith("No address to copy."));
    CHECK(QApplication::clipboard()->text() == "before");

    // The same rules as a meeting's invitees, from the same code.
    ContactRow refused;
    refused.email = "x@example.fr";
    refused.consent = Consent::Refused;
    ContactRow none;
    const QList<Invitee> people { InviteeExport::addressee(refused),
        InviteeExport::addressee(none) };
    CHECK(InviteeExport::bccList(people).isEmpty());
    CHECK(InviteeExport::unreachable(people) == 2);
    CHECK(InviteeExport::refused(people) == 1);
}
