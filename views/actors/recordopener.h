#pragma once

#include "models/domain/contact.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace relais {

class Commands;
class ContactDialog;
class Database;
class OrganisationDialog;

// Opens contact and organisation cards from anywhere (the lists, a duplicate warning,
// an organisation's members) the same way, and wires cards to each other. Cards are
// window-modal and delete themselves when closed.
class RecordOpener : public QObject
{
    Q_OBJECT
public:
    RecordOpener(Database &database, Commands &commands, QWidget *window);

    ContactDialog *openContact(qint64 contactId);
    ContactDialog *newContact(const Contact &prefill = {});
    OrganisationDialog *openOrganisation(qint64 organisationId);
    OrganisationDialog *newOrganisation();

signals:
    void contactSaved(qint64 contactId);
    void organisationSaved(qint64 organisationId);

private:
    QWidget *parentForNewCard() const;
    ContactDialog *showContact(qint64 contactId, const Contact *prefill);

    Database &m_database;
    Commands &m_commands;
    QWidget *m_window;
};

} // namespace relais
