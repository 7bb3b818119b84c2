#include "catchqt.h"

#include <QFile>
#include <QMap>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <models/import/columnmapping.h>
#include <models/import/csvreader.h>
#include <models/import/importfields.h>
#include <models/import/valueparsers.h>

using namespace relais;

namespace {

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList fields;
    for (const char *cell : cells)
        fields << QString::fromUtf8(cell);
    return fields;
}

// A mapping store in memory, standing for the settings.
class MemoryStore : public MappingStore
{
public:
    QByteArray load(const QString &key) const override { return m_values.value(key); }
    void save(const QString &key, const QByteArray &json) override { m_values[key] = json; }
    QMap<QString, QByteArray> m_values;
};

QMap<QString, QString> fieldsByHeader(const ColumnMapping &mapping)
{
    QMap<QString, QString> result;
    for (qsizetype i = 0; i < mapping.header.size(); ++i)
        result[mapping.header[i]] = mapping.fieldOf(i);
    return result;
}

} // namespace

// ---- Encodings --------------------------------------------------------------------------

TEST_CASE("A file saved by a French Excel in Windows-1252 reads with its accents")
{
    // "Nom;Prénom;Note" / "Lefèvre;Françoise;Cœur d’artichaut – 12 €…"
    const QByteArray bytes("Nom;Pr\xe9nom;Note\r\n"
                           "Lef\xe8vre;Fran\xe7oise;C\x9cur d\x92"
                           "artichaut \x96 12 \x80\x85\r\n");
    const CsvTable table = readCsv(bytes);
    CHECK(table.encoding == CsvEncoding::Windows1252);
    CHECK(table.delimiter == u';');
    CHECK(table.header == row({ "Nom", "Prénom", "Note" }));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == row({ "Lefèvre", "Françoise", "Cœur d’artichaut – 12 €…" }));
}

TEST_CASE("The Windows-1252 table reads 0x80-0xFF as the system's codec does")
{
    QByteArray every;
    for (int byte = 0x80; byte <= 0xFF; ++byte)
        every += char(byte);
    const QString ours = decodeCsvText(every, CsvEncoding::Windows1252);
    CHECK(ours.size() == every.size());
    CHECK(ours.startsWith(QStringLiteral("€")));
    CHECK(ours.at(0x9C - 0x80) == QChar(u'œ'));
    CHECK(ours.at(0x8C - 0x80) == QChar(u'Œ'));
    CHECK(ours.at(0x92 - 0x80) == QChar(u'’'));
    CHECK(ours.at(0x91 - 0x80) == QChar(u'‘'));
    CHECK(ours.at(0x93 - 0x80) == QChar(u'“'));
    CHECK(ours.at(0x94 - 0x80) == QChar(u'”'));
    CHECK(ours.at(0x97 - 0x80) == QChar(u'—'));
    CHECK(ours.at(0xE9 - 0x80) == QChar(u'é'));
    QStringDecoder system("windows-1252");
    if (system.isValid()) {
        // Only the five undefined bytes may differ between codecs.
        const QString theirs = system.decode(every);
        REQUIRE(theirs.size() == ours.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const int byte = 0x80 + int(i);
            if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D)
                continue;
            CHECK(ours.at(i) == theirs.at(i));
        }
    }
}

