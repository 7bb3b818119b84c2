// The Commands verbs of the European Week for Waste Reduction (SERD).

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/referencelistrepository.h"
#include "../db/serdrepository.h"
#include "commands.h"
#include "referenceresolver.h"
#include "step.h"

#include <QLocale>
#include <QSet>
#include <QUndoStack>

namespace relais {

namespace {

template<typename T> bool hasId(const QList<T> &list, qint64 id)
{
    return id > 0
        && std::any_of(list.begin(), list.end(), [id](const T &item) { return item.id == id; });
}

// Moves SERD records from one state to another; undo runs the move backwards. Each
// list holds only what the verb touches. A record of the "to" side missing from the
// "from" side is inserted; one on both sides is updated; one only on the "from" side
// is deleted. A new action carries a negative id until stored, and its new occurrences
// that same id as their actionId.
class SerdChange : public Step
{
public:
    using Step::Step;

    std::optional<SerdEdition> editionBefore, editionAfter;
    QList<SerdAction> actionsBefore, actionsAfter;
    QList<SerdOccurrence> occurrencesBefore, occurrencesAfter;

protected:
    void apply() override
    {
        ReferenceResolver(database()).restore(m_created);
        resolveCommunes();
        move(editionBefore, editionAfter, actionsBefore, actionsAfter, occurrencesBefore,
            occurrencesAfter);
    }

    void revert() override
    {
        move(editionAfter, editionBefore, actionsAfter, actionsBefore, occurrencesAfter,
            occurrencesBefore);
        ReferenceResolver(database()).remove(m_created);
    }

private:
    // A commune typed for an occurrence is created on the first run and kept, by id,
    // for redo (restore() above puts it back).
    void resolveCommunes()
    {
        ReferenceListRepository lists(database());
        for (SerdOccurrence &o : occurrencesAfter) {
            if (o.communeId || o.communeName.trimmed().isEmpty())
                continue;
            bool isNew = false;
            o.communeId = lists.findOrAdd(ReferenceList::Commune, o.communeName, &isNew);
            if (isNew)
                m_created.items.append(
                    { ReferenceList::Commune, *lists.item(ReferenceList::Commune, o.communeId) });
        }
    }

    void move(const std::optional<SerdEdition> &editionFrom, std::optional<SerdEdition> &editionTo,
        const QList<SerdAction> &actionsFrom, QList<SerdAction> &actionsTo,
        const QList<SerdOccurrence> &occurrencesFrom, QList<SerdOccurrence> &occurrencesTo)
    {
        SerdRepository serd(database());
        if (editionTo && !editionFrom) {
            editionTo->id = serd.insertEdition(*editionTo);
            editionTo = serd.edition(editionTo->id); // with its timestamps, for redo
        } else if (editionTo) {
            serd.updateEdition(*editionTo);
        }
        QHash<qint64, qint64> storedAs; // placeholder id -> id
        for (SerdAction &a : actionsTo) {
            if (hasId(actionsFrom, a.id)) {
                serd.updateAction(a);
                continue;
            }
            const qint64 placeholder = a.id;
            a.id = serd.insertAction(a);
            if (placeholder <= 0)
                storedAs.insert(placeholder, a.id);
            a = *serd.action(a.id);
        }
        for (SerdOccurrence &o : occurrencesTo) {
            if (storedAs.contains(o.actionId))
                o.actionId = storedAs.value(o.actionId);
            if (hasId(occurrencesFrom, o.id)) {
                serd.updateOccurrence(o);
                continue;
            }
            o.id = serd.insertOccurrence(o);
            o = *serd.occurrence(o.id);
        }
        for (const SerdOccurrence &o : occurrencesFrom) {
            if (!hasId(occurrencesTo, o.id))
                serd.removeOccurrence(o.id);
        }
        for (const SerdAction &a : actionsFrom) {
            if (!hasId(actionsTo, a.id))
                serd.removeAction(a.id);
        }
        if (editionFrom && !editionTo)
            serd.removeEdition(editionFrom->id);
    }

