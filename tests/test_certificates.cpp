#include "catchqt.h"
#include "printtesting.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <models/commands/commands.h>
#include <models/db/databaseerror.h>
#include <views/print/certificatesdialog.h>
#include <views/print/printstyle.h>
#include <views/print/trainingcertificates.h>

using namespace relais;
using namespace printtesting;

namespace {

constexpr qint64 basics = 10;
constexpr qint64 compost = 11;
constexpr qint64 repair = 12;

TrainingRepository::Trainee trainee(
    qint64 id, const QString &last, const QString &first, const QString &organisation = {})
{
    TrainingRepository::Trainee t;
    t.contactId = id;
    t.lastName = last;
    t.firstName = first;
    t.organisation = organisation;
    return t;
}

TrainingSession session(
    qint64 id, qint64 moduleId, const QDate &date, bool morning = true, bool afternoon = true)
{
    TrainingSession s;
    s.id = id;
    s.moduleId = moduleId;
    s.date = date;
    s.morning = morning;
    s.morningStarts = QTime(9, 0);
    s.morningEnds = QTime(12, 30);
    s.afternoon = afternoon;
    s.afternoonStarts = QTime(13, 30);
    s.afternoonEnds = QTime(16, 30);
    return s;
}

HalfDayAttendance mark(qint64 sessionId, qint64 contactId, HalfDay half,
    AttendanceStatus status = AttendanceStatus::Present)
{
    return HalfDayAttendance { sessionId, contactId, half, status, {} };
}

TrainingModule module(qint64 id, const QString &title)
{
    TrainingModule m;
    m.id = id;
    m.title = title;
    return m;
}

// A cohort of three sessions: Zimmer comes to everything (5 half-days, 16.5 hours),
// Élie to the first morning and the second session (but is excused from its
// afternoon), Arnold to nothing.
CertificatesData cohortData()
{
    CertificatesData data;
    data.cohort.name = QStringLiteral("Relay actors 2014 — pilot group");
    data.cohort.startsOn = QDate(2014, 1, 1);
    data.cohort.endsOn = QDate(2014, 12, 31);
    data.cohort.rule = { CompletionRule::Kind::HalfDays, 4 };
    data.programme.programmeName = QStringLiteral("Programme local de prévention des déchets");
    data.programme.organisationName = QStringLiteral("Mulhouse Alsace Agglomération");
    data.modules = { module(basics, QStringLiteral("Waste prevention: the basics")),
        module(compost, QStringLiteral("Home composting")),
        module(repair, QStringLiteral("Reuse and repair")) };
    data.sessions = { session(1, basics, QDate(2014, 3, 4)), session(2, compost, QDate(2014, 4, 8)),
        session(3, repair, QDate(2014, 5, 6), true, false) };
    data.trainees = { trainee(7, QStringLiteral("Zimmer"), QStringLiteral("Anne"),
                          QStringLiteral("Mairie de Kingersheim")),
        trainee(8, QStringLiteral("élie"), QStringLiteral("Bruno")),
        trainee(9, QStringLiteral("Arnold"), QStringLiteral("Claire")) };
    for (const qint64 s : { 1, 2 }) {
        data.attendance << mark(s, 7, HalfDay::Morning) << mark(s, 7, HalfDay::Afternoon);
    }
    data.attendance << mark(3, 7, HalfDay::Morning);
    // Ticked by mistake on a morning-only session: not counted.
    data.attendance << mark(3, 7, HalfDay::Afternoon);
    data.attendance << mark(1, 8, HalfDay::Morning) << mark(2, 8, HalfDay::Morning)
                    << mark(2, 8, HalfDay::Afternoon, AttendanceStatus::Excused)
                    << mark(3, 8, HalfDay::Morning, AttendanceStatus::Absent);
    data.attendance << mark(1, 9, HalfDay::Morning, AttendanceStatus::Absent);
    return data;
}

CertificatesOptions issued()
{
    CertificatesOptions options;
    options.issuedAt = QStringLiteral("Mulhouse");
    options.issuedOn = QDate(2014, 12, 10);
    options.signatoryName = QStringLiteral("Sophie Martin");
    options.signatoryRole = QStringLiteral("Programme officer");
    return options;
}

QStringList names(const TrainingCertificates &certificates)
{
    QStringList result;
    for (const auto &certificate : certificates.certificates())
        result << certificate.trainee.lastName;
    return result;
}

} // namespace

