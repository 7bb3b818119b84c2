#pragma once

// The fixture of import tests: a Relais file with its commands, and what an import test
// does often (plan a CSV text, add an organisation or a contact, count rows).

#include "trainingfixture.h"

#include <models/db/contactrepository.h>
#include <models/db/importrepository.h>
#include <models/db/sqlquery.h>
#include <models/import/importplan.h>

namespace relais {

// The import history's tables, left out when a dump compares the file before and after.
inline const QStringList importTables
    = { QStringLiteral("import_batch"), QStringLiteral("import_record") };

struct ImportFixture : TrainingFixture
{
    ImportPlan plan(ImportKind kind, const QString &csv)
    {
        const CsvTable table = readCsv(csv.toUtf8());
        const ColumnMapping mapping = proposeColumnMapping(kind, table.header);
        QString error;
        const auto planned = ImportPlan::analyse(
            table, mapping, ImportRepository(*db).existingActors(kind), &error);
        INFO(error.toStdString());
        REQUIRE(planned);
        return *planned;
    }
    qint64 organisation(const QString &name, const QString &acronym = {})
    {
        Organisation o;
        o.name = name;
        o.acronym = acronym;
        return *commands.addOrganisation(o);
    }
    qint64 contact(const QString &first, const QString &last, const QString &email = {},
        qint64 organisationId = 0)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!email.isEmpty())
            c.emails << email;
        if (organisationId)
            c.memberships << Membership { organisationId, {}, QStringLiteral("Director") };
        return *commands.addContact(c);
    }
    int count(const QString &table)
    {
        return SqlQuery(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).scalar().toInt();
    }
    std::optional<Contact> contactNamed(const QString &last)
    {
        const qint64 id
            = SqlQuery(*db, QStringLiteral("SELECT id FROM contact WHERE last_name = :n"))
                  .bind(QStringLiteral(":n"), last)
                  .scalar()
                  .toLongLong();
        return ContactRepository(*db).load(id);
    }
};

} // namespace relais
