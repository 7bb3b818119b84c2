#include "dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace relais {

QString Dialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString Dialect::ddl(QString statement) const
{
    statement.replace(QLatin1String("{ID}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    statement.replace(QLatin1String("{BOOL}"), QLatin1String("INTEGER"));
    return statement;
}

QStringList Dialect::connectionSetup() const
{
    return { QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        // 64 MB at most, taken as needed: with SQLite's default 2 MB, a file of 100,000
        // contacts keeps re-reading its indexes, and a bulk load is 40 % slower.
        QStringLiteral("PRAGMA cache_size = -65536") };
}

QString Dialect::beginWriteTransaction() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString Dialect::savepoint(const QString &name) const
{
    return QStringLiteral("SAVEPOINT ") + name;
}

QString Dialect::releaseSavepoint(const QString &name) const
{
    return QStringLiteral("RELEASE SAVEPOINT ") + name;
}

QString Dialect::rollbackToSavepoint(const QString &name) const
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT ") + name;
}

QString Dialect::createFullTextIndex(const QString &table) const
{
    return QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(doc, "
                          "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
        .arg(table);
}

QString Dialect::fullTextIdsMatching(const QString &table) const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :query").arg(table);
}

QString Dialect::foldLigatures(const QString &expression) const
{
    QString folded = expression;
    for (const auto &[from, to] :
        { std::pair { "œ", "oe" }, { "Œ", "OE" }, { "æ", "ae" }, { "Æ", "AE" }, { "ß", "ss" } })
        folded = QStringLiteral("replace(%1, '%2', '%3')")
                     .arg(folded, QString::fromUtf8(from), QLatin1String(to));
    return folded;
}

QString Dialect::fullTextQuery(const QString &typed) const
{
    // Split on what the tokenizer also treats as separators, and quote each word so
    // that FTS5 operators typed by the user (AND, -, *, ") are taken literally.
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QString text = typed;
    text.replace(u'œ', QLatin1String("oe"))
        .replace(u'Œ', QLatin1String("OE"))
        .replace(u'æ', QLatin1String("ae"));
    text.replace(u'Æ', QLatin1String("AE")).replace(u'ß', QLatin1String("ss"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

QString Dialect::clearFullTextRows(const QString &table) const
{
    return QStringLiteral("DELETE FROM %1").arg(table);
}

QString Dialect::idsFromList(const QString &placeholder) const
{
    return QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
}

QVariant Dialect::idListValue(const QList<qint64> &ids) const
{
    QString json;
    json.reserve(ids.size() * 7 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

QVariant Dialect::textListValue(const QStringList &texts) const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString Dialect::copyDatabaseTo() const
{
    return QStringLiteral("VACUUM INTO :path");
}

QString Dialect::tableExists() const
{
    return QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name");
}

} // namespace relais

namespace relais {

QString Dialect::engineVersion() const
{
    return QStringLiteral("SELECT sqlite_version()");
}

} // namespace relais
