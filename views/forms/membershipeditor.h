#pragma once

#include "models/domain/contact.h"

#include <QList>
#include <QSet>
#include <QWidget>

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

    // Names offered for completion.
    void setOrganisationNames(const QStringList &names);
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
    QSet<QString> m_known; // folded names of the file's organisations
    QGridLayout *m_grid;
    QPushButton *m_add;
    QList<Row> m_rows;
};

} // namespace relais
