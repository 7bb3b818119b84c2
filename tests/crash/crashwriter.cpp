// The victim of the crash-safety test: writes one contact per transaction until it is
// killed, and prints each id once its transaction has committed ("acknowledged").
//   crashwriter FILE          write until killed
//   crashwriter --hold FILE   open FILE for writing, print "held", wait until killed
#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <models/db/contactrepository.h>
#include <models/db/database.h>
#include <models/db/databaseerror.h>
#include <models/db/transaction.h>

using namespace relais;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool hold = arguments.removeAll(QStringLiteral("--hold")) > 0;
    if (arguments.size() != 1) {
        std::fputs("usage: crashwriter [--hold] FILE\n", stderr);
        return 2;
    }
    Database::Opened opened
        = Database::open(arguments.first(), Database::OpenMode::CreateIfMissing);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(opened.message), qPrintable(opened.detail));
        return 1;
    }
    Database &database = *opened.database;
    if (hold) {
        std::puts("held");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    }
    ContactRepository contacts(database);
    try {
        for (qint64 n = 0;; ++n) {
            Contact contact;
            contact.firstName = QStringLiteral("Writer");
            contact.lastName = QStringLiteral("Crash %1").arg(n);
            contact.emails = QStringList { QStringLiteral("crash%1@example.fr").arg(n) };
            Transaction transaction(database);
            const qint64 id = contacts.insert(contact);
            transaction.commit();
            // One write() of a short line: the test reads it whole or not at all.
            std::printf("%lld\n", static_cast<long long>(id));
            std::fflush(stdout);
        }
    } catch (const DatabaseError &error) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(error.message()), qPrintable(error.detail()));
        return 1;
    }
}
