#include "catchqt.h"
#include "printtesting.h"
#include "viewtesting.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <algorithm>
#include <models/db/databaseerror.h>
#include <models/db/indicatorrepository.h>
#include <models/demo/demogenerator.h>
#include <models/export/partnerlist.h>
#include <views/charts/reviewcontent.h>
#include <views/print/annualreview.h>
#include <views/print/annualreviewdialog.h>

using namespace relais;
using namespace printtesting;

namespace {

using Partner = IndicatorRepository::MobilisedOrganisation;

Partner partner(qint64 id, const QString &name, qint64 typeId, const QString &type,
    const QString &commune, int routes)
{
    return Partner { id, name, typeId, type, id * 10, commune, routes };
}

YearIndicators::MeetingLine meetingLine(qint64 id, const QDate &date, const QString &title,
    qint64 typeId, const QString &type, MeetingCounts counts)
{
    YearIndicators::MeetingLine line;
    line.id = id;
    line.date = date;
    line.title = title;
    line.typeId = typeId;
    line.type = type;
    line.counts = counts;
    return line;
}

MeetingCounts counts(
    int invited, int excused, int present, int absent, int walkIns, int invitedPresent)
{
    MeetingCounts c;
    c.invited = invited;
    c.excused = excused;
    c.present = present;
    c.absent = absent;
    c.walkIns = walkIns;
    c.invitedPresent = invitedPresent;
    return c;
}

SerdTotals serdTotals(int held, int distinct, int organisers, int participants)
{
    SerdTotals t;
    t.held = held;
    t.distinct = distinct;
    t.organisers = organisers;
    t.participants = participants;
    t.actualParticipants = participants;
    return t;
}

constexpr qint64 environment = 1;
constexpr qint64 socialCentre = 2;
constexpr qint64 municipal = 3;
constexpr qint64 council = 7;
constexpr qint64 workshop = 8;

// 2014, a full year. The figures the review must print are worked out in the comments.
YearIndicators year2014()
{
    using R = IndicatorRepository;
    YearIndicators y;
    y.year = 2014;
    auto &actors = y.actors;
    actors.organisations = 120;
    actors.contacts = 1234; // "1,234"
    actors.partners = {
        partner(1, QStringLiteral("Alsace Nature"), environment,
            QStringLiteral("Environment association"), QStringLiteral("Mulhouse"),
            R::Meeting | R::Serd),
        partner(2, QStringLiteral("Centre social Papin"), socialCentre,
            QStringLiteral("Social centre"), QStringLiteral("Mulhouse"), R::Training),
        partner(3, QStringLiteral("Emmaüs Mulhouse"), environment,
            QStringLiteral("Environment association"), QStringLiteral("Wittenheim"),
            R::Serd | R::Contribution),
        partner(4, QStringLiteral("Espace Drouot"), socialCentre, QStringLiteral("Social centre"),
            QStringLiteral("Illzach"), R::Meeting),
        partner(5, QStringLiteral("Ville de Riedisheim"), municipal,
            QStringLiteral("Municipal service"), QStringLiteral("Riedisheim"), R::Contribution),
    };
    actors.partnersMobilised = 5;
    actors.newPartners = 3;
    actors.partnersByType = { { environment, QStringLiteral("Environment association"), 2 },
        { socialCentre, QStringLiteral("Social centre"), 2 },
        { municipal, QStringLiteral("Municipal service"), 1 } };
    actors.partnersByCommune
        = { { 10, QStringLiteral("Mulhouse"), 2 }, { 40, QStringLiteral("Illzach"), 1 },
              { 50, QStringLiteral("Riedisheim"), 1 }, { 30, QStringLiteral("Wittenheim"), 1 } };

    auto &meetings = y.meetings;
    meetings.count = 3;
    meetings.byType = { { council, QStringLiteral("Actors' council"), 2 },
        { workshop, QStringLiteral("Thematic workshop"), 1 } };
    meetings.list = {
        meetingLine(1, QDate(2014, 3, 13), QStringLiteral("Spring council"), council,
            QStringLiteral("Actors' council"), counts(180, 40, 52, 88, 2, 50)),
        meetingLine(2, QDate(2014, 5, 20), QStringLiteral("Composting workshop"), workshop,
            QStringLiteral("Thematic workshop"), counts(20, 2, 15, 3, 0, 15)),
        meetingLine(3, QDate(2014, 10, 9), QStringLiteral("Autumn council"), council,
            QStringLiteral("Actors' council"), counts(170, 38, 44, 88, 4, 40)),
    };
    meetings.councilTypeId = council;
    meetings.councils = 2;
    // Invited 350, of whom 90 came: 26 %.
    meetings.councilTotals = counts(350, 78, 96, 176, 6, 90);

    auto &training = y.training;
    training.figures.trainees = 11;
    training.figures.sessions = 2;
    training.figures.halfDays = 3;
    training.figures.halfDaysPresent = 27;
    training.figures.halfDaysExpected = 36; // 75 %
    training.figures.completions = 9;
    IndicatorRepository::TrainingSessionLine first;
    first.date = QDate(2014, 4, 10);
    first.cohort = QStringLiteral("Relay actors 2014");
    first.module = QStringLiteral("Food waste");
    first.halfDays = 2;
    first.enrolled = 12;
    first.present = 20;
    first.excused = 2;
    first.entered = true;
    IndicatorRepository::TrainingSessionLine second = first;
    second.date = QDate(2014, 6, 5);
    second.module = QStringLiteral("Composting in the garden");
    second.halfDays = 1;
    second.present = 7;
    second.excused = 0;
    training.sessions = { first, second };
    training.traineesWithSerdAction = 8; // 8 / 11: 73 %

    auto &serd = y.serd;
    serd.hasEdition = true;
    serd.totals = serdTotals(74, 56, 50, 2345);
    serd.byTopic = { { 1, QStringLiteral("Reuse"), serdTotals(40, 30, 28, 1500) },
        { 2, QStringLiteral("Sorting"), serdTotals(34, 26, 22, 845) } };
    serd.byCategory = { { 3, QStringLiteral("Association / NGO"), serd.totals } };
    serd.byCommune = { { 10, QStringLiteral("Mulhouse"), serdTotals(50, 40, 35, 2000) },
        { 30, QStringLiteral("Wittenheim"), serdTotals(24, 20, 18, 345) } };

    auto &means = y.means;
    means.contributions = 3470050; // €34,700.50
    means.contributionsByKind
        = { { ContributionKind::StaffTime, QStringLiteral("Staff time"), 2470050, 12 },
              { ContributionKind::Material, QStringLiteral("Material"), 1000000, 3 } };
    means.staffHalfDays = 79; // 39.5 days
    means.staffByRole
        = { { 1, QStringLiteral("Programme officer"), 67 }, { 2, QStringLiteral("Intern"), 12 } };
    means.staffByActivity = { { 0, QStringLiteral("Mobilisation"), 79 } };
    return y;
}

// 2013: the programme's first year, without SERD edition nor training.
YearIndicators year2013()
{
    YearIndicators y;
    y.year = 2013;
    y.actors.organisations = 90;
    y.actors.contacts = 800;
    y.actors.partners = { partner(1, QStringLiteral("Alsace Nature"), environment,
        QStringLiteral("Environment association"), QStringLiteral("Mulhouse"),
        IndicatorRepository::Meeting) };
    y.actors.partnersMobilised = 1;
    y.actors.newPartners = 1;
    y.actors.partnersByType = { { environment, QStringLiteral("Environment association"), 1 } };
    y.actors.partnersByCommune = { { 10, QStringLiteral("Mulhouse"), 1 } };
    y.meetings.count = 1;
    y.meetings.byType = { { council, QStringLiteral("Actors' council"), 1 } };
    y.meetings.list = { meetingLine(9, QDate(2013, 10, 10), QStringLiteral("First council"),
        council, QStringLiteral("Actors' council"), counts(100, 20, 30, 50, 0, 30)) };
    y.meetings.councilTypeId = council;
    y.meetings.councils = 1;
    y.meetings.councilTotals = counts(100, 20, 30, 50, 0, 30); // 30 %
    y.means.contributions = 1000000; // €10,000.00
    y.means.contributionsByKind
        = { { ContributionKind::Material, QStringLiteral("Material"), 1000000, 1 } };
    y.means.staffHalfDays = 20; // 10 days
    y.means.staffByRole = { { 1, QStringLiteral("Programme officer"), 20 } };
    y.means.staffByActivity = { { 0, QStringLiteral("Mobilisation"), 20 } };
    return y;
}

QImage chartImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(
        QRect(width / 10, height / 4, width / 5, height / 2), QColor(0x1f, 0x77, 0xb4));
    painter.end();
    return image;
}