TEST_CASE("One certificate page per trainee who attended, in name order")
{
    const TrainingCertificates certificates(cohortData(), issued());
    CHECK(names(certificates) == QStringList { "élie", "Zimmer" });
    CHECK(certificates.withoutAttendance() == 1);
    CHECK(certificates.pagesPerCertificate() == QList<int> { 1, 1 });
    REQUIRE(certificates.pageCount() == 2);

    const QStringList pages = render(certificates);
    REQUIRE(pages.size() == 2);
    CHECK(flat(pages[0]).contains("This is to certify that Bruno élie took part"));
    CHECK(flat(pages[1]).contains("This is to certify that Anne Zimmer (Mairie de Kingersheim) "
                                  "took part in the training “Relay actors 2014 — pilot group” "
                                  "from 1 January 2014 to 31 December 2014."));
    for (const QString &page : pages) {
        const QString text = flat(page);
        CHECK(inOrder(text,
            { "Programme local de prévention des déchets", "Mulhouse Alsace Agglomération",
                "Certificate of attendance", "This is to certify", "Sessions attended",
                "Date Module Half-days present Hours", "Total",
                "Completion rule:", "Issued at Mulhouse on 10 December 2014", "Sophie Martin",
                "Programme officer", "Signature" }));
        // Nobody who never came.
        CHECK_FALSE(text.contains("Arnold"));
        // One page each: no page numbers.
        CHECK_FALSE(text.contains("Page 1"));
    }
    CHECK(flat(pages[1]).contains("Certificate of attendance · Anne Zimmer · Relay actors 2014 — "
                                  "pilot group"));
}

TEST_CASE("A certificate lists the sessions attended with their half-days and hours, and totals")
{
    const TrainingCertificates certificates(cohortData(), issued());
    REQUIRE(certificates.certificates().size() == 2);
    const auto &zimmer = certificates.certificates()[1];
    CHECK(zimmer.totals.halfDaysPresent == 5);
    CHECK(zimmer.totals.hoursPresent == 16.5);
    REQUIRE(zimmer.sessions.size() == 3);
    CHECK(zimmer.sessions[2].present == QList<HalfDay> { HalfDay::Morning });

    const QStringList pages = render(certificates);
    REQUIRE(pages.size() == 2);
    const QString anne = flat(pages[1]);
    CHECK(inOrder(anne,
        { "04/03/2014 Waste prevention: the basics Morning, Afternoon 6.5 h",
            "08/04/2014 Home composting Morning, Afternoon 6.5 h",
            "06/05/2014 Reuse and repair Morning 3.5 h", "Total Half-days: 5 16.5 h" }));
    CHECK(anne.contains("Completion rule: At least 4 half-days attended"));
    CHECK(anne.contains("Anne Zimmer has completed the training."));

    // Excused and absent half-days are not attended; a session with none is not listed.
    const QString bruno = flat(pages[0]);
    CHECK(inOrder(bruno,
        { "04/03/2014 Waste prevention: the basics Morning 3.5 h",
            "08/04/2014 Home composting Morning 3.5 h", "Total Half-days: 2" }));
    // pdftotext may read the bold, right-aligned "7 h" without its space.
    CHECK(bruno.contains(QRegularExpression("Total Half-days: 2 7 ?h")));
    CHECK_FALSE(bruno.contains("Reuse and repair"));
    CHECK_FALSE(bruno.contains("Afternoon"));
    CHECK(bruno.contains("Bruno élie has not completed the training."));
}

