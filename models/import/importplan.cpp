#include "importplan.h"

#include "../domain/textfold.h"
#include "../domain/validation.h"
#include "../export/csvfile.h"
#include "serdimport.h"
#include "valueparsers.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace relais {

namespace {

// ---- Finding look-alikes without comparing every pair -----------------------------

// Records under the keys they share with others: a folded e-mail, a name word's first
// letters, an acronym. Only records sharing a key are compared.
// The records filed under each key, by their position in the index.
class Blocks
{
public:
    void add(const QString &key, int row)
    {
        if (!key.isEmpty())
            m_rows[key] << row;
    }
    void collect(const QString &key, QList<int> &into) const
    {
        if (key.isEmpty())
            return;
        const auto found = m_rows.constFind(key);
        if (found != m_rows.cend())
            into.append(*found);
    }

private:
    QHash<QString, QList<int>> m_rows;
};

// People are compared only with those who share an e-mail address or, for the names,
// two words roughly: the first three letters of one word and the first letter of another
// (in either order, so that a typo in either word is still met). One-word names ("Dupont")
// meet the other names by a word's first three letters. Blocks by single words were the
// size of a common first name: at 100,000 contacts, thousands of comparisons per row.
QStringList personWords(const PersonKeys &keys)
{
    return keys.words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList personEmailKeys(const PersonKeys &keys)
{
    QStringList result;
    for (const QString &email : keys.emails)
        result << QLatin1String("@") + email;
    return result;
}

// Under which keys a person is filed (filed) or the people they may be are looked for.
// The two differ only by single words: a one-word name is filed under "1:", where every
// word of a name looked for meets it; the words of longer names are filed under "w:",
// where a one-word name looked for meets them. Longer names meet by their pairs of words.
QStringList personKeys(const PersonKeys &keys, bool filed)
{
    QStringList result = personEmailKeys(keys);
    const QStringList words = personWords(keys);
    if (words.size() == 1) {
        const QString word = words.first().left(3);
        if (!filed)
            result << QLatin1String("w:") + word;
        return result << QLatin1String("1:") + word;
    }
    const QLatin1String single = filed ? QLatin1String("w:") : QLatin1String("1:");
    for (qsizetype i = 0; i < words.size(); ++i) {
        result << single + words[i].left(3);
        for (qsizetype j = 0; j < words.size(); ++j) {
            if (i != j)
                result << words[i].left(3) + QLatin1Char('|') + words[j].left(1);
        }
    }
    return result;
}

QStringList personBlockKeys(const PersonKeys &keys)
{
    return personKeys(keys, true);
}

QStringList personQueryKeys(const PersonKeys &keys)
{
    return personKeys(keys, false);
}

QStringList organisationBlockKeys(const OrganisationKeys &keys)
{
    QStringList result;
    if (!keys.email.isEmpty())
        result << QLatin1String("@") + keys.email;
    for (const QString &word : keys.words)
        result << word.left(4);
    if (!keys.acronym.isEmpty())
        result << QLatin1String("#") + keys.acronym;
    if (const QString initials = keys.initials(); !initials.isEmpty())
        result << QLatin1String("#") + initials;
    // An acronym typed as the whole name ("CSC") meets the initials of the spelt-out one.
    if (keys.words.size() == 1)
        result << QLatin1String("#") + keys.compact;
    return result;
}

template<typename Keys> class Index
{
public:
    using Match = DuplicateMatch (*)(const Keys &, const Keys &);
    using BlockKeys = QStringList (*)(const Keys &);

    // `queryKeys`: where to look for a record's matches, when not where it is filed.
    Index(Match match, BlockKeys blockKeys, BlockKeys queryKeys = nullptr)
        : m_match(match)
        , m_blockKeys(blockKeys)
        , m_queryKeys(queryKeys ? queryKeys : blockKeys)
    { }

    void add(qint64 id, const Keys &keys)
    {
        // Each record at a position of its own, in the order added: the candidates of a
        // match are positions in one list, not ids looked up in a hash (at 100,000
        // contacts those lookups were a tenth of an import).
        int row = m_rowOf.value(id, -1);
        if (row < 0) {
            row = int(m_keys.size());
            m_rowOf.insert(id, row);
            m_ids << id;
            m_keys << keys;
        } else {
            m_keys[row] = keys;
        }
        for (const QString &key : m_blockKeys(keys))
            m_blocks.add(key, row);
    }

    // The best match of at least `minimum`, the first added among equals; nullopt when
    // none.
    std::optional<std::pair<qint64, DuplicateMatch>> best(const Keys &keys, int minimum) const
    {
        QList<int> candidates;
        for (const QString &key : m_queryKeys(keys))
            m_blocks.collect(key, candidates);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        std::optional<std::pair<qint64, DuplicateMatch>> found;
        for (const int row : std::as_const(candidates)) {
            const DuplicateMatch match = m_match(keys, m_keys.at(row));
            // In the order added: a later one must do better to be taken.
            if (match.score >= minimum && (!found || match.score > found->second.score))
                found = std::pair { m_ids.at(row), match };
        }
        return found;
    }

private:
    Match m_match;
    BlockKeys m_blockKeys;
    BlockKeys m_queryKeys;
    QList<qint64> m_ids;
    QList<Keys> m_keys;
    QHash<qint64, int> m_rowOf;
    Blocks m_blocks;
};

using PeopleIndex = Index<PersonKeys>;
using OrganisationIndex = Index<OrganisationKeys>;

PeopleIndex peopleIndex()
{
    return PeopleIndex(&matchPeople, &personBlockKeys, &personQueryKeys);
}

OrganisationIndex organisationIndex()
{
    return OrganisationIndex(&matchOrganisations, &organisationBlockKeys);
}

// Above this, two organisation names are one body: the contact's organisation is the
// existing one without asking.
constexpr int sameOrganisationScore = 90;
// From this, a close name is taken in its place unless the user says otherwise (an
// acronym spelt out); below, down to likelyDuplicateScore, it is only proposed (a typo).
constexpr int proposedOrganisationScore = 80;

// ---- Reading a row -----------------------------------------------------------------

QString fieldLabel(ImportKind kind, FieldError::Field field)
{
    const auto label = [kind](const QString &key) {
        const auto found = ImportFields::find(kind, key);
        return found ? found->label : QString();
    };
    switch (field) {
    case FieldError::Field::LastName:
        return label(QStringLiteral("last_name"));
    case FieldError::Field::FirstName:
        return label(QStringLiteral("first_name"));
    case FieldError::Field::Name:
        return label(QStringLiteral("name"));
    case FieldError::Field::Email:
        return label(QStringLiteral("email"));
    case FieldError::Field::Phone:
        return label(QStringLiteral("phone"));
    case FieldError::Field::Website:
        return label(QStringLiteral("website"));
    case FieldError::Field::Membership:
        return label(QStringLiteral("organisation"));
    case FieldError::Field::ConsentDate:
        return label(QStringLiteral("consent_date"));
    case FieldError::Field::RelayActorSince:
        return label(QStringLiteral("relay_actor_since"));
    default:
        return {};
    }
}

// Sets a field of the row's record from its parsed value.
void assign(ImportRow &row, ImportKind kind, const QString &key, const QVariant &value)
{
    if (kind == ImportKind::SerdActions) {
        SerdImport::assign(row, key, value);
        return;
    }
    Contact &c = row.contact;
    Organisation &o = row.organisation;
    const bool person = kind != ImportKind::Organisations;
    const QString text = value.toString();
    if (key == QLatin1String("last_name"))
        c.lastName = text;
    else if (key == QLatin1String("first_name"))
        c.firstName = text;
    else if (key == QLatin1String("civility"))
        c.civility = value.value<Civility>();
    else if (key == QLatin1String("name"))
        o.name = text;
    else if (key == QLatin1String("acronym"))
        o.acronym = text;
    else if (key == QLatin1String("organisation"))
        row.organisationName = text;
    else if (key == QLatin1String("role"))
        row.role = text;
    else if (key == QLatin1String("email") || key == QLatin1String("email_2")) {
        if (person)
            c.emails << text;
        else
            o.email = text;
    } else if (key == QLatin1String("phone") || key == QLatin1String("mobile")) {
        if (person)
            c.phones << text;
        else
            o.phone = text;
    } else if (key == QLatin1String("address")) {
        if (person) // A contact has no address of its own: it is kept in the notes.
            c.notes = ImportPlan::tr("Address: %1").arg(text)
                + (c.notes.isEmpty() ? QString() : QLatin1Char('\n') + c.notes);
        else
            o.address = text;
    } else if (key == QLatin1String("postcode"))
        row.postcode = text;
    else if (key == QLatin1String("commune"))
        row.commune = text;
    else if (key == QLatin1String("type"))
        row.type = text;
    else if (key == QLatin1String("domains"))
        row.domains = value.toStringList();
    else if (key == QLatin1String("tags"))
        row.tags = value.toStringList();
    else if (key == QLatin1String("website"))
        o.website = text;
    else if (key == QLatin1String("network_head")) {
        c.networkHead = o.networkHead = value.toBool();
    } else if (key == QLatin1String("municipal_service"))
        o.municipalService = value.toBool();
    else if (key == QLatin1String("relay_actor"))
        c.relayActor = value.toBool();
    else if (key == QLatin1String("relay_actor_since"))
        c.relayActorSince = value.toDate();
    else if (key == QLatin1String("flags")) {
        const auto flags = value.value<ActorFlags>();
        c.networkHead = o.networkHead = c.networkHead || flags.networkHead;
        c.relayActor = c.relayActor || flags.relayActor;
        o.municipalService = o.municipalService || flags.municipalService;
    } else if (key == QLatin1String("consent") || key == QLatin1String("post_consent")) {
        // The file's "consent" column is the e-mail channel's.
        ChannelConsent &consent = c.consentBy(
            key == QLatin1String("consent") ? ConsentChannel::Email : ConsentChannel::Post);
        consent.status = value.toBool() ? Consent::Given : Consent::Refused;
        consent.source = ConsentSource::Import;
    } else if (key == QLatin1String("consent_date"))
        c.emailConsent.date = value.toDate();
    else if (key == QLatin1String("post_consent_date"))
        c.postConsent.date = value.toDate();
    else if (key == QLatin1String("meeting_date"))
        row.meetingDate = value.toDate();
    else if (key == QLatin1String("meeting"))
        row.meetingTitle = text;
    else if (key == QLatin1String("status"))
        row.status = value.value<AttendanceStatus>();
    else if (key == QLatin1String("walk_in"))
        row.walkIn = value.toBool();
    else if (key == QLatin1String("year"))
        row.contribution.year = int(value.toLongLong());
    else if (key == QLatin1String("kind"))
        row.contribution.kind = value.value<ContributionKind>();
    else if (key == QLatin1String("relates_to"))
        row.relatesTo = text;
    else if (key == QLatin1String("quantity")) {
        const auto duration = value.value<Duration>();
        row.contribution.quantity = duration.quantity;
        if (duration.unit)
            row.contribution.unit = *duration.unit;
    } else if (key == QLatin1String("unit"))
        row.contribution.unit = value.value<TimeUnit>();
    else if (key == QLatin1String("rate"))
        row.contribution.rate = value.toLongLong();
    else if (key == QLatin1String("amount"))
        row.contribution.amount = value.toLongLong();
    else if (key == QLatin1String("note"))
        row.contribution.note = row.staffTime.note = text;
    else if (key == QLatin1String("date")) {
        const auto period = value.value<DatePeriod>();
        row.staffTime.startsOn = period.startsOn;
        if (period.endsOn.isValid())
            row.staffTime.endsOn = period.endsOn;
    } else if (key == QLatin1String("ends_on"))
        row.staffTime.endsOn = value.toDate();
    else if (key == QLatin1String("person"))
        row.person = text;
    else if (key == QLatin1String("activity"))
        row.activity = text;
    else if (key == QLatin1String("days"))
        row.staffTime.days = value.toDouble();
    else if (key == QLatin1String("session_date"))
        row.sessionDate = value.toDate();
    else if (key == QLatin1String("cohort"))
        row.cohortName = text;
    else if (key == QLatin1String("module"))
        row.moduleTitle = text;
    else if (key == QLatin1String("half_day"))
        row.halfDay = value.value<HalfDay>();
    else if (key == QLatin1String("notes")) {
        if (person)
            c.notes = c.notes.isEmpty() ? text : c.notes + QLatin1Char('\n') + text;
        else
            o.notes = text;
    }
}

ImportRow readRow(const CsvRecord &record, const ColumnMapping &mapping,
    const QList<std::optional<ImportField>> &fields, qsizetype headerSize)
{
    ImportRow row;
    row.line = record.line;
    const ImportKind kind = mapping.kind;
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const auto &field = fields[column];
        if (!field)
            continue;
        const QString cell = CsvFile::restoreNeutralisedCell(record.field(column));
        const Parsed<QVariant> parsed = ValueParsers::field(*field, cell);
        if (!parsed.ok()) {
            row.problems << ImportProblem { row.line, field->label, parsed.error };
            continue;
        }
        if (parsed.value)
            assign(row, kind, field->key, *parsed.value);
        else if (field->required)
            row.problems << ImportProblem { row.line, field->label,
                ImportPlan::tr("%1 is empty.").arg(field->label) };
    }
    // Cells beyond the header's columns: a delimiter typed inside an unquoted cell
    // shifted the row, and its values would land in the wrong fields.
    for (qsizetype column = headerSize; column < record.fields.size(); ++column) {
        if (!record.fields[column].trimmed().isEmpty()) {
            row.problems << ImportProblem { row.line, {},
                ImportPlan::tr("This row has %1 cells where the header has %2: a delimiter "
                               "inside a cell may not be quoted.")
                    .arg(record.fields.size())
                    .arg(headerSize) };
            break;
        }
    }
    if (!row.problems.isEmpty())
        return row;

    if (kind == ImportKind::SerdActions) {
        if (const QString error = SerdImport::rowError(row); !error.isEmpty())
            row.problems << ImportProblem { row.line, {}, error };
        return row;
    }
    if (kind == ImportKind::StaffTime) {
        StaffTimeEntry checked = cleanedStaffTime(row.staffTime);
        // The person and the activity are found when the plan is made.
        checked.staffId = -1;
        checked.activity = StaffActivity::named(QStringLiteral("-"));
        if (const QString error = staffTimeError(checked); !error.isEmpty())
            row.problems << ImportProblem { row.line, {}, error };
        checked.staffId = 0;
        checked.activity = {};
        row.staffTime = checked;
        return row;
    }
    if (kind == ImportKind::Contributions) {
        // Time with a rate and no kind said: staff time.
        const bool kindGiven = mapping.columnOf(QStringLiteral("kind")) >= 0
            && !record.field(mapping.columnOf(QStringLiteral("kind"))).trimmed().isEmpty();
        if (!kindGiven && row.contribution.quantity > 0)
            row.contribution.kind = ContributionKind::StaffTime;
        ValuedContribution checked = cleanedContribution(row.contribution);
        checked.organisationId = -1; // found or created when importing
        if (const QString error = contributionError(checked); !error.isEmpty())
            row.problems << ImportProblem { row.line, {}, error };
        checked.organisationId = 0;
        row.contribution = checked;
        return row;
    }
    QList<FieldError> errors;
    if (kind != ImportKind::Organisations) {
        if (!row.organisationName.isEmpty())
            row.contact.memberships << Membership { 0, row.organisationName, row.role };
        else if (!row.role.isEmpty()) // A role in no organisation: kept in the notes.
            row.contact.notes = ImportPlan::tr("Role: %1").arg(row.role)
                + (row.contact.notes.isEmpty() ? QString() : QLatin1Char('\n') + row.contact.notes);
        Contact cleaned;
        errors = validateContact(row.contact, &cleaned);
        if (errors.isEmpty())
            row.contact = cleaned;
    } else {
        Organisation cleaned;
        errors = validateOrganisation(row.organisation, &cleaned);
        if (errors.isEmpty())
            row.organisation = cleaned;
    }
    for (const FieldError &error : std::as_const(errors)) {
        // The form's messages say what to type; the file's reader also needs what was.
        QString typed;
        if (error.field == FieldError::Field::Phone)
            typed = kind == ImportKind::Contacts ? row.contact.phones.value(error.index)
                                                 : row.organisation.phone;
        else if (error.field == FieldError::Field::Website)
            typed = row.organisation.website;
        const bool postConsent = error.field == FieldError::Field::ConsentDate
            && error.index == int(ConsentChannel::Post);
        const auto post = postConsent
            ? ImportFields::find(kind, QStringLiteral("post_consent_date"))
            : std::nullopt;
        row.problems << ImportProblem { row.line,
            post ? post->label : fieldLabel(kind, error.field),
            typed.isEmpty() ? error.message
                            : ImportPlan::tr("“%1”: %2").arg(typed.trimmed(), error.message) };
    }
    return row;
}

QString personDisplay(const ExistingActors::Person &person)
{
    Contact contact;
    contact.firstName = person.firstName;
    contact.lastName = person.lastName;
    const QString name = contact.displayName();
    return person.organisations.isEmpty()
        ? name
        : QStringLiteral("%1 (%2)").arg(name, person.organisations);
}

QString bodyDisplay(const ExistingActors::Body &body)
{
    return body.commune.isEmpty() ? body.name
                                  : QStringLiteral("%1 (%2)").arg(body.name, body.commune);
}

// The meeting of the file a row names: the one of its date, or among several that day
// the one its title names. Empty when found, else why not.
QString findMeeting(ImportRow &row, const QList<ExistingActors::Gathering> &meetings)
{
    QList<const ExistingActors::Gathering *> sameDay;
    for (const ExistingActors::Gathering &meeting : meetings) {
        if (meeting.date == row.meetingDate)
            sameDay << &meeting;
    }
    const QString day = QLocale().toString(row.meetingDate, QLocale::ShortFormat);
    if (sameDay.isEmpty())
        return ImportPlan::tr("No meeting on %1 in Relais: create it in Meetings first.").arg(day);
    QList<const ExistingActors::Gathering *> named = sameDay;
    const QString wanted = foldedKey(row.meetingTitle);
    if (!wanted.isEmpty()) {
        named.clear();
        for (const auto *meeting : std::as_const(sameDay)) {
            const QString title = foldedKey(meeting->title);
            if (title == wanted || title.contains(wanted) || wanted.contains(title))
                named << meeting;
        }
    }
    QStringList titles;
    for (const auto *meeting : std::as_const(sameDay))
        titles << QStringLiteral("“%1”").arg(meeting->title);
    if (named.size() == 1) {
        row.meetingId = named.first()->id;
        return {};
    }
    if (named.isEmpty())
        return ImportPlan::tr("No meeting on %1 is titled “%2” (Relais has %3).")
            .arg(day, row.meetingTitle, titles.join(QLatin1String(", ")));
    return ImportPlan::tr("Several meetings on %1 (%2): the row must give the title of one.")
        .arg(day, titles.join(QLatin1String(", ")));
}

// The training session of the file a row names: the one of its date, or among several
// that day the one of its cohort and module; and its half-days the row speaks of. Empty
// when found, else why not.
QString findSession(ImportRow &row, const QList<ExistingActors::Session> &sessions)
{
    const QString day = QLocale().toString(row.sessionDate, QLocale::ShortFormat);
    if (row.status != AttendanceStatus::Present && row.status != AttendanceStatus::Excused
        && row.status != AttendanceStatus::Absent)
        return ImportPlan::tr("A training half-day is attended, excused or missed: present, "
                              "excused or absent.");
    const QString cohort = foldedKey(row.cohortName);
    const QString module = foldedKey(row.moduleTitle);
    const auto names = [](const QString &wanted, const QString &name) {
        const QString folded = foldedKey(name);
        return wanted.isEmpty() || folded.contains(wanted) || wanted.contains(folded);
    };
    QList<const ExistingActors::Session *> sameDay;
    QList<const ExistingActors::Session *> named;
    for (const ExistingActors::Session &session : sessions) {
        if (session.date != row.sessionDate)
            continue;
        sameDay << &session;
        if (names(cohort, session.cohort) && names(module, session.module))
            named << &session;
    }
    if (sameDay.isEmpty())
        return ImportPlan::tr("No training session on %1 in Relais: create it in Training first.")
            .arg(day);
    QStringList described;
    for (const auto *session : std::as_const(sameDay))
        described << QStringLiteral("“%1, %2”").arg(session->cohort, session->module);
    if (named.isEmpty())
        return ImportPlan::tr("No training session on %1 is of this cohort and module (Relais "
                              "has %2).")
            .arg(day, described.join(QLatin1String(", ")));
    if (named.size() > 1)
        return ImportPlan::tr("Several training sessions on %1 (%2): the row must name the "
                              "cohort or the module.")
            .arg(day, described.join(QLatin1String(", ")));
    const ExistingActors::Session &session = *named.first();
    QList<HalfDay> held;
    if (session.morning)
        held << HalfDay::Morning;
    if (session.afternoon)
        held << HalfDay::Afternoon;
    if (row.halfDay && !held.contains(*row.halfDay))
        return *row.halfDay == HalfDay::Morning
            ? ImportPlan::tr("The session of %1 has no morning.").arg(day)
            : ImportPlan::tr("The session of %1 has no afternoon.").arg(day);
    row.sessionId = session.id;
    row.cohortId = session.cohortId;
    row.halfDays = row.halfDay ? QList<HalfDay> { *row.halfDay } : held;
    return {};
}

// The meeting or SERD action of the row's year its "relates to" cell names, set on its
// contribution. Empty when found (or not asked for), else why not.
QString findRelated(ImportRow &row, const ExistingActors &existing)
{
    const QString wanted = foldedKey(row.relatesTo);
    if (wanted.isEmpty())
        return {};
    const auto names = [&](const QString &title) {
        const QString folded = foldedKey(title);
        return folded == wanted || folded.contains(wanted) || wanted.contains(folded);
    };
    QList<qint64> meetings;
    for (const ExistingActors::Gathering &meeting : existing.meetings) {
        if (meeting.date.year() == row.contribution.year && names(meeting.title))
            meetings << meeting.id;
    }
    QList<qint64> actions;
    for (const ExistingActors::Action &action : existing.serdActions) {
        if (action.year == row.contribution.year && names(action.title))
            actions << action.id;
    }
    if (meetings.size() + actions.size() == 1) {
        row.contribution.meetingId = meetings.value(0);
        row.contribution.serdActionId = actions.value(0);
        return {};
    }
    if (meetings.isEmpty() && actions.isEmpty())
        return ImportPlan::tr("No meeting or SERD action of %1 is called “%2”.")
            .arg(row.contribution.year)
            .arg(row.relatesTo);
    return ImportPlan::tr("Several meetings or SERD actions of %1 are called “%2”: give the "
                          "whole title.")
        .arg(row.contribution.year)
        .arg(row.relatesTo);
}

// A contribution the file already holds, or an earlier row gives, with every value the
// same: the same file imported twice, most likely.
class SameContribution
{
public:
    explicit SameContribution(const ExistingActors &existing)
    {
        for (const ExistingActors::Contribution &c : existing.contributions) {
            m_existing.insert(key(QStringLiteral("id:%1").arg(c.organisationId), c.year, c.kind,
                                  c.amount, c.note),
                c);
        }
    }

