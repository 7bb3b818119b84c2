#pragma once

#include "models/domain/contact.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relais {

class Database;
class FieldMessage;

// Someone on the signed sheet whom the file does not know: the few things the sheet
// gives (name, organisation, e-mail), to create the person as a walk-in. The rest of
// the card can be filled in later from the Actors area.
class WalkInDialog : public QDialog
{
    Q_OBJECT
public:
    // `typed`: the name as typed in the walk-in field, split into first and last name.
    WalkInDialog(Database &database, const QString &typed, QWidget *parent = nullptr);

    // The new person as typed (cleaned by the command that saves it).
    Contact contact() const;
    // Set when, told that the file already has someone of that name or e-mail, the user
    // chose that person: record them instead of creating anyone.
    qint64 existingContactId() const { return m_existingId; }

    // "Marie Dupont" → ("Marie", "Dupont"); "DUPONT Marie" and "Dupont, Marie" too, as
    // names are written on sheets sorted by last name. A single word is a last name.
    static std::pair<QString, QString> splitName(const QString &typed);

public slots:
    void accept() override;

private:
    Database &m_database;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_organisation;
    QLineEdit *m_email;
    FieldMessage *m_lastNameMessage;
    FieldMessage *m_organisationMessage;
    FieldMessage *m_emailMessage;
    qint64 m_organisationId = 0; // chosen from the suggestions; 0 when typed
    qint64 m_existingId = 0;
};

} // namespace relais
