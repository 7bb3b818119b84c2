#include "auditlogmodel.h"

#include "../db/auditrepository.h"
#include "../db/database.h"
#include "../db/databaseerror.h"

#include <QFont>
#include <QLocale>

namespace relais {

namespace {

QStringList describedChanges(const AuditEntry &entry)
{
    QStringList lines;
    lines.reserve(entry.changes.size());
    for (const AuditChange &change : entry.changes)
        lines << describeAuditChange(change);
    return lines;
}

} // namespace

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    // The entries are written by the same transactions as the records they are about.
    connect(&database.notifier(), &ChangeNotifier::contactsChanged, this, &AuditLogModel::refresh);
    connect(
        &database.notifier(), &ChangeNotifier::organisationsChanged, this, &AuditLogModel::refresh);
    refresh();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AuditLogModel::setChangesLayout(ChangesLayout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Changes), index(rowCount() - 1, Changes));
}

void AuditLogModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    refresh();
}

void AuditLogModel::refresh()
{
    QList<AuditEntry> entries;
    int total = 0;
    m_error.clear();
    m_names.clear();
    try {
        AuditRepository audit(m_database);
        // The list as it is now: entries written while it is read page after page would
        // shift the pages by as many rows.
        m_upToId = audit.lastId();
        AuditFilter counted = m_filter;
        counted.upToId = m_upToId;
        total = audit.count(counted);
        entries = readPage(0);
    } catch (const DatabaseError &error) {
        m_error = error.message();
        qWarning(
            "relais: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
        entries.clear();
        total = 0;
    }
    beginResetModel();
    m_total = total;
    m_entries = std::move(entries);
    endResetModel();
    emit refreshed();
}

QList<AuditEntry> AuditLogModel::readPage(int offset)
{
    AuditRepository audit(m_database);
    AuditFilter page = m_filter;
    page.upToId = m_upToId;
    page.offset = offset;
    page.limit = m_pageSize;
    const QList<AuditEntry> entries = audit.entries(page);
    m_names.insert(audit.recordNames(entries));
    return entries;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<AuditEntry> page;
    try {
        page = readPage(int(m_entries.size()));
    } catch (const DatabaseError &error) {
        m_error = error.message();
        qWarning(
            "relais: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
    }
    if (page.isEmpty()) {
        // Purged meanwhile: what was counted is not there to read any more.
        m_total = int(m_entries.size());
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_entries << page;
    endInsertRows();
}

void AuditLogModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

QString AuditLogModel::recordLabel(const AuditEntry &entry) const
{
    if (!entry.recordId)
        return {};
    const auto found = m_names.constFind(AuditRecordKey { entry.recordTable, entry.recordId });
    if (found != m_names.constEnd())
        return *found;
    return auditMissingRecordLabel(entry.recordTable, entry.recordId);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.user;
        case Action:
            return auditActionLabel(e.action);
        case Record:
            return recordLabel(e);
        case Changes:
            return describedChanges(e).join(
                m_layout == ChangesLayout::Lines ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Changes && m_layout == ChangesLayout::OneLine && !e.changes.isEmpty())
            return describedChanges(e).join(QLatin1Char('\n'));
        if (index.column() == When)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::FontRole:
        if (index.column() == Record && e.recordId
            && (e.recordTable == QLatin1String("contact")
                || e.recordTable == QLatin1String("organisation"))
            && !m_names.contains(AuditRecordKey { e.recordTable, e.recordId })) {
            // A record that is gone reads differently from one that is there.
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        // Rows of several lines read from their first line.
        if (m_layout == ChangesLayout::Lines)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
        break;
    case EntryIdRole:
        return e.id;
    case RecordTableRole:
        return e.recordTable;
    case RecordIdRole:
        return e.recordId;
    case ChangesTextRole:
        return describedChanges(e).join(QLatin1Char('\n'));
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Changes:
        return tr("Changes");
    }
    return {};
}

} // namespace relais
