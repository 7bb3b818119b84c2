#include "catchqt.h"
#include "testdatabase.h"
#include "viewtesting.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/meetingrepository.h>
#include <models/db/referencelistrepository.h>
#include <models/db/savedlistrepository.h>
#include <models/history/history.h>
#include <models/item/inviteemodel.h>
#include <models/item/meetinglistmodel.h>
#include <views/actors/actorfilterbar.h>
#include <views/actors/recordopener.h>
#include <views/meetings/invitedialog.h>
#include <views/meetings/meetingdialog.h>
#include <views/meetings/meetingspage.h>

using namespace relais;

namespace {

const QDate today(2014, 11, 19);

struct Fixture
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands { *db, stack };
    std::unique_ptr<History> history = standardHistory(*db);
    QWidget window;
    RecordOpener opener { *db, commands, *history, &window };
    Fixture()
    {
        commands.setToday([] { return today; });
    }

    qint64 person(const QString &first, const QString &last, Consent consent = Consent::Given,
        bool head = false)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.emailConsent.status = consent;
        c.networkHead = head;
        c.emails = { first.toLower() + QStringLiteral("@example.fr") };
        return *commands.addContact(c);
    }
    qint64 meeting(const QString &title, const QDate &date, int type = 0)
    {
        Meeting m;
        m.title = title;
        m.date = date;
        m.typeId = ReferenceListRepository(*db).items(ReferenceList::MeetingType)[type].id;
        return *commands.addMeeting(m);
    }
};

} // namespace

TEST_CASE("A new meeting is typed and saved from its card")
{
    Fixture f;
    MeetingDialog dialog(*f.db, f.commands, 0);
    REQUIRE(showActive(&dialog));
    CHECK(focusedName() == QStringLiteral("title"));
    type(QStringLiteral("Conseil d'acteurs de novembre"));
    dialog.findChild<QLineEdit *>(QStringLiteral("place"))
        ->setText(QStringLiteral("Salle des Adjudants"));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(dialog.isVisible());
    const QList<MeetingRow> rows = MeetingRepository(*f.db).list();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().title == QStringLiteral("Conseil d'acteurs de novembre"));
    CHECK(rows.first().date == today);
}

TEST_CASE("The Meetings area lists by date with counts, filtered by year and type")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 march = f.meeting(QStringLiteral("Conseil de mars"), QDate(2014, 3, 13));
    f.meeting(QStringLiteral("Atelier compost"), QDate(2014, 4, 2), 1);
    f.meeting(QStringLiteral("Conseil d'octobre 2013"), QDate(2013, 10, 10));
    f.commands.invite(march, { a });
    f.commands.setAttendance(march, { a }, AttendanceStatus::Present);
    MeetingsPage page(*f.db, f.commands, f.opener);
    MeetingListModel *model = page.model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, MeetingListModel::Title).data().toString()
        == QStringLiteral("Atelier compost"));
    const int row = model->rowOf(march);
    CHECK(model->index(row, MeetingListModel::Present).data().toInt() == 1);
    CHECK(model->index(row, MeetingListModel::Rate).data().toString() == QStringLiteral("100%"));
    auto *year = page.findChild<QComboBox *>(QStringLiteral("yearFilter"));
    year->setCurrentIndex(year->findData(2013));
    CHECK(model->rowCount() == 1);
    year->setCurrentIndex(year->findData(0));
    auto *type = page.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(2); // after the blank row: the second type, workshops
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, MeetingListModel::Title).data().toString()
        == QStringLiteral("Atelier compost"));
}