    std::optional<RowDuplicate> find(const ImportRow &row, int index, const QList<ImportRow> &rows)
    {
        const ValuedContribution &c = row.contribution;
        const QString organisation = row.organisationRef.id
            ? QStringLiteral("id:%1").arg(row.organisationRef.id)
            : QLatin1String("new:") + OrganisationKeys::of(row.organisationName).compact;
        const QString k = key(organisation, c.year, c.kind, c.amount, c.note);
        RowDuplicate duplicate;
        duplicate.reason = DuplicateReason::SameValues;
        duplicate.score = 100;
        // Already in the file first: every row like it is skipped.
        if (const auto held = m_existing.constFind(k); held != m_existing.cend()) {
            duplicate.existingId = held->id;
            duplicate.otherName = QStringLiteral("%1, %2, %3")
                                      .arg(held->organisation)
                                      .arg(held->year)
                                      .arg(formatCents(held->amount));
            return duplicate;
        }
        if (const auto earlier = m_earlier.constFind(k); earlier != m_earlier.cend()) {
            duplicate.earlierRow = *earlier;
            duplicate.otherLine = rows[*earlier].line;
            duplicate.otherName = rows[*earlier].organisationName;
            return duplicate;
        }
        m_earlier.insert(k, index);
        return std::nullopt;
    }

private:
    static QString key(const QString &organisation, int year, ContributionKind kind, Cents amount,
        const QString &note)
    {
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(organisation)
            .arg(year)
            .arg(int(kind))
            .arg(amount)
            .arg(foldedKey(note));
    }

