#pragma once

#include "catchqt.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <models/db/database.h>

// Every row of every table (the full-text indexes by their documents) but those left
// out, to compare the file before a change and after its undo (the audit trail aside: it
// records the change and its undo alike).
inline QStringList dump(relais::Database &database, const QStringList &leaveOut = {})
{
    QStringList tables;
    QSqlQuery list(database.connection());
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search%' "
                             "AND name <> 'audit_entry' "
                             "ORDER BY name"));
    while (list.next()) {
        if (!leaveOut.contains(list.value(0).toString()))
            tables << list.value(0).toString();
    }
    QStringList lines;
    const auto rows = [&](const QString &table, const QString &statement) {
        QSqlQuery q(database.connection());
        REQUIRE(q.exec(statement));
        QStringList block;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            block << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
        block.sort();
        lines << block;
    };
    for (const QString &table : std::as_const(tables))
        rows(table, QStringLiteral("SELECT * FROM %1").arg(table));
    rows(QStringLiteral("contact_search"), QStringLiteral("SELECT rowid, doc FROM contact_search"));
    rows(QStringLiteral("organisation_search"),
        QStringLiteral("SELECT rowid, doc FROM organisation_search"));
    return lines;
}
