#include "transaction.h"

#include "database.h"

namespace relais {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_database.beginTransaction();
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_database.rollbackTransaction();
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; never throw here.
        }
    }
}

void Transaction::commit()
{
    m_database.commitTransaction();
    m_open = false;
}

} // namespace relais
