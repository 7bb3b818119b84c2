#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace relais {

class Database;

// One import as the history lists it.
struct ImportBatch
{
    qint64 id = 0;
    QDateTime importedAt;
    QString kind; // importKindKey()
    QString fileName; // the file's name, without its folder
    int created = 0;
    int updated = 0;
    int skipped = 0; // duplicates the user chose to skip
    int rejected = 0; // rows left out for a problem
    QDateTime undoneAt; // invalid unless the import is undone

    bool isUndone() const { return undoneAt.isValid(); }
};

// A record an import created or changed.
struct ImportedRecord
{
    enum class Action { Created, Updated };
    QString table; // "contact", "organisation", or a reference list's table
    qint64 id = 0;
    Action action = Action::Created;
    QByteArray previous; // Updated: the record before the import (see recordsnapshot.h)
};

// The history of imports (schema migration 8), newest first.
class ImportHistoryRepository
{
public:
    explicit ImportHistoryRepository(Database &database);

    QList<ImportBatch> batches() const;
    std::optional<ImportBatch> batch(qint64 id) const;
    // The newest import that is not undone: the one Edit > Undo import takes back.
    std::optional<ImportBatch> lastActive() const;
    // In the order they were written.
    QList<ImportedRecord> records(qint64 batchId) const;

    // Under batch.id when it is set (redo). Returns the id.
    qint64 add(const ImportBatch &batch, const QList<ImportedRecord> &records);
    // An invalid time: no longer undone (redo).
    void setUndone(qint64 batchId, const QDateTime &at);
    // Whether the records of a table keep the time they were last changed: contacts,
    // organisations, SERD actions and their dates.
    static bool keepsChangeTime(const QString &table);
    // How many of these records were changed after `since` (by hand, or by a later
    // import): what undoing an import would also take back.
    int changedSince(const QString &table, const QList<qint64> &ids, const QDateTime &since) const;

    // Puts back when a record was last changed, as undoing an import leaves it.
    void restoreUpdatedAt(const QString &table, qint64 id, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace relais
