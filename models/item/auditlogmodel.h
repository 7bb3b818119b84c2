#pragma once

#include "../domain/audit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace relais {

class Database;

// The audit trail as a table, newest first, read a page at a time as the view scrolls
// (fetchMore), so that a file with 100,000 entries opens at once. The records are shown by
// their current name, read once per page; follows the file.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { When, Who, Action, Record, Changes, ColumnCount };
    enum Role : int {
        EntryIdRole = Qt::UserRole + 1, // qint64: the audit entry
        RecordTableRole, // QString: "contact", "organisation"…
        RecordIdRole, // qint64
        ChangesTextRole, // QString: the changes, one per line
    };
    // How the Changes column shows an entry of several changes.
    enum class ChangesLayout {
        OneLine, // "First name: Marie → Marie-Claire; E-mail: …", the lines in the tooltip
        Lines, // one change per line, for a view that sizes its rows to their contents
    };

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    // What to list; its limit and offset are the model's business. Reloads.
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    void setChangesLayout(ChangesLayout layout);
    // Entries read per page; 200 unless a test wants pages it can count.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Entries matching the filter, read or not yet.
    int totalCount() const { return m_total; }
    // Why the entries could not be read; empty when they could.
    QString errorText() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    // "Marie Dupont", or "deleted contact #12" when it no longer exists.
    QString recordLabel(const AuditEntry &entry) const;
    // Reads every page left (for an export of the whole list).
    void fetchAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Reads the first page again, with the entries written since.
    void refresh();

signals:
    // After each reload (not after each page): the count has changed.
    void refreshed();

private:
    QList<AuditEntry> readPage(int offset);

    Database &m_database;
    AuditFilter m_filter;
    ChangesLayout m_layout = ChangesLayout::OneLine;
    int m_pageSize = 200;
    int m_total = 0;
    qint64 m_upToId = 0;
    QString m_error;
    QList<AuditEntry> m_entries;
    QHash<AuditRecordKey, QString> m_names;
};

} // namespace relais
