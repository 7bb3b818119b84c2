#include "integritycheck.h"

#include "database.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace relais {

namespace {

constexpr int maxProblems = 100;

// SQLite's primary result codes for a damaged file.
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

} // namespace

bool IntegrityCheck::isDamageError(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (isNumber && (code == sqliteCorrupt || code == sqliteNotADatabase))
        return true;
    const QString text = error.databaseText();
    return text.contains(QLatin1String("malformed"))
        || text.contains(QLatin1String("not a database"));
}

namespace {

void failed(IntegrityResult &result, const QSqlError &error)
{
    result.ran = false;
    result.error = error.text();
    if (IntegrityCheck::isDamageError(error))
        result.damaged = true;
}

// Runs the checks on an open connection; `pragma` is quick_check or integrity_check.
void runChecks(QSqlDatabase db, const QString &pragma, IntegrityResult &result)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return failed(result, q.lastError());
    result.applicationId = static_cast<quint32>(q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(maxProblems)))
        return failed(result, q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            result.problems << line;
    }
    if (q.lastError().isValid())
        return failed(result, q.lastError());
    if (!result.problems.isEmpty())
        result.damaged = true;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failed(result, q.lastError());
    while (q.next()) {
        ++result.foreignKeyProblemCount;
        if (result.foreignKeyProblems.size() < IntegrityCheck::examples)
            result.foreignKeyProblems.append(
                { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString() });
    }
    if (q.lastError().isValid())
        return failed(result, q.lastError());
    q.finish();
    result.ran = true;
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("relais-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString IntegrityWarnings::message() const
{
    if (isEmpty())
        return {};
    QStringList lines;
    lines << IntegrityCheck::tr("%n record(s) of this file refer to records that no longer exist. "
                                "Relais keeps working, but what they refer to is lost; "
                                "restoring a backup may bring it back.",
        nullptr, foreignKeyProblemCount);
    for (const auto &problem : examples)
        lines << QStringLiteral("– ") + IntegrityCheck::describe(problem);
    if (foreignKeyProblemCount > examples.size())
        lines << QStringLiteral("…");
    return lines.join(QLatin1Char('\n'));
}

IntegrityResult IntegrityCheck::quickCheck(const QString &path)
{
    IntegrityResult result;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            runChecks(db, QStringLiteral("quick_check"), result);
        else
            failed(result, db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

IntegrityResult IntegrityCheck::fullCheck(const Database &database)
{
    IntegrityResult result;
    runChecks(database.connection(), QStringLiteral("integrity_check"), result);
    return result;
}

QString IntegrityCheck::describe(const IntegrityResult::ForeignKeyProblem &problem)
{
    return tr("in %1, row %2 refers to a missing row of %3")
        .arg(problem.table)
        .arg(problem.rowId)
        .arg(problem.parent);
}

QString IntegrityCheck::report(const IntegrityResult &result)
{
    if (!result.ran && !result.damaged)
        return tr("The database could not be checked: %1").arg(result.error);
    QStringList lines;
    if (result.damaged) {
        lines << tr("The database is damaged. Close Relais, keep this file aside and restore "
                    "the newest backup (File > Restore from backup).");
        for (const QString &problem : result.problems)
            lines << QStringLiteral("– ") + problem;
        if (result.problems.isEmpty() && !result.error.isEmpty())
            lines << QStringLiteral("– ") + result.error;
    } else {
        lines << tr("The database is sound: SQLite found no damage.");
    }
    if (result.foreignKeyProblemCount > 0) {
        IntegrityWarnings warnings;
        warnings.foreignKeyProblemCount = result.foreignKeyProblemCount;
        warnings.examples = result.foreignKeyProblems;
        lines << warnings.message();
    } else if (result.ran) {
        lines << tr("Every record refers only to records that exist.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace relais
