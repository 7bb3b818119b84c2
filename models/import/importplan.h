#pragma once

#include "../domain/contact.h"
#include "../domain/duplicatematching.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/organisation.h"
#include "../domain/referencelist.h"
#include "../domain/training.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "serdrow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// An import before anything is written: each row of the file read into the record it
// would become (an organisation, a contact, a person's attendance, a contribution, staff
// time, a date of a SERD action), with its problems, the names of list values and
// organisations the file has and Relais lacks, and the records (of the file or of earlier
// rows) it looks like. The user's choices are made on this plan; Commands then carries it
// out in one step.

namespace relais {

// Why a row cannot be imported as it is.
struct ImportProblem
{
    int line = 0; // of the file
    QString field; // the field's label, empty for the row as a whole
    QString reason; // in the user's language

    bool operator==(const ImportProblem &) const = default;
};

// What becomes of a row that looks like a record already in the file, or like an earlier
// row of the same file.
enum class DuplicateAction {
    Skip, // the row is left out
    FillEmpty, // the record keeps its values; the row fills what it lacks (lists are joined)
    Overwrite, // the row's values replace the record's (lists are joined)
    CreateAnyway // a record of its own
};

struct RowDuplicate
{
    qint64 existingId = 0; // a contact or organisation of the file, or 0
    int earlierRow = -1; // the index of an earlier row of the file, or -1
    QString otherName; // for display: "Marie Dupont (Mairie de Bourg)"
    int otherLine = 0; // earlier rows: their line
    DuplicateReason reason = DuplicateReason::SameName;
    int score = 0;
    // People of the same name whose e-mails and organisations all differ: perhaps two
    // people, so they are kept apart unless the user joins them.
    bool namesakes = false;
};

// One row of the file as it will be stored.
struct ImportRow
{
    int line = 0;
    Contact contact; // a contacts import
    Organisation organisation; // an organisations import
    // The list values named by the row, found or created when importing.
    QString commune;
    QString postcode;
    QString type;
    QStringList domains;
    QStringList tags;
    // A contact's organisation and role in it.
    QString organisationName;
    QString role;
    // A meeting attendance row: the meeting as the row names it and found, and the
    // person's status there (present when the row does not say).
    QDate meetingDate;
    QString meetingTitle;
    qint64 meetingId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    bool walkIn = false;
    // A training attendance row: the session as the row names it and found, and the
    // half-days it speaks of (those of the session when the row does not say).
    QDate sessionDate;
    QString cohortName;
    QString moduleTitle;
    std::optional<HalfDay> halfDay;
    qint64 sessionId = 0;
    qint64 cohortId = 0;
    QList<HalfDay> halfDays;
    // A valued contribution (its organisation is organisationName / organisationRef) and
    // the meeting or SERD action its row names, if any.
    ValuedContribution contribution;
    QString relatesTo;
    // A staff time entry: its person (personRef, in the staff list) and the activity its
    // row names, found among the meetings, sessions and SERD editions, else a category.
    StaffTimeEntry staffTime;
    QString person;
    NameRef personRef;
    QString activity;
    // The same, found (see NameRef).
    NameRef communeRef;
    NameRef typeRef;
    QList<NameRef> domainRefs;
    QList<NameRef> tagRefs;
    NameRef organisationRef;
    // A SERD actions row.
    SerdRow serd;

    QList<ImportProblem> problems;
    std::optional<RowDuplicate> duplicate;
    DuplicateAction action = DuplicateAction::CreateAnyway;

    bool isValid() const { return problems.isEmpty(); }
};

// A name the file uses that Relais's lists (or, for a contact's organisation, its
// organisations) do not hold. Created when importing, unless the user maps it to an
// existing item or to another new name of the file.
struct UnknownValue
{
    std::optional<ReferenceList> list; // nullopt: an organisation, or a contact person
    // A SERD action's contact person, not among the contacts: created as a contact, a
    // member of the action's lead organisation.
    bool contactPerson = false;
    QString name; // as first typed
    QString postcode; // a commune: the first postcode typed beside it
    QList<int> lines;
    // A close item already in Relais (a typo, an acronym spelt out) or 0, with its name;
    // or a close new name of the same file (its index here), or -1.
    qint64 suggestedId = 0;
    QString suggestedName;
    int suggestedValue = -1;
    // The choice: an existing item's id, or another new value's index, or neither to
    // create it.
    qint64 useId = 0;
    int useValue = -1;

