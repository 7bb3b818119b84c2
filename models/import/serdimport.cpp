#include "serdimport.h"

#include "../domain/textfold.h"

#include <QLocale>

namespace relais {

namespace SerdImport {

void assign(ImportRow &row, const QString &key, const QVariant &value)
{
    SerdRow &serd = row.serd;
    const QString text = value.toString();
    if (key == QLatin1String("date"))
        serd.occurrence.date = value.toDate();
    else if (key == QLatin1String("start"))
        serd.occurrence.startsAt = value.toTime();
    else if (key == QLatin1String("end"))
        serd.occurrence.endsAt = value.toTime();
    else if (key == QLatin1String("title"))
        serd.action.title = text;
    else if (key == QLatin1String("description"))
        serd.action.description = text;
    else if (key == QLatin1String("status"))
        serd.status = value.value<SerdStatus>();
    else if (key == QLatin1String("category"))
        serd.category = text;
    else if (key == QLatin1String("topic"))
        serd.topic = text;
    else if (key == QLatin1String("audience"))
        serd.action.audience = text;
    else if (key == QLatin1String("lead_organiser"))
        serd.leadOrganiser = text;
    else if (key == QLatin1String("co_organisers"))
        serd.coOrganisers = value.toStringList();
    else if (key == QLatin1String("contact"))
        serd.contactPerson = text;
    else if (key == QLatin1String("place"))
        serd.occurrence.place = text;
    else if (key == QLatin1String("commune"))
        row.commune = text;
    else if (key == QLatin1String("expected_participants"))
        serd.occurrence.expectedParticipants = int(value.toLongLong());
    else if (key == QLatin1String("participants"))
        serd.occurrence.actualParticipants = int(value.toLongLong());
    else if (key == QLatin1String("cancelled"))
        serd.occurrence.cancelled = value.toBool();
    else if (key == QLatin1String("registered"))
        serd.action.registered = value.toBool();
    else if (key == QLatin1String("edition"))
        serd.edition = int(value.toLongLong());
}

QString rowError(ImportRow &row)
{
    SerdRow &serd = row.serd;
    const QDate date = serd.occurrence.date;
    if (!serd.edition)
        serd.edition = date.isValid() ? date.year() : 0;
    if (!serd.edition)
        return ActionRows::tr("No date and no edition: say which year's Week the action "
                              "belongs to.");
    SerdEdition edition;
    edition.year = serd.edition;
    if (const QString error = serdEditionError(edition); !error.isEmpty())
        return error;
    if (date.isValid() && date.year() != serd.edition)
        return ActionRows::tr("The date %1 is not in %2, the year of the edition.")
            .arg(QLocale().toString(date, QLocale::ShortFormat))
            .arg(serd.edition);
    if (date.isValid()) {
        if (const QString error = serdOccurrenceError(serd.occurrence); !error.isEmpty())
            return error;
    } else if (serd.occurrence.startsAt.isValid() || serd.occurrence.actualParticipants
        || serd.occurrence.expectedParticipants) {
        return ActionRows::tr("Times or participants without a date: give the date.");
    }
    // An action in the officer's table is on the Week's programme unless it says otherwise.
    serd.action.status = serd.status.value_or(SerdStatus::Confirmed);
    serd.action.title = serd.action.title.simplified();
    serd.action.audience = serd.action.audience.simplified();
    serd.action.description = serd.action.description.trimmed();
    serd.occurrence.place = serd.occurrence.place.simplified();
    return {};
}

void splitPersonName(const QString &name, QString *firstName, QString *lastName)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto capitals = [](const QString &word) {
        return word.size() > 1 && word == word.toUpper() && word != word.toLower();
    };
    QStringList first;
    QStringList last;
    for (const QString &word : words)
        (capitals(word) ? last : first) << word;
    if (last.isEmpty() || first.isEmpty()) {
        // No capitals to tell: the last word is the last name.
        first = words;
        last = words.isEmpty() ? QStringList() : QStringList { first.takeLast() };
    }
    *firstName = first.join(QLatin1Char(' '));
    *lastName = last.join(QLatin1Char(' '));
}

namespace {

QString actionKey(int year, const QString &title, const QString &lead)
{
    return QStringLiteral("%1|%2|%3").arg(year).arg(foldedKey(title), lead);
}

// The lead organiser of a row as the key of its action: the organisation of Relais, or
// the new one of the file it stands for.
QString leadKey(const NameRef &ref, const QList<UnknownValue> &values)
{
    if (ref.id)
        return QStringLiteral("id:%1").arg(ref.id);
    int index = ref.value;
    if (index < 0 || index >= values.size())
        return {};
    // A new name taken as another: that one's (earlier in the list, so no loop).
    while (values[index].useValue >= 0 && values[index].useValue < index)
        index = values[index].useValue;
    if (values[index].useId)
        return QStringLiteral("id:%1").arg(values[index].useId);
    return QStringLiteral("new:%1").arg(index);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

ActionRows::ActionRows(const ExistingActors &existing)
    : m_editions(existing.serdEditions)
{
    QHash<qint64, QString> keys;
    for (const ExistingActors::Action &action : existing.serdActions) {
        const QString key = actionKey(action.year, action.title,
            action.leadOrganisationId ? QStringLiteral("id:%1").arg(action.leadOrganisationId)
                                      : QString());
        keys.insert(action.id, key);
        m_actionTitles.insert(key, action.title);
        // Two actions of Relais alike: the first takes the rows.
        if (!m_actions.contains(key))
            m_actions.insert(key, action.id);
    }
    for (const ExistingActors::Occurrence &o : existing.serdOccurrences) {
        const QString key = keys.value(o.actionId);
        if (m_actions.value(key) == o.actionId)
            m_dates[key] << Held { o.id, -1, o.date, o.startsAt, foldedKey(o.place) };
    }
}

bool ActionRows::sameDate(const Held &held, const SerdOccurrence &occurrence)
{
    const QString place = foldedKey(occurrence.place);
    return held.date == occurrence.date
        && (!held.startsAt.isValid() || !occurrence.startsAt.isValid()
            || held.startsAt == occurrence.startsAt)
        && (held.place.isEmpty() || place.isEmpty() || held.place == place);
}

void ActionRows::place(
    ImportRow &row, int index, const QList<ImportRow> &rows, const QList<UnknownValue> &values)
{
    SerdRow &serd = row.serd;
    serd.editionId = m_editions.value(serd.edition);
    const QString key = actionKey(serd.edition, serd.action.title, leadKey(serd.leadRef, values));
    if (const auto earlier = m_earlierActions.constFind(key); earlier != m_earlierActions.cend()) {
        serd.actionRow = *earlier;
        serd.actionId = rows[*earlier].serd.actionId;
    } else {
        serd.actionRow = index;
        serd.actionId = m_actions.value(key);
        m_earlierActions.insert(key, index);
    }
    if (!serd.occurrence.date.isValid())
        return;
    QList<Held> &dates = m_dates[key];
    for (const Held &held : std::as_const(dates)) {
        if (!sameDate(held, serd.occurrence))
            continue;
        RowDuplicate duplicate;
        duplicate.reason = DuplicateReason::SameOccurrence;
        duplicate.score = 100;
        if (held.id) {
            duplicate.existingId = held.id;
            duplicate.otherName = tr("%1, %2").arg(
                m_actionTitles.value(key, serd.action.title), dateText(held.date));
        } else {
            duplicate.earlierRow = held.row;
            duplicate.otherLine = rows[held.row].line;
            duplicate.otherName = tr("%1, %2").arg(
                rows[held.row].serd.action.title, dateText(rows[held.row].serd.occurrence.date));
        }
        row.duplicate = duplicate;
        row.action = ImportPlan::proposedAction(duplicate.score);
        return;
    }
    dates << Held { 0, index, serd.occurrence.date, serd.occurrence.startsAt,
        foldedKey(serd.occurrence.place) };
}

} // namespace SerdImport

} // namespace relais
