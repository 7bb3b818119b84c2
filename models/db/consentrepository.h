#pragma once

#include "../domain/consent.h"
#include "dependentrows.h"

#include <QList>
#include <optional>

namespace relais {

class Database;

// A contact's consent history (contact_consent_history). The lines are written by
// ContactWriter as the contact's consent changes; this reads them, and erases what a person
// may ask to have erased.
class ConsentRepository
{
public:
    explicit ConsentRepository(Database &database);

    // Newest first.
    QList<ConsentHistoryEntry> history(qint64 contactId) const;
    // Blanks the free notes of the contact's history lines (the statuses, dates and sources
    // stay: they are the proof of what the person agreed to). For anonymisation; returns how
    // many lines had a note. No transaction of its own: call it inside the caller's.
    int blankNotes(qint64 contactId);
    // The lines as rows, for undoing the contact's deletion (DependentRows); nothing when
    // there are none.
    std::optional<DependentRows::Table> historyRows(qint64 contactId) const;

private:
    Database &m_database;
};

} // namespace relais