    bool isCreated() const { return useId == 0 && useValue < 0; }
};

// What the file already holds, as the import compares rows with it.
struct ExistingActors
{
    struct Person
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QStringList emails;
        QString organisations; // for display, joined
    };
    struct Body
    {
        qint64 id = 0;
        QString name;
        QString acronym;
        QString email;
        QString commune; // for display
    };
    struct Gathering
    {
        qint64 id = 0;
        QDate date;
        QString title;
    };
    QList<Person> contacts;
    QList<Body> organisations;
    QList<Gathering> meetings; // a meeting attendance import only
    struct Session
    {
        qint64 id = 0;
        qint64 cohortId = 0;
        QDate date;
        QString cohort;
        QString module;
        bool morning = true;
        bool afternoon = false;
    };
    QList<Session> sessions; // a training attendance import only
    // A contributions import: those already in the file, and the SERD actions a row
    // may name (with meetings above).
    struct Contribution
    {
        qint64 id = 0;
        qint64 organisationId = 0;
        QString organisation;
        int year = 0;
        ContributionKind kind = ContributionKind::Material;
        Cents amount = 0;
        QString note;
    };
    QList<Contribution> contributions;
    struct Action
    {
        qint64 id = 0;
        int year = 0;
        QString title;
        qint64 leadOrganisationId = 0;
    };
    QList<Action> serdActions;
    // A SERD actions import: the dates of the actions above.
    struct Occurrence
    {
        qint64 id = 0;
        qint64 actionId = 0;
        QDate date;
        QTime startsAt;
        QString place;
    };
    QList<Occurrence> serdOccurrences;
    // A staff time import: the entries already in the file, and the SERD editions and
    // training sessions an activity may name (with meetings and sessions above).
    struct TimeEntry
    {
        qint64 id = 0;
        StaffTimeEntry entry;
        QString person;
    };
    QList<TimeEntry> staffTime;
    QHash<int, qint64> serdEditions; // id by year (staff time, SERD actions)
    QHash<ReferenceList, QList<ReferenceItem>> lists;
};

class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(relais::ImportPlan)

public:
    // Every kind of ImportKind. Organisations and contacts are compared with those of the
    // file; attendance rows find or create their people as a contacts import would, and set
    // their status at a meeting (found by its date and title) or at the half-days of a
    // training session (by its date, cohort and module); contributions and staff time find
    // their organisation, person and activity; SERD action rows are grouped into actions
    // (see SerdActionRows). A mapping that lacks a required field is refused with a reason
    // in *error.
    static std::optional<ImportPlan> analyse(const CsvTable &table, const ColumnMapping &mapping,
        const ExistingActors &existing, QString *error = nullptr);

    ImportKind kind() const { return m_kind; }
    const QList<ImportRow> &rows() const { return m_rows; }
    QList<ImportRow> &rows() { return m_rows; }
    const QList<UnknownValue> &unknownValues() const { return m_unknown; }
    QList<UnknownValue> &unknownValues() { return m_unknown; }
    // The problems of every row, in the order of the file.
    QList<ImportProblem> problems() const;

    int rowCount() const { return int(m_rows.size()); }
    int rejectedCount() const;
    int duplicateCount() const;
    // Every row with a duplicate gets this action.
    void setDuplicateAction(DuplicateAction action);

    // Where each row goes with the current choices.
    struct Target
    {
        enum class Kind { Rejected, Skipped, Created, Updated };
        Kind kind = Kind::Rejected;
        int row = -1; // Created: the row whose record it is (itself, or the earlier row joined)
        qint64 existingId = 0; // Updated
        bool joined = false; // joined with an earlier row of the file
    };
    QList<Target> targets() const;

    struct Outcome
    {
        int created = 0;
        int updated = 0; // existing records, counted once however many rows update them
        int merged = 0; // rows joined with an earlier row of the file
        int skipped = 0;
        int rejected = 0;
        // SERD actions: the rows are their dates (created, updated…); these are the new
        // actions they make and the new editions they need.
        int actions = 0;
        int editions = 0;
    };
    // What importing would do with the current choices.
    Outcome outcome() const;

    // SERD actions: the years of the editions the import creates (none in Relais yet).
    QList<int> newEditions() const;

    // The row as the user knows it: "Marie Dupont (Mairie de Viriat)", "Disco soupe,
    // 22/11/2014"…
    static QString rowName(ImportKind kind, const ImportRow &row);

    // "Commune", "Organisation"…: the list a new name is to join, for the user.
    static QString listName(const UnknownValue &value);

    // The kinds of rows this plan knows how to import.
    static bool imports(ImportKind kind);
    // Whether a duplicate row can fill or overwrite the record it looks like (actors), or
    // only be skipped or created anyway (contributions).
    static bool merges(ImportKind kind)
    {
        return kind != ImportKind::Contributions && kind != ImportKind::StaffTime;
    }

    // The action proposed for a duplicate of this score: join what is certainly the same
    // actor, keep apart what may not be.
    static DuplicateAction proposedAction(int score);

private:
    ImportKind m_kind = ImportKind::Contacts;
    QList<ImportRow> m_rows;
    QList<UnknownValue> m_unknown;
};

// One row of a contacts file merged into a contact (or an earlier row's), as the action
// says: FillEmpty keeps what the contact has, Overwrite takes the row's non-blank values;
// e-mails, phones, memberships, domains and tags are joined either way, and a flag set on
// either side stays set.
Contact mergedContact(const Contact &into, const Contact &row, DuplicateAction action);
Organisation mergedOrganisation(
    const Organisation &into, const Organisation &row, DuplicateAction action);

} // namespace relais
