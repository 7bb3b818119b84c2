// Commands: the right to erasure (see Anonymiser).

#include "../db/anonymiser.h"
#include "../db/database.h"
#include "../db/databaseerror.h"
#include "commands.h"

#include <QUndoStack>

namespace relais {

std::optional<int> Commands::anonymiseContacts(const QList<qint64> &ids)
{
    m_lastError.clear();
    Anonymiser anonymiser(m_database);
    int count = 0;
    try {
        count = anonymiser.anonymise(ids, QDateTime::currentDateTimeUtc());
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    // The undo history holds the values just erased (an edit's "before", a deletion's
    // record): it goes, and with it any way to write them back.
    m_stack.clear();
    try {
        anonymiser.compact();
    } catch (const DatabaseError &error) {
        // Anonymised all the same; the erased bytes stay in free pages until the next
        // compaction.
        m_lastError = Commands::tr("The people were anonymised, but the file could not be "
                                   "compacted: %1")
                          .arg(error.message());
    }
    return count;
}

} // namespace relais
