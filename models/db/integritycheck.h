#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlError;

namespace relais {

class Database;

// What SQLite's own checks say of a file: PRAGMA quick_check (or integrity_check) and
// PRAGMA foreign_key_check.
struct IntegrityResult
{
    // A row that points to a row that no longer exists.
    struct ForeignKeyProblem
    {
        QString table;
        qint64 rowId = 0;
        QString parent; // the table it points to
    };

    // The checks ran to their end (false: SQLite could not read the file far enough).
    bool ran = false;
    // The file is damaged: the check found problems, or reading it failed as a damaged
    // file fails (SQLITE_CORRUPT, SQLITE_NOTADB).
    bool damaged = false;
    // The check's lines other than "ok", at most a hundred.
    QStringList problems;
    // The driver's error when the checks could not run.
    QString error;
    quint32 applicationId = 0;
    int foreignKeyProblemCount = 0;
    // The first few of them.
    QList<ForeignKeyProblem> foreignKeyProblems;

    bool sound() const { return ran && !damaged; }
};

// Records that point nowhere, found at open: not a reason to refuse the file, but
// something to show.
struct IntegrityWarnings
{
    int foreignKeyProblemCount = 0;
    QList<IntegrityResult::ForeignKeyProblem> examples; // the first few

    bool isEmpty() const { return foreignKeyProblemCount == 0; }
    // For the user, in their language; empty when there is nothing to say.
    QString message() const;
};

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(relais::IntegrityCheck)

public:
    // How many foreign-key problems are kept as examples.
    static constexpr int examples = 5;

    // quick_check and foreign_key_check through a read-only connection of its own:
    // nothing is written to the file, not even a checkpoint when it closes.
    static IntegrityResult quickCheck(const QString &path);
    // integrity_check (slower and thorough: indexes against tables too) and
    // foreign_key_check, on an open database (Tools > Check database).
    static IntegrityResult fullCheck(const Database &database);

    // The error is SQLite's for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isDamageError(const QSqlError &error);

    // The report of a check for the user, in their language: "no problem found", or
    // the problems found and what to do.
    static QString report(const IntegrityResult &result);
    // One example of a foreign-key problem: "in interaction_contact, row 12 refers to a
    // missing row of contact".
    static QString describe(const IntegrityResult::ForeignKeyProblem &problem);
};

} // namespace relais
