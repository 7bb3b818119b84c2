#include "catchqt.h"
#include "scratchsettings.h"
#include "testdatabase.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/databaseerror.h>
#include <models/db/referencelistrepository.h>
#include <models/db/settingsrepository.h>
#include <views/print/attendancesheet.h>
#include <views/print/attendancesheetdialog.h>

using namespace relais;

namespace {

Invitee invitee(const QString &last, const QString &first,
    AttendanceStatus status = AttendanceStatus::Invited, const QString &organisation = {},
    const QString &email = {})
{
    Invitee i;
    static qint64 nextId = 1;
    i.contactId = nextId++;
    i.lastName = last;
    i.firstName = first;
    i.status = status;
    i.organisation = organisation;
    i.email = email;
    return i;
}

AttendanceSheetData meetingData(const QList<Invitee> &invitees = {})
{
    AttendanceSheetData data;
    data.meeting.title = QStringLiteral("Conseil d'acteurs de novembre");
    data.meeting.date = QDate(2014, 11, 19);
    data.meeting.startsAt = QTime(18, 0);
    data.meeting.endsAt = QTime(20, 0);
    data.meeting.place = QStringLiteral("Salle des Adjudants");
    data.meeting.communeName = QStringLiteral("Mulhouse");
    data.meetingTypeName = QStringLiteral("Actors' council");
    data.programme.programmeName = QStringLiteral("Programme local de prévention des déchets");
    data.programme.organisationName = QStringLiteral("Mulhouse Alsace Agglomération");
    data.invitees = invitees;
    return data;
}

QList<Invitee> crowd(int count)
{
    QList<Invitee> people;
    for (int i = 1; i <= count; ++i) {
        people << invitee(QStringLiteral("Name%1").arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("First"), AttendanceStatus::Invited,
            QStringLiteral("Association %1").arg(i));
    }
    return people;
}

// A small two-colour logo, as the Preferences store it.
QByteArray logoPng()
{
    QImage image(240, 120, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2e, 0x7d, 0x32));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(10, 10, 100, 100));
    painter.setBrush(QColor(0x15, 0x65, 0xc0));
    painter.drawRect(QRectF(125, 30, 105, 60));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The text of each page of a PDF, as poppler reads it back (layout kept, so that a
// table row stays on one line).
QStringList pdfPages(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext was not found: install poppler-utils, needed to read printed documents "
             "back");
    QProcess process;
    process.start(pdftotext,
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
            QStringLiteral("-") });
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    // pdftotext ends every page with a form feed, the last one included.
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList render(const AttendanceSheet &sheet)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    REQUIRE(sheet.writePdf(path, &error));
    CHECK(error.isEmpty());
    return pdfPages(path);
}

// Runs of blanks made one, so that "Dupont   Claire" and "Dupont Claire" compare equal.
QString flat(const QString &text)
{
    return text.simplified();
}

QStringList listedNames(const AttendanceSheet &sheet)
{
    QStringList names;
    for (const Invitee &i : sheet.listedInvitees())
        names << i.lastName;
    return names;
}

} // namespace

