#include "csvformatsdoc.h"

#include "csvreader.h"
#include "importfields.h"
#include "importplan.h"

#include <QStringList>

namespace relais {

namespace {

// The sentences here are for the English document only: no tr().

QString referenceListName(ReferenceList list)
{
    switch (list) {
    case ReferenceList::ActorType:
        return QStringLiteral("actor types");
    case ReferenceList::Domain:
        return QStringLiteral("domains");
    case ReferenceList::Commune:
        return QStringLiteral("communes");
    case ReferenceList::Tag:
        return QStringLiteral("tags");
    case ReferenceList::InteractionKind:
        return QStringLiteral("interaction kinds");
    case ReferenceList::StaffMember:
        return QStringLiteral("staff members");
    case ReferenceList::MeetingType:
        return QStringLiteral("meeting types");
    case ReferenceList::SerdCategory:
        return QStringLiteral("SERD categories");
    case ReferenceList::SerdTopic:
        return QStringLiteral("SERD topics");
    case ReferenceList::StaffRole:
        return QStringLiteral("staff roles");
    }
    return {};
}

// One sentence per type: what a cell of that type may hold (valueparsers.h).
QString typeDescription(const ImportField &field)
{
    switch (field.type) {
    case FieldType::Text:
        return field.multiple ? QStringLiteral("Names, kept as typed (blanks around each trimmed).")
                              : QStringLiteral("Text, kept as typed (blanks around it trimmed).");
    case FieldType::Email:
        return QStringLiteral(
            "An e-mail address (`name@domain.fr`), checked; its domain is lower-cased.");
    case FieldType::Phone:
        return QStringLiteral(
            "A phone number: a French one in any usual spelling (`0612345678`, "
            "`06.12.34.56.78`, `+33 6 12 34 56 78`) is written `06 12 34 56 78`, leading zero "
            "kept; an international one keeps its `+` and digits; anything else (two numbers, "
            "a comment) refuses the row with the reason.");
    case FieldType::Postcode:
        return QStringLiteral("A postcode, kept as typed: `01000` keeps its leading zero.");
    case FieldType::Website:
        return QStringLiteral("A web address, kept as typed.");
    case FieldType::Date:
        return QStringLiteral(
            "A date, day first: `31/12/2014`, `1/2/2014`, `31/12/14`, `31.12.2014`, "
            "`31-12-2014` or `2014-12-31`; a time after it (as Excel adds one) is dropped; "
            "two-digit years are 2000–2069 and 1970–1999.");
    case FieldType::Period:
        return QStringLiteral(
            "A date (as above), or a period: two dates joined by `-`, `–`, `au` or `to` "
            "(`du 12/03/2014 au 14/03/2014`).");
    case FieldType::Time:
        return QStringLiteral("A time of day: `14:30`, `14h30`, `14h`, `9:05`, `14:30:00`.");
    case FieldType::Integer:
        return QStringLiteral(
            "A whole number: `12`, `1 234` (blanks group thousands); `12,5` is refused.");
    case FieldType::Number:
        return QStringLiteral(
            "A number, French or English spelling: `1234,5`, `1 234,5`, `1234.5`, "
            "`1.234,50`, `-3`; spaces (non-breaking and narrow ones too) group thousands "
            "by three digits only, so that a phone number is never a number.");
    case FieldType::Duration:
        return QStringLiteral(
            "A quantity of time with an optional unit: `7,5`, `7,5 h`, `3 heures`, "
            "`2 j`, `2 days`.");
    case FieldType::Money:
        return QStringLiteral(
            "An amount in euros, to the cent: `1 234,50`, `12 €`, `12,00 EUR`, `€12.5`.");
    case FieldType::Boolean:
        return QStringLiteral("Yes or no: `oui`/`non`, `yes`/`no`, `vrai`/`faux`, `true`/`false`, "
                              "`o`/`n`, `y`/`n`, `x` (ticked), `1`/`0`.");
    case FieldType::Civility:
        return QStringLiteral("`M.`, `Mr`, `Monsieur`; `Mme`, `Mrs`, `Ms`, `Madame`, `Mlle`, "
                              "`Mademoiselle`.");
    case FieldType::AttendanceStatus:
        return QStringLiteral(
            "`présent(e)(s)`, `excusé(e)`, `absent(e)`, `inscrit(e)`, `invité(e)`, their "
            "English names (`present`, `excused`, `absent`, `registered`, `invited`), "
            "`P` / `E` / `A`; in a column headed \"Présent\", `x`, `oui`/`non`, "
            "`1`/`0`.");
    case FieldType::SerdStatus:
        return QStringLiteral(
            "`proposée`, `confirmée`, `réalisée`, `annulée`, or `proposed`, `confirmed`, "
            "`held` (`done`), `cancelled`.");
    case FieldType::ContributionKind:
        return QStringLiteral(
            "Staff time (`temps de travail`, `temps`, `personnel`, `staff time`), "
            "material (`matériel`, `material`) or other (`autre`, `other`).");
    case FieldType::TimeUnit:
        return QStringLiteral(
            "Hours (`h`, `heures`, `hours`) or days (`j`, `jours`, `d`, `days`).");
    case FieldType::HalfDay:
        return QStringLiteral("`matin`, `morning`, `AM`; `après-midi`, `afternoon`, `PM`.");
    case FieldType::ActorFlags:
        return QStringLiteral(
            "Flags, several in the cell: `Network head` (`Tête de réseau`), "
            "`Relay actor` (`Acteur relais`), `Municipal service` (`Service municipal`).");
    case FieldType::ReferenceValue: {
        const QString list = field.list ? referenceListName(*field.list) : QStringLiteral("values");
        return (field.multiple ? QStringLiteral("Names in the list of %1")
                               : QStringLiteral("A name in the list of %1"))
                   .arg(list)
            + QStringLiteral("; names not in the list are shown before import, to create or to "
                             "map to an existing one.");
    }
    }
    return {};
}

QString cell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

QString code(const QString &text)
{
    return u'`' + text + u'`';
}

QString anchor(const QString &title)
{
    return title.toLower().replace(u' ', u'-');
}

void writeReading(QStringList &out)
{
    QStringList encodings;
    for (const CsvEncoding encoding : { CsvEncoding::Utf8, CsvEncoding::Utf8Bom,
             CsvEncoding::Windows1252, CsvEncoding::Latin1, CsvEncoding::Utf16 })
        encodings << code(csvEncodingName(encoding));
    QStringList delimiters;
    for (const char16_t delimiter : csvDelimiters)
        delimiters << (delimiter == u'\t' ? QStringLiteral("tab")
                                          : code(QString(QChar(delimiter))));

    out << QStringLiteral("## Reading a file") << QString()
        << QStringLiteral(
               "- **Encodings**: UTF-8 with or without a byte-order mark (Excel's \"CSV UTF-8\"), "
               "Windows-1252 (Excel's \"CSV (séparateur: point-virgule)\" in France: `é`, `œ`, "
               "`’`, `€`…), ISO-8859-1 and UTF-16. A byte-order mark says UTF-8 or UTF-16 "
               "(little- or big-endian); a file whose bytes are all valid UTF-8 is UTF-8; any "
               "other is Windows-1252. ISO-8859-1 is never detected, only chosen (Windows-1252 "
               "reads the same letters and more). UTF-16 without a byte-order mark is read "
               "little-endian. The encoding found is shown and can be changed; the names "
               "accepted by `relais import --encoding`, case, blanks and hyphens aside: ")
            + encodings.join(QStringLiteral(", "))
            + QStringLiteral(" (also `utf8sig`, `cp1252`, `ansi`, `latin1`).")
        << QStringLiteral("- **Delimiters**: ") + delimiters.join(QStringLiteral(", "))
            + QStringLiteral(
                ". The one that cuts the first twenty rows into the same number of cells "
                "(more than one) is proposed, `;` when several do as well; it can be "
                "changed.")
        << QStringLiteral(
               "- **Quoting** (RFC 4180, as spreadsheets write it): a cell between double quotes "
               "may hold the delimiter, line breaks and quotes, doubled (`\"Dit \"\"le "
               "jardinier\"\"\"` reads `Dit \"le jardinier\"`). Forgiving as spreadsheets are: "
               "text after a closing quote is kept (`\"abc\"def` reads `abcdef`), a quote inside "
               "a cell that does not start with one is an ordinary character, and a quote never "
               "closed takes the rest of the file (the line where it opened is reported).")
        << QStringLiteral(
               "- **Rows**: lines end with CRLF, LF or CR. The first row that is not blank is "
               "the header. Blank rows (empty, or holding only delimiters and blanks, as Excel "
               "writes formatted rows) are skipped. A row shorter than the header reads its "
               "missing cells as empty; a row with values beyond the header's columns is refused "
               "(a "
               "delimiter typed in an unquoted cell would shift its values). Line "
               "numbers in messages count every line of the file, line breaks inside quoted "
               "cells included, so that they match what a text editor shows.")
        << QStringLiteral(
               "- **Values are never reinterpreted**: every cell is read as the text typed; "
               "only the field its column is mapped to decides how it is read (below). "
               "Postcodes (`01000`) stay as typed and phone numbers keep their leading zero; "
               "`22.5` or `1/2` in a text column stay text, never a date or a number; "
               "a date column accepts only the formats listed and refuses anything else with "
               "the reason and the line, rather than guessing.")
        << QStringLiteral(
               "- **Formula neutralisation**: Relais's CSV exports put a single quote `'` before "
               "a cell that a spreadsheet would run as a formula (one starting with `=`, `+`, "
               "`-`, `@`, a tab or a carriage return). The import takes that quote off again, "
               "so that what Relais exports imports back unchanged; a quote before anything "
               "else is kept.")
        << QStringLiteral(
               "- **Several values in one cell** (tags, domains, co-organisers): separated by "
               "`;`, `,` or line breaks; blanks around each are trimmed and empty ones "
               "dropped. In a file delimited by `;`, such a cell must be quoted "
               "(`\"compostage; réemploi\"`), as spreadsheets do.")
        << QStringLiteral(
               "- **Header names**: each column is proposed the field whose known name its "
               "header is, compared with accents, case, blanks and punctuation aside "
               "(`Tél.` is `tel`, `E-mail ` is `email`), or starts with (`Téléphone bureau` is "
               "a phone). Every field goes to one column at most; other columns are ignored. "
               "The mapping can be changed, and is remembered for the next file with the same "
               "headers.")
        << QString();
}

void writeKindNotes(ImportKind kind, QStringList &out)
{
    if (!ImportPlan::imports(kind))
        out << QStringLiteral("*Not importable yet*: the columns below are those its import "
                              "will take, to prepare the files.")
            << QString();
    switch (kind) {
    case ImportKind::Organisations:
    case ImportKind::Contacts:
        out << QStringLiteral(
            "A row that looks like a record already in Relais, or like an earlier row of the "
            "file (the same e-mail; the same name once accents, case, hyphens and civility are "
            "folded; a name a typo apart; an organisation's acronym), is listed before the "
            "import, to skip, to fill the record's empty fields (the default when it is "
            "certainly the same actor), to overwrite them, or to create anyway (the default "
            "for people of the same name whose e-mails and organisations all differ). "
            "E-mails, phones, memberships, domains and tags are joined, never lost. "
            "`relais import --duplicates` sets one action for all.")
            << QString();
        if (kind == ImportKind::Contacts)
            out << QStringLiteral(
                "A contact's organisation is found among Relais's organisations by its name "
                "(an acronym spelt out, or a typo, is proposed in its place) or created. A "
                "contact has no address of its own: an address column goes into the notes, "
                "as does a role given without an organisation. A postcode is kept with a "
                "commune that the import creates.")
                << QString();
        break;
    case ImportKind::MeetingAttendance:
        out << QStringLiteral(
            "One row per person per meeting, setting the person's status there (present "
            "when the row does not say). A row finds its meeting among Relais's meetings by "
            "its date, and by its title (or a part of it) when several meetings share that "
            "day; a row naming no meeting of Relais is refused: create the meeting first. "
            "The person is found or created as a contacts import would (same e-mail, same "
            "name…, listed before the import); a person on several rows is one contact.")
            << QString();
        break;
    case ImportKind::SerdActions:
        out << QStringLiteral(
            "One row per date of an action (its times, place, commune and participants). "
            "Rows with the same title (accents, case and blanks aside) and the same lead "
            "organiser in an edition make one action with several dates; the action takes the "
            "values of its first row, and what later rows add (co-organisers joined). The "
            "edition is the edition column's year, else the date's: an edition Relais lacks is "
            "created. A row without a date names an action not scheduled yet (it needs the "
            "edition column). Without a status, an action is *Confirmed*: it is on the Week's "
            "programme and counts in the figures. Organisers (co-organisers in one cell, "
            "separated by commas, semicolons or line breaks) are found among Relais's "
            "organisations as for contacts, or created; the contact person is found among the "
            "contacts by name, in either order, or created as a member of the lead organiser "
            "(capitals mark the last name: `DUPONT Marie`). A row naming an action Relais "
            "already has adds its dates to it and fills what it lacks (its status stays). A "
            "date that Relais, or an earlier row, already has for the action — the same day, "
            "and the same place and start when both say — is a duplicate: it fills what that "
            "date lacks (participants counted after the Week), overwrites it, is skipped, or "
            "becomes another date. The same table imported twice adds nothing.")
            << QString();
        break;
    case ImportKind::TrainingAttendance:
        out << QStringLiteral(
            "One row per trainee per session, or per half-day of a session: the half-days of "
            "the session when the row names none. A row finds its session among Relais's "
            "training sessions by its date, and by its cohort or module (or a part of their "
            "names) when several share the day; its status is present (when the row does not "
            "say), excused or absent. The trainee is found or created as a contacts import "
            "would, and enrolled in the session's cohort when not yet.")
            << QString();
        break;
    case ImportKind::StaffTime:
        out << QStringLiteral(
            "One row per person and activity, on a date or over a period (a period in one "
            "cell, \"du 17/11/2014 au 23/11/2014\", or a last day in its own column), in "
            "half-day steps. The person is one of the staff list (a new name is listed before "
            "the import, to create or to take as an existing one). The activity names a SERD "
            "edition (\"SERD\", \"SERD 2014\"), else a meeting or a training session of the "
            "first day (its title, module or cohort, or a part of them), else it is a category "
            "of its own. The role column is not imported: a person's role is set in Means. An "
            "entry already in Relais with every value the same is skipped.")
            << QString();
        break;
    case ImportKind::Contributions:
        out << QStringLiteral(
            "One row per contribution of a year. Its organisation is found among Relais's "
            "organisations by its name (an acronym spelt out, or a typo, is proposed in its "
            "place) or created. Time with a rate, and no kind said, is staff time: its amount "
            "is the time by the rate, to the cent; other kinds take the amount typed. The "
            "action or meeting names a meeting or a SERD action of that year (its title, or a "
            "part of it). A row with the same organisation, year, kind, amount and note as a "
            "contribution already in Relais is skipped (the same file imported twice), unless "
            "the user says otherwise.")
            << QString();
        break;
    default:
        break;
    }
}

void writeKind(ImportKind kind, QStringList &out)
{
    out << QStringLiteral("## ") + importKindName(kind) << QString()
        << QStringLiteral("`relais import --kind ") + importKindKey(kind) + QStringLiteral("`")
        << QString();
    writeKindNotes(kind, out);
    out << QStringLiteral(
        "| Column | Required | Type and accepted values | Several values in one cell | "
        "Header names recognised |")
        << QStringLiteral("|---|---|---|---|---|");
    for (const ImportField &field : ImportFields::of(kind)) {
        QStringList names;
        for (const QString &name : field.headerNames)
            names << code(name);
        out << QStringLiteral("| ")
                + QStringList { cell(field.label) + QStringLiteral(" (`") + field.key
                          + QStringLiteral("`)"),
                      field.required ? QStringLiteral("yes") : QStringLiteral("no"),
                      cell(typeDescription(field)),
                      field.multiple ? QStringLiteral("yes") : QStringLiteral("no"),
                      cell(names.join(QStringLiteral(", "))) }
                      .join(QStringLiteral(" | "))
                + QStringLiteral(" |");
    }
    out << QString();
}

} // namespace

QString csvFormatsMarkdown()
{
    QStringList out;
    out << QStringLiteral("# CSV files: formats, columns and header names") << QString()
        << QStringLiteral(
               "<!-- Generated from the import catalogue (models/import/importfields.cpp) by "
               "models/import/csvformatsdoc.cpp: do not edit. To regenerate: "
               "`cmake --build build/default --target csv_formats_doc`. -->")
        << QString()
        << QStringLiteral(
               "Relais imports CSV files as a French Excel, LibreOffice or another program "
               "saves them (File > Import…, or `relais import`). This page says how a file is "
               "read, then, for each kind of import, the columns it takes: the field, whether "
               "it is required, the values it accepts, whether a cell may hold several values, "
               "and the header names recognised to map a column to it automatically.")
        << QString();
    for (const ImportKind kind : allImportKinds)
        out << QStringLiteral("- [") + importKindName(kind) + QStringLiteral("](#")
                + anchor(importKindName(kind)) + QStringLiteral(")");
    out << QString();
    writeReading(out);
    for (const ImportKind kind : allImportKinds)
        writeKind(kind, out);
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(u'\n') + u'\n';
}

} // namespace relais
