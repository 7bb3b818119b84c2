#pragma once

#include "importplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// Reading a SERD actions file: one row per date of an action, the rows naming the same
// action (its edition, title and lead organiser) making one action with several dates.

namespace relais {

namespace SerdImport {

// Sets a field of a SERD actions row from its parsed value (see ImportFields); the
// commune goes to the row's own field, shared with the other kinds.
void assign(ImportRow &row, const QString &key, const QVariant &value);
// What is wrong with a row once read whole, in the user's language; empty when nothing.
// Sets the row's edition from its date when no column says it.
QString rowError(ImportRow &row);

// A contact person's name cut into first and last names: the words in capitals are the
// last name ("DUPONT Marie", "Marie DUPONT"), else the last word ("Marie Dupont"), and a
// single word is a last name.
void splitPersonName(const QString &name, QString *firstName, QString *lastName);

// The rows naming one action made one action with several dates, as the officer's
// tables have it.
class ActionRows
{
    Q_DECLARE_TR_FUNCTIONS(relais::SerdImport)

public:
    explicit ActionRows(const ExistingActors &existing);

    // Places a valid row whose names are found: its edition; its action — an earlier row's
    // of the same edition, title and lead organiser, or such an action of Relais, or its
    // own; and the date of that action it repeats (the same day, and the same place and
    // time when both say), in Relais or on an earlier row, as its duplicate.
    void place(
        ImportRow &row, int index, const QList<ImportRow> &rows, const QList<UnknownValue> &values);

private:
    struct Held
    {
        qint64 id = 0; // an occurrence of Relais, or 0
        int row = -1; // else an earlier row of the file
        QDate date;
        QTime startsAt;
        QString place; // folded
    };
    static bool sameDate(const Held &held, const SerdOccurrence &occurrence);

    QHash<int, qint64> m_editions; // by year
    QHash<QString, qint64> m_actions; // of Relais, by key
    QHash<QString, QString> m_actionTitles; // of Relais, by key
    QHash<QString, int> m_earlierActions; // the first row naming it, by key
    QHash<QString, QList<Held>> m_dates; // of each action, by key
};

} // namespace SerdImport

} // namespace relais
