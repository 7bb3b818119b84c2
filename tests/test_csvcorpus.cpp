// The nasty files of tests/data/csv (see its README.md) read through CsvReader, and
// docs/csv-formats.md kept in step with the import catalogue.
#include "catchqt.h"

#include <QDir>
#include <QFile>
#include <models/import/columnmapping.h>
#include <models/import/csvformatsdoc.h>
#include <models/import/csvreader.h>
#include <models/import/valueparsers.h>

using namespace relais;

namespace {

QString corpusPath(const QString &name)
{
    return QStringLiteral(RELAIS_TEST_DATA_DIR "/csv/") + name;
}

QByteArray corpusBytes(const QString &name)
{
    QFile file(corpusPath(name));
    INFO(name.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CsvTable readCorpus(const QString &name, const CsvReadOptions &options = {})
{
    return readCsv(corpusBytes(name), options);
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList fields;
    for (const char *cell : cells)
        fields << QString::fromUtf8(cell);
    return fields;
}

QList<int> lines(const CsvTable &table)
{
    QList<int> result;
    for (const CsvRecord &record : table.records)
        result << record.line;
    return result;
}

// The record that starts on a line of the file.
CsvRecord recordOn(const CsvTable &table, int line)
{
    for (const CsvRecord &record : table.records) {
        if (record.line == line)
            return record;
    }
    FAIL("no record starts on line " << line);
    return {};
}

const QStringList actorsHeader = row({ "Civilité", "Nom", "Prénom", "Structure", "Fonction",
    "Courriel", "Téléphone", "CP", "Commune", "Notes" });

} // namespace

// ---- Encodings ----------------------------------------------------------------------------

TEST_CASE("Corpus: a French Excel actor list in Windows-1252 reads with its accents")
{
    const CsvTable table = readCorpus(QStringLiteral("actors_cp1252.csv"));
    CHECK(table.encoding == CsvEncoding::Windows1252);
    CHECK(table.delimiter == u';');
    CHECK(table.headerLine == 1);
    CHECK(table.header == actorsHeader);
    REQUIRE(table.records.size() == 5);
    CHECK(lines(table) == QList<int> { 2, 3, 4, 5, 6 });
    CHECK(table.records[0].fields
        == row({ "Mme", "Lefèvre", "Françoise", "Mairie de Péronnas", "Chargée de mission déchets",
            "f.lefevre@mairie-peronnas.fr", "04 74 21 00 00", "01960", "Péronnas",
            "Cœur du réseau – 12 €" }));
    CHECK(table.records[1].fields
        == row({ "M.", "Sénéchal", "Jérôme", "Ressourcerie de l’Ain", "Directeur",
            "j.senechal@ressourcerie-ain.fr", "06 12 34 56 78", "01000", "Bourg-en-Bresse",
            "Compostage, tri; réemploi" }));
    CHECK(table.records[2].field(1) == "Çelik");
    CHECK(table.records[2].field(2) == "Aïcha");
    CHECK(table.records[2].field(9) == "Ateliers « zéro déchet »");
    CHECK(table.records[3].field(1) == "Bœuf");
    CHECK(table.records[3].field(9) == "Élèves de 2nde – projet ‘gaspillage’");
    CHECK(table.records[4].field(9) == "Œuvre depuis 2009… encore");
    CHECK(table.raggedLines().isEmpty());
    CHECK(table.unclosedQuoteLine == 0);
}

TEST_CASE("Corpus: the same list in UTF-8 with a BOM reads the same, the BOM dropped")
{
    const CsvTable cp1252 = readCorpus(QStringLiteral("actors_cp1252.csv"));
    const CsvTable utf8 = readCorpus(QStringLiteral("actors_utf8_bom.csv"));
    CHECK(utf8.encoding == CsvEncoding::Utf8Bom);
    CHECK(utf8.delimiter == u';');
    CHECK(utf8.header.first() == "Civilité"); // no U+FEFF glued to the first cell
    CHECK(utf8.header == actorsHeader);
    CHECK(utf8.headerLine == 1);
    CHECK(utf8.records == cp1252.records);
}

TEST_CASE("Corpus: an encoding the user imposes is the one used")
{
    CsvReadOptions latin1;
    latin1.encoding = CsvEncoding::Latin1;
    const CsvTable asLatin1 = readCorpus(QStringLiteral("actors_cp1252.csv"), latin1);
    CHECK(asLatin1.encoding == CsvEncoding::Latin1);
    // 0x9C is œ in Windows-1252 and a C1 control in Latin-1; 0x80 is € and a control.
    CHECK(asLatin1.records[0].field(9)
        == QStringLiteral("C\u009Cur du r\u00E9seau \u0096 12 \u0080"));

    CsvReadOptions windows1252;
    windows1252.encoding = CsvEncoding::Windows1252;
    const CsvTable mojibake = readCorpus(QStringLiteral("actors_utf8_bom.csv"), windows1252);
    CHECK(mojibake.encoding == CsvEncoding::Windows1252);
    CHECK(mojibake.header.first() == "ï»¿CivilitÃ©");
}

TEST_CASE("Corpus: UTF-16 as Excel's Unicode text (LE, tab) and big-endian with semicolons")
{
    for (const auto &[name, delimiter] : { std::pair { "contacts_utf16le_tab.csv", u'\t' },
             std::pair { "contacts_utf16be_semicolon.csv", u';' } }) {
        INFO(name);
        const CsvTable table = readCorpus(QString::fromLatin1(name));
        CHECK(table.encoding == CsvEncoding::Utf16);
        CHECK(table.delimiter == delimiter);
        CHECK(table.header == row({ "Nom", "Prénom", "Structure", "Commune" }));
        REQUIRE(table.records.size() == 3);
        CHECK(lines(table) == QList<int> { 2, 3, 4 });
        CHECK(table.records[0].fields
            == row({ "Sénéchal", "Jérôme", "Ressourcerie de l’Ain", "Bourg-en-Bresse" }));
        CHECK(table.records[1].fields
            == QStringList { "Œillet", "Zoé",
                "Maison \"Éco\"" + QString(QChar(delimiter)) + "quartier",
                "Saint-Denis-lès-Bourg" });
        // A character outside the BMP: a surrogate pair, whole.
        CHECK(table.records[2].fields == row({ "Ngô", "Thị", "Association 🌱 Graines", "Viriat" }));
    }
}

TEST_CASE("Corpus: a comma-separated UTF-8 file without BOM, as other programs write it")
{
    const CsvTable table = readCorpus(QStringLiteral("contacts_comma.csv"));
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.delimiter == u',');
    CHECK(table.header
        == row({ "Last name", "First name", "Organisation", "Email", "Phone", "Tags" }));
    REQUIRE(table.records.size() == 3);
    CHECK(lines(table) == QList<int> { 2, 3, 4 });
    CHECK(table.records[0].fields
        == row({ "Perrin", "Émilie", "Ressourcerie, atelier vélo",
            "emilie@atelier-velo.example.org", "06 12 34 56 78", "compost, réemploi" }));
    CHECK(table.records[1].fields
        == row({ "Moulin", "Hugo", "Mairie de Viriat", "h.moulin@mairie-viriat.example.org",
            "04 74 25 00 00", "" }));
    CHECK(table.records[2].field(2) == "La Fabrique; tiers-lieu");
}

// ---- Quoting and rows -----------------------------------------------------------------------

TEST_CASE("Corpus: quoted cells with delimiters, doubled quotes and line breaks")
{
    const CsvTable table = readCorpus(QStringLiteral("quoted_cells.csv"));
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.delimiter == u';');
    CHECK(table.header == row({ "Nom", "Structure", "Adresse", "Notes" }));
    REQUIRE(table.records.size() == 7);
    // Line breaks inside quoted cells count: the next record starts further down.
    CHECK(lines(table) == QList<int> { 2, 4, 7, 9, 10, 11, 13 });
    CHECK(table.records[0].fields
        == row({ "Martin", "Maison de l'eau; de la nature",
            "12, rue des Tilleuls\n01000 Bourg-en-Bresse", "Dit \"le jardinier\"" }));
    CHECK(table.records[1].fields
        == row({ "Bernard", "Repair café", "1er étage\nporte B\ncôté parking", "" }));
    CHECK(table.records[2].fields
        == row({ "Petit", "\"Zéro déchet\" Bresse", "",
            "Note \"entre guillemets\"; avec point-virgule\net saut de ligne" }));
    CHECK(table.records[3].fields == row({ "Roux", "", "", "\"" }));
    // Text after a closing quote is kept; a quote inside an unquoted cell is a character.
    CHECK(table.records[4].fields
        == row({ "Garnier", "Texte après guillemetfin", "Prix 3\"5", "ok" }));
    // A CRLF inside a quoted cell is kept as typed and counts as one line.
    CHECK(table.records[5].fields == row({ "Faure", "ligne 1\r\nligne 2", "x", "y" }));
    CHECK(table.records[6].fields == row({ "Fin", "a", "b", "c" }));
    CHECK(table.unclosedQuoteLine == 0);
    CHECK(table.raggedLines().isEmpty());
}