TEST_CASE("UTF-8 with and without a byte-order mark is recognised")
{
    const QString text = QStringLiteral("Nom;Prénom\nSénéchal;Cécile œuvre ’12 €’\n");
    const CsvTable withBom = readCsv(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    CHECK(withBom.encoding == CsvEncoding::Utf8Bom);
    CHECK(withBom.header == row({ "Nom", "Prénom" })); // no BOM glued to "Nom"
    REQUIRE(withBom.records.size() == 1);
    CHECK(withBom.records[0].fields == row({ "Sénéchal", "Cécile œuvre ’12 €’" }));

    const CsvTable plain = readCsv(text.toUtf8());
    CHECK(plain.encoding == CsvEncoding::Utf8);
    CHECK(plain.records[0].fields == withBom.records[0].fields);

    CHECK(detectCsvEncoding("Nom;Ville\nDupont;Mulhouse\n") == CsvEncoding::Utf8);
}

TEST_CASE("UTF-16 from Excel's Unicode text is read")
{
    const QString text = QStringLiteral("Nom\tPrénom\nDupont\tÉlise\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    const CsvTable table = readCsv(bytes);
    CHECK(table.encoding == CsvEncoding::Utf16);
    CHECK(table.delimiter == u'\t');
    CHECK(table.records[0].fields == row({ "Dupont", "Élise" }));
}

TEST_CASE("The caller's encoding wins over the detected one")
{
    const QByteArray utf8 = QStringLiteral("Nom\nHélène\n").toUtf8();
    CsvReadOptions options;
    options.encoding = CsvEncoding::Windows1252;
    const CsvTable forced = readCsv(utf8, options);
    CHECK(forced.encoding == CsvEncoding::Windows1252);
    CHECK(forced.records[0].fields == row({ "HÃ©lÃ¨ne" }));

    const QByteArray latin("Nom\nH\xe9l\xe8ne \x80\n");
    options.encoding = CsvEncoding::Latin1;
    const CsvTable latin1 = readCsv(latin, options);
    CHECK(latin1.records[0].fields.first() == QStringLiteral("Hélène \u0080"));
    options.encoding = CsvEncoding::Utf8;
    CHECK(readCsv(QByteArray("\xEF\xBB\xBFNom\nA\n"), options).header == row({ "Nom" }));
}

TEST_CASE("Encoding names are read back")
{
    for (const CsvEncoding encoding : { CsvEncoding::Utf8, CsvEncoding::Utf8Bom,
             CsvEncoding::Windows1252, CsvEncoding::Latin1, CsvEncoding::Utf16 })
        CHECK(csvEncodingFromName(csvEncodingName(encoding)) == encoding);
    CHECK(csvEncodingFromName(QStringLiteral("cp1252")) == CsvEncoding::Windows1252);
    CHECK(csvEncodingFromName(QStringLiteral("utf8")) == CsvEncoding::Utf8);
    CHECK_FALSE(csvEncodingFromName(QStringLiteral("ebcdic")));
}

// ---- Delimiters and fields ------------------------------------------------------------

TEST_CASE("The delimiter is detected among semicolon, comma and tab")
{
    CHECK(readCsv("Nom;Prénom;Ville\nDupont;Marie;Mulhouse\n").delimiter == u';');
    CHECK(readCsv("Name,First name,Town\nDupont,Marie,Mulhouse\n").delimiter == u',');
    CHECK(readCsv("Nom\tPrénom\tVille\nDupont\tMarie\tMulhouse\n").delimiter == u'\t');
    // Commas inside cells do not fool it, nor do semicolons inside quotes.
    CHECK(readCsv("Nom;Adresse\nDupont;12, rue de la Paix\nMartin;3, place Foch\n").delimiter
        == u';');
    const CsvTable quoted = readCsv("Name,Note\n\"Dupont\",\"a; b; c\"\n\"Martin\",\"d;e\"\n");
    CHECK(quoted.delimiter == u',');
    CHECK(quoted.records[0].fields == row({ "Dupont", "a; b; c" }));
    // A tie goes to the semicolon, as French Excel writes it.
    CHECK(detectCsvDelimiter(u"a;b,c\nd;e,f\n") == u';');
    // One column: nothing to choose, the semicolon.
    CHECK(detectCsvDelimiter(u"Nom\nDupont\n") == u';');
}

TEST_CASE("The caller's delimiter wins over the detected one")
{
    CsvReadOptions options;
    options.delimiter = QChar(u',');
    const CsvTable table = readCsv("Nom;Adresse\nDupont;12, rue de la Paix\n", options);
    CHECK(table.delimiter == u',');
    CHECK(table.header == row({ "Nom;Adresse" }));
    CHECK(table.records[0].fields == row({ "Dupont;12", " rue de la Paix" }));
}

TEST_CASE("Quoted cells keep delimiters, doubled quotes and line breaks, and lines are counted")
{
    const QByteArray bytes = "Nom;Note;Ville\r\n"
                             "Dupont;\"Dit \"\"le grand\"\"; gentil\";Mulhouse\r\n"
                             "Martin;\"Ligne 1\r\nLigne 2\nLigne 3\";Colmar\r\n"
                             "Durand;simple;Riedisheim\r\n";
    const CsvTable table = readCsv(bytes);
    REQUIRE(table.records.size() == 3);
    CHECK(table.headerLine == 1);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].fields == row({ "Dupont", "Dit \"le grand\"; gentil", "Mulhouse" }));
    CHECK(table.records[1].line == 3);
    CHECK(table.records[1].fields == row({ "Martin", "Ligne 1\r\nLigne 2\nLigne 3", "Colmar" }));
    // The cell above took three lines of the file.
    CHECK(table.records[2].line == 6);
    CHECK(table.records[2].fields == row({ "Durand", "simple", "Riedisheim" }));
    CHECK(table.raggedLines().isEmpty());
    CHECK(table.unclosedQuoteLine == 0);
}

TEST_CASE("Line breaks of every kind end rows; blank rows are skipped but counted")
{
    const CsvTable table = readCsv("A;B\r\n1;2\r\n\r\n3;4\n\n;\n5;6\r7;8");
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[1].line == 4);
    CHECK(table.records[1].fields == row({ "3", "4" }));
    CHECK(table.records[2].line == 7);
    CHECK(table.records[3].line == 8);
    CHECK(table.records[3].fields == row({ "7", "8" }));
}

TEST_CASE("No value is reinterpreted")
{
    const CsvTable table = readCsv("Tel;CP;Montant;Date;Nom\n"
                                   "06 12 34 56 78;01000;22.5;01/02/2014; Espace \n"
                                   "0612345678;00100;1 234,50;=SUM(A1);\"\"\n");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields
        == row({ "06 12 34 56 78", "01000", "22.5", "01/02/2014", " Espace " }));
    CHECK(table.records[1].fields == row({ "0612345678", "00100", "1 234,50", "=SUM(A1)", "" }));
}

