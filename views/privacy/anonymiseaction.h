#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace relais {

class Commands;
class Database;

// The right to erasure from the user's side: shows what anonymising the contacts would
// erase and what it keeps (the dry run), asks, with Cancel as the default, then anonymises
// them and says how it went. Returns how many were anonymised (0 when cancelled).
class AnonymiseAction
{
    Q_DECLARE_TR_FUNCTIONS(relais::AnonymiseAction)

public:
    static int confirmAndRun(
        QWidget *parent, Database &database, Commands &commands, const QList<qint64> &contactIds);
};

} // namespace relais