TEST_CASE("Corpus: a header with one column fewer than the rows")
{
    const CsvTable table = readCorpus(QStringLiteral("short_header.csv"));
    CHECK(table.delimiter == u';');
    CHECK(table.header == row({ "Nom", "Prénom", "Courriel" }));
    REQUIRE(table.records.size() == 4);
    CHECK(lines(table) == QList<int> { 2, 3, 4, 5 });
    CHECK(table.records[0].fields
        == row({ "Blanc", "Claire", "claire.blanc@example.org", "06 11 22 33 44" }));
    CHECK(table.records[2].fields == row({ "Gris", "Anne", "anne.gris@example.org", "" }));
    CHECK(table.records[3].field(3) == "+33 6 55 44 33 22");
    CHECK(table.records[3].field(7).isEmpty());
    CHECK(table.raggedLines() == QList<int> { 2, 3, 4, 5 });
}

TEST_CASE("Corpus: empty lines and lines of delimiters only are no records")
{
    const CsvTable table = readCorpus(QStringLiteral("blank_lines.csv"));
    CHECK(table.delimiter == u';');
    CHECK(table.headerLine == 3);
    CHECK(table.header == row({ "Nom", "Prénom", "Commune" }));
    REQUIRE(table.records.size() == 3);
    CHECK(lines(table) == QList<int> { 5, 9, 10 });
    CHECK(table.records[0].fields == row({ "Blanc", "Claire", "Viriat" }));
    CHECK(table.records[1].fields == row({ "Noir", "Paul", "Péronnas" }));
    CHECK(table.records[2].fields == row({ "", "", "Attignat" }));
    CHECK(table.raggedLines().isEmpty());
}