AnnualReviewContent content()
{
    AnnualReviewContent c;
    c.programme.programmeName = QStringLiteral("PLP Mulhouse Alsace Agglomération");
    c.programme.organisationName = QStringLiteral("Mulhouse Alsace Agglomération");
    c.programme.logo = logoPng();
    c.year = year2014();
    c.previous = year2013();
    c.generatedOn = QDate(2026, 11, 26);
    return c;
}

QString pdfPath(const QTemporaryDir &folder, const AnnualReview &review)
{
    const QString path = folder.filePath(QStringLiteral("review.pdf"));
    QString error;
    REQUIRE(review.writePdf(path, &error));
    return path;
}

// A line of the PDF's text, blanks made one.
bool hasLine(const QString &page, const QString &line)
{
    for (const QString &l : page.split(QLatin1Char('\n'))) {
        if (flat(l) == line)
            return true;
    }
    return false;
}

int pageWith(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (flat(pages.at(i)).contains(text))
            return i;
    }
    return -1;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The images of a PDF as pdfimages lists them: width, height and horizontal resolution.
struct PdfImage
{
    int width = 0;
    int height = 0;
    int ppi = 0;
};
QList<PdfImage> pdfImages(const QString &pdf)
{
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        FAIL("pdfimages was not found: install poppler-utils");
    QList<PdfImage> images;
    const QStringList lines
        = run(pdfimages, { QStringLiteral("-list"), pdf }).split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 14)
            images << PdfImage { fields.at(3).toInt(), fields.at(4).toInt(),
                fields.at(12).toInt() };
    }
    return images;
}

