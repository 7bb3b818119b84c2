#include "audittrail.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"
#include "writerlock.h"

#include <QDateTime>
#include <QJsonDocument>

namespace relais {

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

// The columns the application derives (folded keys, list labels, timestamps): a row whose
// only change is one of them has not been changed by anyone.
const QStringList derivedColumns { QStringLiteral("id"), QStringLiteral("sort_key"),
    QStringLiteral("name_key"), QStringLiteral("organisations_label"),
    QStringLiteral("organisations_key"), QStringLiteral("created_at"),
    QStringLiteral("updated_at") };

// A column kept as an id but recorded as the name it stands for, which stays readable once
// the referenced row is renamed or gone. %1 stands for OLD, NEW or a row alias.
struct ShownAs
{
    const char *table;
    const char *column;
    const char *key;
    const char *value;
};

constexpr ShownAs shownAs[] = {
    { "contact", "commune_id", "commune", "(SELECT name FROM commune WHERE id = %1.commune_id)" },
    { "contact", "type_id", "type", "(SELECT name FROM actor_type WHERE id = %1.type_id)" },
    { "organisation", "commune_id", "commune",
        "(SELECT name FROM commune WHERE id = %1.commune_id)" },
    { "organisation", "type_id", "type", "(SELECT name FROM actor_type WHERE id = %1.type_id)" },
};

// A record's own table: one entry per row, with its columns as fields.
constexpr const char *records[] = { "contact", "organisation" };

// A contact's details: recorded against the contact as one field whose value is the row
// shown as text, so that "E-mail: a@b.fr → c@d.fr" reads as a change of the contact.
struct Detail
{
    const char *table;
    const char *key;
    const char *columns[2]; // what, compared, makes a change (positions are not one)
    const char *value;
    // A membership deleted with its organisation is recorded by the organisation's trigger,
    // which can still read the name.
    const char *alsoExists;
};

constexpr Detail details[] = {
    { "contact_email", "email", { "email", nullptr }, "%1.email", nullptr },
    { "contact_phone", "phone", { "phone", nullptr }, "%1.phone", nullptr },
    { "membership", "membership", { "organisation_id", "role" },
        "coalesce((SELECT name FROM organisation WHERE id = %1.organisation_id), "
        "'#' || %1.organisation_id) || CASE WHEN %1.role <> '' THEN ' (' || %1.role || ')' "
        "ELSE '' END",
        "EXISTS (SELECT 1 FROM organisation WHERE id = OLD.organisation_id)" },
};

struct Field
{
    QString column;
    QString key;
    QString value; // %1: OLD, NEW
    QString unset; // the column's default, as SQL; empty when it has none
};

// The fields of a record table as the file has them now, so that a column added by a later
// migration is audited without anyone remembering to.
QList<Field> fieldsOf(Database &database, const QString &table)
{
    QList<Field> fields;
    SqlQuery info(database, QStringLiteral("PRAGMA table_info(%1)").arg(table));
    info.exec();
    while (info.next()) {
        const QString column = info.text(1);
        if (derivedColumns.contains(column))
            continue;
        Field field { column, column, QStringLiteral("%1.") + column,
            info.value(4).isNull() ? QString() : info.text(4) };
        for (const ShownAs &shown : shownAs) {
            if (table == L(shown.table) && column == L(shown.column)) {
                field.key = L(shown.key);
                field.value = L(shown.value);
            }
        }
        fields << field;
    }
    return fields;
}

const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
const QString who = QStringLiteral("coalesce((SELECT user FROM audit_session LIMIT 1), '')");
const QString insertEntry = QStringLiteral(
    "INSERT INTO audit_entry (at, user, action, record_table, record_id, changes) ");

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A JSON object of the pairs whose condition holds: {key: [old, new]}. A merge patch drops
// the keys whose value is null, which costs one function call per row where a sub-select of
// the changed fields cost several times the whole write.
struct Pair
{
    QString condition;
    QString key;
    QString pair; // a json_array(old, new)
};

QString jsonObjectOf(const QList<Pair> &pairs)
{
    if (pairs.isEmpty())
        return QStringLiteral("'{}'");
    QStringList arguments;
    for (const Pair &p : pairs)
        arguments << quoted(p.key)
                  << QStringLiteral("json(CASE WHEN %1 THEN %2 END)").arg(p.condition, p.pair);
    return QStringLiteral("json_patch('{}', json_object(%1))")
        .arg(arguments.join(QStringLiteral(", ")));
}

QString setCondition(const Field &field, const QString &row)
{
    const QString value = row + QLatin1Char('.') + field.column;
    QString condition = value + QStringLiteral(" IS NOT NULL");
    if (!field.unset.isEmpty())
        condition += QStringLiteral(" AND %1 IS NOT (%2)").arg(value, field.unset);
    return condition;
}

QString changedCondition(const QString &column)
{
    return QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
}

QString trigger(const QString &name, const QString &when, const QString &table,
    const QString &condition, const QStringList &body)
{
    return QStringLiteral("CREATE TEMP TRIGGER %1 %2 ON main.%3%4 BEGIN %5; END")
        .arg(name, when, table,
            condition.isEmpty() ? QString() : QStringLiteral(" WHEN ") + condition,
            body.join(QStringLiteral("; ")));
}

// A detail row shown as text, for every row of the detail table matching `where` (alias d),
// in order: "a@b.fr, c@d.fr".
QString detailsText(const Detail &detail, const QString &where)
{
    return QStringLiteral("(SELECT group_concat(v, ', ') FROM (SELECT %1 AS v FROM %2 d WHERE %3 "
                          "ORDER BY d.position))")
        .arg(L(detail.value).arg(QStringLiteral("d")), L(detail.table), where);
}

QStringList recordTriggers(Database &database, const QString &table)
{
    const QList<Field> fields = fieldsOf(database, table);
    if (fields.isEmpty())
        return {};
    QList<Pair> created, changed, deleted;
    QStringList anyChange;
    for (const Field &f : fields) {
        created << Pair { setCondition(f, QStringLiteral("NEW")), f.key,
            QStringLiteral("json_array(NULL, %1)").arg(f.value.arg(QStringLiteral("NEW"))) };
        changed << Pair { changedCondition(f.column), f.key,
            QStringLiteral("json_array(%1, %2)")
                .arg(f.value.arg(QStringLiteral("OLD")), f.value.arg(QStringLiteral("NEW"))) };
        deleted << Pair { setCondition(f, QStringLiteral("OLD")), f.key,
            QStringLiteral("json_array(%1, NULL)").arg(f.value.arg(QStringLiteral("OLD"))) };
        anyChange << changedCondition(f.column);
    }
    QStringList deleteBody;
    if (table == QLatin1String("contact")) {
        // The details go with the contact (ON DELETE CASCADE) once this trigger has read them.
        for (const Detail &d : details) {
            const QString where = QStringLiteral("d.contact_id = OLD.id");
            deleted << Pair {
                QStringLiteral("EXISTS (SELECT 1 FROM %1 d WHERE %2)").arg(L(d.table), where),
                L(d.key), QStringLiteral("json_array(%1, NULL)").arg(detailsText(d, where))
            };
        }
    }
    deleteBody << insertEntry
            + QStringLiteral("VALUES (%1, %2, 'delete', %3, OLD.id, %4)")
                  .arg(now, who, quoted(table), jsonObjectOf(deleted));
    if (table == QLatin1String("organisation")) {
        // Its members lose their membership: recorded against them, while its name is known.
        const Detail &m = details[2];
        deleteBody << insertEntry
                + QStringLiteral("SELECT %1, %2, 'update', 'contact', d.contact_id, "
                                 "json_object(%3, json_array(%4, NULL)) FROM membership d "
                                 "WHERE d.organisation_id = OLD.id")
                      .arg(now, who, quoted(L(m.key)), L(m.value).arg(QStringLiteral("d")));
    }
    const QString prefix = QStringLiteral("audit_") + table;
    return {
        trigger(prefix + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT"), table, {},
            { insertEntry
                + QStringLiteral("VALUES (%1, %2, 'create', %3, NEW.id, %4)")
                      .arg(now, who, quoted(table), jsonObjectOf(created)) }),
        trigger(prefix + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE"), table,
            anyChange.join(QStringLiteral(" OR ")),
            { insertEntry
                + QStringLiteral("VALUES (%1, %2, 'update', %3, NEW.id, %4)")
                      .arg(now, who, quoted(table), jsonObjectOf(changed)) }),
        // Before: the contact's details are still there to be recorded with it.
        trigger(prefix + QStringLiteral("_delete"), QStringLiteral("BEFORE DELETE"), table, {},
            deleteBody),
    };
}

QStringList detailTriggers(const Detail &d)
{
    const QString table = L(d.table);
    const QString key = quoted(L(d.key));
    const QString oldValue = L(d.value).arg(QStringLiteral("OLD"));
    const QString newValue = L(d.value).arg(QStringLiteral("NEW"));
    QStringList anyChange;
    for (const char *column : d.columns) {
        if (column)
            anyChange << changedCondition(L(column));
    }
    // A detail deleted with its contact is in the contact's own 'delete' entry.
    QString deletedAlone
        = QStringLiteral("EXISTS (SELECT 1 FROM contact WHERE id = OLD.contact_id)");
    if (d.alsoExists)
        deletedAlone += QStringLiteral(" AND ") + L(d.alsoExists);
    const QString prefix = QStringLiteral("audit_") + table;
    const auto entry = [&](const QString &contact, const QString &oldText, const QString &newText) {
        return insertEntry
            + QStringLiteral("VALUES (%1, %2, 'update', 'contact', %3, json_object(%4, "
                             "json_array(%5, %6)))")
                  .arg(now, who, contact, key, oldText, newText);
    };
    return {
        trigger(prefix + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT"), table, {},
            { entry(QStringLiteral("NEW.contact_id"), QStringLiteral("NULL"), newValue) }),
        trigger(prefix + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE"), table,
            anyChange.join(QStringLiteral(" OR ")),
            { entry(QStringLiteral("NEW.contact_id"), oldValue, newValue) }),
        trigger(prefix + QStringLiteral("_delete"), QStringLiteral("AFTER DELETE"), table,
            deletedAlone,
            { entry(QStringLiteral("OLD.contact_id"), oldValue, QStringLiteral("NULL")) }),
    };
}

} // namespace