TEST_CASE("Certificates for only those who completed, or for the trainees chosen")
{
    CertificatesOptions completed = issued();
    completed.completedOnly = true;
    const TrainingCertificates onlyCompleted(cohortData(), completed);
    CHECK(names(onlyCompleted) == QStringList { "Zimmer" });
    QStringList pages = render(onlyCompleted);
    REQUIRE(pages.size() == 1);
    CHECK(flat(pages[0]).contains("Anne Zimmer has completed the training."));
    CHECK_FALSE(flat(pages[0]).contains("élie"));
    CHECK(onlyCompleted.suggestedFileName()
        == QStringLiteral(
            "Certificate of attendance - Relay actors 2014 — pilot group - Zimmer Anne.pdf"));

    CertificatesOptions chosen = issued();
    chosen.contactIds = { 8, 9 };
    const TrainingCertificates some(cohortData(), chosen);
    CHECK(names(some) == QStringList { "élie" });
    CHECK(some.withoutAttendance() == 1);
    pages = render(some);
    REQUIRE(pages.size() == 1);
    CHECK_FALSE(flat(pages[0]).contains("Zimmer"));

    // Nobody to certify: nothing to print, and saying so.
    chosen.contactIds = { 9 };
    const TrainingCertificates none(cohortData(), chosen);
    CHECK(none.pageCount() == 0);
    QString error;
    CHECK_FALSE(none.writePdf(QDir::temp().filePath("relais-no-certificate.pdf"), &error));
    CHECK(error.contains("nothing to print"));

    CHECK(TrainingCertificates(cohortData(), issued()).suggestedFileName()
        == QStringLiteral("Certificates of attendance - Relay actors 2014 — pilot group.pdf"));
}

TEST_CASE("A certificate says how the cohort is completed, and nothing when it has no rule")
{
    CertificatesData data = cohortData();
    data.cohort.rule = { CompletionRule::Kind::Modules, 3 };
    QStringList pages = render(TrainingCertificates(data, issued()));
    REQUIRE(pages.size() == 2);
    CHECK(flat(pages[0]).contains("Completion rule: At least one session of 3 modules"));
    CHECK(flat(pages[0]).contains("Modules attended: 2"));
    CHECK(flat(pages[0]).contains("Bruno élie has not completed the training."));
    CHECK(flat(pages[1]).contains("Modules attended: 3"));
    CHECK(flat(pages[1]).contains("Anne Zimmer has completed the training."));

    data.cohort.rule = {};
    pages = render(TrainingCertificates(data, issued()));
    CHECK_FALSE(flat(pages.join(QString())).contains("Completion"));
    CHECK_FALSE(flat(pages.join(QString())).contains("completed the training"));
}

TEST_CASE("Without a period, the cohort's sessions date the training; place and date are optional")
{
    CertificatesData data = cohortData();
    data.cohort.startsOn = QDate();
    data.cohort.endsOn = QDate();
    data.trainees[0].organisation.clear();
    CertificatesOptions options = issued();
    options.issuedAt.clear();
    options.signatoryName.clear();
    QString text = flat(render(TrainingCertificates(data, options)).join(QString()));
    CHECK(text.contains("This is to certify that Anne Zimmer took part in the training “Relay "
                        "actors 2014 — pilot group” from 4 March 2014 to 6 May 2014."));
    CHECK(text.contains("Issued on 10 December 2014"));
    CHECK_FALSE(text.contains("Sophie Martin"));

    data.sessions = { data.sessions.first() };
    options.issuedOn = QDate();
    text = flat(render(TrainingCertificates(data, options)).join(QString()));
    CHECK(text.contains("took part in the training “Relay actors 2014 — pilot group” on 4 March "
                        "2014."));
    CHECK_FALSE(text.contains("Issued"));
    CHECK(text.contains("Signature"));
}