TEST_CASE("Trailing empty cells are kept and ragged rows reported")
{
    const CsvTable table = readCsv("A;B;C\n1;2;\n1;2\n1;2;3;4\n;;x\n");
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[0].fields == row({ "1", "2", "" }));
    CHECK(table.records[1].fields == row({ "1", "2" }));
    CHECK(table.records[1].field(2).isEmpty());
    CHECK(table.records[3].fields == row({ "", "", "x" }));
    CHECK(table.raggedLines() == QList<int> { 3, 4 });
}

TEST_CASE("A quote never closed takes the rest of the file and is reported")
{
    const CsvTable table = readCsv("A;B\n1;\"open\n2;3\n");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == row({ "1", "open\n2;3\n" }));
    CHECK(table.unclosedQuoteLine == 2);
    // Text after a closing quote is kept, as spreadsheets do.
    CHECK(readCsv("A;B\n\"ab\"cd;e\n").records[0].fields == row({ "abcd", "e" }));
}

TEST_CASE("Empty files and files with only a header")
{
    CHECK(readCsv("").isEmpty());
    CHECK(readCsv("\xEF\xBB\xBF").isEmpty());
    CHECK(readCsv("\r\n\r\n;;\r\n").isEmpty());
    const CsvTable headerOnly = readCsv("\xEF\xBB\xBFNom;Prénom\r\n");
    CHECK(headerOnly.header == row({ "Nom", "Prénom" }));
    CHECK(headerOnly.records.isEmpty());
    CHECK_FALSE(headerOnly.isEmpty());
}

TEST_CASE("Files on the disk: read, or refused with a clear message")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("vide.csv"));
    QFile(empty).open(QIODevice::WriteOnly);
    QString error;
    CHECK_FALSE(CsvFileReader::read(empty, {}, &error));
    CHECK(error.contains(QStringLiteral("vide.csv")));
    CHECK(error.contains(QStringLiteral("empty")));

    error.clear();
    CHECK_FALSE(CsvFileReader::read(dir.filePath(QStringLiteral("absent.csv")), {}, &error));
    CHECK(error.startsWith(QStringLiteral("Cannot read absent.csv")));

    const QString actors = dir.filePath(QStringLiteral("acteurs.csv"));
    QFile file(actors);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;CP\r\nDupont;01000\r\n");
    file.close();
    const auto table = CsvFileReader::read(actors);
    REQUIRE(table);
    CHECK(table->records[0].fields == row({ "Dupont", "01000" }));
}

TEST_CASE("A large file is read whole")
{
    QByteArray bytes = "Nom;Prénom;Structure;Courriel;Téléphone;CP;Ville;Note\r\n";
    constexpr int rows = 100000;
    for (int i = 0; i < rows; ++i)
        bytes += "Dupont" + QByteArray::number(i)
            + ";Marie;Centre socio-culturel;marie@example.fr;06 12 34 56 78;68100;Mulhouse;"
              "\"Une note; avec un point-virgule\"\r\n";
    const CsvTable table = readCsv(bytes);
    REQUIRE(table.records.size() == rows);
    CHECK(table.records.last().line == rows + 1);
    CHECK(table.records.last().fields.size() == 8);
}

// ---- Fields and mapping -----------------------------------------------------------------

TEST_CASE("Every kind has its fields, with unique keys and at least one required")
{
    for (const ImportKind kind : allImportKinds) {
        CHECK(importKindFromKey(importKindKey(kind)) == kind);
        CHECK_FALSE(importKindName(kind).isEmpty());
        const QList<ImportField> fields = ImportFields::of(kind);
        REQUIRE_FALSE(fields.isEmpty());
        QStringList keys;
        for (const ImportField &field : fields) {
            CHECK_FALSE(keys.contains(field.key));
            keys << field.key;
            CHECK_FALSE(field.label.isEmpty());
            CHECK_FALSE(field.headerNames.isEmpty());
            CHECK(field.list.has_value() == (field.type == FieldType::ReferenceValue));
        }
        CHECK(
            std::any_of(fields.cbegin(), fields.cend(), [](const auto &f) { return f.required; }));
    }
    CHECK(ImportFields::find(ImportKind::Contacts, QStringLiteral("postcode"))->type
        == FieldType::Postcode);
    CHECK(ImportFields::find(ImportKind::Contacts, QStringLiteral("phone"))->type
        == FieldType::Phone);
    CHECK_FALSE(ImportFields::find(ImportKind::Contacts, QStringLiteral("nothing")));
}

TEST_CASE("Header keys fold accents, case and punctuation")
{
    CHECK(headerKey(QStringLiteral(" Tél. ")) == QStringLiteral("tel"));
    CHECK(headerKey(QStringLiteral("E-MAIL")) == QStringLiteral("email"));
    CHECK(headerKey(QStringLiteral("Code  postal")) == QStringLiteral("codepostal"));
    CHECK(headerKey(QStringLiteral("Prénom ")) == QStringLiteral("prenom"));
}

