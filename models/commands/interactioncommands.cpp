// The Commands verbs of interactions and follow-ups.

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/followuprepository.h"
#include "../db/interactionrepository.h"
#include "../domain/validation.h"
#include "commands.h"
#include "step.h"

#include <QUndoStack>

namespace relais {

namespace {

// Stands, in a follow-up of a step, for the interaction that step writes, whose id is
// only known once it is written.
constexpr qint64 thisStepsInteraction = -1;

// Moves interactions and follow-ups from one state to another: every verb of this area
// is such a change (add: nothing -> something; delete: the reverse; an edit or a
// completion: before -> after), which undo runs backwards.
class InteractionChange : public Step
{
public:
    InteractionChange(Commands &owner, const QString &text)
        : Step(owner, text)
    { }

    std::optional<Interaction> interactionBefore;
    std::optional<Interaction> interactionAfter;
    QList<FollowUp> followUpsBefore;
    QList<FollowUp> followUpsAfter;

    qint64 interactionId() const { return interactionAfter ? interactionAfter->id : 0; }

protected:
    void apply() override
    {
        writeInteraction(interactionBefore, interactionAfter);
        // Ids given on the first run are kept, so that redo and later steps agree.
        writeFollowUps(followUpsBefore, followUpsAfter, true);
    }
    void revert() override
    {
        // The interaction first, both ways: follow-ups may point at it, and removing it
        // only clears their links (ON DELETE SET NULL).
        writeInteraction(interactionAfter, interactionBefore);
        writeFollowUps(followUpsAfter, followUpsBefore, false);
    }

private:
    void writeInteraction(std::optional<Interaction> &from, std::optional<Interaction> &to)
    {
        InteractionRepository interactions(database());
        if (from && !to) {
            interactions.remove(from->id);
        } else if (!from && to) {
            to->id = interactions.insert(*to);
            *to = *interactions.load(to->id);
        } else if (from && to) {
            interactions.update(*to);
        }
    }

