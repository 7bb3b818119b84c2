#pragma once

namespace relais {

class Database;

// One user action, one transaction: rolls back unless commit() was reached.
// Nested guards become savepoints of the outer transaction.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    bool m_open = true;
};

} // namespace relais
