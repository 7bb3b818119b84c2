#include "recordopener.h"

#include "contactdialog.h"
#include "models/db/databaseerror.h"
#include "models/db/trainingrepository.h"
#include "models/history/interactionhistory.h"
#include "models/history/meetinghistory.h"
#include "models/history/serdhistory.h"
#include "models/history/traininghistory.h"
#include "organisationdialog.h"
#include "views/interactions/interactiondialog.h"
#include "views/meetings/meetingdialog.h"
#include "views/serd/actiondialog.h"
#include "views/training/sessiondialog.h"

#include <QApplication>

namespace relais {

RecordOpener::RecordOpener(
    Database &database, Commands &commands, const History &history, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_commands(commands)
    , m_history(history)
    , m_window(window)
{ }

// A card opened from another card sits on top of it, so that closing it returns there.
QWidget *RecordOpener::parentForNewCard() const
{
    QWidget *active = QApplication::activeModalWidget();
    return active ? active : m_window;
}

ContactDialog *RecordOpener::showContact(qint64 contactId, const Contact *prefill)
{
    auto *dialog
        = new ContactDialog(m_database, m_commands, m_history, contactId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill)
        dialog->prefill(*prefill);
    connect(dialog, &ContactDialog::saved, this, &RecordOpener::contactSaved);
    connect(dialog, &ContactDialog::openContactRequested, this, &RecordOpener::openContact);
    connect(dialog, &ContactDialog::newInteractionRequested, this, &RecordOpener::newInteraction);
    connect(
        dialog, &ContactDialog::openHistoryEntryRequested, this, &RecordOpener::openHistoryEntry);
    dialog->open();
    return dialog;
}

ContactDialog *RecordOpener::openContact(qint64 contactId)
{
    return showContact(contactId, nullptr);
}

ContactDialog *RecordOpener::newContact(const Contact &prefill)
{
    return showContact(0, &prefill);
}

OrganisationDialog *RecordOpener::openOrganisation(qint64 organisationId)
{
    auto *dialog = new OrganisationDialog(
        m_database, m_commands, m_history, organisationId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrganisationDialog::saved, this, &RecordOpener::organisationSaved);
    connect(dialog, &OrganisationDialog::openContactRequested, this, &RecordOpener::openContact);
    connect(dialog, &OrganisationDialog::openOrganisationRequested, this,
        &RecordOpener::openOrganisation);
    connect(dialog, &OrganisationDialog::newMemberRequested, this,
        [this](qint64 organisationId, const QString &name) {
            Contact prefill;
            prefill.memberships << Membership { organisationId, name, QString() };
            newContact(prefill);
        });
    connect(
        dialog, &OrganisationDialog::newInteractionRequested, this, &RecordOpener::newInteraction);
    connect(dialog, &OrganisationDialog::openHistoryEntryRequested, this,
        &RecordOpener::openHistoryEntry);
    dialog->open();
    return dialog;
}

OrganisationDialog *RecordOpener::newOrganisation()
{
    return openOrganisation(0);
}

InteractionDialog *RecordOpener::showInteraction()
{
    auto *dialog = new InteractionDialog(m_database, m_commands, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InteractionDialog::saved, this, &RecordOpener::interactionSaved);
    return dialog;
}

InteractionDialog *RecordOpener::newInteraction(const QList<ActorRef> &actors)
{
    InteractionDialog *dialog = showInteraction();
    dialog->setActors(actors);
    dialog->open();
    return dialog;
}

InteractionDialog *RecordOpener::openInteraction(qint64 interactionId)
{
    InteractionDialog *dialog = showInteraction();
    dialog->editInteraction(interactionId);
    dialog->open();
    return dialog;
}

InteractionDialog *RecordOpener::completeFollowUp(qint64 followUpId)
{
    InteractionDialog *dialog = showInteraction();
    dialog->completeFollowUp(followUpId);
    dialog->open();
    return dialog;
}

MeetingDialog *RecordOpener::openMeeting(qint64 meetingId)
{
    auto *dialog = new MeetingDialog(m_database, m_commands, meetingId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeetingDialog::saved, this, &RecordOpener::meetingSaved);
    dialog->open();
    return dialog;
}

MeetingDialog *RecordOpener::newMeeting()
{
    return openMeeting(0);
}

SessionDialog *RecordOpener::openSession(qint64 sessionId)
{
    std::optional<TrainingSession> session;
    try {
        session = TrainingRepository(m_database).session(sessionId);
    } catch (const DatabaseError &) { }
    if (!session)
        return nullptr;
    auto *dialog = new SessionDialog(
        m_database, m_commands, session->cohortId, sessionId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ActionDialog *RecordOpener::openSerdAction(qint64 actionId)
{
    auto *dialog = new ActionDialog(m_database, m_commands, 0, actionId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RecordOpener::openHistoryEntry(const QString &source, qint64 id)
{
    if (source == SerdHistory::sourceName()) {
        openSerdAction(id);
        return;
    }
    if (source == TrainingHistory::sourceName()) {
        openSession(id);
        return;
    }
    if (source == MeetingHistory::sourceName()) {
        openMeeting(id);
        return;
    }
    if (source == InteractionHistory::sourceName())
        openInteraction(id);
    else if (source == FollowUpHistory::sourceName())
        completeFollowUp(id);
}

} // namespace relais
