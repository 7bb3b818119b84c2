#include "recordopener.h"

#include "contactdialog.h"
#include "organisationdialog.h"

#include <QApplication>

namespace relais {

RecordOpener::RecordOpener(Database &database, Commands &commands, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_commands(commands)
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
    auto *dialog = new ContactDialog(m_database, m_commands, contactId, parentForNewCard());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill)
        dialog->prefill(*prefill);
    connect(dialog, &ContactDialog::saved, this, &RecordOpener::contactSaved);
    connect(dialog, &ContactDialog::openContactRequested, this, &RecordOpener::openContact);
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
    auto *dialog
        = new OrganisationDialog(m_database, m_commands, organisationId, parentForNewCard());
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
    dialog->open();
    return dialog;
}

OrganisationDialog *RecordOpener::newOrganisation()
{
    return openOrganisation(0);
}

} // namespace relais