TEST_CASE("French headers typed by hand map to the contact fields")
{
    const QStringList header = row({ "NOM", "Prénom ", "Civilité", "Structure", "Fonction", "Tél.",
        "Portable", "Courriel", "Adresse", "CP", "Ville", "Type", "Remarques internes", "Divers" });
    const auto fields = fieldsByHeader(proposeColumnMapping(ImportKind::Contacts, header));
    CHECK(fields[QStringLiteral("NOM")] == QStringLiteral("last_name"));
    CHECK(fields[QStringLiteral("Prénom ")] == QStringLiteral("first_name"));
    CHECK(fields[QStringLiteral("Civilité")] == QStringLiteral("civility"));
    CHECK(fields[QStringLiteral("Structure")] == QStringLiteral("organisation"));
    CHECK(fields[QStringLiteral("Fonction")] == QStringLiteral("role"));
    CHECK(fields[QStringLiteral("Tél.")] == QStringLiteral("phone"));
    CHECK(fields[QStringLiteral("Portable")] == QStringLiteral("mobile"));
    CHECK(fields[QStringLiteral("Courriel")] == QStringLiteral("email"));
    CHECK(fields[QStringLiteral("Adresse")] == QStringLiteral("address"));
    CHECK(fields[QStringLiteral("CP")] == QStringLiteral("postcode"));
    CHECK(fields[QStringLiteral("Ville")] == QStringLiteral("commune"));
    CHECK(fields[QStringLiteral("Type")] == QStringLiteral("type"));
    CHECK(fields[QStringLiteral("Remarques internes")] == QStringLiteral("notes"));
    CHECK(fields[QStringLiteral("Divers")].isEmpty());
}

TEST_CASE("Other usual names map too, each field once")
{
    for (const char *typed : { "Mél", "Mail", "E-mail", "Email", "Adresse e-mail", "Adresse mail" })
        CHECK(proposeColumnMapping(ImportKind::Contacts, row({ typed })).fieldOf(0)
            == QStringLiteral("email"));
    for (const char *typed : { "Organisme", "Organisation", "Société" })
        CHECK(proposeColumnMapping(ImportKind::Contacts, row({ typed })).fieldOf(0)
            == QStringLiteral("organisation"));
    for (const char *typed : { "Téléphone", "Tel", "Tél", "Téléphone bureau" })
        CHECK(proposeColumnMapping(ImportKind::Contacts, row({ typed })).fieldOf(0)
            == QStringLiteral("phone"));
    for (const char *typed : { "Mobile", "Téléphone portable" })
        CHECK(proposeColumnMapping(ImportKind::Contacts, row({ typed })).fieldOf(0)
            == QStringLiteral("mobile"));
    CHECK(proposeColumnMapping(ImportKind::Organisations, row({ "Site web" })).fieldOf(0)
        == QStringLiteral("website"));
    CHECK(proposeColumnMapping(ImportKind::Organisations, row({ "Code postal" })).fieldOf(0)
        == QStringLiteral("postcode"));
    CHECK(proposeColumnMapping(ImportKind::Organisations, row({ "Nom" })).fieldOf(0)
        == QStringLiteral("name"));

    // Two columns for one field: the exact name wins, then the leftmost.
    const ColumnMapping twice = proposeColumnMapping(
        ImportKind::Contacts, row({ "Téléphone bureau", "Courriel", "Tél.", "Mail" }));
    CHECK(twice.fields == row({ "", "email", "phone", "" }));
    // "Nomination" is no "Nom".
    CHECK(proposeColumnMapping(ImportKind::Contacts, row({ "Nomination" })).fieldOf(0).isEmpty());
}

TEST_CASE("Attendance lists map the meeting, the person and the status")
{
    const auto fields = fieldsByHeader(proposeColumnMapping(ImportKind::MeetingAttendance,
        row({ "Date", "Réunion", "Nom", "Prénom", "Structure", "Mail", "Présent" })));
    CHECK(fields[QStringLiteral("Date")] == QStringLiteral("meeting_date"));
    CHECK(fields[QStringLiteral("Réunion")] == QStringLiteral("meeting"));
    CHECK(fields[QStringLiteral("Nom")] == QStringLiteral("last_name"));
    CHECK(fields[QStringLiteral("Présent")] == QStringLiteral("status"));
}