// Loads the French translation as the app does on a French system.
class French
{
public:
    French()
    {
        m_loaded = m_translator.load(QStringLiteral(RELAIS_QM_DIR "/relais_fr.qm"))
            && QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~French()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    French(const French &) = delete;
    French &operator=(const French &) = delete;
    bool loaded() const { return m_loaded; }

private:
    QLocale m_locale;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace

TEST_CASE("Annual review: title page, key figures of the year and the one before", "[review]")
{
    const AnnualReview review(content());
    const QStringList pages = render(review);
    REQUIRE(pages.size() == review.pageCount());
    REQUIRE(pages.size() >= 4);

    const QString title = flat(pages.at(0));
    CHECK(inOrder(title,
        { "PLP Mulhouse Alsace Agglomération", "Mulhouse Alsace Agglomération",
            "Annual review 2014", "Generated on 26/11/2026" }));
    // The title page has no footer.
    CHECK_FALSE(title.contains("Page 1 of"));

    const QString summary = flat(pages.at(1));
    CHECK(inOrder(summary, { "Key figures", "Indicator 2013 2014 Change" }));
    // 2013 → 2014, the change.
    CHECK(hasLine(pages.at(1), "Partners mobilised 1 5 +4"));
    CHECK(hasLine(pages.at(1), "New partners 1 3 +2"));
    CHECK(hasLine(pages.at(1), "Actors' councils held 1 2 +1"));
    // 30 % then 90 / 350 = 26 %: 4 points less.
    CHECK(hasLine(pages.at(1), "Attendance at the actors' councils 30% 26% -4 pts"));
    // Nobody trained in 2013: no rate to compare.
    CHECK(hasLine(pages.at(1), "Trainees 0 11 +11"));
    CHECK(hasLine(pages.at(1), "Training attendance rate — 75% —"));
    CHECK(hasLine(pages.at(1), "Trainees who completed the training 0 9 +9"));
    CHECK(hasLine(pages.at(1), "Trainees who ran a SERD action — 73% —"));
    // No SERD edition in 2013.
    CHECK(hasLine(pages.at(1), "SERD actions held — 74 —"));
    CHECK(hasLine(pages.at(1), "Distinct SERD actions — 56 —"));
    CHECK(hasLine(pages.at(1), "SERD organisers — 50 —"));
    CHECK(hasLine(pages.at(1), "SERD participants — 2,345 —"));
    CHECK(hasLine(pages.at(1), "Valued contributions €10,000.00 €34,700.50 +€24,700.50"));
    CHECK(hasLine(pages.at(1), "Staff days 10 39.5 +29.5"));

    // Every page but the title page: the programme, the date of generation, "Page n of N".
    for (int page = 1; page < pages.size(); ++page) {
        INFO("page " << page + 1);
        const QString text = flat(pages.at(page));
        CHECK(text.contains("PLP Mulhouse Alsace Agglomération · Annual review 2014"));
        CHECK(text.contains("Generated on 26/11/2026"));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size())));
    }
    CHECK(review.suggestedFileName()
        == QStringLiteral("Annual review 2014 - PLP Mulhouse Alsace Agglomération.pdf"));
}