    QHash<QString, ExistingActors::Contribution> m_existing;
    QHash<QString, int> m_earlier;
};

// What a staff time row's activity names: a SERD edition of its year ("SERD", "SERD
// 2014"), a meeting or a training session of its first day, else a category of its own.
StaffActivity findActivity(const ImportRow &row, const ExistingActors &existing)
{
    const QString wanted = foldedKey(row.activity);
    const QDate day = row.staffTime.startsOn;
    const auto names = [&](const QString &title) {
        const QString folded = foldedKey(title);
        return !folded.isEmpty()
            && (folded == wanted || folded.contains(wanted) || wanted.contains(folded));
    };
    if ((wanted.startsWith(QLatin1String("serd"))
            || wanted.contains(QLatin1String("semaine europeenne")))
        && existing.serdEditions.contains(day.year()))
        return StaffActivity::serdEdition(existing.serdEditions.value(day.year()));
    for (const ExistingActors::Gathering &meeting : existing.meetings) {
        if (meeting.date == day && names(meeting.title))
            return StaffActivity::meeting(meeting.id);
    }
    for (const ExistingActors::Session &session : existing.sessions) {
        if (session.date == day && (names(session.module) || names(session.cohort)))
            return StaffActivity::trainingSession(session.id);
    }
    return StaffActivity::named(row.activity.simplified());
}

// A staff time entry the file already holds, or an earlier row gives, with every value
// the same.
class SameStaffTime
{
public:
    explicit SameStaffTime(const ExistingActors &existing)
    {
        for (const ExistingActors::TimeEntry &t : existing.staffTime)
            m_existing.insert(key(QStringLiteral("id:%1").arg(t.entry.staffId), t.entry), t);
    }

