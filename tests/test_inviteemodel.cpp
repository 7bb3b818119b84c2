#include "attendancefixture.h"
#include "catchqt.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <models/db/contactrepository.h>
#include <models/item/inviteemodel.h>

using namespace relais;

namespace {

struct ModelFixture : AttendanceFixture
{
    InviteeModel model { *db };

    QStringList column(int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, column).data().toString();
        return texts;
    }
    QString statusText(qint64 contactId)
    {
        return model.index(model.rowOf(contactId), InviteeModel::Status).data().toString();
    }
};

} // namespace

TEST_CASE("The invitees are listed as the attendance sheet prints them, by last name")
{
    ModelFixture f;
    const qint64 marie
        = f.invitee(QStringLiteral("Marie"), QStringLiteral("Dupont"), AttendanceStatus::Registered,
            QStringLiteral("Repair Café Mulhouse"), QStringLiteral("marie.dupont@example.fr"));
    f.invitee(QStringLiteral("Élodie"), QStringLiteral("Sénéchal"));
    f.invitee(QStringLiteral("Anne"), QStringLiteral("Arnaud"), AttendanceStatus::Excused);
    f.invitee(QStringLiteral("Paul"), QStringLiteral("de Keller"));
    f.invitee(QStringLiteral("Bruno"), QStringLiteral("Bader"));
    f.person(QStringLiteral("Not"), QStringLiteral("Invited"));
    f.model.setMeeting(f.meeting);
    QAbstractItemModelTester tester(
        &f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(f.model.rowCount() == 5);
    CHECK(f.model.columnCount() == InviteeModel::ColumnCount);
    CHECK(f.column(InviteeModel::Name)
        == QStringList {
            "ARNAUD Anne", "BADER Bruno", "DE KELLER Paul", "DUPONT Marie", "SÉNÉCHAL Élodie" });
    CHECK(f.column(InviteeModel::Status)
        == QStringList { "Excused", "Invited", "Invited", "Registered", "Invited" });
    const int row = f.model.rowOf(marie);
    CHECK(row == 3);
    CHECK(f.model.contactIdAt(row) == marie);
    CHECK(f.model.index(row, InviteeModel::Organisation).data().toString()
        == QStringLiteral("Repair Café Mulhouse"));
    CHECK(f.model.index(row, InviteeModel::Email).data().toString()
        == QStringLiteral("marie.dupont@example.fr"));
    CHECK_FALSE(f.model.index(row, InviteeModel::Changed).data().toString().isEmpty());
    CHECK(f.model.index(row, 0).data(InviteeModel::ContactIdRole).toLongLong() == marie);
    CHECK(f.model.index(row, 0).data(InviteeModel::StatusRole).toInt()
        == int(AttendanceStatus::Registered));
    CHECK(f.model.index(row, 0).data(InviteeModel::WalkInRole).toBool() == false);
    CHECK(f.model.index(row, 0).data(InviteeModel::ConsentRole).toInt() == int(Consent::Unknown));
    CHECK(f.model.headerData(InviteeModel::Status, Qt::Horizontal).toString()
        == QStringLiteral("Status"));
    // The line number, to find someone on the paper sheet.
    CHECK(f.model.headerData(row, Qt::Vertical).toInt() == 4);
    CHECK(f.model.rowOf(12345) == -1);
    CHECK(f.model.contactIdAt(-1) == 0);
    CHECK(f.model.contactIdAt(5) == 0);

    f.model.setMeeting(0);
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.counts() == MeetingCounts {});
}

