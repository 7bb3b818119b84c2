#pragma once

#include "../domain/actorref.h"

#include <QAbstractListModel>

namespace relais {

class Database;

// The contacts and organisations whose names start with what is being typed, for a
// completer: asked of the full-text index on each keystroke, a dozen of each at most,
// so it stays instant at 100,000 contacts.
class ActorCompletionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role : int {
        KindRole = Qt::UserRole + 1, // int: ActorRef::Kind
        IdRole, // qint64
        NameRole, // QString: the name alone
    };

    explicit ActorCompletionModel(Database &database, QObject *parent = nullptr);

    void setText(const QString &typed);
    // Actors not to offer (already chosen).
    void setExcluded(const QList<ActorRef> &actors);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    ActorRef actorAt(int row) const;

    static constexpr int perKind = 12;

private:
    Database &m_database;
    QList<ActorRef> m_excluded;
    QList<ActorSuggestion> m_suggestions;
};

} // namespace relais