TEST_CASE("A long certificate goes on over pages, each with its own page numbers")
{
    CertificatesData data = cohortData();
    data.sessions.clear();
    data.attendance.clear();
    for (int i = 0; i < 40; ++i) {
        data.sessions << session(100 + i, basics, QDate(2014, 1, 6).addDays(7 * i), true, false);
        data.attendance << mark(100 + i, 7, HalfDay::Morning);
    }
    data.attendance << mark(100, 8, HalfDay::Morning);
    const TrainingCertificates certificates(data, issued());
    REQUIRE(certificates.pagesPerCertificate().size() == 2);
    CHECK(certificates.pagesPerCertificate()[0] == 1);
    const int zimmerPages = certificates.pagesPerCertificate()[1];
    CHECK(zimmerPages >= 2);
    const QStringList pages = render(certificates);
    REQUIRE(pages.size() == 1 + zimmerPages);
    CHECK_FALSE(flat(pages[0]).contains("Page 1"));
    for (int page = 0; page < zimmerPages; ++page) {
        INFO("page " << page + 1);
        const QString text = flat(pages[1 + page]);
        CHECK(text.contains(QStringLiteral("Page %1 / %2").arg(page + 1).arg(zimmerPages)));
        CHECK(text.contains("Anne Zimmer"));
        CHECK(text.contains("This is to certify") == (page == 0));
    }
    const QString all = flat(pages.mid(1).join(QString()));
    CHECK(all.count("Waste prevention: the basics Morning 3.5 h") == 40);
    CHECK(inOrder(all,
        { "Total Half-days: 40 140 h", "Anne Zimmer has completed the training.", "Signature" }));
}

TEST_CASE("The closing block takes a page of its own rather than leave the table's end")
{
    // The first number of sessions for which the certificate needs a second page: the
    // rows still fit on the first, the place, date and signature do not.
    for (int count = 1; count <= 40; ++count) {
        CertificatesData data = cohortData();
        data.sessions.clear();
        data.attendance.clear();
        for (int i = 0; i < count; ++i) {
            data.sessions << session(
                100 + i, basics, QDate(2014, 1, 6).addDays(7 * i), true, false);
            data.attendance << mark(100 + i, 7, HalfDay::Morning);
        }
        const TrainingCertificates certificates(data, issued());
        REQUIRE(certificates.pagesPerCertificate() == QList<int> { certificates.pageCount() });
        if (certificates.pageCount() == 1)
            continue;
        INFO(count << " sessions");
        const QStringList pages = render(certificates);
        REQUIRE(pages.size() == 2);
        CHECK(flat(pages[0]).contains(QStringLiteral("Total Half-days: %1").arg(count)));
        CHECK_FALSE(flat(pages[0]).contains("Signature"));
        const QString second = flat(pages[1]);
        CHECK_FALSE(second.contains("Date Module"));
        CHECK(inOrder(second,
            { "Completion rule:", "Anne Zimmer has completed the training.",
                "Issued at Mulhouse on 10 December 2014", "Sophie Martin", "Signature",
                "Page 2 / 2" }));
        return;
    }
    FAIL("forty sessions still fit on one page");
}

TEST_CASE("Printed text is wrapped at spaces but never at no-break ones")
{
    const QFont font = print::printFont(12);
    const QString date = QStringLiteral("1\u00a0janvier\u00a02014");
    const qreal width = QFontMetricsF(font).horizontalAdvance(QStringLiteral("du ") + date) - 1;
    CHECK(print::wrapped(QStringLiteral("  du   ") + date + QStringLiteral(" "), font, width, 5)
        == QStringList { QStringLiteral("du"), date });
}

