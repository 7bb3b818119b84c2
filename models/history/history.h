#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace relais {

class Database;

// One line of an actor's history: something that happened (or is planned) with them.
struct HistoryEntry
{
    QDate date;
    QString kind; // "Visit", "Follow-up", later "Actors' council", "SERD action"…
    QString summary; // the subject, the action
    QString detail; // a note, for the tooltip
    QString with; // everyone involved
    QString staff;
    // In an organisation's history, the member it concerns (empty for the organisation).
    QString person;
    bool planned = false; // not done yet
    // What to open: the area's name for it and the record's id.
    QString source;
    qint64 id = 0;
};

// Whose history is asked for: one contact, or an organisation and its members.
struct HistoryQuery
{
    QList<qint64> contactIds;
    QList<qint64> organisationIds;
};

// What one area contributes to histories. Each area (interactions, follow-ups, and
// later meetings, training, SERD, contributions) has its own source; the timeline
// knows none of them.
class HistorySource
{
public:
    virtual ~HistorySource() = default;
    // The entries involving any of these actors. contactId in the pair: the first of the
    // asked-for contacts an entry involves (0 when only organisations), so that an
    // organisation's history can say which member it concerns.
    virtual QList<std::pair<HistoryEntry, qint64>> entries(const HistoryQuery &query) const = 0;
};

// An actor's whole story, newest first, gathered from every registered source.
class History
{
    Q_DECLARE_TR_FUNCTIONS(relais::History)

public:
    explicit History(Database &database);
    void addSource(std::unique_ptr<HistorySource> source);

    QList<HistoryEntry> ofContact(qint64 contactId) const;
    // The organisation's own entries and its members', each marked with the person.
    QList<HistoryEntry> ofOrganisation(qint64 organisationId) const;

private:
    QList<HistoryEntry> gather(
        const HistoryQuery &query, const QHash<qint64, QString> &people) const;

    Database &m_database;
    std::vector<std::unique_ptr<HistorySource>> m_sources;
};

// The history with the sources of every area there is.
std::unique_ptr<History> standardHistory(Database &database);

} // namespace relais
