#pragma once

#include "../domain/serd.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace relais {

class Database;

// Which actions of an edition to list; 0 (or no status) for "any".
struct SerdFilter
{
    qint64 editionId = 0;
    std::optional<SerdStatus> status;
    qint64 topicId = 0;
    qint64 categoryId = 0;
    qint64 communeId = 0; // of any of the action's occurrences
    qint64 organisationId = 0; // lead or co-organiser

    bool operator==(const SerdFilter &) const = default;
};

// One line of the SERD actions list: the action, its occurrences and the names shown.
struct SerdActionRow
{
    SerdAction action;
    QList<SerdOccurrence> occurrences; // by date, communeName filled in
    QString category;
    QString topic;
    QString lead;
    QStringList coOrganisers;
    QString contact;
    QStringList communes; // of its occurrences, each once, in date order
    int heldOccurrences = 0; // by the counting rule of SerdTotals
    QDate firstDate; // of its occurrences (invalid when none)
    QDate lastDate;
};

// One occurrence in an edition's calendar.
struct SerdCalendarRow
{
    SerdOccurrence occurrence; // communeName filled in
    QString actionTitle;
    SerdStatus actionStatus = SerdStatus::Proposed;
    QString lead;
    bool held = false; // by the counting rule
};

// SERD editions, actions, their organisers and occurrences.
class SerdRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::SerdRepository)

public:
    explicit SerdRepository(Database &database);

    // Editions, newest first. Inserts take the record's id when set (undo);
    // timestamps left invalid become now.
    QList<SerdEdition> editions() const;
    std::optional<SerdEdition> edition(qint64 id) const;
    std::optional<SerdEdition> editionOfYear(int year) const;
    qint64 insertEdition(const SerdEdition &edition);
    void updateEdition(const SerdEdition &edition);
    // With its actions and their occurrences (the caller keeps them for undo).
    void removeEdition(qint64 id);

    std::optional<SerdAction> action(qint64 id) const;
    // An edition's actions by title.
    QList<SerdAction> actions(qint64 editionId) const;
    // With its organisers. The lead and co-organisers must be distinct organisations.
    qint64 insertAction(const SerdAction &action);
    void updateAction(const SerdAction &action);
    // With its occurrences.
    void removeAction(qint64 id);

    std::optional<SerdOccurrence> occurrence(qint64 id) const;
    // By date and time.
    QList<SerdOccurrence> occurrences(qint64 actionId) const;
    QList<SerdOccurrence> occurrencesOfEdition(qint64 editionId) const;
    // The commune must already be resolved.
    qint64 insertOccurrence(const SerdOccurrence &occurrence);
    void updateOccurrence(const SerdOccurrence &occurrence);
    void removeOccurrence(qint64 id);

    // The actions matching the filter, by title; filtered in SQL.
    QList<qint64> actionIds(const SerdFilter &filter) const;
    QList<SerdActionRow> actionRows(const SerdFilter &filter) const;
    // The figures of the filtered actions (see SerdTotals for the rule).
    SerdTotals totals(const SerdFilter &filter) const;
    // The figures of the edition of that year (zeros when there is none): for the
    // dashboard and the annual report, year over year.
    SerdTotals figures(int year) const;
    // Every occurrence of an edition by day and time, cancelled ones included.
    QList<SerdCalendarRow> calendar(qint64 editionId) const;

    // The actions these actors took part in, for their histories, newest first: as
    // lead or co-organiser (organisations) or contact person (contacts). An action
    // comes once, with the first of the asked-for contacts it involves (0 when only
    // organisations).
    struct HistoryRow
    {
        qint64 actionId = 0;
        int year = 0;
        QString title;
        SerdStatus status = SerdStatus::Proposed;
        QDate date; // its first held occurrence, else its first one, else the Week's start
        int heldOccurrences = 0;
        QStringList communes;
        qint64 contactId = 0;
        bool lead = false; // one of the asked-for organisations leads it
        bool coOrganiser = false; // one of them co-organises it
        bool contactPerson = false;
    };
    QList<HistoryRow> historyOf(
        const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const;

private:
    void writeOrganisers(const SerdAction &action, qint64 id);
    QList<SerdAction> loadActions(const QString &where, const QString &placeholder,
        const QVariant &value, const QString &order) const;
    QList<SerdOccurrence> loadOccurrences(
        const QString &where, const QString &placeholder, const QVariant &value) const;
    void notify();

    Database &m_database;
};

} // namespace relais