TEST_CASE("Corpus: phones, postcodes, 22.5 and 1/2 are kept as typed")
{
    const CsvTable table = readCorpus(QStringLiteral("verbatim_values.csv"));
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.delimiter == u';');
    REQUIRE(table.records.size() == 4);
    CHECK(lines(table) == QList<int> { 2, 3, 4, 5 });
    CHECK(table.records[0].fields
        == row({ "Arnaud", "04 74 21 00 00", "06 12 34 56 78", "01000", "Bourg-en-Bresse", "22.5",
            "1/2", "1 234,50", "00123", "'=SOMME(A1:A3)" }));
    CHECK(table.records[1].fields
        == row({ "Bonnet", "+33 4 74 45 00 00", "+33 (0)6 98 76 54 32", "01440", "Viriat", "22,5",
            "3/4", "12 €", "1E5", "=1+1" }));
    CHECK(table.records[2].fields
        == row({ "Chevalier", "0474220000", "0612345678", "01960", "Péronnas", "12/03", "1-2", "-3",
            "TRUE", "+33612345678" }));
    CHECK(table.records[3].fields
        == row({ " Durand ", "04.74.32.10.10", "06-12-34-56-78", "01250", "Montagnat", "2014-12-31",
            "01/02", "0,5", "0", "@SUM" }));

    // Read as the fields they would be mapped to, they stay what was typed.
    const auto contactField = [](const char *key) {
        return *ImportFields::find(ImportKind::Contacts, QString::fromLatin1(key));
    };
    CHECK(ValueParsers::field(contactField("postcode"), "01000").value == QVariant("01000"));
    CHECK(ValueParsers::field(contactField("phone"), "06 12 34 56 78").value
        == QVariant("06 12 34 56 78"));
    CHECK(ValueParsers::field(contactField("notes"), "22.5").value == QVariant("22.5"));
    CHECK(ValueParsers::field(contactField("notes"), "1/2").value == QVariant("1/2"));
    // And neither is a date where a date is expected: refused, not guessed.
    CHECK_FALSE(ValueParsers::date("22.5").ok());
    CHECK_FALSE(ValueParsers::date("1/2").ok());
}