TEST_CASE("Certificates are read from the file: cohort, sessions, modules, trainees, attendance")
{
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    commands.setToday([] { return QDate(2014, 12, 10); });
    const auto person = [&](const char *first, const char *last) {
        Contact c;
        c.firstName = QString::fromUtf8(first);
        c.lastName = QString::fromUtf8(last);
        return *commands.addContact(c);
    };
    const qint64 anne = person("Anne", "Zimmer");
    const qint64 bruno = person("Bruno", "Arnold");
    TrainingModule m;
    m.theme = QStringLiteral("Prévention");
    m.title = QStringLiteral("Home composting");
    const qint64 moduleId = *commands.addModule(m);
    Cohort c;
    c.name = QStringLiteral("Relay actors 2014");
    c.startsOn = QDate(2014, 1, 1);
    c.endsOn = QDate(2014, 12, 31);
    c.rule = { CompletionRule::Kind::HalfDays, 1 };
    const qint64 cohortId = *commands.addCohort(c);
    REQUIRE(commands.enrol(cohortId, { anne, bruno }));
    TrainingSession s = session(0, moduleId, QDate(2014, 3, 4));
    s.cohortId = cohortId;
    const qint64 sessionId = *commands.addSession(s);
    REQUIRE(commands.setHalfDayAttendance(
        sessionId, { anne, bruno }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(commands.setHalfDayAttendance(
        sessionId, { anne }, HalfDay::Afternoon, AttendanceStatus::Present));

    const CertificatesData data = TrainingCertificates::load(*db, cohortId);
    CHECK(data.cohort.name == QStringLiteral("Relay actors 2014"));
    CHECK(data.sessions.size() == 1);
    REQUIRE(data.modules.size() == 1);
    CHECK(data.modules.first().title == QStringLiteral("Home composting"));
    CHECK(data.trainees.size() == 2);
    CHECK(data.attendance.size() == 3);

    const QStringList pages = render(TrainingCertificates(data, issued()));
    REQUIRE(pages.size() == 2);
    CHECK(flat(pages[0]).contains("Bruno Arnold took part"));
    CHECK(flat(pages[0]).contains("04/03/2014 Home composting Morning 3.5 h"));
    CHECK(flat(pages[1]).contains("04/03/2014 Home composting Morning, Afternoon 6.5 h"));

    CHECK_THROWS_AS(TrainingCertificates::load(*db, cohortId + 100), DatabaseError);
}

TEST_CASE("The certificates dialog chooses who, the issue and the signatory, and remembers them")
{
    ScratchSettings scratch;
    TestDatabase db;
    QUndoStack stack;
    Commands commands(*db, stack);
    QList<qint64> people;
    for (int i = 0; i < 3; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.lastName = QStringLiteral("Person%1").arg(i);
        people << *commands.addContact(c);
    }
    TrainingModule m;
    m.theme = QStringLiteral("Prévention");
    m.title = QStringLiteral("Home composting");
    Cohort c;
    c.name = QStringLiteral("Relay actors 2014");
    c.rule = { CompletionRule::Kind::HalfDays, 2 };
    const qint64 cohortId = *commands.addCohort(c);
    REQUIRE(commands.enrol(cohortId, people));
    TrainingSession s = session(0, *commands.addModule(m), QDate(2014, 3, 4));
    s.cohortId = cohortId;
    const qint64 sessionId = *commands.addSession(s);
    // P0 both half-days (completed), P1 the morning, P2 nothing.
    REQUIRE(commands.setHalfDayAttendance(
        sessionId, { people[0], people[1] }, HalfDay::Morning, AttendanceStatus::Present));
    REQUIRE(commands.setHalfDayAttendance(
        sessionId, { people[0] }, HalfDay::Afternoon, AttendanceStatus::Present));

    {
        CertificatesDialog dialog(*db, cohortId);
        REQUIRE(dialog.certificates());
        auto *all = dialog.findChild<QRadioButton *>(QStringLiteral("allTrainees"));
        auto *completedOnly = dialog.findChild<QRadioButton *>(QStringLiteral("completedOnly"));
        auto *issuedOn = dialog.findChild<QDateEdit *>(QStringLiteral("issuedOn"));
        auto *issuedAt = dialog.findChild<QLineEdit *>(QStringLiteral("issuedAt"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("signatoryName"));
        auto *role = dialog.findChild<QLineEdit *>(QStringLiteral("signatoryRole"));
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        REQUIRE((all && completedOnly && issuedOn && issuedAt && name && role && summary));
        CHECK(all->isChecked());
        CHECK(all->text().contains("(2)"));
        CHECK(completedOnly->text().contains("(1)"));
        CHECK(issuedOn->date() == QDate::currentDate());
        CHECK(role->text() == QStringLiteral("Programme officer"));
        CHECK(summary->text().startsWith(QStringLiteral("Trainees: 2 · Pages: 2")));
        CHECK(summary->text().contains(
            QStringLiteral("Without any half-day attended, and so without a certificate: 1")));

        completedOnly->setChecked(true);
        issuedOn->setDate(QDate(2014, 12, 10));
        issuedAt->setText(QStringLiteral("Mulhouse"));
        name->setText(QStringLiteral("Sophie Martin"));
        CHECK(dialog.options().completedOnly);
        CHECK(dialog.options().issuedOn == QDate(2014, 12, 10));
        CHECK(dialog.certificates()->pageCount() == 1);
        CHECK(summary->text().startsWith(QStringLiteral("Trainees: 1 · Pages: 1")));
        const QString text = flat(render(*dialog.certificates()).join(QString()));
        CHECK(text.contains("Issued at Mulhouse on 10 December 2014 Sophie Martin Programme "
                            "officer"));

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
        CHECK(shown == 1);
    }

    // Remembered for the next time, except the date.
    CertificatesDialog again(*db, cohortId);
    CHECK(again.options().completedOnly);
    CHECK(again.options().issuedAt == QStringLiteral("Mulhouse"));
    CHECK(again.options().signatoryName == QStringLiteral("Sophie Martin"));
    CHECK(again.options().issuedOn == QDate::currentDate());

    // The trainees chosen on the Training page.
    CertificatesDialog chosen(*db, cohortId, { people[1], people[2] });
    auto *all = chosen.findChild<QRadioButton *>(QStringLiteral("allTrainees"));
    REQUIRE(all);
    all->setChecked(true);
    CHECK(all->text().contains("(1)"));
    CHECK(chosen.certificates()->certificates().size() == 1);
    CHECK(chosen.certificates()->certificates().first().trainee.contactId == people[1]);

    CertificatesDialog gone(*db, cohortId + 100);
    CHECK_FALSE(gone.certificates());
}

// Not run by default: writes /tmp/relais-certificate*.pdf to look at (pdftoppm -png -r 60), in
// French with RELAIS_LOOK_QM (see LookLanguage).
TEST_CASE("Certificates to look at", "[.look]")
{
    const LookLanguage language;
    CertificatesData data = cohortData();
    data.programme.logo = logoPng();
    data.trainees[1].organisation = QStringLiteral(
        "Association intercommunale pour la promotion du réemploi, de la réparation et du "
        "compostage partagé dans les quartiers de Mulhouse");
    const TrainingCertificates certificates(data, issued());
    const QString path = QDir::temp().filePath(QStringLiteral("relais-certificates.pdf"));
    QString error;
    REQUIRE(certificates.writePdf(path, &error));
    WARN(path.toStdString() << ": " << certificates.pageCount() << " pages");

    // A trainee of a year of weekly sessions: over two pages.
    for (int i = 0; i < 30; ++i) {
        data.sessions << session(
            100 + i, i % 2 ? compost : repair, QDate(2014, 6, 2).addDays(7 * i), true, i % 3 == 0);
        data.attendance << mark(100 + i, 7, HalfDay::Morning)
                        << mark(100 + i, 7, HalfDay::Afternoon);
    }
    CertificatesOptions one = issued();
    one.contactIds = { 7 };
    const TrainingCertificates longOne(data, one);
    const QString longPath = QDir::temp().filePath(QStringLiteral("relais-certificate-long.pdf"));
    REQUIRE(longOne.writePdf(longPath, &error));
    WARN(longPath.toStdString() << ": " << longOne.pageCount() << " pages");
}