TEST_CASE("Relais's own export headers map back, in English and in French")
{
    // SerdExport::csv, in both languages.
    const QStringList serdEnglish = row({ "Edition", "Date", "Start", "End", "Action", "Status",
        "Category", "Topic", "Lead organiser", "Co-organisers", "Contact", "Place", "Commune",
        "Expected participants", "Participants", "Cancelled", "On the EWWR platform" });
    const QStringList serdFrench = row({ "Édition", "Date", "Début", "Fin", "Action", "Statut",
        "Catégorie", "Thème", "Porteur", "Co-organisateurs", "Contact", "Lieu", "Commune",
        "Participants attendus", "Participants", "Annulée", "Sur la plateforme SERD" });
    const QStringList serdFields = row({ "edition", "date", "start", "end", "title", "status",
        "category", "topic", "lead_organiser", "co_organisers", "contact", "place", "commune",
        "expected_participants", "participants", "cancelled", "registered" });
    CHECK(proposeColumnMapping(ImportKind::SerdActions, serdEnglish).fields == serdFields);
    CHECK(proposeColumnMapping(ImportKind::SerdActions, serdFrench).fields == serdFields);

    // InviteeExport::csv: the last column is a time stamp, not imported.
    const QStringList inviteeFields
        = row({ "last_name", "first_name", "organisation", "email", "status", "walk_in", "" });
    CHECK(proposeColumnMapping(ImportKind::MeetingAttendance,
              row({ "Last name", "First name", "Organisation", "E-mail", "Status", "Walk-in",
                  "Changed on" }))
              .fields
        == inviteeFields);
    CHECK(proposeColumnMapping(ImportKind::MeetingAttendance,
              row({ "Nom", "Prénom", "Structure", "Courriel", "Statut", "Sans invitation",
                  "Modifié le" }))
              .fields
        == inviteeFields);

    // The lists of contacts and organisations, as shown.
    CHECK(proposeColumnMapping(ImportKind::Contacts,
              row({ "Nom", "Prénom", "Structure", "Fonction", "Commune", "Courriel", "Téléphone",
                  "Type", "Étiquettes", "Indicateurs" }))
              .fields
        == row({ "last_name", "first_name", "organisation", "role", "commune", "email", "phone",
            "type", "tags", "flags" }));
    CHECK(proposeColumnMapping(ImportKind::Organisations,
              row({ "Name", "Acronym", "Type", "Commune", "E-mail", "Phone", "Tags", "Members",
                  "Flags" }))
              .fields
        == row({ "name", "acronym", "type", "commune", "email", "phone", "tags", "", "flags" }));

    // Valued contributions and staff time.
    CHECK(proposeColumnMapping(ImportKind::Contributions,
              row({ "Année", "Structure", "Nature", "Action ou réunion", "Temps", "Taux", "Montant",
                  "Remarque" }))
              .fields
        == row({ "year", "organisation", "kind", "relates_to", "quantity", "rate", "amount",
            "note" }));
    CHECK(proposeColumnMapping(
              ImportKind::StaffTime, row({ "Date", "Person", "Role", "Activity", "Days", "Note" }))
              .fields
        == row({ "date", "person", "role", "activity", "days", "note" }));
}

TEST_CASE("A mapping says which required fields are missing and is edited one column at a time")
{
    ColumnMapping mapping
        = proposeColumnMapping(ImportKind::Contacts, row({ "Prénom", "Ville", "Famille" }));
    REQUIRE(mapping.missingRequiredFields().size() == 1);
    CHECK(mapping.missingRequiredFields().first().key == QStringLiteral("last_name"));
    mapping.setField(2, QStringLiteral("last_name"));
    CHECK(mapping.missingRequiredFields().isEmpty());
    mapping.setField(1, QStringLiteral("last_name"));
    CHECK(mapping.fields == row({ "first_name", "last_name", "" }));
    CHECK(mapping.columnOf(QStringLiteral("last_name")) == 1);
    CHECK(mapping.columnOf(QStringLiteral("commune")) == -1);
}

TEST_CASE("A mapping survives JSON, and bad JSON is refused with a reason")
{
    const ColumnMapping mapping
        = proposeColumnMapping(ImportKind::Contacts, row({ "Nom", "Prénom", "Divers" }));
    const QByteArray json = mapping.toJson();
    CHECK(json.contains("\"ignore\""));
    const auto back = ColumnMapping::fromJson(json);
    REQUIRE(back);
    CHECK(*back == mapping);

    QString error;
    CHECK_FALSE(ColumnMapping::fromJson("not json", &error));
    CHECK(error.startsWith(QStringLiteral("This is not a column mapping")));
    CHECK_FALSE(ColumnMapping::fromJson(R"({"kind":"aliens","columns":[]})", &error));
    CHECK(error.contains(QStringLiteral("aliens")));
    CHECK_FALSE(ColumnMapping::fromJson(
        R"({"kind":"contacts","columns":[{"header":"X","field":"shoe_size"}]})", &error));
    CHECK(error.contains(QStringLiteral("shoe_size")));
    CHECK_FALSE(ColumnMapping::fromJson(R"({"kind":"contacts","columns":[
        {"header":"A","field":"last_name"},{"header":"B","field":"last_name"}]})",
        &error));
    CHECK(error.contains(QStringLiteral("two columns")));
}