TEST_CASE("Corpus: CRLF, LF and CR files read as the same table")
{
    for (const auto &[name, lineBreak] :
        { std::pair { "line_endings_crlf.csv", "\r\n" }, std::pair { "line_endings_lf.csv", "\n" },
            std::pair { "line_endings_cr.csv", "\r" } }) {
        INFO(name);
        const CsvTable table = readCorpus(QString::fromLatin1(name));
        CHECK(table.encoding == CsvEncoding::Utf8);
        CHECK(table.delimiter == u';');
        CHECK(table.header == row({ "Commune", "CP", "Remarque" }));
        REQUIRE(table.records.size() == 4);
        CHECK(lines(table) == QList<int> { 2, 3, 5, 6 });
        CHECK(table.records[0].fields == row({ "Bourg-en-Bresse", "01000", "Préfecture" }));
        CHECK(table.records[1].fields
            == QStringList {
                "Viriat", "01440", "Deux" + QString::fromLatin1(lineBreak) + "lignes" });
        CHECK(table.records[2].fields == row({ "Attignat", "01340", "" }));
        // The LF file has no line break after its last row.
        CHECK(table.records[3].fields == row({ "Péronnas", "01960", "Fin" }));
    }
}

TEST_CASE("Corpus: a header alone, and a quote never closed")
{
    const CsvTable headerOnly = readCorpus(QStringLiteral("header_only.csv"));
    CHECK(headerOnly.headerLine == 1);
    CHECK(headerOnly.header == row({ "Nom", "Prénom", "Courriel" }));
    CHECK(headerOnly.records.isEmpty());
    CHECK(CsvFileReader::read(corpusPath(QStringLiteral("header_only.csv"))).has_value());

    const CsvTable unclosed = readCorpus(QStringLiteral("unclosed_quote.csv"));
    CHECK(unclosed.header == row({ "Nom", "Note" }));
    CHECK(unclosed.unclosedQuoteLine == 3);
    REQUIRE(unclosed.records.size() == 2);
    CHECK(lines(unclosed) == QList<int> { 2, 3 });
    CHECK(unclosed.records[1].fields == row({ "B", "jamais fermé\nC;suite\nD;fin\n" }));
}

// ---- Large and messy files ----------------------------------------------------------------------