    std::optional<RowDuplicate> find(const ImportRow &row, int index, const QList<ImportRow> &rows)
    {
        const QString person = row.personRef.id ? QStringLiteral("id:%1").arg(row.personRef.id)
                                                : QLatin1String("new:") + foldedKey(row.person);
        const QString k = key(person, row.staffTime);
        RowDuplicate duplicate;
        duplicate.reason = DuplicateReason::SameValues;
        duplicate.score = 100;
        if (const auto held = m_existing.constFind(k); held != m_existing.cend()) {
            duplicate.existingId = held->id;
            duplicate.otherName = QStringLiteral("%1, %2").arg(
                held->person, QLocale().toString(held->entry.startsOn, QLocale::ShortFormat));
            return duplicate;
        }
        if (const auto earlier = m_earlier.constFind(k); earlier != m_earlier.cend()) {
            duplicate.earlierRow = *earlier;
            duplicate.otherLine = rows[*earlier].line;
            duplicate.otherName = rows[*earlier].person;
            return duplicate;
        }
        m_earlier.insert(k, index);
        return std::nullopt;
    }

private:
    static QString key(const QString &person, const StaffTimeEntry &e)
    {
        return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
            .arg(person, e.startsOn.toString(Qt::ISODate), e.endsOn.toString(Qt::ISODate))
            .arg(int(e.activity.kind))
            .arg(e.activity.id)
            .arg(foldedKey(e.activity.category))
            .arg(qRound(e.days * 2))
            .arg(foldedKey(e.note));
    }

