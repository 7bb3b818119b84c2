#pragma once

#include "models/domain/actorref.h"
#include "models/domain/contact.h"
#include "models/domain/organisation.h"

#include <QDialog>
#include <QList>
#include <array>
#include <functional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace relais {

class Commands;
class Database;

// Two records of one actor made one, field by field: each field that differs offers
// both values, pre-selected as proposedMerge() would have it; the record kept receives
// every link of the other (Commands::mergeContacts() / mergeOrganisations()).
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(Database &database, Commands &commands, ActorRef::Kind kind, qint64 firstId,
        qint64 secondId, QWidget *parent = nullptr);

    // 0 for the first record, 1 for the second.
    int keptSide() const;
    void setKeptSide(int side);
    // The side chosen for a field ("lastName", "notes"…), -1 when the values are equal.
    int chosenSide(const QString &field) const;
    // The fields that differ, in the order shown.
    QStringList choiceFields() const;

    // Merges as chosen; false (after saying why) when it could not be done.
    bool merge();

private:
    // One field of the grid. text(i) shows record i (0, 1) or the proposal (2); take(i)
    // copies record i's value into the values to keep.
    struct Row
    {
        QString field;
        QString label;
        std::function<QString(int)> text;
        std::function<void(int)> take; // empty: all values kept, no choice
        QButtonGroup *group = nullptr;
    };

    void addContactRows();
    void addOrganisationRows();
    void addRow(const QString &field, const QString &label, std::function<QString(int)> text,
        std::function<void(int)> take);
    void buildGrid();
    void propose();
    QString referenceName(int list, qint64 id, const QString &typed = {}) const;

    Database &m_database;
    Commands &m_commands;
    ActorRef::Kind m_kind;
    std::array<qint64, 2> m_ids {};
    // The two records, then the proposal for the current kept side.
    std::array<Contact, 3> m_contacts;
    std::array<Organisation, 3> m_organisations;
    Contact m_contactValues;
    Organisation m_organisationValues;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_keep = nullptr;
    bool m_loaded = false;
};

} // namespace relais