TEST_CASE("Corpus: 10,000 contacts")
{
    QString error;
    const auto table
        = CsvFileReader::read(corpusPath(QStringLiteral("contacts_10000.csv")), {}, &error);
    REQUIRE(table.has_value());
    CHECK(error.isEmpty());
    CHECK(table->encoding == CsvEncoding::Utf8Bom);
    CHECK(table->delimiter == u';');
    CHECK(table->header
        == row({ "Civilité", "Nom", "Prénom", "Structure", "Courriel", "Portable", "CP", "Commune",
            "Notes" }));
    REQUIRE(table->records.size() == 10000);
    CHECK(table->raggedLines().isEmpty());
    CHECK(table->records[0].line == 2);
    CHECK(table->records[0].fields
        == row({ "Mme", "Dubois", "Stéphane", "CSC des Tilleuls", "stephane.dubois1@example.org",
            "06 00 01 37 91", "01250", "Montagnat", "" }));
    // Every 250th row has a note on two lines: the rows after it start one line further.
    CHECK(table->records[249].line == 251);
    CHECK(table->records[249].fields
        == row({ "M.", "Roux", "Camille", "", "camille.roux250@example.org", "06 00 20 50 50",
            "01960", "Péronnas", "Relance n°250; voir\nle dossier" }));
    CHECK(table->records[250].line == 253);
    CHECK(table->records[9998].line == 10039);
    CHECK(table->records[9998].fields
        == row({ "Monsieur", "Bœuf", "Aurélie", "Atelier vélo La Rustine",
            "aurelie.boeuf9999@example.org", "06 09 99 63 09", "01440", "Viriat", "" }));
    CHECK(table->records[9999].line == 10040);
    CHECK(table->records[9999].field(8) == "Relance n°10000; voir\nle dossier");
    int previous = table->headerLine;
    int notes = 0;
    for (const CsvRecord &record : table->records) {
        REQUIRE(record.line == previous + 1);
        previous = record.line + int(record.field(8).count(u'\n'));
        notes += record.field(8).isEmpty() ? 0 : 1;
    }
    CHECK(notes == 40);
}

TEST_CASE("Corpus: the messy French Excel actor file holds its planted problems")
{
    const CsvTable table = readCorpus(QStringLiteral("actors_messy_fr.csv"));
    CHECK(table.encoding == CsvEncoding::Windows1252);
    CHECK(table.delimiter == u';');
    CHECK(table.headerLine == 1);
    CHECK(table.header
        == row({ "Civilité", "Nom", "Prénom", "Structure", "Fonction", "Courriel", "Tél.",
            "Portable", "CP", "Commune", "Type", "Étiquettes" }));
    REQUIRE(table.records.size() == 250);
    CHECK(table.raggedLines().isEmpty());
    CHECK(table.unclosedQuoteLine == 0);
    CHECK(table.records.first().line == 2);
    CHECK(table.records.last().line == 255);
    // The empty line and the rows of empty cells hold no record.
    const QList<int> recordLines = lines(table);
    for (const int blank : { 127, 184, 256, 257, 258 })
        CHECK_FALSE(recordLines.contains(blank));

    // Every column is mapped from its header.
    const ColumnMapping mapping = proposeColumnMapping(ImportKind::Contacts, table.header);
    CHECK(mapping.fields
        == row({ "civility", "last_name", "first_name", "organisation", "role", "email", "phone",
            "mobile", "postcode", "commune", "type", "tags" }));

    // Some of the planted rows, at the lines README.md gives.
    CHECK(recordOn(table, 13).fields.mid(1, 3)
        == row({ "SÉNÉCHAL", "Jérôme", "Ressourcerie de la Bresse" }));
    CHECK(recordOn(table, 98).fields.mid(1, 5)
        == row({ "Senechal", "Jerome", "Ressourcerie de la Bresse", "directeur",
            "J.Senechal@Ressourcerie-Bresse.fr" }));
    CHECK(recordOn(table, 208).fields
        == row({ "", "sénéchal", "jérôme", "Ressourcerie Bresse", "", "jerome.senechal@orange.fr",
            "", "+33 6 71 22 33 44", "1000", "Bourg-en-Bresse", "", "" }));
    CHECK(recordOn(table, 21).field(3) == "Centre socio-culturel des Tilleuls");
    CHECK(recordOn(table, 153).field(3) == "CSC des Tilleuls");
    CHECK(recordOn(table, 132).fields.mid(1, 2) == row({ "Hélène", "Roux" }));
    CHECK(recordOn(table, 28).field(5) == "claire.morel@@orange.fr");
    CHECK(recordOn(table, 56).field(1).isEmpty());
    CHECK(recordOn(table, 56).field(2) == "Sylvie");
    CHECK(recordOn(table, 187).field(1) == "   ");
    CHECK(recordOn(table, 160).field(5) == "contact@jardins-brou.fr; j.roche@jardins-brou.fr");
    CHECK(recordOn(table, 51).field(4) == "Président; trésorier");
    CHECK(recordOn(table, 142).field(3) == "Mairie de Montagnat\nServices techniques");
    CHECK(recordOn(table, 168).field(3) == "Association \"Ça déborde !\"");
    CHECK(recordOn(table, 192).field(11) == "repair café\nSERD");
    CHECK(recordOn(table, 116).field(7) == "612345678");
    CHECK(recordOn(table, 72).fields.mid(8, 2) == row({ "71000", "Mâcon" }));
    CHECK(recordOn(table, 39).field(10) == "Recyclerie");
    CHECK(recordOn(table, 250).fields.mid(1, 2) == row({ "THOMAS", "ANTOINE" }));
    CHECK(recordOn(table, 244).field(5) == "claire.martin@habitat-bressan.fr ");
}