    QHash<QString, ExistingActors::TimeEntry> m_existing;
    QHash<QString, int> m_earlier;
};

// Two people of one name, each with addresses and none in common, each in an
// organisation and not the same: perhaps two people.
bool namesakes(
    const ImportRow &row, const QStringList &otherEmails, const QStringList &otherOrganisations)
{
    if (row.contact.emails.isEmpty() || otherEmails.isEmpty())
        return false;
    for (const QString &email : row.contact.emails) {
        for (const QString &other : otherEmails) {
            if (emailKey(email) == emailKey(other))
                return false;
        }
    }
    // Without an organisation on both sides, nothing tells them apart.
    const bool otherHasOne = std::any_of(otherOrganisations.cbegin(), otherOrganisations.cend(),
        [](const QString &organisation) { return !organisation.trimmed().isEmpty(); });
    if (row.organisationName.isEmpty() || !otherHasOne)
        return false;
    const auto keys = OrganisationKeys::of(row.organisationName);
    for (const QString &organisation : otherOrganisations) {
        if (!organisation.trimmed().isEmpty()
            && matchOrganisations(keys, OrganisationKeys::of(organisation)).score
                >= proposedOrganisationScore)
            return false;
    }
    return true;
}

// ---- Names of the lists ------------------------------------------------------------

class UnknownValues
{
public:
    UnknownValues(const ExistingActors &existing, QList<UnknownValue> &values)
        : m_existing(existing)
        , m_values(values)
        , m_organisations(organisationIndex())
        , m_newOrganisations(organisationIndex())
    {
        for (auto list = existing.lists.cbegin(); list != existing.lists.cend(); ++list) {
            for (const ReferenceItem &item : list.value())
                m_known[list.key()].insert(foldedLettersKey(item.name), item.id);
        }
        for (const ExistingActors::Body &body : existing.organisations) {
            const auto keys = OrganisationKeys::of(body.name, body.acronym);
            m_organisations.add(body.id, keys);
            m_organisationNames.insert(body.id, body.name);
        }
    }

    // A SERD action's contact person: a contact of the same name, in either order, else a
    // new one, with the closest contact proposed.
    NameRef noteContactPerson(const QString &name, int line)
    {
        if (!m_peopleIndexed) {
            m_peopleIndexed = true;
            for (const ExistingActors::Person &person : m_existing.contacts) {
                const auto keys = PersonKeys::of(person.firstName, person.lastName);
                m_people.add(person.id, keys);
                m_peopleByWords.insert(keys.words, person.id);
                m_peopleNames.insert(person.id, personDisplay(person));
            }
        }
        QString first;
        QString last;
        SerdImport::splitPersonName(name, &first, &last);
        const auto keys = PersonKeys::of(first, last);
        if (!keys.hasName())
            return {};
        if (const qint64 id = m_peopleByWords.value(keys.words))
            return { id, -1 };
        const QString valueKey = QLatin1String("person:") + keys.words;
        if (const auto found = m_byKey.constFind(valueKey); found != m_byKey.cend()) {
            m_values[*found].lines << line;
            return { 0, *found };
        }
        UnknownValue value;
        value.contactPerson = true;
        value.name = name.simplified();
        value.lines << line;
        if (const auto close = m_people.best(keys, likelyDuplicateScore)) {
            value.suggestedId = close->first;
            value.suggestedName = m_peopleNames.value(close->first);
        }
        const int index = int(m_values.size());
        m_byKey.insert(valueKey, index);
        m_values << value;
        return { 0, index };
    }

    NameRef note(ReferenceList list, const QString &name, int line, const QString &postcode = {})
    {
        const QString key = foldedLettersKey(name);
        if (key.isEmpty())
            return {};
        if (const qint64 id = m_known[list].value(key))
            return { id, -1 };
        const QString valueKey = QString::number(int(list)) + QLatin1Char(':') + key;
        if (const auto found = m_byKey.constFind(valueKey); found != m_byKey.cend()) {
            m_values[*found].lines << line;
            if (m_values[*found].postcode.isEmpty())
                m_values[*found].postcode = postcode;
            return { 0, *found };
        }
        UnknownValue value;
        value.list = list;
        value.name = name;
        value.postcode = postcode;
        value.lines << line;
        suggestListItem(value, key);
        const int index = int(m_values.size());
        m_byKey.insert(valueKey, index);
        m_values << value;
        return { 0, index };
    }

