#pragma once

#include "models/domain/contact.h"

#include <QList>
#include <QSet>
#include <QWidget>
#include <functional>

class QGridLayout;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace relais {

class FieldMessage;

// A contact's organisations and role in each, edited in place: one line per
// organisation, names completed from the file; a name not in the file becomes a new
// organisation when the contact is saved.
class MembershipEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MembershipEditor(QWidget *parent = nullptr);

    // Where the organisations of the file are looked up, as one types: at 100,000
    // contacts the file holds 20,000 of them, too many to load with every card.
    struct OrganisationLookup
    {
        // The names to offer for what is typed (a dozen at most).
        std::function<QStringList(const QString &typed)> suggest;
        // Whether a name is already the name of an organisation of the file.
        std::function<bool(const QString &name)> exists;
    };
    void setOrganisationLookup(OrganisationLookup lookup);
    void setMemberships(const QList<Membership> &memberships);
    QList<Membership> memberships() const;

    // Keeps the organisations, clears the roles (for "Save and new").
    void clearRoles();
    void showError(int row, const QString &message);
    void clearMessages();

    QLineEdit *organisationEdit(int row) const;
    QLineEdit *roleEdit(int row) const;
    int rowCount() const { return int(m_rows.size()); }
    // Adds an empty line and puts the cursor in it.
    void addRow();

signals:
    void edited();

private:
    struct Row
    {
        QLineEdit *organisation;
        QLineEdit *role;
        QPushButton *remove;
        FieldMessage *message;
        qint64 organisationId; // of the name as loaded; 0 once the name is edited
        QString loadedName;
    };
    void appendRow(const Membership &membership);
    void removeRow(int index);
    void relayout();
    void updateNotes();

    QStringListModel *m_names;
    OrganisationLookup m_lookup;
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace relais
