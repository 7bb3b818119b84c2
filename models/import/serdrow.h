#pragma once

#include "../domain/serd.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais {

// A name of a list or an organisation as a row uses it: an item already in Relais, or
// one of the plan's unknown values.
struct NameRef
{
    qint64 id = 0;
    int value = -1; // index in ImportPlan::unknownValues()

    bool isSet() const { return id || value >= 0; }
};

// What a row of a SERD actions file says: the action it names and, when dated, the
// occurrence it describes (its commune is the row's communeRef).
struct SerdRow
{
    SerdAction action; // title, description, audience, registered
    std::optional<SerdStatus> status; // as the row says
    SerdOccurrence occurrence; // no date: the row names an action not yet scheduled
    int edition = 0; // the year: the edition column's, else the date's
    QString category;
    QString topic;
    QString leadOrganiser;
    QStringList coOrganisers;
    QString contactPerson;
    // The same, found.
    NameRef categoryRef;
    NameRef topicRef;
    NameRef leadRef;
    QList<NameRef> coOrganiserRefs;
    NameRef contactRef;
    qint64 editionId = 0; // 0: an edition the import creates
    // The row of the file that first names the action: this one, or an earlier one
    // whose action this row adds a date to.
    int actionRow = -1;
    qint64 actionId = 0; // the action of Relais the row names, 0 for a new one
};

} // namespace relais