    NameRef noteOrganisation(const QString &name, int line)
    {
        const auto keys = OrganisationKeys::of(name);
        if (keys.compact.isEmpty())
            return {};
        const auto existing = m_organisations.best(keys, likelyDuplicateScore);
        if (existing && existing->second.score >= sameOrganisationScore)
            return { existing->first, -1 };
        const QString valueKey = QLatin1String("org:") + keys.compact;
        if (const auto found = m_byKey.constFind(valueKey); found != m_byKey.cend()) {
            m_values[*found].lines << line;
            return { 0, *found };
        }
        UnknownValue value;
        value.name = name;
        value.lines << line;
        // Taken in its place when it is certainly the same body; proposed when it may be.
        if (existing) {
            value.suggestedId = existing->first;
            value.suggestedName = m_organisationNames.value(existing->first);
            if (existing->second.score >= proposedOrganisationScore)
                value.useId = value.suggestedId;
        } else if (const auto earlier = m_newOrganisations.best(keys, likelyDuplicateScore)) {
            value.suggestedValue = int(earlier->first);
            value.suggestedName = m_values[value.suggestedValue].name;
            if (earlier->second.score >= proposedOrganisationScore)
                value.useValue = value.suggestedValue;
        }
        const int index = int(m_values.size());
        m_byKey.insert(valueKey, index);
        if (value.isCreated())
            m_newOrganisations.add(index, keys);
        m_values << value;
        return { 0, index };
    }

private:
    void suggestListItem(UnknownValue &value, const QString &key) const
    {
        const int allowance = typoAllowance(key.size());
        int bestDistance = allowance + 1;
        for (const ReferenceItem &item : m_existing.lists.value(*value.list)) {
            const QString itemKey = foldedLettersKey(item.name);
            const int distance
                = editDistance(key, itemKey, std::min(allowance, typoAllowance(itemKey.size())));
            if (distance < bestDistance && distance <= typoAllowance(itemKey.size())) {
                bestDistance = distance;
                value.suggestedId = item.id;
                value.suggestedName = item.name;
            }
        }
        // Two communes may well be a letter apart; a type, a domain or a tag one letter
        // from another is that one mistyped.
        if (value.suggestedId && *value.list != ReferenceList::Commune)
            value.useId = value.suggestedId;
    }

    const ExistingActors &m_existing;
    QList<UnknownValue> &m_values;
    QHash<ReferenceList, QHash<QString, qint64>> m_known;
    QHash<QString, int> m_byKey;
    OrganisationIndex m_organisations;
    QHash<qint64, QString> m_organisationNames;
    OrganisationIndex m_newOrganisations; // by index in m_values
    PeopleIndex m_people = peopleIndex(); // filled when a contact person is first noted
    bool m_peopleIndexed = false;
    QHash<QString, qint64> m_peopleByWords;
    QHash<qint64, QString> m_peopleNames;
};

} // namespace

// ---- The plan ------------------------------------------------------------------------

QString ImportPlan::listName(const UnknownValue &value)
{
    if (value.contactPerson)
        return tr("Contact person");
    if (!value.list)
        return tr("Organisation");
    switch (*value.list) {
    case ReferenceList::Commune:
        return tr("Commune");
    case ReferenceList::ActorType:
        return tr("Type");
    case ReferenceList::Domain:
        return tr("Domain");
    case ReferenceList::Tag:
        return tr("Tag");
    case ReferenceList::StaffMember:
        return tr("Staff member");
    case ReferenceList::SerdCategory:
        return tr("SERD category");
    case ReferenceList::SerdTopic:
        return tr("SERD topic");
    default:
        return {};
    }
}

QString ImportPlan::rowName(ImportKind kind, const ImportRow &row)
{
    switch (kind) {
    case ImportKind::Organisations:
        return row.organisation.name;
    case ImportKind::SerdActions:
        return row.serd.occurrence.date.isValid() ? tr("%1, %2").arg(row.serd.action.title,
                   QLocale().toString(row.serd.occurrence.date, QLocale::ShortFormat))
                                                  : row.serd.action.title;
    case ImportKind::Contributions:
        return tr("%1, %2").arg(row.organisationName, formatCents(row.contribution.amount));
    case ImportKind::StaffTime:
        return tr("%1, %2").arg(row.person, row.activity);
    default:
        break;
    }
    const QString name = row.contact.displayName();
    return row.organisationName.isEmpty()
        ? name
        : QStringLiteral("%1 (%2)").arg(name, row.organisationName);
}

bool ImportPlan::imports(ImportKind kind)
{
    return kind == ImportKind::Organisations || kind == ImportKind::Contacts
        || kind == ImportKind::MeetingAttendance || kind == ImportKind::TrainingAttendance
        || kind == ImportKind::Contributions || kind == ImportKind::StaffTime
        || kind == ImportKind::SerdActions;
}

DuplicateAction ImportPlan::proposedAction(int score)
{
    return score >= 85 ? DuplicateAction::FillEmpty : DuplicateAction::CreateAnyway;
}