TEST_CASE("Annual review: one section per area, in order, with its tables", "[review]")
{
    const QStringList pages = render(AnnualReview(content()));
    const QString all = flat(pages.join(QLatin1Char('\n')));
    CHECK(inOrder(all,
        { "Key figures", "1. Actors and partners", "2. Meetings", "3. Relay actor training",
            "4. European Week for Waste Reduction (SERD)", "5. Means",
            "6. Partners mobilised in 2014, by type" }));
    const QString joined = pages.join(QLatin1Char('\n'));

    // Actors.
    CHECK(hasLine(joined, "Contacts in the file at the end of the year 1,234"));
    CHECK(hasLine(joined, "mobilised through a valued contribution 2"));
    CHECK(hasLine(joined, "Environment association 2 40%"));
    CHECK(hasLine(joined, "Riedisheim 1 20%"));
    // Meetings: one row each (the type under the title), then the councils.
    CHECK(hasLine(joined, "13/03/2014 Spring council 180 40 52 88 2 28%"));
    CHECK(hasLine(joined, "20/05/2014 Composting workshop 20 2 15 3 0 75%"));
    CHECK(hasLine(joined, "Total of the councils 350 78 96 176 6 26%"));
    CHECK(hasLine(joined, "Average per council 175.0 39.0 48.0 88.0 3.0"));
    // Training: 20 present half-days out of 12 × 2.
    CHECK(hasLine(joined, "Trainees who ran a SERD action 8 (73%)"));
    CHECK(hasLine(joined, "10/04/2014 Food waste 2 12 20 2 83%"));
    // SERD.
    CHECK(hasLine(joined, "Actions held (each date and place) 74"));
    CHECK(hasLine(joined, "Reuse 40 30 28 1,500"));
    CHECK(hasLine(joined, "Wittenheim 24 20 18 345"));
    // Means.
    CHECK(hasLine(joined, "Staff time 12 €24,700.50 71%"));
    CHECK(hasLine(joined, "Total 15 €34,700.50"));
    CHECK(hasLine(joined, "Programme officer 33.5 85%"));
    CHECK(hasLine(joined, "Total 39.5"));

    // The partners, under their type, each with its commune and how it was mobilised.
    const QString partners = all.mid(all.indexOf("6. Partners mobilised in 2014, by type"));
    CHECK(inOrder(partners,
        { "Environment association (2)", "Alsace Nature Mulhouse meeting, SERD",
            "Emmaüs Mulhouse Wittenheim SERD, contribution", "Social centre (2)",
            "Centre social Papin Mulhouse training", "Espace Drouot Illzach meeting",
            "Municipal service (1)", "Ville de Riedisheim Riedisheim contribution" }));
}

