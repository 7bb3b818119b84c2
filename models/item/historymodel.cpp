#include "historymodel.h"

#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace relais {

HistoryModel::HistoryModel(Database &database, const History &history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &HistoryModel::refresh);
}

void HistoryModel::setActor(const ActorRef &actor)
{
    m_actor = actor;
    refresh();
}

void HistoryModel::refresh()
{
    QList<HistoryEntry> entries;
    if (m_actor.id) {
        try {
            entries = m_actor.isContact() ? m_history.ofContact(m_actor.id)
                                          : m_history.ofOrganisation(m_actor.id);
        } catch (const DatabaseError &error) {
            qWarning("relais: %s", qPrintable(error.detail()));
        }
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(e.date, QLocale::ShortFormat);
        case Kind:
            if (!e.planned)
                return e.kind;
            return e.date < m_today() ? tr("%1 (overdue)").arg(e.kind)
                                      : tr("%1 (planned)").arg(e.kind);
        case Summary:
            return e.summary;
        case Who:
            return e.person.isEmpty() ? e.with : e.person;
        case Staff:
            return e.staff;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines { e.summary };
        if (!e.detail.isEmpty() && e.detail != e.summary)
            lines << e.detail;
        if (!e.with.isEmpty())
            lines << tr("With: %1").arg(e.with);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (e.planned && e.date < m_today())
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::FontRole:
        if (e.planned) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case SourceRole:
        return e.source;
    case IdRole:
        return e.id;
    case PlannedRole:
        return e.planned;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("What");
    case Summary:
        return tr("Subject");
    case Who:
        return m_actor.isContact() ? tr("With") : tr("Who");
    case Staff:
        return tr("By");
    }
    return {};
}

} // namespace relais
