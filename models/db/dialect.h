#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace relais {

// The SQL that differs between database engines, in one place. SQLite is the only
// engine today; a PostgreSQL server is planned, which is why DDL and the few
// engine-specific statements go through here rather than being written inline.
class Dialect
{
public:
    enum class Engine { Sqlite };

    static Dialect sqlite() { return Dialect(Engine::Sqlite); }

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Replaces {ID} (auto-increment primary key, never reusing ids so that undo can
    // put a deleted row back under its own id) and {BOOL} in a DDL statement.
    QString ddl(QString statement) const;

    // Statements run on every new connection.
    QStringList connectionSetup() const;
    // Starts a transaction that will write: takes the write lock at once rather than on
    // the first write, so two writers never deadlock half-way.
    QString beginWriteTransaction() const;
    QString savepoint(const QString &name) const;
    QString releaseSavepoint(const QString &name) const;
    QString rollbackToSavepoint(const QString &name) const;

    // A full-text index over one text column "doc", keyed by the indexed row's id,
    // accent- and case-insensitive, with prefix matching.
    QString createFullTextIndex(const QString &table) const;
    // A sub-select of the ids whose document matches :query.
    QString fullTextIdsMatching(const QString &table) const;
    // The value to bind to :query for what the user typed: every word must start a word
    // of the document ("sene dup" finds "Sénéchal Dupont"). Empty when nothing to search.
    QString fullTextQuery(const QString &typed) const;
    QString clearFullTextRows(const QString &table) const;
    // The tokenizer strips accents but keeps ligatures: œ, æ and ß are spelt out on both
    // sides, in the documents (this wraps an SQL text expression) and in fullTextQuery().
    QString foldLigatures(const QString &expression) const;

    // A sub-select of the ids bound to the placeholder as idListValue(), so that a whole list of
    // ids is one bound value.
    QString idsFromList(const QString &placeholder = QStringLiteral(":ids")) const;
    QVariant idListValue(const QList<qint64> &ids) const;
    // The same for a list of strings.
    QVariant textListValue(const QStringList &texts) const;

    // Writes a consistent copy of the open database to :path.
    QString copyDatabaseTo() const;

    QString tableExists() const;
    QString engineVersion() const;

private:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    { }
    Engine m_engine;
};

} // namespace relais
