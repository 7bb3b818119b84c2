#pragma once

#include "../domain/actorref.h"
#include "../domain/contact.h"
#include "../domain/interaction.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/organisation.h"
#include "../domain/referencelist.h"
#include "../domain/serd.h"
#include "../domain/training.h"

#include <QObject>
#include <functional>
#include <optional>

class QUndoStack;

namespace relais {

class Database;
class ImportPlan;
class Step;

// Every change a user makes to the file goes through here: one verb, one transaction,
// one step on the undo stack. Widgets never touch the stack or the repositories'
// writing side themselves. A verb that fails changes nothing, returns false (or
// nullopt) and leaves the reason, in the user's language, in lastError().
class Commands : public QObject
{
    Q_OBJECT
public:
    Commands(Database &database, QUndoStack &stack, QObject *parent = nullptr);

    std::optional<qint64> addContact(const Contact &contact);
    bool updateContact(const Contact &contact);
    bool deleteContacts(const QList<qint64> &ids);
    // The right to erasure: the contacts' identity is replaced by a neutral label while
    // every figure stays (see Anonymiser), then the file is compacted so that the erased
    // values are gone from it. Not undoable: the undo history, which may hold the erased
    // values, is cleared. Returns how many were anonymised (those already anonymised are
    // skipped), or nothing when it failed (lastError()); lastError() also tells when the
    // file could not be compacted.
    std::optional<int> anonymiseContacts(const QList<qint64> &ids);

    std::optional<qint64> addOrganisation(const Organisation &organisation);
    bool updateOrganisation(const Organisation &organisation);
    bool deleteOrganisations(const QList<qint64> &ids);

    std::optional<qint64> addReferenceItem(ReferenceList list, const ReferenceItem &item);
    bool renameReferenceItem(ReferenceList list, qint64 id, const QString &name);
    bool setCommunePostcode(qint64 id, const QString &postcode);
    bool setReferenceItemRetired(ReferenceList list, qint64 id, bool retired);
    bool reorderReferenceList(ReferenceList list, const QList<qint64> &orderedIds);
    bool mergeReferenceItems(ReferenceList list, qint64 fromId, qint64 intoId);

    // An interaction, and optionally the follow-up planned with it, in one step.
    std::optional<qint64> addInteraction(
        const Interaction &interaction, const std::optional<FollowUp> &followUp = std::nullopt);
    bool updateInteraction(const Interaction &interaction);
    bool deleteInteraction(qint64 id);
    // Marks the follow-up done by logging this interaction (and optionally plans the
    // next one), in one step. Returns the logged interaction's id.
    std::optional<qint64> completeFollowUp(qint64 followUpId, const Interaction &logged,
        const std::optional<FollowUp> &next = std::nullopt);
    // One follow-up per actor ("thank them for SERD 2014"), in one step.
    bool planFollowUps(
        const QList<ActorRef> &actors, const QDate &due, const QString &action, qint64 staffId);
    bool rescheduleFollowUps(const QList<qint64> &ids, const QDate &due);
    bool reassignFollowUps(const QList<qint64> &ids, qint64 staffId);
    bool deleteFollowUps(const QList<qint64> &ids);

    // Meetings. A new meeting's commune may be typed (created on save).
    std::optional<qint64> addMeeting(const Meeting &meeting);
    bool updateMeeting(const Meeting &meeting);
    bool deleteMeeting(qint64 id);
    // A new meeting like this one on another date: type, title, times, place, staff and
    // invitees (all back to "invited"). Returns its id.
    std::optional<qint64> duplicateMeeting(qint64 id, const QDate &date);
    // Invites those not yet invited; *added says how many were.
    bool invite(qint64 meetingId, const QList<qint64> &contactIds, int *added = nullptr);
    bool uninvite(qint64 meetingId, const QList<qint64> &contactIds);
    // Sets the status of these invitees, recording when.
    bool setAttendance(qint64 meetingId, const QList<qint64> &contactIds, AttendanceStatus status);
    // After the meeting, in bulk: everyone registered came (then untick the few who
    // did not).
    bool markRegisteredPresent(qint64 meetingId);
    // Someone who came without being invited: present, and a walk-in. A person with no
    // id is created in the same step (with their organisation, typed by name).
    // Returns the contact's id.
    std::optional<qint64> addWalkIn(qint64 meetingId, const Contact &person);

    // Training: modules, cohorts, sessions, enrolments, half-day attendance.
    std::optional<qint64> addModule(const TrainingModule &module);
    bool updateModule(const TrainingModule &module);
    bool deleteModule(qint64 id);
    std::optional<qint64> addCohort(const Cohort &cohort);
    bool updateCohort(const Cohort &cohort);
    // With its sessions, trainees and attendance; undo brings them all back.
    bool deleteCohort(qint64 id);
    std::optional<qint64> addSession(const TrainingSession &session);
    bool updateSession(const TrainingSession &session);
    bool deleteSession(qint64 id);
    bool enrol(qint64 cohortId, const QList<qint64> &contactIds, int *added = nullptr);
    // Their half-days in the cohort go with them (and come back on undo).
    bool unenrol(qint64 cohortId, const QList<qint64> &contactIds);
    // Present, Excused or Absent; Invited clears the half-day.
    bool setHalfDayAttendance(
        qint64 sessionId, const QList<qint64> &contactIds, HalfDay half, AttendanceStatus status);
    // Those who met the cohort's rule become relay actors (the flag of the actor file,
    // since `date`) and their enrolment is marked completed, in one step.
    bool recogniseRelayActors(qint64 cohortId, const QList<qint64> &contactIds, const QDate &date);

