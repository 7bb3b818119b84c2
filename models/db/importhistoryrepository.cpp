#include "importhistoryrepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

namespace relais {

namespace {

const QString batchColumns = QStringLiteral(
    "id, imported_at, kind, file_name, created_count, updated_count, skipped_count, "
    "rejected_count, undone_at");

ImportBatch batchFrom(const SqlQuery &query)
{
    ImportBatch batch;
    batch.id = query.id(0);
    batch.importedAt = query.dateTime(1);
    batch.kind = query.text(2);
    batch.fileName = query.text(3);
    batch.created = query.value(4).toInt();
    batch.updated = query.value(5).toInt();
    batch.skipped = query.value(6).toInt();
    batch.rejected = query.value(7).toInt();
    batch.undoneAt = query.dateTime(8);
    return batch;
}

QString actionText(ImportedRecord::Action action)
{
    return action == ImportedRecord::Action::Created ? QStringLiteral("created")
                                                     : QStringLiteral("updated");
}

} // namespace

ImportHistoryRepository::ImportHistoryRepository(Database &database)
    : m_database(database)
{ }

QList<ImportBatch> ImportHistoryRepository::batches() const
{
    SqlQuery query(m_database,
        QStringLiteral("SELECT %1 FROM import_batch ORDER BY id DESC").arg(batchColumns));
    query.exec();
    QList<ImportBatch> result;
    while (query.next())
        result << batchFrom(query);
    return result;
}

std::optional<ImportBatch> ImportHistoryRepository::batch(qint64 id) const
{
    SqlQuery query(
        m_database, QStringLiteral("SELECT %1 FROM import_batch WHERE id = :id").arg(batchColumns));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return batchFrom(query);
}

std::optional<ImportBatch> ImportHistoryRepository::lastActive() const
{
    SqlQuery query(m_database,
        QStringLiteral("SELECT %1 FROM import_batch WHERE undone_at IS NULL "
                       "ORDER BY id DESC LIMIT 1")
            .arg(batchColumns));
    query.exec();
    if (!query.next())
        return std::nullopt;
    return batchFrom(query);
}

QList<ImportedRecord> ImportHistoryRepository::records(qint64 batchId) const
{
    SqlQuery query(m_database,
        QStringLiteral("SELECT record_table, record_id, action, previous FROM import_record "
                       "WHERE batch_id = :id ORDER BY position"));
    query.bind(QStringLiteral(":id"), batchId).exec();
    QList<ImportedRecord> result;
    while (query.next()) {
        ImportedRecord record;
        record.table = query.text(0);
        record.id = query.id(1);
        record.action = query.text(2) == QLatin1String("updated") ? ImportedRecord::Action::Updated
                                                                  : ImportedRecord::Action::Created;
        record.previous = query.value(3).toByteArray();
        result << record;
    }
    return result;
}

qint64 ImportHistoryRepository::add(const ImportBatch &batch, const QList<ImportedRecord> &records)
{
    Transaction transaction(m_database);
    SqlQuery insert(m_database,
        QStringLiteral("INSERT INTO import_batch (id, imported_at, kind, file_name, "
                       "created_count, updated_count, skipped_count, rejected_count, undone_at) "
                       "VALUES (:id, :at, :kind, :file, :created, :updated, :skipped, "
                       ":rejected, :undone)"));
    insert.bindNullable(QStringLiteral(":id"), batch.id)
        .bind(QStringLiteral(":at"), isoDateTime(batch.importedAt))
        .bind(QStringLiteral(":kind"), batch.kind)
        .bind(QStringLiteral(":file"), batch.fileName)
        .bind(QStringLiteral(":created"), batch.created)
        .bind(QStringLiteral(":updated"), batch.updated)
        .bind(QStringLiteral(":skipped"), batch.skipped)
        .bind(QStringLiteral(":rejected"), batch.rejected)
        .bind(QStringLiteral(":undone"),
            batch.undoneAt.isValid() ? QVariant(isoDateTime(batch.undoneAt)) : QVariant())
        .exec();
    const qint64 id = batch.id ? batch.id : insert.lastInsertId().toLongLong();
    SqlQuery record(m_database,
        QStringLiteral("INSERT INTO import_record (batch_id, position, record_table, record_id, "
                       "action, previous) VALUES (:batch, :position, :table, :id, :action, "
                       ":previous)"));
    int position = 0;
    for (const ImportedRecord &r : records) {
        record.bind(QStringLiteral(":batch"), id)
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":table"), r.table)
            .bind(QStringLiteral(":id"), r.id)
            .bind(QStringLiteral(":action"), actionText(r.action))
            .bind(QStringLiteral(":previous"),
                r.previous.isNull() ? QVariant() : QVariant(QString::fromUtf8(r.previous)))
            .exec();
    }
    m_database.changed(ChangeNotifier::Area::Imports);
    transaction.commit();
    return id;
}

void ImportHistoryRepository::setUndone(qint64 batchId, const QDateTime &at)
{
    SqlQuery(m_database, QStringLiteral("UPDATE import_batch SET undone_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":at"), at.isValid() ? QVariant(isoDateTime(at)) : QVariant())
        .bind(QStringLiteral(":id"), batchId)
        .exec();
    m_database.changed(ChangeNotifier::Area::Imports);
}

void ImportHistoryRepository::restoreUpdatedAt(const QString &table, qint64 id, const QDateTime &at)
{
    Q_ASSERT(table == QLatin1String("contact") || table == QLatin1String("organisation"));
    if (!at.isValid())
        return;
    SqlQuery(m_database, QStringLiteral("UPDATE %1 SET updated_at = :at WHERE id = :id").arg(table))
        .bind(QStringLiteral(":at"), isoDateTime(at))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool ImportHistoryRepository::keepsChangeTime(const QString &table)
{
    return table == QLatin1String("contact") || table == QLatin1String("organisation")
        || table == QLatin1String("serd_action") || table == QLatin1String("serd_occurrence");
}

int ImportHistoryRepository::changedSince(
    const QString &table, const QList<qint64> &ids, const QDateTime &since) const
{
    if (ids.isEmpty())
        return 0;
    Q_ASSERT(keepsChangeTime(table));
    SqlQuery query(m_database,
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id IN (%2) AND updated_at > :since")
            .arg(table, m_database.dialect().idsFromList()));
    query.bind(QStringLiteral(":ids"), m_database.dialect().idListValue(ids))
        .bind(QStringLiteral(":since"), isoDateTime(since));
    return query.scalar().toInt();
}

} // namespace relais