TEST_CASE("A confirmed mapping is proposed again for a file with the same headers")
{
    MemoryStore store;
    MappingMemory memory(store);
    const QStringList header = row({ "Nom", "Qui", "Divers" });
    ColumnMapping mapping = memory.propose(ImportKind::Contacts, header);
    CHECK(mapping.fields == row({ "last_name", "", "" }));
    mapping.setField(1, QStringLiteral("first_name"));
    mapping.setField(2, QStringLiteral("notes"));
    memory.remember(mapping);
    CHECK(store.m_values.size() == 1);

    // Same headers once folded: the confirmed mapping, under the new file's headers.
    const QStringList sameHeaders = row({ "NOM", "qui ", "divers" });
    const auto recalled = memory.recall(ImportKind::Contacts, sameHeaders);
    REQUIRE(recalled);
    CHECK(recalled->fields == row({ "last_name", "first_name", "notes" }));
    CHECK(recalled->header == sameHeaders);
    CHECK(memory.propose(ImportKind::Contacts, sameHeaders).fields == recalled->fields);
    // Another kind or other headers: a fresh proposal.
    CHECK_FALSE(memory.recall(ImportKind::Organisations, header));
    CHECK_FALSE(memory.recall(ImportKind::Contacts, row({ "Nom", "Qui" })));
    CHECK(MappingMemory::storageKey(ImportKind::Contacts, header)
        == MappingMemory::storageKey(ImportKind::Contacts, sameHeaders));
    CHECK(MappingMemory::storageKey(ImportKind::Contacts, header)
        != MappingMemory::storageKey(ImportKind::Organisations, header));
}

TEST_CASE("Mappings are remembered in the settings between sessions")
{
    const QStringList header = row({ "Raison sociale", "Bizarre" });
    ColumnMapping mapping = proposeColumnMapping(ImportKind::Organisations, header);
    mapping.setField(1, QStringLiteral("notes"));
    {
        SettingsMappingStore store;
        MappingMemory(store).remember(mapping);
    }
    SettingsMappingStore store;
    const auto recalled = MappingMemory(store).recall(ImportKind::Organisations, header);
    REQUIRE(recalled);
    CHECK(recalled->fields == row({ "name", "notes" }));
}

// ---- Values -------------------------------------------------------------------------------

TEST_CASE("Dates are read as a French user types them")
{
    const QDate expected(2014, 11, 22);
    for (const char *typed : { "22/11/2014", "22/11/14", "22.11.2014", "22-11-2014", "2014-11-22",
             " 22/11/2014 ", "22/11/2014 00:00", "22/11/2014 14:30:00" })
        CHECK(ValueParsers::date(QString::fromUtf8(typed)).value == expected);
    CHECK(ValueParsers::date(QStringLiteral("1/2/2014")).value == QDate(2014, 2, 1));
    CHECK(ValueParsers::date(QStringLiteral("01/02/99")).value == QDate(1999, 2, 1));
    CHECK(ValueParsers::date(QStringLiteral("  ")).isBlank());
}

TEST_CASE("What is not a date is refused with the formats accepted")
{
    const auto notADay = ValueParsers::date(QStringLiteral("31/02/2014"));
    CHECK_FALSE(notADay.ok());
    CHECK(notADay.error
        == QStringLiteral("“31/02/2014” is not a day of the calendar (day, month, year)."));
    CHECK_FALSE(ValueParsers::date(QStringLiteral("11/22/2014")).ok());
    for (const char *typed :
        { "22.5", "41965", "22/11", "22/11/2014/1", "22/11-2014", "novembre 2014", "2014-22-11" }) {
        const auto parsed = ValueParsers::date(QString::fromUtf8(typed));
        CHECK_FALSE(parsed.ok());
        CHECK_FALSE(parsed.value);
    }
    CHECK(ValueParsers::date(QStringLiteral("22.5")).error
        == QStringLiteral("“22.5” is not a date. Type dates as 31/12/2014, 31/12/14, 31.12.2014, "
                          "31-12-2014 or 2014-12-31."));
}

TEST_CASE("Periods of staff time: one day or two")
{
    CHECK(ValueParsers::period(QStringLiteral("12/03/2014")).value
        == DatePeriod { QDate(2014, 3, 12), {} });
    for (const char *typed : { "12/03/2014 – 14/03/2014", "du 12/03/2014 au 14/03/2014",
             "12/03/2014 - 14/03/2014", "12-03-2014 - 14-03-2014", "2014-03-12 to 2014-03-14" })
        CHECK(ValueParsers::period(QString::fromUtf8(typed)).value
            == DatePeriod { QDate(2014, 3, 12), QDate(2014, 3, 14) });
    CHECK(ValueParsers::period(QStringLiteral("14/03/2014 – 12/03/2014"))
              .error.contains(QStringLiteral("ends before it starts")));
    CHECK_FALSE(ValueParsers::period(QStringLiteral("12/03/2014 – 31/02/2014")).ok());
}

TEST_CASE("Times of day")
{
    CHECK(ValueParsers::time(QStringLiteral("14:30")).value == QTime(14, 30));
    CHECK(ValueParsers::time(QStringLiteral("14h30")).value == QTime(14, 30));
    CHECK(ValueParsers::time(QStringLiteral("9h")).value == QTime(9, 0));
    CHECK(ValueParsers::time(QStringLiteral("9:05:00")).value == QTime(9, 5));
    for (const char *typed : { "25:00", "14", "14:3", "midi", "14.30" })
        CHECK(ValueParsers::time(QString::fromUtf8(typed)).error.contains(QStringLiteral("14h30")));
}