TEST_CASE("The attendance sheet lists names by last name, accents and case aside")
{
    const AttendanceSheet sheet(meetingData({
        invitee(QStringLiteral("Faure"), QStringLiteral("Anne")),
        invitee(QStringLiteral("Élie"), QStringLiteral("Bruno")),
        invitee(QStringLiteral("martin"), QStringLiteral("Chloé")),
        invitee(QStringLiteral("Dupont"), QStringLiteral("Claire")),
        invitee(QStringLiteral("Dupont"), QStringLiteral("Bernard")),
    }));
    CHECK(listedNames(sheet) == QStringList { "Dupont", "Dupont", "Élie", "Faure", "martin" });
    CHECK(sheet.listedInvitees()[0].firstName == QStringLiteral("Bernard"));

    const QStringList pages = render(sheet);
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    const QStringList expected { "Dupont Bernard", "Dupont Claire", "Élie Bruno", "Faure Anne",
        "martin Chloé" };
    qsizetype previous = -1;
    for (const QString &name : expected) {
        INFO(name.toStdString());
        const qsizetype at = text.indexOf(name);
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("The sheet lists those expected, or only those registered")
{
    const AttendanceSheetData data = meetingData({
        invitee(QStringLiteral("Invited"), QStringLiteral("Ines")),
        invitee(QStringLiteral("Registered"), QStringLiteral("Rita"), AttendanceStatus::Registered),
        invitee(QStringLiteral("Excused"), QStringLiteral("Eric"), AttendanceStatus::Excused),
        invitee(QStringLiteral("Present"), QStringLiteral("Paul"), AttendanceStatus::Present),
        invitee(QStringLiteral("Absent"), QStringLiteral("Ana"), AttendanceStatus::Absent),
    });

    const AttendanceSheet everyone(data);
    CHECK(listedNames(everyone) == QStringList { "Invited", "Present", "Registered" });
    const QString all = flat(render(everyone).join(QString()));
    CHECK(all.contains(QStringLiteral("Invited Ines")));
    CHECK(all.contains(QStringLiteral("Registered Rita")));
    CHECK(all.contains(QStringLiteral("Present Paul")));
    CHECK_FALSE(all.contains(QStringLiteral("Excused Eric")));
    CHECK_FALSE(all.contains(QStringLiteral("Absent Ana")));

    AttendanceSheetOptions options;
    options.registeredOnly = true;
    const AttendanceSheet registered(data, options);
    CHECK(listedNames(registered) == QStringList { "Present", "Registered" });
    const QString some = flat(render(registered).join(QString()));
    CHECK(some.contains(QStringLiteral("Registered Rita")));
    CHECK(some.contains(QStringLiteral("Present Paul")));
    CHECK_FALSE(some.contains(QStringLiteral("Invited Ines")));
}

TEST_CASE("The sheet's header names the programme and the meeting, with its date, time and place")
{
    AttendanceSheetData data
        = meetingData({ invitee(QStringLiteral("Dupont"), QStringLiteral("Marie")) });
    data.programme.logo = logoPng();
    const AttendanceSheet sheet(data);
    const QStringList pages = render(sheet);
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    CHECK(text.contains(QStringLiteral("Programme local de prévention des déchets")));
    CHECK(text.contains(QStringLiteral("Mulhouse Alsace Agglomération")));
    CHECK(text.contains(QStringLiteral("Attendance sheet · Actors' council")));
    CHECK(text.contains(QStringLiteral("Conseil d'acteurs de novembre")));
    const QString date = QLocale().toString(QDate(2014, 11, 19), QLocale::LongFormat);
    CHECK(date.contains(QStringLiteral("19 November 2014")));
    CHECK(text.contains(date + QStringLiteral(" · 18:00–20:00")));
    CHECK(text.contains(QStringLiteral("Salle des Adjudants, Mulhouse")));
    CHECK(text.contains(QStringLiteral("Please sign opposite your name.")));
    CHECK(text.contains(QStringLiteral("Name Organisation Signature")));
    CHECK(text.contains(QStringLiteral("Page 1 / 1")));
    CHECK(text.contains(QStringLiteral("Conseil d'acteurs de novembre · 19/11/2014 Page 1 / 1")));
}

TEST_CASE(
    "A council of 200 fills pages with the column titles and page numbers on each, no row lost")
{
    const AttendanceSheet sheet(meetingData(crowd(200)));
    // A4 with a letterhead but no logo: 19 rows of 1 cm under the header on the first
    // page, 25 on the others (25.7 cm between the column titles and the footer); 200
    // names and 10 blank rows, the last 6 names and the blank rows on page 9.
    CHECK(sheet.rowsPerPage() == QList<int> { 19, 25, 25, 25, 25, 25, 25, 25, 16 });
    REQUIRE(sheet.pageCount() == 9);

    const QStringList pages = render(sheet);
    REQUIRE(pages.size() == 9);
    for (int page = 0; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString text = flat(pages[page]);
        CHECK(text.contains(QStringLiteral("Name Organisation Signature")));
        CHECK(text.contains(QStringLiteral("Page %1 / 9").arg(page + 1)));
        // The header block only on the first page.
        CHECK(text.contains(QStringLiteral("Please sign")) == (page == 0));
    }

    // Each name once, in order, on the page its row is counted on.
    const QString all = pages.join(QString());
    qsizetype previous = -1;
    int row = 0;
    for (int page = 0; page < pages.size(); ++page) {
        for (int i = 0; i < sheet.rowsPerPage()[page] && row < 200; ++i, ++row) {
            const QString name
                = QStringLiteral("Name%1 First").arg(row + 1, 3, 10, QLatin1Char('0'));
            INFO(name.toStdString());
            CHECK(flat(pages[page]).count(name) == 1);
            const qsizetype at
                = all.indexOf(QStringLiteral("Name%1").arg(row + 1, 3, 10, QLatin1Char('0')));
            CHECK(at > previous);
            previous = at;
        }
    }
    CHECK(row == 200);
}

TEST_CASE("The e-mail column is printed only when asked for")
{
    const QList<Invitee> people {
        invitee(QStringLiteral("Dupont"), QStringLiteral("Marie"), AttendanceStatus::Invited,
            QStringLiteral("Mulhouse Alsace Agglomération"), QStringLiteral("marie@example.org")),
        invitee(QStringLiteral("Schmitt"), QStringLiteral("Jean-Baptiste"),
            AttendanceStatus::Invited, QStringLiteral("Association des habitants"),
            QStringLiteral("jean-baptiste.schmitt@association-des-habitants-de-bourtzwiller.fr")),
    };
    const QString without = flat(render(AttendanceSheet(meetingData(people))).join(QString()));
    CHECK(without.contains(QStringLiteral("Name Organisation Signature")));
    CHECK_FALSE(without.contains(QStringLiteral("E-mail")));
    CHECK_FALSE(without.contains(QStringLiteral("marie@example.org")));

    AttendanceSheetOptions options;
    options.withEmail = true;
    const QStringList pages = render(AttendanceSheet(meetingData(people), options));
    const QString with = flat(pages.join(QString()));
    CHECK(with.contains(QStringLiteral("Name Organisation E-mail Signature")));
    CHECK(with.contains(QStringLiteral("marie@example.org")));
    // Too long for its column: on two lines, cut at the @.
    CHECK(with.contains(QStringLiteral("jean-baptiste.schmitt")));
    CHECK(with.contains(QStringLiteral("@association-des-")));
}

TEST_CASE("Organisation names too long for their column are wrapped, then shortened")
{
    const QString longName = QStringLiteral(
        "Association intercommunale pour la promotion du réemploi, de la réparation et du "
        "compostage partagé dans les quartiers de Mulhouse et des communes voisines");
    const AttendanceSheet sheet(meetingData({ invitee(
        QStringLiteral("Dupont"), QStringLiteral("Marie"), AttendanceStatus::Invited, longName) }));
    CHECK(sheet.rowsPerPage().first() == 11);
    const QString text = flat(render(sheet).join(QString()));
    CHECK(text.contains(QStringLiteral("Association")));
    CHECK(text.contains(QStringLiteral("…")));
    CHECK_FALSE(text.contains(QStringLiteral("communes voisines")));
}

TEST_CASE("Blank rows for walk-ins follow the names, on a new page when the last one is full")
{
    AttendanceSheetOptions blanksOnly;
    blanksOnly.blankRows = 100;
    const QList<int> capacity = AttendanceSheet(meetingData(), blanksOnly).rowsPerPage();
    REQUIRE(capacity.size() >= 2);
    const int firstPage = capacity[0];
    CHECK(capacity[1] > firstPage);

    AttendanceSheetOptions none;
    none.blankRows = 0;
    CHECK(AttendanceSheet(meetingData(crowd(firstPage)), none).pageCount() == 1);

    AttendanceSheetOptions one;
    one.blankRows = 1;
    const AttendanceSheet overflowing(meetingData(crowd(firstPage)), one);
    CHECK(overflowing.rowsPerPage() == QList<int> { firstPage, 1 });
    const QStringList pages = render(overflowing);
    REQUIRE(pages.size() == 2);
    // The second page holds only the blank row, under the column titles.
    CHECK(flat(pages[1]).contains(QStringLiteral("Name Organisation Signature")));
    CHECK(flat(pages[1]).contains(QStringLiteral("Page 2 / 2")));
    CHECK_FALSE(pages[1].contains(QStringLiteral("Name0")));

    // Room on the page: the ten default blank rows stay under the names.
    const AttendanceSheet few(meetingData(crowd(5)));
    CHECK(few.rowsPerPage() == QList<int> { 15 });
    // Without the sentence about blank rows when there are none.
    CHECK(flat(render(few).join(QString()))
              .contains(QStringLiteral("Not on the list? Please write your name and organisation "
                                       "in a blank row at the end.")));
    CHECK_FALSE(flat(render(AttendanceSheet(meetingData(crowd(5)), none)).join(QString()))
                    .contains(QStringLiteral("blank row")));
}

TEST_CASE("An empty meeting still prints a sheet to fill in by hand")
{
    AttendanceSheetData data = meetingData();
    data.programme = ProgrammeSettings();
    data.meeting.startsAt = QTime();
    data.meeting.endsAt = QTime();
    data.meeting.communeName.clear();
    const QStringList pages = render(AttendanceSheet(data));
    REQUIRE(pages.size() == 1);
    const QString text = flat(pages.first());
    CHECK(text.contains(QStringLiteral("Name Organisation Signature")));
    CHECK(text.contains(QStringLiteral("Salle des Adjudants")));
    CHECK_FALSE(text.contains(QStringLiteral("Salle des Adjudants,")));
    CHECK_FALSE(text.contains(QStringLiteral("18:00")));
}

TEST_CASE("The sheet is read from the file: meeting, type, commune, programme and invitees")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    ProgrammeSettings programme;
    programme.programmeName = QStringLiteral("PLP");
    programme.organisationName = QStringLiteral("m2A");
    programme.logo = logoPng();
    SettingsRepository(*db).setProgramme(programme);

    QList<qint64> people;
    for (const auto &[first, last] :
        { std::pair { "Anne", "Faure" }, { "Bruno", "Élie" }, { "Claire", "Dupont" } }) {
        Contact c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        c.emails = { QStringLiteral("%1@example.org").arg(c.firstName.toLower()) };
        people << *commands.addContact(c);
    }
    Meeting m;
    m.title = QStringLiteral("Conseil");
    m.date = QDate(2014, 11, 19);
    m.typeId = ReferenceListRepository(*db).items(ReferenceList::MeetingType).first().id;
    m.place = QStringLiteral("Salle des Adjudants");
    m.communeName = QStringLiteral("Mulhouse");
    const qint64 meetingId = *commands.addMeeting(m);
    REQUIRE(commands.invite(meetingId, people));
    REQUIRE(commands.setAttendance(meetingId, { people[0] }, AttendanceStatus::Excused));

    const AttendanceSheetData data = AttendanceSheet::load(*db, meetingId);
    CHECK(data.meeting.title == QStringLiteral("Conseil"));
    CHECK(data.meeting.communeName == QStringLiteral("Mulhouse"));
    CHECK(data.meetingTypeName == QStringLiteral("Actors' council"));
    CHECK(data.programme == programme);
    REQUIRE(data.invitees.size() == 3);
    CHECK(data.invitees[1].email == QStringLiteral("bruno@example.org"));

    const AttendanceSheet sheet(data);
    CHECK(listedNames(sheet) == QStringList { "Dupont", "Élie" });
    CHECK(flat(render(sheet).join(QString()))
              .contains(QStringLiteral("Salle des Adjudants, Mulhouse")));

    CHECK_THROWS_AS(AttendanceSheet::load(*db, meetingId + 100), DatabaseError);
}

TEST_CASE("Saving the sheet as PDF: a suggested file name, and a clear refusal")
{
    AttendanceSheetData data = meetingData();
    data.meeting.title = QStringLiteral("Atelier 1/2: \"réemploi\"");
    const AttendanceSheet sheet(data);
    CHECK(sheet.suggestedFileName()
        == QStringLiteral("Attendance sheet - Atelier 1 2 réemploi - 2014-11-19.pdf"));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("missing/folder/sheet.pdf"));
    QString error;
    CHECK_FALSE(sheet.writePdf(path, &error));
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The attendance sheet dialog offers who is listed, the e-mail column and blank rows, and "
          "remembers them")
{
    ScratchSettings scratch;
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    QList<qint64> people;
    for (int i = 0; i < 4; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.lastName = QStringLiteral("Person%1").arg(i);
        people << *commands.addContact(c);
    }
    Meeting m;
    m.title = QStringLiteral("Atelier");
    m.date = QDate(2014, 11, 19);
    const qint64 meetingId = *commands.addMeeting(m);
    REQUIRE(commands.invite(meetingId, people));
    REQUIRE(commands.setAttendance(meetingId, { people[0] }, AttendanceStatus::Registered));
    REQUIRE(commands.setAttendance(meetingId, { people[1] }, AttendanceStatus::Excused));

    AttendanceSheetDialog dialog(*db, meetingId);
    REQUIRE(dialog.sheet());
    auto *allInvited = dialog.findChild<QRadioButton *>(QStringLiteral("allInvited"));
    auto *registeredOnly = dialog.findChild<QRadioButton *>(QStringLiteral("registeredOnly"));
    auto *withEmail = dialog.findChild<QCheckBox *>(QStringLiteral("withEmail"));
    auto *blankRows = dialog.findChild<QSpinBox *>(QStringLiteral("blankRows"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE((allInvited && registeredOnly && withEmail && blankRows && summary));
    CHECK(allInvited->isChecked());
    CHECK(allInvited->text().contains(QStringLiteral("(3)")));
    CHECK(registeredOnly->text().contains(QStringLiteral("(1)")));
    CHECK(blankRows->value() == 10);
    CHECK(dialog.options() == AttendanceSheetOptions());
    CHECK(dialog.sheet()->listedInvitees().size() == 3);
    CHECK(summary->text() == QStringLiteral("Names: 3 · Blank rows: 10 · Pages: 1"));

    registeredOnly->setChecked(true);
    withEmail->setChecked(true);
    blankRows->setValue(4);
    CHECK(dialog.sheet()->listedInvitees().size() == 1);
    CHECK(dialog.sheet()->options().withEmail);
    CHECK(summary->text() == QStringLiteral("Names: 1 · Blank rows: 4 · Pages: 1"));
}

TEST_CASE("The dialog's print preview shows the sheet's pages")
{
    ScratchSettings scratch;
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    Meeting m;
    m.title = QStringLiteral("Atelier");
    m.date = QDate(2014, 11, 19);
    const qint64 meetingId = *commands.addMeeting(m);
    AttendanceSheetDialog dialog(*db, meetingId);
    auto *blankRows = dialog.findChild<QSpinBox *>(QStringLiteral("blankRows"));
    REQUIRE(blankRows);
    blankRows->setValue(40);
    REQUIRE(dialog.sheet()->pageCount() == 2);

    int shown = -1;
    QTimer::singleShot(0, [&shown] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        if (auto *pages = preview->findChild<QPrintPreviewWidget *>())
            shown = pages->pageCount();
        preview->reject();
    });
    dialog.preview();
    CHECK(shown == 2);
    // Remembered for the next sheet.
    CHECK(QSettings().value(QStringLiteral("print/attendanceSheet/blankRows")).toInt() == 40);
}

// Not run by default: writes /tmp/relais-attendance-sheet.pdf, a council of 180 with a
// logo and long names, to look at (pdftoppm -png -r 60).
TEST_CASE("Attendance sheet to look at", "[.look]")
{
    QList<Invitee> people = crowd(180);
    people[0] = invitee(QStringLiteral("Dupont"), QStringLiteral("Marie"),
        AttendanceStatus::Registered, QStringLiteral("Mulhouse Alsace Agglomération"),
        QStringLiteral("marie.dupont@mulhouse-alsace.fr"));
    people[1] = invitee(QStringLiteral("Élie"), QStringLiteral("Bruno"), AttendanceStatus::Invited,
        QStringLiteral(
            "Association intercommunale pour la promotion du réemploi, de la réparation et du "
            "compostage partagé dans les quartiers de Mulhouse"),
        QStringLiteral("bruno.elie@association-reemploi-reparation-mulhouse.org"));
    people[2] = invitee(QStringLiteral("de La Roche-Beaulieu-Kessler"),
        QStringLiteral("Anne-Charlotte-Éléonore"), AttendanceStatus::Invited,
        QStringLiteral("Centre socio-culturel Papin"), QStringLiteral("acb@papin.fr"));
    AttendanceSheetData data = meetingData(people);
    data.programme.logo = logoPng();
    AttendanceSheetOptions options;
    options.withEmail = qEnvironmentVariableIsSet("RELAIS_LOOK_EMAIL");
    const AttendanceSheet sheet(data, options);
    const QString path = QDir::temp().filePath(QStringLiteral("relais-attendance-sheet.pdf"));
    QString error;
    REQUIRE(sheet.writePdf(path, &error));
    WARN(path.toStdString() << ": " << sheet.pageCount() << " pages");
}