    // SERD: editions, actions (with their organisers) and the occurrences of actions.
    std::optional<qint64> addSerdEdition(const SerdEdition &edition);
    bool updateSerdEdition(const SerdEdition &edition);
    // With its actions and their occurrences; undo brings them all back.
    bool deleteSerdEdition(qint64 id);
    // An action and its first occurrences, in one step. Returns the action's id.
    std::optional<qint64> addSerdAction(
        const SerdAction &action, const QList<SerdOccurrence> &occurrences = {});
    bool updateSerdAction(const SerdAction &action);
    // The action card's Save: the action and its whole list of dates in one step
    // (dates kept by id are updated, others added, missing ones deleted); a new
    // action when its id is 0. Returns its id.
    std::optional<qint64> saveSerdAction(
        const SerdAction &action, const QList<SerdOccurrence> &occurrences);
    // With its occurrences.
    bool deleteSerdAction(qint64 id);
    // After the Week, in bulk ("these were held").
    bool setSerdActionStatus(const QList<qint64> &actionIds, SerdStatus status);
    // The action again in another edition (usually the next): same title, organisers,
    // category, topic, contact…, status back to proposed, not registered; its
    // occurrences moved by the gap between the editions' first days, participants
    // cleared, none cancelled. Returns the copy's id.
    std::optional<qint64> copySerdAction(qint64 actionId, qint64 editionId);
    // An occurrence's commune may be typed (created on save).
    std::optional<qint64> addSerdOccurrence(const SerdOccurrence &occurrence);
    bool updateSerdOccurrence(const SerdOccurrence &occurrence);
    bool deleteSerdOccurrence(qint64 id);

    // Means: valued contributions and staff time
    // A partner's contribution of a year; staff time's amount is computed (quantity ×
    // rate, to the cent).
    std::optional<qint64> addContribution(const ValuedContribution &contribution);
    bool updateContribution(const ValuedContribution &contribution);
    bool deleteContributions(const QList<qint64> &ids);
    // A person's current role (0: none); the roles themselves are a reference list.
    bool setStaffRole(qint64 staffId, qint64 roleId);
    // Days in half-day steps; the activity a meeting, a training session, a SERD edition
    // or a category (staffTimeForMeeting() pre-fills one after a meeting).
    std::optional<qint64> addStaffTime(const StaffTimeEntry &entry);
    bool updateStaffTime(const StaffTimeEntry &entry);
    bool deleteStaffTime(const QList<qint64> &ids);

    // Duplicates: two records of one actor become one, in one step. keptValues are the
    // kept record's final fields, chosen field by field (see proposedMerge()); their id
    // is ignored. Every link of the merged record (meetings, trainings, SERD actions,
    // interactions, follow-ups, contributions…) moves to the kept one, and the
    // memberships, tags and domains of both are kept. Undo brings both records back.
    bool mergeContacts(qint64 keptId, qint64 mergedId, const Contact &keptValues);
    bool mergeOrganisations(qint64 keptId, qint64 mergedId, const Organisation &keptValues);
    // "Not duplicates": Find duplicates will not propose the pair again.
    bool dismissDuplicate(ActorRef::Kind kind, qint64 firstId, qint64 secondId);

    // Imports. Organisations, contacts or meeting attendance read from a file and planned
    // (see ImportPlan),
    // written in one step and one transaction, and kept in the import history. Returns
    // the history's id of the import.
    std::optional<qint64> importActors(const ImportPlan &plan, const QString &fileName);
    // A whole import taken back (Edit > Undo import), even one of an earlier session:
    // what it created is deleted, what it updated gets its values back. One step.
    bool undoImport(qint64 batchId);

    // Today's date; tests set a fixed one.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    QDate today() const { return m_today(); }

    QString lastError() const { return m_lastError; }
    QUndoStack &undoStack() const { return m_stack; }

signals:
    // An undo or redo could not be carried out (the file changed under it).
    void failed(const QString &message);

private:
    // Why these contacts or organisations cannot be deleted (they organise, or are the
    // contact person of, SERD actions), or empty.
    QString serdUse(const QList<qint64> &contactIds, const QList<qint64> &organisationIds);

    friend class Step;
    // Pushes the step, which runs it; false if it failed (then it is not kept).
    bool push(Step *step);
    void reportFailure(const QString &message, bool firstRun);

    Database &m_database;
    QUndoStack &m_stack;
    bool changeFollowUps(const QList<qint64> &ids, const std::function<QString(int)> &text,
        const std::function<void(FollowUp &)> &change);

    QString m_lastError;
    bool m_lastOk = true;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace relais