TEST_CASE("Annual review: an area without activity says so in one sentence", "[review]")
{
    AnnualReviewContent c = content();
    c.year = year2013();
    c.previous = YearIndicators();
    c.previous.year = 2012;
    const QString all = flat(render(AnnualReview(c)).join(QLatin1Char('\n')));
    CHECK(all.contains("No training session was held in 2013."));
    CHECK(all.contains("There was no SERD edition in 2013."));
    CHECK_FALSE(all.contains("Attendance at each session"));
    CHECK_FALSE(all.contains("By topic"));

    c.year = YearIndicators();
    c.year.year = 2012;
    const QString empty = flat(render(AnnualReview(c)).join(QLatin1Char('\n')));
    CHECK(empty.contains("No partner was mobilised in 2012."));
    CHECK(empty.contains("No meeting was held in 2012."));
    CHECK(empty.contains("No valued contribution was recorded for 2012."));
    CHECK(empty.contains("No staff time was recorded for 2012."));
}

TEST_CASE("Annual review: many meetings take more pages, no row split across two", "[review]")
{
    AnnualReviewContent c = content();
    const int before = AnnualReview(c).pageCount();
    auto &meetings = c.year.meetings;
    for (int i = 1; i <= 80; ++i) {
        // Long enough to take two lines, with the type a third one.
        meetings.list << meetingLine(100 + i, QDate(2014, 1, 1).addDays(i * 4),
            QStringLiteral("Meeting %1 about reducing food waste in the school canteens of the "
                           "northern communes")
                .arg(i),
            workshop, QStringLiteral("Workshop kind %1").arg(i), counts(20 + i, 2, 15, 3, 0, 15));
    }
    meetings.count = int(meetings.list.size());
    const AnnualReview review(c);
    CHECK(review.pageCount() >= before + 3);
    const QStringList pages = render(review);
    CHECK(pages.size() == review.pageCount());
    for (int i = 1; i <= 80; ++i) {
        INFO("meeting " << i);
        const QString title = QStringLiteral("Meeting %1 about").arg(i);
        const int titlePage = pageWith(pages, title);
        CHECK(titlePage > 0);
        CHECK(titlePage == pageWith(pages, QStringLiteral("Workshop kind %1").arg(i)));
        // Printed once: not also at the foot of the page before the one it moved to.
        const auto printed = std::count_if(pages.cbegin(), pages.cend(),
            [&](const QString &page) { return flat(page).contains(title + QLatin1Char(' ')); });
        CHECK(printed == 1);
    }
    // The column titles repeated on each page of the table.
    for (int page = pageWith(pages, "Meeting 1 about"); page <= pageWith(pages, "Meeting 80 about");
         ++page)
        CHECK(flat(pages.at(page))
                  .contains("Date Meeting Invited Excused Present Absent Walk-ins Rate"));
    // A heading stays with what follows it.
    CHECK(pageWith(pages, "Attendance at each meeting") == pageWith(pages, "Spring council"));
}