TEST_CASE("Inviting from a filter shows who would be added, never twice, and leaves out those who "
          "refused")
{
    Fixture f;
    const qint64 nadia
        = f.person(QStringLiteral("Nadia"), QStringLiteral("Head"), Consent::Given, true);
    f.person(QStringLiteral("Rémi"), QStringLiteral("Refus"), Consent::Refused, true);
    f.person(QStringLiteral("Ugo"), QStringLiteral("Unknown"), Consent::Unknown, true);
    f.person(QStringLiteral("Olivier"), QStringLiteral("Other"));
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    f.commands.invite(council, { nadia });

    InviteDialog dialog(*f.db, f.commands, council);
    dialog.setSource(InviteDialog::Source::Filter);
    CHECK(dialog.candidates().isEmpty()); // an empty filter is not "everyone"
    ActorFilterBar *filter = dialog.filterBar();
    // Nadia is already invited, Rémi refused to be contacted, Ugo was never asked.
    filter->findChild<QLineEdit *>(QStringLiteral("actorSearch"))
        ->setText(QStringLiteral("Unknown"));
    REQUIRE(dialog.candidates().size() == 1);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    CHECK(summary->text().contains(QStringLiteral("1 person will be invited")));
    CHECK(summary->text().contains(QStringLiteral("1 has not been asked")));
    filter->findChild<QLineEdit *>(QStringLiteral("actorSearch"))->setText(QStringLiteral("head"));
    CHECK(dialog.candidates().isEmpty());
    CHECK(summary->text().contains(QStringLiteral("1 already invited")));
    filter->findChild<QLineEdit *>(QStringLiteral("actorSearch"))->setText(QStringLiteral("refus"));
    CHECK(dialog.candidates().isEmpty());
    CHECK(summary->text().contains(QStringLiteral("1 refused to be contacted and is left out")));

    filter->findChild<QLineEdit *>(QStringLiteral("actorSearch"))->setText(QStringLiteral("o"));
    const QList<qint64> adding = dialog.candidates();
    CHECK(adding.size() == 1); // Olivier Other ("o…"); Nadia is already there
    dialog.accept();
    CHECK(MeetingRepository(*f.db).counts(council).invited == 2);
}

TEST_CASE("Inviting the people of another meeting, and keeping that as a saved list")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 b = f.person(QStringLiteral("Bruno"), QStringLiteral("Bader"));
    const qint64 march = f.meeting(QStringLiteral("Conseil de mars"), QDate(2014, 3, 13));
    f.commands.invite(march, { a, b });
    f.commands.setAttendance(march, { a }, AttendanceStatus::Present);
    const qint64 june = f.meeting(QStringLiteral("Conseil de juin"), QDate(2014, 6, 12));

    InviteDialog dialog(*f.db, f.commands, june);
    dialog.setSource(InviteDialog::Source::Meeting);
    CHECK(dialog.candidates().size() == 2);
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->property("status").toInt() == int(AttendanceStatus::Present))
            box->setChecked(true);
    }
    CHECK(dialog.candidates() == QList<qint64> { a });

    QTimer::singleShot(0, [] {
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        REQUIRE(ask);
        ask->setTextValue(QStringLiteral("Present in March"));
        ask->accept();
    });
    dialog.saveAsList();
    const QList<SavedList> lists = SavedListRepository(*f.db).all();
    REQUIRE(lists.size() == 1);
    CHECK(SavedListRepository(*f.db).resolve(lists.first().rule, today) == QList<qint64> { a });
    dialog.setSource(InviteDialog::Source::SavedList);
    CHECK(dialog.candidates() == QList<qint64> { a });
}

TEST_CASE("The card's invitees: statuses, counts, consent warning and the Bcc list")
{
    Fixture f;
    const qint64 a = f.person(QStringLiteral("Anne"), QStringLiteral("Arnaud"));
    const qint64 r = f.person(QStringLiteral("Rémi"), QStringLiteral("Refus"), Consent::Refused);
    const qint64 council = f.meeting(QStringLiteral("Conseil"), today);
    f.commands.invite(council, { a, r });
    MeetingDialog dialog(*f.db, f.commands, council);
    REQUIRE(showActive(&dialog));
    CHECK(dialog.invitees()->rowCount() == 2);
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("counts"));
    CHECK(counts->text().startsWith(QStringLiteral("Invited 2")));
    f.commands.setAttendance(council, { a }, AttendanceStatus::Present);
    CHECK(counts->text().contains(QStringLiteral("present 1")));
    CHECK(counts->text().contains(QStringLiteral("attendance 50%")));
    bool warned = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        warned = warned
            || (!label->isHidden()
                && label->text().contains(QStringLiteral("refused to be contacted")));
    CHECK(warned);
    dialog.copyAddresses();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("anne@example.fr"));
    CHECK(dialog.statusText().contains(QStringLiteral("left out")));
}
