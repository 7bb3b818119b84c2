#pragma once

#include "../domain/referencelist.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais {

// What one import brings in, one row of the file each.
enum class ImportKind {
    Organisations,
    Contacts, // with their organisation and role
    MeetingAttendance, // one row per person per meeting, with the status
    TrainingAttendance, // one row per trainee per session half-day
    SerdActions, // one row per occurrence; rows naming the same action make one action
    Contributions,
    StaffTime
};
inline constexpr ImportKind allImportKinds[] = { ImportKind::Organisations, ImportKind::Contacts,
    ImportKind::MeetingAttendance, ImportKind::TrainingAttendance, ImportKind::SerdActions,
    ImportKind::Contributions, ImportKind::StaffTime };

// "contacts", "meeting-attendance"…: stable, for `relais import --kind` and saved mappings.
QString importKindKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(const QString &key);
// "Contacts", "Meeting attendance"… in the user's language.
QString importKindName(ImportKind kind);

// How a cell of a column is read (see valueparsers.h for each).
enum class FieldType {
    Text,
    Email,
    Phone, // kept as typed
    Postcode, // kept as typed: "01000" stays "01000"
    Website,
    Date,
    Period, // a date, or "from – to" (staff time over several days)
    Time, // 14:30, 14h30
    Integer,
    Number,
    Duration, // a number with an optional unit: "7,5 h", "2 j"
    Money,
    Boolean,
    Civility,
    AttendanceStatus,
    SerdStatus,
    ContributionKind,
    TimeUnit,
    HalfDay,
    ActorFlags, // "Network head, Relay actor", as the actor lists show them
    ReferenceValue // a name in one of the officer's lists: type, commune, tag…
};

// A field a column can be mapped to.
struct ImportField
{
    QString key; // stable: "last_name"
    QString label; // in the user's language
    FieldType type = FieldType::Text;
    bool required = false;
    // Several values in one cell, separated by ";", "," or line breaks (tags, co-organisers).
    bool multiple = false;
    std::optional<ReferenceList> list; // ReferenceValue only
    // Header names recognised for this field, as typed in spreadsheets and as Relais
    // exports them, in English and in French. Compared once folded (see ColumnMapping).
    QStringList headerNames;
};

// The fields of each kind of import, in the order they are offered.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(relais::ImportFields)

public:
    static QList<ImportField> of(ImportKind kind);
    static std::optional<ImportField> find(ImportKind kind, const QString &key);
};

} // namespace relais
