#include "catchqt.h"
#include "followupfixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <models/db/contactrepository.h>
#include <models/item/followupmodel.h>

using namespace relais;

namespace {

using Group = FollowUpModel::Group;

struct ModelFixture : FollowUpFixture
{
    FollowUpModel model { *db };
    ModelFixture()
    {
        model.setToday([] { return today; });
    }

    QStringList groups() const
    {
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.index(row, 0).data().toString();
        return titles;
    }
    // The actions under a group, in order.
    QStringList actionsIn(Group group) const
    {
        QStringList actions;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex parent = model.index(row, 0);
            if (parent.data(FollowUpModel::BucketRole).toInt() != int(group))
                continue;
            for (int child = 0; child < model.rowCount(parent); ++child)
                actions << model.index(child, FollowUpModel::Action, parent).data().toString();
        }
        return actions;
    }
    Group groupOf(qint64 id) const
    {
        return Group(model.indexOfId(id).data(FollowUpModel::BucketRole).toInt());
    }
};

} // namespace

TEST_CASE("Follow-ups fall into overdue, today, this week and later, soonest first")
{
    ModelFixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 paul = f.person(QStringLiteral("Paul"), QStringLiteral("Keller"));
    const qint64 later = f.plan(paul, QDate(2014, 12, 15), QStringLiteral("Visit the repair café"));
    const qint64 sunday
        = f.plan(marie, QDate(2014, 11, 23), QStringLiteral("See her SERD stand"), f.staff(1));
    const qint64 monday = f.plan(marie, QDate(2014, 11, 24), QStringLiteral("Thank her"));
    const qint64 today = f.plan(paul, FollowUpFixture::today, QStringLiteral("Call back"));
    const qint64 yesterday = f.logAndPlan(marie, QStringLiteral("Stand at the market"),
        QDate(2014, 11, 18), QStringLiteral("Send the poster"), f.staff(0));
    const qint64 lastWeek
        = f.plan(paul, QDate(2014, 11, 10), QStringLiteral("Ask for the figures"));
    REQUIRE(lastWeek);

    CHECK(f.groups() == QStringList { "Overdue (2)", "Today (1)", "This week (1)", "Later (2)" });
    CHECK(f.actionsIn(Group::Overdue) == QStringList { "Ask for the figures", "Send the poster" });
    CHECK(f.actionsIn(Group::Today) == QStringList { "Call back" });
    CHECK(f.actionsIn(Group::ThisWeek) == QStringList { "See her SERD stand" });
    CHECK(f.actionsIn(Group::Later) == QStringList { "Thank her", "Visit the repair café" });
    CHECK(f.model.overdueCount() == 2);
    CHECK(f.model.openCount() == 6);
    CHECK(f.groupOf(today) == Group::Today);
    CHECK(f.groupOf(sunday) == Group::ThisWeek);
    CHECK(f.groupOf(monday) == Group::Later);
    CHECK(f.groupOf(later) == Group::Later);

    // One row, column by column.
    const QModelIndex row = f.model.indexOfId(yesterday);
    REQUIRE(row.isValid());
    CHECK(f.model.idAt(row) == yesterday);
    CHECK(row.data(FollowUpModel::IdRole).toLongLong() == yesterday);
    CHECK(row.data(FollowUpModel::DueRole).toDate() == QDate(2014, 11, 18));
    CHECK(row.data().toString() == QStringLiteral("18/11/2014"));
    CHECK(row.siblingAtColumn(FollowUpModel::Action).data().toString()
        == QStringLiteral("Send the poster"));
    CHECK(row.siblingAtColumn(FollowUpModel::With).data().toString()
        == QStringLiteral("Marie Dupont"));
    CHECK(row.siblingAtColumn(FollowUpModel::AssignedTo).data().toString()
        == QStringLiteral("Programme officer"));
    CHECK(row.siblingAtColumn(FollowUpModel::PlannedWith).data().toString()
        == QStringLiteral("Stand at the market"));
    CHECK(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 day")));

    // Overdue reads red; the rest does not.
    CHECK(row.siblingAtColumn(FollowUpModel::Action).data(Qt::ForegroundRole).value<QColor>()
        == QColor(0xb3, 0x26, 0x1e));
    CHECK_FALSE(f.model.indexOfId(today).data(Qt::ForegroundRole).isValid());

    // Groups: not selectable, no id, their own bucket.
    const QModelIndex overdue = f.model.index(0, 0);
    CHECK(f.model.isGroup(overdue));
    CHECK(f.model.idAt(overdue) == 0);
    CHECK(overdue.data(FollowUpModel::IdRole).toLongLong() == 0);
    CHECK(overdue.data(FollowUpModel::BucketRole).toInt() == int(Group::Overdue));
    CHECK_FALSE(f.model.flags(overdue).testFlag(Qt::ItemIsSelectable));
    CHECK(f.model.flags(row).testFlag(Qt::ItemIsSelectable));
    CHECK(f.model.headerData(FollowUpModel::AssignedTo, Qt::Horizontal).toString()
        == QStringLiteral("Assigned to"));
}

TEST_CASE("Empty groups are left out, and the groups move with the day")
{
    ModelFixture f;
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.overdueCount() == 0);
    const qint64 anne = f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 id = f.plan(anne, QDate(2014, 11, 21), QStringLiteral("Thank her"));
    CHECK(f.groups() == QStringList { "This week (1)" });

    QDate day = FollowUpFixture::today;
    f.model.setToday([&day] { return day; });
    day = QDate(2014, 11, 21);
    f.model.refresh();
    CHECK(f.groups() == QStringList { "Today (1)" });
    day = QDate(2014, 11, 24);
    f.model.refresh();
    CHECK(f.groups() == QStringList { "Overdue (1)" });
    CHECK(f.model.overdueCount() == 1);
    CHECK(f.model.indexOfId(id).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 day")));
}

TEST_CASE("The staff filter shows one person's follow-ups")
{
    ModelFixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 officer = f.staff(0);
    const qint64 assistant = f.staff(1);
    f.plan(marie, QDate(2014, 11, 3), QStringLiteral("Officer, overdue"), officer);
    f.plan(marie, QDate(2014, 11, 30), QStringLiteral("Officer, later"), officer);
    f.plan(marie, QDate(2014, 11, 4), QStringLiteral("Assistant, overdue"), assistant);
    f.plan(marie, QDate(2014, 11, 5), QStringLiteral("Nobody's, overdue"));
    CHECK(f.model.overdueCount() == 3);

    f.model.setStaffFilter(assistant);
    CHECK(f.model.staffFilter() == assistant);
    CHECK(f.groups() == QStringList { "Overdue (1)" });
    CHECK(f.actionsIn(Group::Overdue) == QStringList { "Assistant, overdue" });
    CHECK(f.model.overdueCount() == 1);

    f.model.setStaffFilter(officer);
    CHECK(f.groups() == QStringList { "Overdue (1)", "Later (1)" });
    CHECK(f.actionsIn(Group::Later) == QStringList { "Officer, later" });

    f.model.setStaffFilter(0);
    CHECK(f.model.openCount() == 4);
}

TEST_CASE("Done follow-ups leave the open groups, and show in their own when asked")
{
    ModelFixture f;
    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 first = f.plan(marie, QDate(2014, 11, 12), QStringLiteral("Call back"));
    f.plan(marie, QDate(2014, 11, 26), QStringLiteral("Thank her"));
    QSignalSpy refreshed(&f.model, &FollowUpModel::refreshed);

    REQUIRE(f.complete(first));
    // Completing writes an interaction and a follow-up: one read of the file all the same.
    CHECK(refreshed.count() == 1);
    CHECK(f.groups() == QStringList { "Later (1)" });
    CHECK(f.model.overdueCount() == 0);

    f.model.setShowDone(true);
    CHECK(f.groups() == QStringList { "Later (1)", "Done in the last 30 days (1)" });
    const QModelIndex done = f.model.indexOfId(first);
    CHECK(f.model.isDone(done));
    CHECK(done.data(FollowUpModel::BucketRole).toInt() == int(Group::Done));
    CHECK(done.data(Qt::ToolTipRole).toString().contains(QStringLiteral("done")));
    CHECK_FALSE(f.model.isDone(f.model.index(0, 0, f.model.index(0, 0))));
    // Done long ago: out of the list.
    f.model.setToday([] { return QDate(2015, 1, 5); });
    CHECK(f.groups() == QStringList { "Overdue (1)" });

    f.model.setToday([] { return FollowUpFixture::today; });
    f.model.setShowDone(false);
    f.stack.undo();
    CHECK(f.groups() == QStringList { "Overdue (1)", "Later (1)" });
}

TEST_CASE("The follow-ups model stays consistent through changes, undo and redo")
{
    ModelFixture f;
    QAbstractItemModelTester tester(
        &f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);

    const qint64 marie = f.person(QStringLiteral("Marie"), QStringLiteral("Dupont"));
    const qint64 a = f.plan(marie, QDate(2014, 11, 18), QStringLiteral("Send the poster"));
    const qint64 b = f.logAndPlan(marie, QStringLiteral("Visit"), QDate(2014, 11, 28),
        QStringLiteral("See the stand"), f.staff(0));
    const qint64 c = f.plan(marie, FollowUpFixture::today, QStringLiteral("Call back"), f.staff(1));
    CHECK(f.model.openCount() == 3);

    REQUIRE(f.commands.rescheduleFollowUps({ a, c }, QDate(2014, 12, 1)));
    CHECK(f.groupOf(a) == Group::Later);
    CHECK(f.groupOf(c) == Group::Later);
    f.stack.undo();
    CHECK(f.groupOf(a) == Group::Overdue);
    CHECK(f.groupOf(c) == Group::Today);
    f.stack.redo();
    CHECK(f.groups() == QStringList { "Later (3)" });
    f.stack.undo();

    REQUIRE(f.commands.reassignFollowUps({ a, b }, f.staff(1)));
    CHECK(f.model.indexOfId(a).siblingAtColumn(FollowUpModel::AssignedTo).data().toString()
        == QStringLiteral("Assistant"));
    f.stack.undo();

    REQUIRE(f.commands.deleteFollowUps({ b, c }));
    CHECK(f.groups() == QStringList { "Overdue (1)" });
    f.stack.undo();
    CHECK(f.model.openCount() == 3);

    // A change that moves no row refreshes the rows in place: the view keeps its state.
    resets.clear();
    Contact renamed = *ContactRepository(*f.db).load(marie);
    renamed.lastName = QStringLiteral("Dupont-Weber");
    REQUIRE(f.commands.updateContact(renamed));
    CHECK(resets.isEmpty());
    CHECK(f.model.indexOfId(a).siblingAtColumn(FollowUpModel::With).data().toString()
        == QStringLiteral("Marie Dupont-Weber"));
    REQUIRE(f.commands.renameReferenceItem(
        ReferenceList::StaffMember, f.staff(1), QStringLiteral("Lucie")));
    CHECK(resets.isEmpty());
    CHECK(f.model.indexOfId(c).siblingAtColumn(FollowUpModel::AssignedTo).data().toString()
        == QStringLiteral("Lucie"));

    f.model.setShowDone(true);
    REQUIRE(f.complete(a));
    f.model.setStaffFilter(f.staff(1));
    f.model.setStaffFilter(0);
    f.stack.undo();
    f.model.setShowDone(false);
    REQUIRE(f.commands.deleteContacts({ marie }));
    f.stack.undo();
    CHECK(f.model.openCount() == 3);
    CHECK(f.model.indexOfId(b).siblingAtColumn(FollowUpModel::With).data().toString()
        == QStringLiteral("Marie Dupont-Weber"));
}