    CreatedReferences m_created;
};

template<typename T>
std::optional<T> loaded(
    QString &error, const std::function<std::optional<T>()> &load, const QString &gone)
{
    try {
        if (auto value = load())
            return value;
        error = gone;
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    return std::nullopt;
}

QString editionGone()
{
    return Commands::tr("This edition no longer exists; it may have been deleted.");
}

QString actionGone()
{
    return Commands::tr("This action no longer exists; it may have been deleted.");
}

QString occurrenceGone()
{
    return Commands::tr("This date of the action no longer exists; it may have been deleted.");
}

SerdEdition cleanedEdition(const SerdEdition &edition)
{
    SerdEdition e = edition;
    e.focus = e.focus.simplified();
    e.notes = e.notes.trimmed();
    return e;
}

SerdOccurrence cleanedOccurrence(const SerdOccurrence &occurrence)
{
    SerdOccurrence o = occurrence;
    o.place = o.place.simplified();
    o.communeName = o.communeName.simplified();
    return o;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

// ---- Editions --------------------------------------------------------------------

std::optional<qint64> Commands::addSerdEdition(const SerdEdition &edition)
{
    SerdEdition e = cleanedEdition(edition);
    if (const QString error = serdEditionError(e); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    e.id = 0;
    auto *step = new SerdChange(*this, Commands::tr("Add the SERD %1").arg(e.year));
    step->editionAfter = e;
    if (!push(step))
        return std::nullopt;
    return step->editionAfter->id;
}

bool Commands::updateSerdEdition(const SerdEdition &edition)
{
    SerdEdition e = cleanedEdition(edition);
    if (const QString error = serdEditionError(e); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    const auto before = loaded<SerdEdition>(
        m_lastError, [&] { return SerdRepository(m_database).edition(e.id); }, editionGone());
    if (!before)
        return false;
    e.createdAt = before->createdAt;
    e.updatedAt = before->updatedAt;
    if (e == *before)
        return true;
    e.updatedAt = QDateTime();
    auto *step = new SerdChange(*this, Commands::tr("Edit the SERD %1").arg(e.year));
    step->editionBefore = before;
    step->editionAfter = e;
    return push(step);
}

bool Commands::deleteSerdEdition(qint64 id)
{
    const auto before = loaded<SerdEdition>(
        m_lastError, [&] { return SerdRepository(m_database).edition(id); }, editionGone());
    if (!before)
        return false;
    auto *step = new SerdChange(*this, Commands::tr("Delete the SERD %1").arg(before->year));
    step->editionBefore = before;
    try {
        SerdRepository serd(m_database);
        step->actionsBefore = serd.actions(id);
        step->occurrencesBefore = serd.occurrencesOfEdition(id);
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    return push(step);
}

// ---- Actions -----------------------------------------------------------------------

std::optional<qint64> Commands::addSerdAction(
    const SerdAction &action, const QList<SerdOccurrence> &occurrences)
{
    SerdAction a = cleanedSerdAction(action);
    if (const QString error = serdActionError(a); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    auto *step = new SerdChange(*this, Commands::tr("Add the SERD action %1").arg(a.title));
    a.id = -1;
    a.createdAt = a.updatedAt = QDateTime();
    step->actionsAfter << a;
    for (const SerdOccurrence &occurrence : occurrences) {
        SerdOccurrence o = cleanedOccurrence(occurrence);
        if (const QString error = serdOccurrenceError(o); !error.isEmpty()) {
            delete step;
            m_lastError = error;
            return std::nullopt;
        }
        o.id = 0;
        o.actionId = a.id;
        o.createdAt = o.updatedAt = QDateTime();
        step->occurrencesAfter << o;
    }
    if (!push(step))
        return std::nullopt;
    return step->actionsAfter.first().id;
}

bool Commands::updateSerdAction(const SerdAction &action)
{
    SerdAction a = cleanedSerdAction(action);
    if (const QString error = serdActionError(a); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    const auto before = loaded<SerdAction>(
        m_lastError, [&] { return SerdRepository(m_database).action(a.id); }, actionGone());
    if (!before)
        return false;
    a.createdAt = before->createdAt;
    a.updatedAt = before->updatedAt;
    if (a == *before)
        return true;
    a.updatedAt = QDateTime();
    auto *step = new SerdChange(*this, Commands::tr("Edit the SERD action %1").arg(a.title));
    step->actionsBefore << *before;
    step->actionsAfter << a;
    return push(step);
}

std::optional<qint64> Commands::saveSerdAction(
    const SerdAction &action, const QList<SerdOccurrence> &occurrences)
{
    if (!action.id)
        return addSerdAction(action, occurrences);
    SerdAction a = cleanedSerdAction(action);
    if (const QString error = serdActionError(a); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    const auto before = loaded<SerdAction>(
        m_lastError, [&] { return SerdRepository(m_database).action(a.id); }, actionGone());
    if (!before)
        return std::nullopt;
    QList<SerdOccurrence> occurrencesBefore;
    try {
        occurrencesBefore = SerdRepository(m_database).occurrences(a.id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    QList<SerdOccurrence> occurrencesAfter;
    for (const SerdOccurrence &occurrence : occurrences) {
        SerdOccurrence o = cleanedOccurrence(occurrence);
        if (const QString error = serdOccurrenceError(o); !error.isEmpty()) {
            m_lastError = error;
            return std::nullopt;
        }
        o.actionId = a.id;
        // Only dates of this action keep their id; anything else is a new date.
        const auto same = std::find_if(occurrencesBefore.cbegin(), occurrencesBefore.cend(),
            [&o](const SerdOccurrence &b) { return b.id == o.id; });
        if (o.id && same == occurrencesBefore.cend())
            o.id = 0;
        if (same != occurrencesBefore.cend()) {
            o.createdAt = same->createdAt;
            o.updatedAt = same->updatedAt;
            if (o == *same) {
                occurrencesAfter << o;
                continue;
            }
        }
        if (!o.id)
            o.createdAt = QDateTime();
        o.updatedAt = QDateTime();
        occurrencesAfter << o;
    }
    a.createdAt = before->createdAt;
    a.updatedAt = before->updatedAt;
    if (a == *before && occurrencesAfter == occurrencesBefore)
        return a.id;
    if (!(a == *before))
        a.updatedAt = QDateTime();
    auto *step = new SerdChange(*this, Commands::tr("Edit the SERD action %1").arg(a.title));
    step->actionsBefore << *before;
    step->actionsAfter << a;
    step->occurrencesBefore = occurrencesBefore;
    step->occurrencesAfter = occurrencesAfter;
    if (!push(step))
        return std::nullopt;
    return a.id;
}

bool Commands::deleteSerdAction(qint64 id)
{
    const auto before = loaded<SerdAction>(
        m_lastError, [&] { return SerdRepository(m_database).action(id); }, actionGone());
    if (!before)
        return false;
    auto *step
        = new SerdChange(*this, Commands::tr("Delete the SERD action %1").arg(before->title));
    step->actionsBefore << *before;
    try {
        step->occurrencesBefore = SerdRepository(m_database).occurrences(id);
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    return push(step);
}

bool Commands::setSerdActionStatus(const QList<qint64> &actionIds, SerdStatus status)
{
    auto *step = new SerdChange(*this, QString());
    try {
        SerdRepository serd(m_database);
        QSet<qint64> seen;
        for (const qint64 id : actionIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const auto before = serd.action(id);
            if (!before || before->status == status)
                continue;
            SerdAction after = *before;
            after.status = status;
            after.updatedAt = QDateTime();
            step->actionsBefore << *before;
            step->actionsAfter << after;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->actionsBefore.isEmpty()) {
        delete step;
        return true;
    }
    step->setText(
        Commands::tr("Mark %Ln SERD action(s) as %1", nullptr, int(step->actionsBefore.size()))
            .arg(serdStatusName(status).toLower()));
    return push(step);
}

std::optional<qint64> Commands::copySerdAction(qint64 actionId, qint64 editionId)
{
    std::optional<SerdAction> source;
    std::optional<SerdEdition> from, to;
    QList<SerdOccurrence> occurrences;
    try {
        SerdRepository serd(m_database);
        source = serd.action(actionId);
        if (source) {
            from = serd.edition(source->editionId);
            to = serd.edition(editionId);
            occurrences = serd.occurrences(actionId);
        }
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    if (!source) {
        m_lastError = actionGone();
        return std::nullopt;
    }
    if (!from || !to) {
        m_lastError = editionGone();
        return std::nullopt;
    }
    SerdAction copy = *source;
    copy.id = -1;
    copy.editionId = to->id;
    copy.status = SerdStatus::Proposed;
    copy.registered = false; // the EWWR's platform takes each year's actions anew
    copy.createdAt = copy.updatedAt = QDateTime();
    auto *step = new SerdChange(
        *this, Commands::tr("Copy the SERD action %1 to %2").arg(copy.title).arg(to->year));
    step->actionsAfter << copy;
    for (SerdOccurrence o : std::as_const(occurrences)) {
        o.id = 0;
        o.actionId = copy.id;
        o.date = shiftedToEdition(o.date, *from, *to);
        o.expectedParticipants.reset();
        o.actualParticipants.reset();
        o.cancelled = false;
        o.createdAt = o.updatedAt = QDateTime();
        step->occurrencesAfter << o;
    }
    if (!push(step))
        return std::nullopt;
    return step->actionsAfter.first().id;
}

// ---- Occurrences -------------------------------------------------------------------

std::optional<qint64> Commands::addSerdOccurrence(const SerdOccurrence &occurrence)
{
    SerdOccurrence o = cleanedOccurrence(occurrence);
    if (const QString error = serdOccurrenceError(o); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    const auto action = loaded<SerdAction>(
        m_lastError, [&] { return SerdRepository(m_database).action(o.actionId); }, actionGone());
    if (!action)
        return std::nullopt;
    o.id = 0;
    o.createdAt = o.updatedAt = QDateTime();
    auto *step = new SerdChange(
        *this, Commands::tr("Add the date %1 to %2").arg(dateText(o.date), action->title));
    step->occurrencesAfter << o;
    if (!push(step))
        return std::nullopt;
    return step->occurrencesAfter.first().id;
}

bool Commands::updateSerdOccurrence(const SerdOccurrence &occurrence)
{
    SerdOccurrence o = cleanedOccurrence(occurrence);
    if (const QString error = serdOccurrenceError(o); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    const auto before = loaded<SerdOccurrence>(
        m_lastError, [&] { return SerdRepository(m_database).occurrence(o.id); }, occurrenceGone());
    if (!before)
        return false;
    o.createdAt = before->createdAt;
    o.updatedAt = before->updatedAt;
    if (o.communeId == before->communeId)
        o.communeName = before->communeName; // the name read back is not a typed one
    if (o == *before)
        return true;
    o.updatedAt = QDateTime();
    auto *step = new SerdChange(*this, Commands::tr("Edit the date %1").arg(dateText(o.date)));
    step->occurrencesBefore << *before;
    step->occurrencesAfter << o;
    return push(step);
}

bool Commands::deleteSerdOccurrence(qint64 id)
{
    const auto before = loaded<SerdOccurrence>(
        m_lastError, [&] { return SerdRepository(m_database).occurrence(id); }, occurrenceGone());
    if (!before)
        return false;
    auto *step
        = new SerdChange(*this, Commands::tr("Delete the date %1").arg(dateText(before->date)));
    step->occurrencesBefore << *before;
    return push(step);
}

} // namespace relais