std::optional<ImportPlan> ImportPlan::analyse(const CsvTable &table, const ColumnMapping &mapping,
    const ExistingActors &existing, QString *error)
{
    if (!imports(mapping.kind)) {
        if (error)
            *error = tr("%1 cannot be imported yet.").arg(importKindName(mapping.kind));
        return std::nullopt;
    }
    if (const auto missing = mapping.missingRequiredFields(); !missing.isEmpty()) {
        if (error)
            *error = tr("No column is mapped to %1, which every row needs.")
                         .arg(missing.first().label);
        return std::nullopt;
    }
    ImportPlan plan;
    plan.m_kind = mapping.kind;
    const bool people = mapping.kind != ImportKind::Organisations;

    QList<std::optional<ImportField>> fields;
    for (qsizetype column = 0; column < mapping.fields.size(); ++column)
        fields << ImportFields::find(mapping.kind, mapping.fieldOf(column));

    UnknownValues unknown(existing, plan.m_unknown);
    PeopleIndex people_(peopleIndex());
    OrganisationIndex bodies(organisationIndex());
    QHash<qint64, QString> names;
    QHash<qint64, ExistingActors::Person> existingPeople;
    if (people) {
        for (const ExistingActors::Person &person : existing.contacts) {
            existingPeople.insert(person.id, person);
            people_.add(
                person.id, PersonKeys::of(person.firstName, person.lastName, person.emails));
            names.insert(person.id, personDisplay(person));
        }
    } else {
        for (const ExistingActors::Body &body : existing.organisations) {
            bodies.add(body.id, OrganisationKeys::of(body.name, body.acronym, body.email));
            names.insert(body.id, bodyDisplay(body));
        }
    }
    // Earlier rows of the file, under -(index + 1).
    PeopleIndex earlierPeople(peopleIndex());
    OrganisationIndex earlierBodies(organisationIndex());

    SameContribution sameContribution(existing);
    SerdImport::ActionRows serdActions(existing);
    SameStaffTime sameTime(existing);
    const qsizetype headerSize = table.header.size();
    plan.m_rows.reserve(table.records.size());
    for (const CsvRecord &record : table.records) {
        ImportRow row = readRow(record, mapping, fields, headerSize);
        const int index = int(plan.m_rows.size());
        if (row.isValid() && mapping.kind == ImportKind::MeetingAttendance) {
            const QString missing = findMeeting(row, existing.meetings);
            if (!missing.isEmpty())
                row.problems << ImportProblem { row.line,
                    ImportFields::find(mapping.kind, QStringLiteral("meeting"))->label, missing };
        }
        if (row.isValid() && mapping.kind == ImportKind::TrainingAttendance) {
            const QString missing = findSession(row, existing.sessions);
            if (!missing.isEmpty())
                row.problems << ImportProblem { row.line,
                    ImportFields::find(mapping.kind, QStringLiteral("session_date"))->label,
                    missing };
        }
        if (row.isValid()) {
            row.communeRef
                = unknown.note(ReferenceList::Commune, row.commune, row.line, row.postcode);
            row.typeRef = unknown.note(ReferenceList::ActorType, row.type, row.line);
            for (const QString &domain : std::as_const(row.domains))
                row.domainRefs << unknown.note(ReferenceList::Domain, domain, row.line);
            for (const QString &tag : std::as_const(row.tags))
                row.tagRefs << unknown.note(ReferenceList::Tag, tag, row.line);
            if (mapping.kind == ImportKind::SerdActions) {
                SerdRow &serd = row.serd;
                serd.categoryRef
                    = unknown.note(ReferenceList::SerdCategory, serd.category, row.line);
                serd.topicRef = unknown.note(ReferenceList::SerdTopic, serd.topic, row.line);
                serd.leadRef = unknown.noteOrganisation(serd.leadOrganiser, row.line);
                for (const QString &name : std::as_const(serd.coOrganisers))
                    serd.coOrganiserRefs << unknown.noteOrganisation(name, row.line);
                serd.contactRef = unknown.noteContactPerson(serd.contactPerson, row.line);
                serdActions.place(row, index, plan.m_rows, plan.m_unknown);
                plan.m_rows << std::move(row);
                continue;
            }
            const bool contributions = mapping.kind == ImportKind::Contributions;
            if ((people || contributions) && !row.organisationName.isEmpty())
                row.organisationRef = unknown.noteOrganisation(row.organisationName, row.line);
            if (mapping.kind == ImportKind::StaffTime) {
                row.personRef = unknown.note(ReferenceList::StaffMember, row.person, row.line);
                row.staffTime.activity = findActivity(row, existing);
                row.duplicate = sameTime.find(row, index, plan.m_rows);
                if (row.duplicate)
                    row.action = row.duplicate->existingId ? DuplicateAction::Skip
                                                           : DuplicateAction::CreateAnyway;
                plan.m_rows << std::move(row);
                continue;
            }
            if (contributions) {
                if (const QString missing = findRelated(row, existing); !missing.isEmpty())
                    row.problems << ImportProblem { row.line,
                        ImportFields::find(mapping.kind, QStringLiteral("relates_to"))->label,
                        missing };
                else
                    row.duplicate = sameContribution.find(row, index, plan.m_rows);
                if (row.duplicate)
                    row.action = row.duplicate->existingId ? DuplicateAction::Skip
                                                           : DuplicateAction::CreateAnyway;
                plan.m_rows << std::move(row);
                continue;
            }

            std::optional<std::pair<qint64, DuplicateMatch>> inFile;
            std::optional<std::pair<qint64, DuplicateMatch>> earlier;
            if (people) {
                const auto keys = PersonKeys::of(
                    row.contact.firstName, row.contact.lastName, row.contact.emails);
                inFile = people_.best(keys, likelyDuplicateScore);
                earlier = earlierPeople.best(keys, likelyDuplicateScore);
                earlierPeople.add(-(index + 1), keys);
            } else {
                const auto keys = OrganisationKeys::of(
                    row.organisation.name, row.organisation.acronym, row.organisation.email);
                inFile = bodies.best(keys, likelyDuplicateScore);
                earlier = earlierBodies.best(keys, likelyDuplicateScore);
                earlierBodies.add(-(index + 1), keys);
            }
            std::optional<RowDuplicate> fromEarlier;
            if (earlier) {
                const int earlierRow = int(-earlier->first - 1);
                const ImportRow &other = plan.m_rows[earlierRow];
                fromEarlier = RowDuplicate {};
                fromEarlier->earlierRow = earlierRow;
                fromEarlier->otherLine = other.line;
                fromEarlier->otherName = rowName(plan.m_kind, other);
                fromEarlier->reason = earlier->second.reason;
                fromEarlier->score = earlier->second.score;
                fromEarlier->namesakes = people && fromEarlier->reason != DuplicateReason::SameEmail
                    && namesakes(row, other.contact.emails, { other.organisationName });
            }
            std::optional<RowDuplicate> fromFile;
            if (inFile) {
                const auto &person = existingPeople.value(inFile->first);
                fromFile = RowDuplicate {};
                fromFile->existingId = inFile->first;
                fromFile->otherName = names.value(inFile->first);
                fromFile->reason = inFile->second.reason;
                fromFile->score = inFile->second.score;
                fromFile->namesakes = people && fromFile->reason != DuplicateReason::SameEmail
                    && namesakes(
                        row, person.emails, person.organisations.split(QStringLiteral(", ")));
            }
            // The better likeness; between equals, the one not a namesake, then an earlier
            // row (it already says what becomes of that record).
            const auto rank = [](const std::optional<RowDuplicate> &d) {
                return d ? d->score * 2 + (d->namesakes ? 0 : 1) : -1;
            };
            row.duplicate = rank(fromEarlier) >= rank(fromFile) ? fromEarlier : fromFile;
            if (row.duplicate)
                row.action = row.duplicate->namesakes ? DuplicateAction::CreateAnyway
                                                      : proposedAction(row.duplicate->score);
        }
        plan.m_rows << std::move(row);
    }
    return plan;
}

QList<ImportProblem> ImportPlan::problems() const
{
    QList<ImportProblem> result;
    for (const ImportRow &row : m_rows)
        result << row.problems;
    return result;
}

int ImportPlan::rejectedCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const ImportRow &row) { return !row.isValid(); }));
}

int ImportPlan::duplicateCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const ImportRow &row) { return row.isValid() && row.duplicate; }));
}

void ImportPlan::setDuplicateAction(DuplicateAction action)
{
    // Nothing of a contribution to fill: it is there or not.
    if (!merges(m_kind)
        && (action == DuplicateAction::FillEmpty || action == DuplicateAction::Overwrite))
        action = DuplicateAction::Skip;
    for (ImportRow &row : m_rows) {
        if (row.duplicate)
            row.action = action;
    }
}