    void writeFollowUps(const QList<FollowUp> &from, QList<FollowUp> &to, bool resolve)
    {
        FollowUpRepository followUps(database());
        const auto contains = [](const QList<FollowUp> &list, qint64 id) {
            return id && std::any_of(list.begin(), list.end(), [id](const FollowUp &f) {
                return f.id == id;
            });
        };
        for (const FollowUp &old : from) {
            if (!contains(to, old.id))
                followUps.remove(old.id);
        }
        for (FollowUp &f : to) {
            if (resolve) {
                if (f.interactionId == thisStepsInteraction)
                    f.interactionId = interactionId();
                if (f.doneInteractionId == thisStepsInteraction)
                    f.doneInteractionId = interactionId();
            }
            if (f.id && followUps.load(f.id)) {
                followUps.update(f);
            } else {
                f.id = followUps.insert(f);
                f = *followUps.load(f.id);
            }
        }
    }
};

// Adds to the step the follow-up planned with its interaction (with the
// interaction's actors unless it names its own); false and why if it is not valid.
bool planWithStep(InteractionChange &step, const std::optional<FollowUp> &followUp,
    const QList<ActorRef> &actors, QString &error)
{
    if (!followUp)
        return true;
    FollowUp planned = *followUp;
    if (planned.actors.isEmpty())
        planned.actors = actors;
    FollowUp clean;
    if (const auto errors = validateFollowUp(planned, &clean); !errors.isEmpty()) {
        error = errors.first().message;
        return false;
    }
    clean.id = 0;
    clean.interactionId = thisStepsInteraction;
    step.followUpsAfter << clean;
    return true;
}

} // namespace

std::optional<qint64> Commands::addInteraction(
    const Interaction &interaction, const std::optional<FollowUp> &followUp)
{
    Interaction cleaned;
    if (const auto errors = validateInteraction(interaction, today(), &cleaned);
        !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return std::nullopt;
    }
    cleaned.id = 0;
    auto *step = new InteractionChange(*this,
        Commands::tr("Log %1").arg(
            cleaned.subject.isEmpty() ? actorNames(cleaned.actors) : cleaned.subject));
    step->interactionAfter = cleaned;
    if (!planWithStep(*step, followUp, cleaned.actors, m_lastError)) {
        delete step;
        return std::nullopt;
    }
    if (!push(step))
        return std::nullopt;
    return step->interactionId();
}

bool Commands::updateInteraction(const Interaction &interaction)
{
    Interaction cleaned;
    if (const auto errors = validateInteraction(interaction, today(), &cleaned);
        !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return false;
    }
    std::optional<Interaction> before;
    try {
        before = InteractionRepository(m_database).load(interaction.id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This interaction no longer exists; it may have been deleted.");
        return false;
    }
    cleaned.createdAt = before->createdAt;
    cleaned.updatedAt = before->updatedAt;
    if (cleaned == *before)
        return true;
    cleaned.updatedAt = QDateTime();
    auto *step = new InteractionChange(*this,
        Commands::tr("Edit the interaction of %1")
            .arg(QLocale().toString(cleaned.date, QLocale::ShortFormat)));
    step->interactionBefore = before;
    step->interactionAfter = cleaned;
    return push(step);
}

bool Commands::deleteInteraction(qint64 id)
{
    std::optional<Interaction> before;
    QList<FollowUp> referring;
    try {
        before = InteractionRepository(m_database).load(id);
        referring = FollowUpRepository(m_database).referring(id);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This interaction no longer exists; it may have been deleted.");
        return false;
    }
    auto *step = new InteractionChange(*this,
        Commands::tr("Delete the interaction of %1")
            .arg(QLocale().toString(before->date, QLocale::ShortFormat)));
    step->interactionBefore = before;
    // The follow-ups stay, without their link to it (undo restores it).
    step->followUpsBefore = referring;
    for (FollowUp followUp : referring) {
        if (followUp.interactionId == id)
            followUp.interactionId = 0;
        if (followUp.doneInteractionId == id)
            followUp.doneInteractionId = 0;
        step->followUpsAfter << followUp;
    }
    return push(step);
}

std::optional<qint64> Commands::completeFollowUp(
    qint64 followUpId, const Interaction &logged, const std::optional<FollowUp> &next)
{
    std::optional<FollowUp> before;
    try {
        before = FollowUpRepository(m_database).load(followUpId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    if (!before) {
        m_lastError = Commands::tr("This follow-up no longer exists; it may have been deleted.");
        return std::nullopt;
    }
    if (before->isDone()) {
        m_lastError = Commands::tr("This follow-up is already done.");
        return std::nullopt;
    }
    Interaction cleaned;
    if (const auto errors = validateInteraction(logged, today(), &cleaned); !errors.isEmpty()) {
        m_lastError = errors.first().message;
        return std::nullopt;
    }
    cleaned.id = 0;
    auto *step = new InteractionChange(*this, Commands::tr("Mark \"%1\" done").arg(before->action));
    step->interactionAfter = cleaned;
    step->followUpsBefore << *before;
    FollowUp done = *before;
    done.doneOn = cleaned.date;
    done.doneInteractionId = thisStepsInteraction;
    done.updatedAt = QDateTime();
    step->followUpsAfter << done;
    if (!planWithStep(*step, next, cleaned.actors, m_lastError)) {
        delete step;
        return std::nullopt;
    }
    if (!push(step))
        return std::nullopt;
    return step->interactionId();
}

bool Commands::planFollowUps(
    const QList<ActorRef> &actors, const QDate &due, const QString &action, qint64 staffId)
{
    auto *step = new InteractionChange(*this,
        Commands::tr("Plan \"%1\" for %Ln actor(s)", nullptr, int(actors.size()))
            .arg(action.simplified()));
    for (const ActorRef &actor : actors) {
        FollowUp followUp;
        followUp.due = due;
        followUp.action = action;
        followUp.staffId = staffId;
        followUp.actors = { actor };
        FollowUp clean;
        if (const auto errors = validateFollowUp(followUp, &clean); !errors.isEmpty()) {
            delete step;
            m_lastError = errors.first().message;
            return false;
        }
        step->followUpsAfter << clean;
    }
    if (step->followUpsAfter.isEmpty()) {
        delete step;
        m_lastError = Commands::tr("Select the actors to plan a follow-up for.");
        return false;
    }
    return push(step);
}

bool Commands::changeFollowUps(const QList<qint64> &ids, const std::function<QString(int)> &text,
    const std::function<void(FollowUp &)> &change)
{
    auto *step = new InteractionChange(*this, QString());
    int found = 0;
    try {
        FollowUpRepository followUps(m_database);
        for (const qint64 id : ids) {
            const auto followUp = followUps.load(id);
            if (!followUp)
                continue;
            ++found;
            // What is done stays as it was done.
            if (followUp->isDone())
                continue;
            FollowUp after = *followUp;
            change(after);
            if (after == *followUp)
                continue;
            after.updatedAt = QDateTime();
            step->followUpsBefore << *followUp;
            step->followUpsAfter << after;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    const int changed = int(step->followUpsBefore.size());
    if (changed == 0) {
        delete step;
        if (found == 0) {
            m_lastError
                = Commands::tr("These follow-ups no longer exist; they may have been deleted.");
            return false;
        }
        return true; // nothing to change: no empty step in the history
    }
    step->setText(text(changed));
    return push(step);
}

bool Commands::rescheduleFollowUps(const QList<qint64> &ids, const QDate &due)
{
    if (!due.isValid()) {
        m_lastError = Commands::tr("The due date is required.");
        return false;
    }
    return changeFollowUps(
        ids,
        [due](int count) {
            return Commands::tr("Reschedule %Ln follow-up(s) to %1", nullptr, count)
                .arg(QLocale().toString(due, QLocale::ShortFormat));
        },
        [due](FollowUp &f) { f.due = due; });
}

bool Commands::reassignFollowUps(const QList<qint64> &ids, qint64 staffId)
{
    return changeFollowUps(
        ids, [](int count) { return Commands::tr("Reassign %Ln follow-up(s)", nullptr, count); },
        [staffId](FollowUp &f) { f.staffId = staffId; });
}

bool Commands::deleteFollowUps(const QList<qint64> &ids)
{
    auto *step = new InteractionChange(*this, QString());
    try {
        FollowUpRepository followUps(m_database);
        for (const qint64 id : ids) {
            if (const auto followUp = followUps.load(id))
                step->followUpsBefore << *followUp;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->followUpsBefore.isEmpty()) {
        delete step;
        m_lastError = Commands::tr("These follow-ups no longer exist; they may have been deleted.");
        return false;
    }
    step->setText(
        Commands::tr("Delete %Ln follow-up(s)", nullptr, int(step->followUpsBefore.size())));
    return push(step);
}

} // namespace relais
