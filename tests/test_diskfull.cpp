#include "catchqt.h"
#include "filefaults.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <models/db/contactrepository.h>
#include <models/db/integritycheck.h>

using namespace relais;

// The disk fills up in the middle of an import: the installed command, run with a file-size
// limit (what a full disk or a quota does to a write), must say so in words, write nothing
// of the import, and leave a file that opens and checks as it was.
TEST_CASE("A disk that fills up during an import leaves the file whole and says why", "[diskfull]")
{
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    REQUIRE_FALSE(prlimit.isEmpty()); // util-linux, on every Debian

    TestDatabase db;
    filefaults::addContacts(*db, { "Sénéchal", "Muller", "Koenig" });
    const QString path = db.path();
    db.close();
    const qint64 size = QFileInfo(path).size();

    // 3,000 people: far more than the room left. Names far apart, so that the import has
    // no near-duplicates to weigh.
    const QString csv = QFileInfo(path).dir().filePath(QStringLiteral("people.csv"));
    QByteArray rows = "Nom;Prénom;E-mail\n";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray name
            = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1)
                  .toHex()
                  .left(10)
                  .toUpper();
        rows += name + ";Camille;c" + QByteArray::number(i) + "@example.fr\n";
    }
    filefaults::writeFile(csv, rows);

    QProcess import;
    // Room for the backup taken first (a copy of the file), not for the import's writes.
    import.start(prlimit,
        { QStringLiteral("--fsize=%1").arg(size + 128 * 1024), QStringLiteral(RELAIS_EXECUTABLE),
            QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"),
            QStringLiteral("contacts"), csv });
    REQUIRE(import.waitForFinished(120000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    INFO(err.toStdString());
    CHECK(import.exitStatus() == QProcess::NormalExit); // not killed by the limit
    CHECK(import.exitCode() == 1);
    // A size limit fails the write as a full disk does (SQLite reports EFBIG as an I/O error,
    // ENOSPC as a full disk): either way the user reads that nothing was saved.
    CHECK((err.contains(QStringLiteral("The disk is full"))
        || err.contains(QStringLiteral("The disk could not be written"))));
    CHECK(err.contains(QStringLiteral("nothing of this change was saved")));

    db.reopen();
    CHECK(ContactRepository(*db).count() == 3);
    const IntegrityResult check = IntegrityCheck::fullCheck(*db);
    CHECK(check.ran);
    CHECK_FALSE(check.damaged);
    CHECK(check.problems.isEmpty());
}
