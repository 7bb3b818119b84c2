#include "actorcompletionmodel.h"

#include "../db/contactrepository.h"
#include "../db/databaseerror.h"
#include "../db/organisationrepository.h"

namespace relais {

ActorCompletionModel::ActorCompletionModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{ }

void ActorCompletionModel::setExcluded(const QList<ActorRef> &actors)
{
    m_excluded = actors;
}

void ActorCompletionModel::setText(const QString &typed)
{
    QList<ActorSuggestion> suggestions;
    try {
        for (const auto &list : { ContactRepository(m_database).suggest(typed, perKind),
                 OrganisationRepository(m_database).suggest(typed, perKind) }) {
            for (const ActorSuggestion &suggestion : list) {
                if (!m_excluded.contains(suggestion.actor))
                    suggestions << suggestion;
            }
        }
    } catch (const DatabaseError &error) {
        qWarning("relais: %s", qPrintable(error.detail()));
    }
    beginResetModel();
    m_suggestions = std::move(suggestions);
    endResetModel();
}

int ActorCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant ActorCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActorSuggestion &s = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (s.actor.isContact())
            return s.detail.isEmpty() ? s.actor.name : tr("%1 — %2").arg(s.actor.name, s.detail);
        return s.detail.isEmpty() ? tr("%1 (organisation)").arg(s.actor.name)
                                  : tr("%1 (organisation, %2)").arg(s.actor.name, s.detail);
    case Qt::EditRole:
    case NameRole:
        return s.actor.name;
    case KindRole:
        return int(s.actor.kind);
    case IdRole:
        return s.actor.id;
    default:
        return {};
    }
}

ActorRef ActorCompletionModel::actorAt(int row) const
{
    return row >= 0 && row < m_suggestions.size() ? m_suggestions[row].actor : ActorRef();
}

} // namespace relais
