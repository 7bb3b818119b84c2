#pragma once

#include "models/domain/actorref.h"
#include "models/domain/contact.h"

#include <QObject>

class QWidget;

namespace relais {

class Commands;
class ActionDialog;
class ContactDialog;
class Database;
class History;
class InteractionDialog;
class MeetingDialog;
class OrganisationDialog;
class SessionDialog;

// Opens cards — contacts, organisations, interactions — from anywhere (the lists, a
// duplicate warning, a history, the Follow-ups area) the same way, and wires cards to
// each other. Cards are window-modal and delete themselves when closed.
class RecordOpener : public QObject
{
    Q_OBJECT
public:
    RecordOpener(Database &database, Commands &commands, const History &history, QWidget *window);

    ContactDialog *openContact(qint64 contactId);
    ContactDialog *newContact(const Contact &prefill = {});
    OrganisationDialog *openOrganisation(qint64 organisationId);
    OrganisationDialog *newOrganisation();

    InteractionDialog *newInteraction(const QList<ActorRef> &actors = {});
    InteractionDialog *openInteraction(qint64 interactionId);
    InteractionDialog *completeFollowUp(qint64 followUpId);
    MeetingDialog *openMeeting(qint64 meetingId);
    MeetingDialog *newMeeting();
    // A training session, from a trainee's history.
    SessionDialog *openSession(qint64 sessionId);
    // A SERD action, from an organiser's or contact person's history.
    ActionDialog *openSerdAction(qint64 actionId);
    // An entry of a history: the area it comes from says what opens.
    void openHistoryEntry(const QString &source, qint64 id);

signals:
    void contactSaved(qint64 contactId);
    void organisationSaved(qint64 organisationId);
    void interactionSaved(qint64 interactionId);
    void meetingSaved(qint64 meetingId);

private:
    QWidget *parentForNewCard() const;
    ContactDialog *showContact(qint64 contactId, const Contact *prefill);
    InteractionDialog *showInteraction();

    Database &m_database;
    Commands &m_commands;
    const History &m_history;
    QWidget *m_window;
};

} // namespace relais