QList<ImportPlan::Target> ImportPlan::targets() const
{
    QList<Target> result;
    result.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &row = m_rows[i];
        Target target;
        if (!row.isValid()) {
            target.kind = Target::Kind::Rejected;
        } else if (!row.duplicate || row.action == DuplicateAction::CreateAnyway) {
            target.kind = Target::Kind::Created;
            target.row = i;
        } else if (row.action == DuplicateAction::Skip) {
            target.kind = Target::Kind::Skipped;
        } else if (row.duplicate->existingId) {
            target.kind = Target::Kind::Updated;
            target.existingId = row.duplicate->existingId;
        } else {
            // Joined with the earlier row: wherever that one goes. A skipped row takes
            // this one with it.
            target = result[row.duplicate->earlierRow];
            if (target.kind == Target::Kind::Rejected)
                target.kind = Target::Kind::Skipped;
            target.joined = true;
        }
        result << target;
    }
    return result;
}

ImportPlan::Outcome ImportPlan::outcome() const
{
    Outcome outcome;
    QSet<qint64> updated;
    const QList<Target> all = targets();
    for (int i = 0; i < all.size(); ++i) {
        const Target &target = all[i];
        switch (target.kind) {
        case Target::Kind::Rejected:
            ++outcome.rejected;
            break;
        case Target::Kind::Skipped:
            ++outcome.skipped;
            break;
        case Target::Kind::Created:
            if (target.joined)
                ++outcome.merged;
            else if (m_kind != ImportKind::SerdActions || m_rows[i].serd.occurrence.date.isValid())
                ++outcome.created; // SERD actions: the dates (actions are counted below)
            break;
        case Target::Kind::Updated:
            if (target.joined)
                ++outcome.merged;
            else
                updated.insert(target.existingId);
            break;
        }
    }
    outcome.updated = int(updated.size());
    if (m_kind == ImportKind::SerdActions) {
        QSet<int> newActions; // by the first row naming them
        for (int i = 0; i < all.size(); ++i) {
            if ((all[i].kind == Target::Kind::Created || all[i].kind == Target::Kind::Updated)
                && !m_rows[i].serd.actionId)
                newActions.insert(m_rows[i].serd.actionRow);
        }
        outcome.actions = int(newActions.size());
        outcome.editions = int(newEditions().size());
    }
    return outcome;
}

QList<int> ImportPlan::newEditions() const
{
    QSet<int> years;
    const QList<Target> all = targets();
    for (int i = 0; i < all.size(); ++i) {
        if (m_kind == ImportKind::SerdActions && !m_rows[i].serd.editionId
            && (all[i].kind == Target::Kind::Created || all[i].kind == Target::Kind::Updated))
            years.insert(m_rows[i].serd.edition);
    }
    QList<int> result(years.cbegin(), years.cend());
    std::sort(result.begin(), result.end());
    return result;
}

// ---- Merging a row into a record -----------------------------------------------------

namespace {

template<typename T> void joinList(QList<T> &into, const QList<T> &more)
{
    for (const T &value : more) {
        if (!into.contains(value))
            into << value;
    }
}

void joinTexts(QStringList &into, const QStringList &more)
{
    for (const QString &value : more) {
        const bool present = std::any_of(into.cbegin(), into.cend(),
            [&](const QString &v) { return foldedKey(v) == foldedKey(value); });
        if (!present)
            into << value;
    }
}

void take(QString &into, const QString &value, DuplicateAction action)
{
    if (!value.isEmpty() && (into.isEmpty() || action == DuplicateAction::Overwrite))
        into = value;
}

void take(qint64 &into, qint64 value, DuplicateAction action)
{
    if (value && (!into || action == DuplicateAction::Overwrite))
        into = value;
}

void take(QDate &into, const QDate &value, DuplicateAction action)
{
    if (value.isValid() && (!into.isValid() || action == DuplicateAction::Overwrite))
        into = value;
}

} // namespace

Contact mergedContact(const Contact &into, const Contact &row, DuplicateAction action)
{
    Contact c = into;
    if (row.civility != Civility::None
        && (c.civility == Civility::None || action == DuplicateAction::Overwrite))
        c.civility = row.civility;
    take(c.firstName, row.firstName, action);
    take(c.lastName, row.lastName, action);
    joinTexts(c.emails, row.emails);
    joinList(c.phones, row.phones);
    take(c.communeId, row.communeId, action);
    for (const Membership &m : row.memberships) {
        const auto same = std::find_if(c.memberships.begin(), c.memberships.end(),
            [&](const Membership &held) { return held.organisationId == m.organisationId; });
        if (same == c.memberships.end())
            c.memberships << m;
        else
            take(same->role, m.role, action);
    }
    take(c.typeId, row.typeId, action);
    joinList(c.domainIds, row.domainIds);
    joinTexts(c.tagNames, row.tagNames);
    c.networkHead = c.networkHead || row.networkHead;
    if (row.relayActor && !c.relayActor) {
        c.relayActor = true;
        c.relayActorSince = row.relayActorSince;
    } else if (row.relayActor) {
        take(c.relayActorSince, row.relayActorSince, action);
    }
    if (!row.notes.isEmpty() && !c.notes.contains(row.notes))
        c.notes = action == DuplicateAction::Overwrite || c.notes.isEmpty()
            ? row.notes
            : c.notes + QLatin1Char('\n') + row.notes;
    for (const ConsentChannel channel : { ConsentChannel::Email, ConsentChannel::Post }) {
        const ChannelConsent &imported = row.consentBy(channel);
        if (imported.status != Consent::Unknown
            && (c.consentBy(channel).status == Consent::Unknown
                || action == DuplicateAction::Overwrite))
            c.consentBy(channel) = imported;
    }
    return c;
}

Organisation mergedOrganisation(
    const Organisation &into, const Organisation &row, DuplicateAction action)
{
    Organisation o = into;
    take(o.name, row.name, action);
    take(o.acronym, row.acronym, action);
    take(o.typeId, row.typeId, action);
    joinList(o.domainIds, row.domainIds);
    joinTexts(o.tagNames, row.tagNames);
    take(o.communeId, row.communeId, action);
    take(o.address, row.address, action);
    take(o.phone, row.phone, action);
    take(o.email, row.email, action);
    take(o.website, row.website, action);
    if (!row.notes.isEmpty() && !o.notes.contains(row.notes))
        o.notes = action == DuplicateAction::Overwrite || o.notes.isEmpty()
            ? row.notes
            : o.notes + QLatin1Char('\n') + row.notes;
    o.networkHead = o.networkHead || row.networkHead;
    o.municipalService = o.municipalService || row.municipalService;
    return o;
}

} // namespace relais