TEST_CASE("Numbers in French and English spellings, strictly")
{
    CHECK(ValueParsers::number(QStringLiteral("1 234,50")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("1\u00A0234,5")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("1\u202F234,5")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("1234.5")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("22.5")).value == 22.5);
    CHECK(ValueParsers::number(QStringLiteral("1.234,5")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("1,234.5")).value == 1234.5);
    CHECK(ValueParsers::number(QStringLiteral("1 234 567")).value == 1234567.0);
    CHECK(ValueParsers::number(QStringLiteral("-0,5")).value == -0.5);
    CHECK(ValueParsers::number(QStringLiteral("")).isBlank());
    for (const char *typed :
        { "06 12 34 56 78", "12,5,3", "abc", "1 23", "12,", ",5x", "1..2", "1234 567", "12 €" }) {
        const auto parsed = ValueParsers::number(QString::fromUtf8(typed));
        CHECK_FALSE(parsed.ok());
        CHECK(parsed.error.contains(QStringLiteral("is not a number")));
    }
    CHECK(ValueParsers::integer(QStringLiteral("1 234")).value == 1234);
    CHECK(ValueParsers::integer(QStringLiteral("40")).value == 40);
    CHECK(ValueParsers::integer(QStringLiteral("12,5"))
              .error.contains(QStringLiteral("not a whole number")));
}

TEST_CASE("Amounts in euros, to the cent")
{
    CHECK(ValueParsers::money(QStringLiteral("1 234,50")).value == 123450);
    CHECK(ValueParsers::money(QStringLiteral("12 €")).value == 1200);
    CHECK(ValueParsers::money(QStringLiteral("12€")).value == 1200);
    CHECK(ValueParsers::money(QStringLiteral("€12.5")).value == 1250);
    CHECK(ValueParsers::money(QStringLiteral("34 700,00 EUR")).value == 3470000);
    CHECK(ValueParsers::money(QStringLiteral("1234.5 euros")).value == 123450);
    CHECK(ValueParsers::money(QStringLiteral("34\u202F700,00\u00A0€")).value == 3470000);
    for (const char *typed : { "12,345", "12 $", "douze", "12 € 50", "€" })
        CHECK(ValueParsers::money(QString::fromUtf8(typed))
                  .error.contains(QStringLiteral("not an amount in euros")));
}

TEST_CASE("Durations with or without their unit")
{
    CHECK(
        ValueParsers::duration(QStringLiteral("7,5 h")).value == Duration { 7.5, TimeUnit::Hours });
    CHECK(
        ValueParsers::duration(QStringLiteral("2 jours")).value == Duration { 2, TimeUnit::Days });
    CHECK(
        ValueParsers::duration(QStringLiteral("1.5 d")).value == Duration { 1.5, TimeUnit::Days });
    CHECK(ValueParsers::duration(QStringLiteral("3")).value == Duration { 3, std::nullopt });
    for (const char *typed : { "h", "3 semaines", "-2 h", "beaucoup" })
        CHECK_FALSE(ValueParsers::duration(QString::fromUtf8(typed)).ok());
}

TEST_CASE("Yes and no in every usual spelling")
{
    for (const char *typed : { "oui", "OUI", "Yes", "x", "X", "1", "vrai", "true", "o" })
        CHECK(ValueParsers::boolean(QString::fromUtf8(typed)).value == true);
    for (const char *typed : { "non", "No", "0", "faux", "FALSE", "n" })
        CHECK(ValueParsers::boolean(QString::fromUtf8(typed)).value == false);
    CHECK(ValueParsers::boolean(QStringLiteral(" ")).isBlank());
    for (const char *typed : { "peut-être", "2", "-" })
        CHECK(ValueParsers::boolean(QString::fromUtf8(typed))
                  .error.contains(QStringLiteral("neither yes nor no")));
}

TEST_CASE("E-mail addresses are checked; phones and postcodes kept as typed")
{
    CHECK(ValueParsers::email(QStringLiteral(" Marie.Dupont@Mulhouse.FR ")).value
        == QStringLiteral("Marie.Dupont@mulhouse.fr"));
    CHECK(ValueParsers::email(QStringLiteral("marie.dupont@")).error
        == QStringLiteral("“marie.dupont@” is not an e-mail address (expected name@domain.fr)."));
    CHECK(ValueParsers::verbatim(QStringLiteral(" 06 12 34 56 78 ")).value
        == QStringLiteral("06 12 34 56 78"));
    CHECK(ValueParsers::verbatim(QStringLiteral("01000")).value == QStringLiteral("01000"));
    const auto postcode = *ImportFields::find(ImportKind::Contacts, QStringLiteral("postcode"));
    CHECK(ValueParsers::field(postcode, QStringLiteral("01000")).value
        == QVariant(QStringLiteral("01000")));
    const auto phone = *ImportFields::find(ImportKind::Contacts, QStringLiteral("phone"));
    CHECK(ValueParsers::field(phone, QStringLiteral("0612345678")).value
        == QVariant(QStringLiteral("0612345678")));
}