QStringList AuditTrail::auditedTables()
{
    QStringList tables;
    for (const char *table : records)
        tables << L(table);
    for (const Detail &d : details)
        tables << L(d.table);
    return tables;
}

void AuditTrail::install(Database &database)
{
    if (database.isReadOnly())
        return;
    SqlQuery(database, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_session (user TEXT)"))
        .exec();
    SqlQuery(database, QStringLiteral("DELETE FROM temp.audit_session")).exec();
    SqlQuery(database, QStringLiteral("INSERT INTO temp.audit_session (user) VALUES (:user)"))
        .bind(QStringLiteral(":user"), WriterLock::currentUserName())
        .exec();
    QStringList statements;
    for (const char *table : records)
        statements << recordTriggers(database, L(table));
    for (const Detail &d : details)
        statements << detailTriggers(d);
    for (const QString &statement : std::as_const(statements)) {
        // Installed again (a reopened connection keeps nothing, but a second call would).
        const QString name = statement.section(QLatin1Char(' '), 3, 3);
        SqlQuery(database, QStringLiteral("DROP TRIGGER IF EXISTS temp.") + name).exec();
        SqlQuery(database, statement).exec();
    }
}

QString AuditTrail::user(const Database &database)
{
    if (!database.isReadOnly()) {
        const QVariant user
            = SqlQuery(database, QStringLiteral("SELECT user FROM temp.audit_session LIMIT 1"))
                  .scalar();
        if (user.isValid())
            return user.toString();
    }
    return WriterLock::currentUserName();
}

qint64 AuditTrail::record(Database &database, const QString &action, const QString &recordTable,
    qint64 recordId, const QJsonObject &changes)
{
    if (database.isReadOnly())
        return 0;
    Transaction transaction(database);
    SqlQuery insert(database,
        insertEntry + QStringLiteral("VALUES (:at, :user, :action, :table, :id, :changes)"));
    insert.bind(QStringLiteral(":at"), isoDateTime(QDateTime::currentDateTimeUtc()))
        .bind(QStringLiteral(":user"), user(database))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":table"), recordTable)
        .bindNullable(QStringLiteral(":id"), recordId)
        .bind(QStringLiteral(":changes"),
            QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)))
        .exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    transaction.commit();
    return id;
}

} // namespace relais
