#pragma once

#include "../domain/interaction.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace relais {

class Database;

// Interactions with actors.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(relais::InteractionRepository)

public:
    explicit InteractionRepository(Database &database);

    std::optional<Interaction> load(qint64 id) const;
    // Under interaction.id when set (undo); timestamps left invalid become now.
    qint64 insert(const Interaction &interaction);
    void update(const Interaction &interaction);
    void remove(qint64 id);

    // One entry of an actor's history.
    struct HistoryRow
    {
        qint64 id = 0;
        QDate date;
        QString kind;
        QString staff;
        QString subject;
        QString note;
        QString actors;
        // The contact among those asked for that it involves (0: only organisations).
        qint64 contactId = 0;
    };
    // Interactions with any of these contacts or organisations, newest first.
    QList<HistoryRow> historyOf(
        const QList<qint64> &contactIds, const QList<qint64> &organisationIds) const;

private:
    void notify();

    Database &m_database;
};

} // namespace relais