TEST_CASE("Status changes keep the rows in place, walk-ins come and go as rows, undo follows")
{
    ModelFixture f;
    const qint64 anne = f.invitee(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 bruno
        = f.invitee(QStringLiteral("Bruno"), QStringLiteral("Bader"), AttendanceStatus::Registered);
    const qint64 marie = f.invitee(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 lucie = f.person(QStringLiteral("Lucie"), QStringLiteral("Carré"));
    f.model.setMeeting(f.meeting);
    QAbstractItemModelTester tester(
        &f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy refreshed(&f.model, &InviteeModel::refreshed);
    // What a view holds on to while someone ticks names.
    const QPersistentModelIndex marieIndex = f.model.index(f.model.rowOf(marie), 0);

    REQUIRE(f.commands.setAttendance(f.meeting, { anne, bruno }, AttendanceStatus::Present));
    CHECK(resets.isEmpty());
    CHECK(changes.size() == 1);
    CHECK(refreshed.size() == 1);
    CHECK(f.statusText(anne) == QStringLiteral("Present"));
    CHECK(f.statusText(bruno) == QStringLiteral("Present"));
    CHECK(f.model.counts().present == 2);
    CHECK(f.model.counts().registered == 0);

    // Lucie Carré sorts between Bader and Dupont.
    REQUIRE(f.commands.addWalkIn(f.meeting, *ContactRepository(*f.db).load(lucie)));
    CHECK(resets.isEmpty());
    CHECK(inserted.size() == 1);
    CHECK(f.model.rowOf(lucie) == 2);
    CHECK(marieIndex.row() == 3);
    CHECK(f.statusText(lucie) == QStringLiteral("Present (walk-in)"));
    CHECK(f.model.index(2, 0).data(InviteeModel::WalkInRole).toBool());
    CHECK(f.model.counts().walkIns == 1);
    CHECK(f.model.counts().present == 3);
    CHECK(f.model.counts().invited == 3);

    f.stack.undo(); // the walk-in
    CHECK(removed.size() == 1);
    CHECK(f.model.rowOf(lucie) == -1);
    CHECK(marieIndex.row() == 2);
    f.stack.undo(); // the two present
    CHECK(f.statusText(anne) == QStringLiteral("Invited"));
    CHECK(f.statusText(bruno) == QStringLiteral("Registered"));
    f.stack.redo();
    CHECK(f.statusText(bruno) == QStringLiteral("Present"));
    CHECK(resets.isEmpty());

    REQUIRE(f.commands.uninvite(f.meeting, { anne }));
    CHECK(removed.size() == 2);
    CHECK(f.model.rowCount() == 2);
    CHECK(marieIndex.row() == 1);

    // A contact renamed moves on the sheet: the rows are read again.
    Contact renamed = *ContactRepository(*f.db).load(marie);
    renamed.lastName = QStringLiteral("Aubert");
    REQUIRE(f.commands.updateContact(renamed));
    CHECK(f.model.rowOf(marie) == 0);
    CHECK(f.model.index(0, InviteeModel::Name).data().toString() == QStringLiteral("AUBERT Marie"));
}

TEST_CASE("The counts are those of the file, and colour tells the statuses apart")
{
    ModelFixture f;
    const qint64 present
        = f.invitee(QStringLiteral("Anne"), QStringLiteral("Arnaud"), AttendanceStatus::Present);
    const qint64 absent
        = f.invitee(QStringLiteral("Bruno"), QStringLiteral("Bader"), AttendanceStatus::Absent);
    const qint64 excused
        = f.invitee(QStringLiteral("Chloé"), QStringLiteral("Céleste"), AttendanceStatus::Excused);
    const qint64 invited = f.invitee(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    f.invitee(QStringLiteral("Paul"), QStringLiteral("Keller"), AttendanceStatus::Registered);
    f.commands.addWalkIn(f.meeting, [] {
        Contact c;
        c.firstName = QStringLiteral("Lucie");
        c.lastName = QStringLiteral("Martin");
        return c;
    }());
    f.model.setMeeting(f.meeting);

    CHECK(f.model.counts() == f.counts());
    const MeetingCounts counts = f.model.counts();
    CHECK(counts.invited == 5);
    CHECK(counts.present == 2);
    CHECK(counts.walkIns == 1);
    CHECK(counts.absent == 1);
    CHECK(counts.excused == 1);
    CHECK(counts.registered == 1);
    CHECK(counts.attendanceRate() == Approx(0.2));

    const auto colour = [&f](qint64 id) {
        return f.model.index(f.model.rowOf(id), InviteeModel::Status).data(Qt::ForegroundRole);
    };
    CHECK_FALSE(colour(invited).isValid());
    CHECK(colour(present).value<QColor>() != colour(absent).value<QColor>());
    CHECK(colour(excused).value<QColor>() != colour(absent).value<QColor>());
    // Only the status column is coloured: the rest of the line stays readable.
    CHECK_FALSE(f.model.index(f.model.rowOf(present), InviteeModel::Name)
                    .data(Qt::ForegroundRole)
                    .isValid());
}