TEST_CASE("Attendance statuses in French and English")
{
    using S = AttendanceStatus;
    const std::pair<const char *, S> cases[]
        = { { "présent", S::Present }, { "Présente", S::Present }, { "présent(e)", S::Present },
              { "PRESENTS", S::Present }, { "P", S::Present }, { "x", S::Present },
              { "Present", S::Present }, { "excusé", S::Excused }, { "Excusée", S::Excused },
              { "excusé(e)s", S::Excused }, { "E", S::Excused }, { "Excused", S::Excused },
              { "absent", S::Absent }, { "Absente", S::Absent }, { "A", S::Absent },
              { "absent(e)", S::Absent }, { "inscrit", S::Registered },
              { "Inscrite", S::Registered }, { "registered", S::Registered },
              { "invité", S::Invited }, { "Invitée", S::Invited }, { "invited", S::Invited } };
    for (const auto &[typed, status] : cases) {
        INFO(typed);
        CHECK(ValueParsers::attendanceStatus(QString::fromUtf8(typed)).value == status);
    }
    for (const char *typed : { "peut-être", "ae", "Q", "présentation" })
        CHECK(ValueParsers::attendanceStatus(QString::fromUtf8(typed))
                  .error.contains(QStringLiteral("is not an attendance status")));
}

TEST_CASE("The other lists of values")
{
    CHECK(ValueParsers::civility(QStringLiteral("M.")).value == Civility::Mister);
    CHECK(ValueParsers::civility(QStringLiteral("Mme")).value == Civility::Madam);
    CHECK(ValueParsers::civility(QStringLiteral("Madame")).value == Civility::Madam);
    CHECK_FALSE(ValueParsers::civility(QStringLiteral("Dr")).ok());

    CHECK(ValueParsers::serdStatus(QStringLiteral("Réalisée")).value == SerdStatus::Held);
    CHECK(ValueParsers::serdStatus(QStringLiteral("confirmed")).value == SerdStatus::Confirmed);
    CHECK(ValueParsers::serdStatus(QStringLiteral("Annulée")).value == SerdStatus::Cancelled);
    CHECK_FALSE(ValueParsers::serdStatus(QStringLiteral("peut-être")).ok());

    CHECK(ValueParsers::contributionKind(QStringLiteral("Temps de travail")).value
        == ContributionKind::StaffTime);
    CHECK(ValueParsers::contributionKind(QStringLiteral("Matériel")).value
        == ContributionKind::Material);
    CHECK(ValueParsers::contributionKind(QStringLiteral("other")).value == ContributionKind::Other);
    CHECK_FALSE(ValueParsers::contributionKind(QStringLiteral("argent")).ok());

    CHECK(ValueParsers::timeUnit(QStringLiteral("heures")).value == TimeUnit::Hours);
    CHECK(ValueParsers::timeUnit(QStringLiteral("j")).value == TimeUnit::Days);
    CHECK_FALSE(ValueParsers::timeUnit(QStringLiteral("semaines")).ok());

    CHECK(ValueParsers::halfDay(QStringLiteral("Après-midi")).value == HalfDay::Afternoon);
    CHECK(ValueParsers::halfDay(QStringLiteral("matin")).value == HalfDay::Morning);
    CHECK_FALSE(ValueParsers::halfDay(QStringLiteral("soir")).ok());

    CHECK(ValueParsers::actorFlags(QStringLiteral("Tête de réseau, Acteur relais")).value
        == ActorFlags { true, true, false });
    CHECK(ValueParsers::actorFlags(QStringLiteral("Municipal service")).value
        == ActorFlags { false, false, true });
    CHECK(ValueParsers::actorFlags(QStringLiteral("Tête de réseau, VIP"))
              .error.contains(QStringLiteral("“VIP”")));
}

TEST_CASE("Cells holding several values, and fields read by their type")
{
    CHECK(ValueParsers::listValues(QStringLiteral("Zéro déchet ; Compost,  Réemploi\nVrac"))
        == row({ "Zéro déchet", "Compost", "Réemploi", "Vrac" }));
    const auto tags = *ImportFields::find(ImportKind::Contacts, QStringLiteral("tags"));
    CHECK(ValueParsers::field(tags, QStringLiteral("a; b")).value == QVariant(row({ "a", "b" })));
    const auto date = *ImportFields::find(ImportKind::SerdActions, QStringLiteral("date"));
    CHECK(ValueParsers::field(date, QStringLiteral("22/11/2014")).value
        == QVariant(QDate(2014, 11, 22)));
    CHECK_FALSE(ValueParsers::field(date, QStringLiteral("22.5")).ok());
    CHECK(ValueParsers::field(date, QString()).isBlank());
    const auto status
        = *ImportFields::find(ImportKind::MeetingAttendance, QStringLiteral("status"));
    CHECK(ValueParsers::field(status, QStringLiteral("Excusé")).value->value<AttendanceStatus>()
        == AttendanceStatus::Excused);
}