TEST_CASE(
    "Annual review: a list of partners too long for paper is left to a spreadsheet", "[review]")
{
    AnnualReviewContent c = content();
    auto &partners = c.year.actors.partners;
    const auto addPartners = [&](int total) {
        for (int i = int(partners.size()) + 1; i <= total; ++i)
            partners << partner(100 + i, QStringLiteral("Partner number %1").arg(i), municipal,
                QStringLiteral("Municipal service"), QStringLiteral("Mulhouse"),
                IndicatorRepository::Meeting);
        c.year.actors.partnersMobilised = int(partners.size());
    };
    addPartners(AnnualReview::partnersListedInPrint);
    CHECK(AnnualReview(c).listsPartners());

    addPartners(AnnualReview::partnersListedInPrint + 1);
    const AnnualReview review(c);
    CHECK_FALSE(review.listsPartners());
    const QStringList pages = render(review);
    const QString all = flat(pages.join(QLatin1Char('\n')));
    const QString section = all.mid(all.indexOf("6. Partners mobilised in 2014 "));
    CHECK_FALSE(all.contains("6. Partners mobilised in 2014, by type"));
    CHECK(section.contains("The 501 partners mobilised in 2014 are too many to list on paper; "
                           "section 1 gives them by type and by commune."));
    CHECK(section.contains("Save Partners as CSV"));
    CHECK_FALSE(all.contains("Partner number 17"));
    CHECK_FALSE(all.contains("Alsace Nature Mulhouse meeting, SERD"));
    // Section 1 still counts them.
    CHECK(hasLine(pages.join(QLatin1Char('\n')), "Partners mobilised 501"));
    CHECK(pages.size() < 12);

    // The review's window says where the list is.
    const AnnualReviewDialog dialog({ 2014 }, [&c](int) { return c; });
    CHECK(dialog.findChild<QLabel *>("partnersSummary")->text()
        == "Partners mobilised in 2014: 501 (too many to list in the review: save them here)");
}

TEST_CASE("The year's partners as a spreadsheet", "[review]")
{
    const QByteArray csv = PartnerList::csv(year2014(), CsvProfile::Standard);
    const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    CHECK(lines.value(0) == "Partner,Type,Commune,Meeting,Training,SERD,Valued contribution");
    CHECK(lines.value(1) == "Alsace Nature,Environment association,Mulhouse,yes,,yes,");
    CHECK(lines.value(2) == "Centre social Papin,Social centre,Mulhouse,,yes,,");
    CHECK(lines.value(3) == "Emmaüs Mulhouse,Environment association,Wittenheim,,,yes,yes");
    CHECK(lines.value(5) == "Ville de Riedisheim,Municipal service,Riedisheim,,,,yes");
    CHECK(lines.size() == 7); // and the empty one after the last line break

    // For a French spreadsheet: a byte-order mark and semicolons.
    const QByteArray french = PartnerList::csv(year2014());
    CHECK(french.startsWith("\xEF\xBB\xBFPartner;Type;Commune;"));
}

TEST_CASE("Annual review: charts in their section, sharp enough to print", "[review]")
{
    AnnualReviewContent c = content();
    c.charts = { { ReviewSection::Serd, QStringLiteral("SERD actions held and distinct"),
                     chartImage(1800, 900) },
        { ReviewSection::Actors, QStringLiteral("Partners mobilised by type"),
            chartImage(600, 300) } };
    const AnnualReview review(c);
    QTemporaryDir folder;
    const QString pdf = pdfPath(folder, review);
    const QStringList pages = pdfPages(pdf);
    const QString all = flat(pages.join(QLatin1Char('\n')));
    CHECK(inOrder(all,
        { "1. Actors and partners", "Partners mobilised by commune", "Partners mobilised by type",
            "2. Meetings", "4. European Week", "SERD actions held and distinct", "5. Means" }));

    const QList<PdfImage> images = pdfImages(pdf);
    // The logo, then each chart once, at its own size.
    bool big = false;
    bool small = false;
    for (const PdfImage &image : images) {
        if (image.width == 1800 && image.height == 900) {
            CHECK_FALSE(big);
            big = true;
            CHECK(image.ppi >= 150);
        }
        if (image.width == 600 && image.height == 300) {
            small = true;
            // Not blown up to the text's width.
            CHECK(image.ppi >= 150);
        }
    }
    CHECK(big);
    CHECK(small);
    CHECK(images.size() == 3);
}