// ---- Every file of the corpus --------------------------------------------------------------

TEST_CASE("Corpus: every file reads the same twice, its records in order and none blank")
{
    const QDir folder(QStringLiteral(RELAIS_TEST_DATA_DIR "/csv"));
    const QStringList names = folder.entryList({ QStringLiteral("*.csv") }, QDir::Files);
    REQUIRE(names.size() >= 15);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray bytes = corpusBytes(name);
        const CsvTable first = readCsv(bytes);
        const CsvTable again = readCsv(bytes);
        CHECK(again.records == first.records);
        CHECK(again.header == first.header);
        CHECK(again.headerLine == first.headerLine);
        CHECK(first.headerLine >= 1);
        int previous = first.headerLine;
        for (const CsvRecord &record : first.records) {
            CHECK(record.line > previous);
            previous = record.line;
            CHECK(std::any_of(record.fields.cbegin(), record.fields.cend(),
                [](const QString &cell) { return !cell.trimmed().isEmpty(); }));
        }
        // What was detected, imposed, gives the same table.
        CsvReadOptions options;
        options.encoding = first.encoding;
        options.delimiter = first.delimiter;
        CHECK(readCsv(bytes, options).records == first.records);
    }
}

// ---- docs/csv-formats.md --------------------------------------------------------------------

TEST_CASE("docs/csv-formats.md is what csvFormatsMarkdown() writes")
{
    QFile file(QStringLiteral(RELAIS_DOCS_DIR "/csv-formats.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList committed = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList generated = csvFormatsMarkdown().split(u'\n');
    qsizetype differs = -1;
    for (qsizetype i = 0; i < std::max(committed.size(), generated.size()); ++i) {
        if (committed.value(i) != generated.value(i) || i >= committed.size()
            || i >= generated.size()) {
            differs = i;
            break;
        }
    }
    INFO("docs/csv-formats.md is out of date (first difference on line "
        << differs + 1 << "): regenerate it with `cmake --build <build dir> --target "
        << "csv_formats_doc` and commit it.\ncommitted: " << committed.value(differs).toStdString()
        << "\ngenerated: " << generated.value(differs).toStdString());
    CHECK(differs == -1);
}

TEST_CASE("docs/csv-formats.md names every kind, field and header name")
{
    const QString doc = csvFormatsMarkdown();
    for (const ImportKind kind : allImportKinds) {
        INFO(importKindKey(kind).toStdString());
        CHECK(doc.contains("`relais import --kind " + importKindKey(kind) + "`"));
        for (const ImportField &field : ImportFields::of(kind)) {
            CHECK(doc.contains("(`" + field.key + "`)"));
            for (const QString &name : field.headerNames)
                CHECK(doc.contains('`' + name + '`'));
        }
    }
    CHECK(doc.contains("Windows-1252"));
    CHECK(doc.contains("and the same lead organiser in an edition make one action"));
    CHECK_FALSE(doc.contains("Not importable yet"));
}