TEST_CASE("Annual review: ODT with its figures and pictures, HTML in one file", "[review]")
{
    AnnualReviewContent c = content();
    c.charts
        = { { ReviewSection::Means, QStringLiteral("Staff days by role"), chartImage(1800, 900) } };
    const AnnualReview review(c);
    QTemporaryDir folder;

    const QString odt = folder.filePath(QStringLiteral("review.odt"));
    QString error;
    REQUIRE(review.writeOdt(odt, &error));
    CHECK(error.isEmpty());
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        FAIL("unzip was not found");
    const QString entries = run(unzip, { QStringLiteral("-l"), odt });
    CHECK(entries.contains("content.xml"));
    CHECK(entries.contains("Pictures/"));
    const QString xml = run(unzip, { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    CHECK(xml.contains("Annual review 2014"));
    CHECK(xml.contains("€34,700.50"));
    CHECK(xml.contains("Alsace Nature"));
    CHECK(xml.contains("Staff days by role"));

    const QString html = folder.filePath(QStringLiteral("review.html"));
    REQUIRE(review.writeHtml(html, &error));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    CHECK(page.contains("<title>Annual review 2014</title>"));
    CHECK(page.count("data:image/png;base64,") == 2); // the logo and the chart
    CHECK_FALSE(page.contains("relais-chart-1.png"));
    CHECK(page.contains("€34,700.50"));

    // A folder that does not exist: refused, with the reason, and no file left.
    const QString nowhere = folder.filePath(QStringLiteral("missing/review.odt"));
    CHECK_FALSE(review.writeOdt(nowhere, &error));
    CHECK(error.startsWith("The annual review could not be saved as"));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("Annual review in French", "[review]")
{
    const French french;
    REQUIRE(french.loaded());
    const QStringList pages = render(AnnualReview(content()));
    const QString all = flat(pages.join(QLatin1Char('\n')));
    // The strings of the review are translated once the translators got them.
    if (QCoreApplication::translate("relais::AnnualReview", "Annual review %1")
        != QStringLiteral("Annual review %1")) {
        CHECK(flat(pages.at(0)).contains("Bilan annuel 2014"));
        CHECK(flat(pages.at(1)).contains("Page 2 sur"));
    } else {
        WARN("the annual review's strings are not in relais_fr.qm yet");
    }
    // French numbers: "34 700,50 €", "1 234", "73 %", dates day first.
    CHECK(all.contains("34 700,50 €"));
    CHECK(all.contains("2 345"));
    CHECK(all.contains("73 %"));
    CHECK(all.contains("26/11/2026"));
    CHECK(all.contains("39,5"));
}

TEST_CASE("Annual review of the demo's last year", "[review]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("demo.relais"));
    DemoOptions options;
    options.contacts = 120;
    options.today = QDate(2015, 12, 15);
    Database::Opened opened = createDemoDatabase(path, options);
    REQUIRE(opened.database);
    const QList<int> years = IndicatorRepository(*opened.database).activityYears();
    REQUIRE(years.contains(2015));
    // The content as the dialog and `relais report` gather it: figures and drawn charts.
    const AnnualReview review(annualReviewContent(*opened.database, 2015));
    CHECK(review.content().year.year == 2015);
    CHECK(review.content().previous.year == 2014);
    CHECK(review.content().generatedOn == QDate::currentDate());
    QList<ReviewSection> sections;
    for (const ReviewChart &chart : review.content().charts) {
        sections << chart.section;
        CHECK(chart.image.width() >= 1500);
    }
    // Every area of the demo's year has its charts: partners by type; the councils'
    // attendance; training per session; SERD across editions and by commune; staff days
    // and contributions.
    CHECK(sections
        == QList<ReviewSection> { ReviewSection::Actors, ReviewSection::Serd,
            ReviewSection::Meetings, ReviewSection::Training, ReviewSection::Means,
            ReviewSection::Means, ReviewSection::Serd });

    QTemporaryDir output;
    const QString pdf = pdfPath(output, review);
    const QStringList pages = pdfPages(pdf);
    CHECK(pages.size() == review.pageCount());
    CHECK(pages.size() >= 5);
    const QString all = flat(pages.join(QLatin1Char('\n')));
    CHECK(inOrder(all,
        { "Annual review 2015", "Key figures", "1. Actors and partners", "2. Meetings",
            "3. Relay actor training", "4. European Week", "5. Means",
            "6. Partners mobilised in 2015, by type" }));
    int charts = 0;
    for (const PdfImage &image : pdfImages(pdf))
        charts += image.width == review.content().charts.at(0).image.width() ? 1 : 0;
    CHECK(charts == 7);
}

TEST_CASE("Annual review dialog: the latest year, outputs for the review", "[review]")
{
    QList<int> asked;
    const auto contentFor = [&asked](int year) {
        asked << year;
        if (year == 2012)
            throw DatabaseError(QStringLiteral("The file could not be read."));
        AnnualReviewContent c = content();
        c.year.year = year;
        c.previous.year = year - 1;
        return c;
    };
    AnnualReviewDialog dialog({ 2013, 2014, 2012, 2099 }, contentFor);
    auto *year = dialog.findChild<QComboBox *>("year");
    REQUIRE(year);
    CHECK(year->count() == 4);
    CHECK(year->itemText(0) == "2099");
    // Not the year with only a meeting planned.
    CHECK(dialog.year() == 2014);
    CHECK(asked == QList<int> { 2014 });
    REQUIRE(dialog.review());
    CHECK(dialog.review()->content().year.year == 2014);
    const auto summary = dialog.findChild<QLabel *>("summary");
    CHECK(summary->text() == QStringLiteral("Pages: %1").arg(dialog.review()->pageCount()));
    const auto partnersSummary = dialog.findChild<QLabel *>("partnersSummary");
    REQUIRE(partnersSummary);
    CHECK(partnersSummary->text() == "Partners mobilised in 2014: 5");
    for (const char *name :
        { "preview", "print", "saveAsPdf", "saveAsOdt", "saveAsHtml", "savePartnersAsCsv" }) {
        INFO(name);
        auto *button = dialog.findChild<QPushButton *>(name);
        REQUIRE(button);
        CHECK(button->isEnabled());
    }

    dialog.setYear(2013);
    CHECK(dialog.review()->content().year.year == 2013);
    dialog.setYear(2012);
    CHECK_FALSE(dialog.review());
    CHECK(summary->text() == "The file could not be read.");
    CHECK(partnersSummary->text().isEmpty());
    for (const char *name :
        { "preview", "print", "saveAsPdf", "saveAsOdt", "saveAsHtml", "savePartnersAsCsv" })
        CHECK_FALSE(dialog.findChild<QPushButton *>(name)->isEnabled());

    // The partners saved as a spreadsheet, under a name that says what they are.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("partners.csv"));
    dialog.setYear(2014);
    FileDialogOffer offered;
    answerNextFileDialog(path, &offered);
    auto *partners = dialog.findChild<QPushButton *>("savePartnersAsCsv");
    REQUIRE(partners);
    CHECK(partners->isEnabled());
    QTest::mouseClick(partners, Qt::LeftButton);
    CHECK(offered.proposedFile.endsWith("/Partners 2014 - PLP Mulhouse Alsace Agglomération.csv"));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(saved.readAll());
    CHECK(text.contains("Alsace Nature;Environment association;Mulhouse;yes;;yes;"));
    CHECK(dialog.findChild<QLabel *>("saved")->text()
        == QStringLiteral("Saved as %1").arg(QDir::toNativeSeparators(path)));

    AnnualReviewDialog empty({}, contentFor);
    CHECK(empty.year() == 0);
    CHECK_FALSE(empty.review());
    CHECK_FALSE(empty.findChild<QPushButton *>("saveAsOdt")->isEnabled());
}
