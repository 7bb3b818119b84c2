#include "demogenerator.h"

#include "../db/bulkloader.h"
#include "../db/databaseerror.h"
#include "../db/meansrepository.h"
#include "../db/referencelistrepository.h"
#include "../db/schema_v1.h"
#include "../db/schema_v2.h"
#include "../db/schema_v3.h"
#include "../db/schema_v5.h"
#include "../db/schema_v6.h"
#include "../db/serdrepository.h"
#include "../db/settingsrepository.h"
#include "../db/sqlquery.h"
#include "../db/trainingrepository.h"
#include "../db/transaction.h"
#include "../domain/contact.h"
#include "../domain/interaction.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/organisation.h"
#include "../domain/serd.h"
#include "../domain/textfold.h"
#include "../domain/training.h"
#include "demodata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <optional>
#include <utility>

namespace relais {

namespace {

using demodata::Kind;

// The translation context of the messages below (lupdate reads it from here).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(relais::DemoGenerator)
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList utf8List(std::span<const char *const> texts)
{
    QStringList list;
    list.reserve(qsizetype(texts.size()));
    for (const char *text : texts)
        list << utf8(text);
    return list;
}

// A number drawn from a name, the same in every run: qHash's is not (Qt seeds it per
// process on some machines), and the same seed must give the same file.
quint32 nameDraw(const QString &name)
{
    quint32 hash = 2166136261u; // FNV-1a
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

bool startsWithVowel(const QString &name)
{
    const QString folded = foldedKey(name.left(1));
    return !folded.isEmpty() && QStringLiteral("aeiouy").contains(folded.at(0));
}

// "jean-marc", "legall": what a name becomes in an e-mail address.
QString mailWord(const QString &name)
{
    const QString folded = foldedKey(name);
    QString word;
    word.reserve(folded.size());
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            word += c;
    }
    return word;
}

// "Association Zéro Déchet Mulhouse" -> {"zero", "dechet", "mulhouse"}: the words an
// organisation would register its domain name with.
QStringList significantWords(const QString &name)
{
    static const QSet<QString> stopWords { QStringLiteral("association"), QStringLiteral("de"),
        QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("la"), QStringLiteral("le"),
        QStringLiteral("les"), QStringLiteral("l"), QStringLiteral("d"), QStringLiteral("et"),
        QStringLiteral("a"), QStringLiteral("au"), QStringLiteral("aux"), QStringLiteral("en"),
        QStringLiteral("pour"), QStringLiteral("sur"), QStringLiteral("m2a") };
    QStringList words;
    QString word;
    const QString folded = foldedKey(name) + QLatin1Char(' ');
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            word += c;
        } else if (!word.isEmpty()) {
            if (!stopWords.contains(word))
                words << word;
            word.clear();
        }
    }
    return words;
}

// The European Week for Waste Reduction: from the Saturday of the third week of November
// to the Sunday of the week after.
QDate serdStart(int year)
{
    const QDate earliest(year, 11, 16);
    return earliest.addDays((6 - earliest.dayOfWeek() + 7) % 7);
}

QDate serdEnd(int year)
{
    return serdStart(year).addDays(8);
}

// Actors' councils meet in March, June and October, on the Thursday of the second week.
constexpr int councilMonths[] = { 3, 6, 10 };

QDate councilDay(int year, int month)
{
    const QDate earliest(year, month, 10);
    return earliest.addDays((4 - earliest.dayOfWeek() + 7) % 7);
}

// The days nobody in a French town hall works (Alsace keeps the 26th of December).
bool isWorkingDay(const QDate &day)
{
    static constexpr std::pair<int, int> holidays[] = { { 1, 1 }, { 5, 1 }, { 5, 8 }, { 7, 14 },
        { 8, 15 }, { 11, 1 }, { 11, 11 }, { 12, 25 }, { 12, 26 } };
    if (day.dayOfWeek() > 5)
        return false;
    return std::none_of(std::begin(holidays), std::end(holidays), [&](const auto &holiday) {
        return day.month() == holiday.first && day.day() == holiday.second;
    });
}

bool isAssociation(Kind kind)
{
    return kind == Kind::EnvironmentAssociation || kind == Kind::NeighbourhoodAssociation
        || kind == Kind::SocialEconomy || kind == Kind::CitizenCouncil;
}

struct DrawnName
{
    QString name;
    int commune = 0;
    int field = demodata::noField;
    bool placed = false; // names a place already: a commune, a district, "— m2A"
};

struct CommuneInfo
{
    qint64 id = 0;
    QString name;
    QString ofName; // "de Rixheim", "d'Illzach"
    QString postcode;
    QString otherPostcode;
    QString mailWord;
};

struct OrganisationInfo
{
    qint64 id = 0;
    Kind kind = Kind::EnvironmentAssociation;
    QString name;
    int commune = 0;
    QString emailDomain; // empty: its people use their own webmail addresses
    QList<qint64> domainIds;
    bool networkHead = false;
    int members = 0;
    // Out of touch for the past year unless one of its people is not.
    bool quiet = false;
    int created = 0; // the day, counted from the first of the year of interactions
    QList<int> people; // indexes in Generator::m_contacts
};

struct ContactInfo
{
    qint64 id = 0;
    int organisation = -1; // the first one, an index in Generator::m_organisations
    int commune = 0;
    int created = 0; // as OrganisationInfo::created
    QDateTime createdAt;
    bool active = false; // in touch during the year of interactions
    bool networkHead = false;
    bool relayActor = false;
    bool inSerd = false; // tagged for one of the last two SERDs
    bool inCouncil = false; // tagged as a council regular
    bool refused = false; // to be contacted: never invited anywhere
    quint32 themes = 0; // bit i: tagged with demodata::thematicTags()[i]
    unsigned fields = 0; // bit i: in the domain demodata::Field(i)
};

// A set of actors to draw from, each as likely as its weight.
struct Pool
{
    bool ofOrganisations = false;
    QList<int> members;
    QList<qint64> totals; // running

    void add(int member, int weight)
    {
        if (weight <= 0)
            return;
        members << member;
        totals << (totals.isEmpty() ? 0 : totals.last()) + weight;
    }
    bool isEmpty() const { return members.isEmpty(); }
};

// Who an interaction or a follow-up is with, and what its texts speak of.
struct About
{
    int contact = -1;
    int colleague = -1; // of the contact, in the same organisation
    int organisation = -1;
    int event = -1; // the council or SERD, an index in Generator::m_events
    int action = 0; // in demodata::serdActions()
};

struct PlannedInteraction
{
    int day = 0; // from the first of the year of interactions
    int second = 0; // of that day, when it was typed in
    int topic = 0;
    int followUp = -1; // the follow-up it did, whose texts it takes
    About about;
    demodata::Channel channel = demodata::Channel::Call;
    demodata::Staff staff = demodata::Staff::Officer;
    int note = -1;
    qint64 id = 0; // once written
};

struct PlannedFollowUp
{
    int planned = -1; // the interaction it was planned with (-1: on its own)
    int day = 0; // planned on
    int second = 0;
    int due = 0;
    int done = -1; // the interaction that did it
    int topic = -1;
    const demodata::PlannedTogether *together = nullptr; // when planned on its own
    About about;
    demodata::Staff staff = demodata::Staff::Officer;
};

// A council or a SERD, which the texts of the days around it speak of.
struct Event
{
    QDate start;
    QDate end;
    bool serd = false;
};

// What may bring the officer in touch on a day, and how much.
struct DayMoment
{
    demodata::Moment moment;
    int event = -1;
    int weight = 0;
};

struct Role
{
    QString masculine;
    QString feminine;
};

struct PlannedInvitation
{
    int contact = 0; // an index in Generator::m_contacts
    AttendanceStatus status = AttendanceStatus::Invited;
    bool walkIn = false;
    QDateTime changed;
};

struct PlannedMeeting
{
    demodata::MeetingKind kind = demodata::MeetingKind::Council;
    QDate date;
    QTime starts;
    QTime ends;
    QString title;
    QString themes;
    QString description;
    QString place;
    int commune = 0;
    QList<demodata::Staff> staff;
    QDateTime created;
    QDateTime updated;
    QDateTime sent; // the invitations
    QList<PlannedInvitation> invitations;
    int programme = 0; // of the network's local programmes: 0, the file's own
    qint64 id = 0; // once written
};

// A session of the relay-actor training, as demodata::trainingSessions() plans it.
struct PlannedSession
{
    int plan = 0; // in demodata::trainingSessions()
    QDate date;
    QString place;
    int commune = 0;
    int host = -1; // the partner visited, an index in Generator::m_organisations
    int trainer = -1; // a person of the file, an index in Generator::m_contacts…
    QString trainerName; // …or only a name
    QDateTime entered; // its attendance sheet (invalid: not held yet)
    qint64 id = 0; // once written
};

struct PlannedTrainee
{
    int contact = 0; // an index in Generator::m_contacts
    QDate enrolledOn;
    QDate completedOn;
};

// A year's group of trainees. Its attendance names sessions by their index + 1 and
// trainees by their index in Generator::m_contacts until it is written.
struct PlannedCohort
{
    int year = 0;
    int number = 1; // 1: the pilot group
    int programme = 0; // as PlannedMeeting::programme
    QString tag; // "formation relais 2014", on every trainee
    QDate created;
    QDate startsOn;
    QDate endsOn; // when those who met the rule were recognised as relay actors
    QDateTime createdAt;
    QList<PlannedSession> sessions;
    QList<PlannedTrainee> trainees;
    QList<HalfDayAttendance> attendance;
    QDateTime updated;
};

// What the year's interactions say of someone's place at a council.
struct CouncilMention
{
    demodata::AtCouncil at = demodata::AtCouncil::Invited;
    QDateTime when; // of the interaction that says it
};

// The ranges a meeting's turnout is drawn from: shares (low, high) and counts below.
struct TurnoutDraw
{
    std::pair<double, double> present;
    std::pair<double, double> excused;
    std::pair<double, double> absent;
    int unannouncedBelow = 1;
    int walkInsBelow = 1;
};

// What became of a meeting's invitees once it was held.
struct Turnout
{
    int present = 0; // walk-ins included
    int walkIns = 0;
    int unannounced = 0; // invited, came without registering
    int absent = 0; // registered, did not come
    int excused = 0;
};

// A day of an action of the SERD, in a place.
struct PlannedOccurrence
{
    QDate date;
    QTime starts;
    QTime ends;
    QString place;
    int commune = 0;
    std::optional<int> expected;
    std::optional<int> actual;
    bool cancelled = false;
};

// An action of an edition; organisations and people as indexes in Generator's lists.
struct PlannedAction
{
    int idea = 0; // in demodata::serdActionIdeas()
    QString title;
    demodata::SerdTopic topic = demodata::SerdTopic::Source;
    int lead = -1;
    QList<int> coOrganisers;
    int contact = -1;
    SerdStatus status = SerdStatus::Proposed;
    bool registered = false;
    QDate created;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PlannedOccurrence> occurrences;
    qint64 id = 0; // once written
};

// One year's Week, from the programme's first year to today's.
struct PlannedEdition
{
    int year = 0;
    QDate call; // the call for projects: actions come in from then
    QDate starts;
    QDate ends;
    QString focus;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PlannedAction> actions;
    qint64 id = 0; // once written
};

// What the figures of an edition held before today come to, as the generator aims them.
struct EditionSize
{
    int held = 0;
    int distinct = 0;
    int organisers = 0;
};

class Generator
{
public:
    Generator(Database &database, const DemoOptions &options);

    void run();

private:
    int below(int bound) { return bound > 0 ? m_rng.bounded(bound) : 0; }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }
    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }
    QString pickText(std::span<const char *const> texts) { return utf8(pick(texts)); }
    QString withYears(QString text) const;
    int pickCommune();
    QDate dayBetween(const QDate &from, const QDate &to);
    double between(double from, double to) { return from + (to - from) * m_rng.generateDouble(); }
    QDate addedOn(const QDate &latest, bool networkHead);
    QDateTime momentOn(const QDate &day);
    int officeSecond();
    int dayIndex(const QDate &date) const { return int(m_yearStart.daysTo(date)); }
    QDate dateOf(int day) const { return m_yearStart.addDays(day); }
    QString digitPairs(int count);
    QString landline();
    QString mobile();
    QString uniqueEmail(const QString &local, const QString &domain);
    QString personalEmail(const QString &first, const QString &last);

    void prepareLists();
    QList<int> organisationCounts(int total) const;
    void addOrganisations(BulkLoader &loader);
    void addOrganisation(BulkLoader &loader, Kind kind, const demodata::KnownOrganisation *known);
    DrawnName patternName(const demodata::KindProfile &profile, bool anyCommune);
    QString emailDomainFor(Kind kind, const QString &name, int commune);
    void addContacts(BulkLoader &loader);

    // The year of interactions.
    void prepareCalendar();
    void preparePools();
    int drawDay(int from);
    const DayMoment &drawMoment(int day);
    int drawFrom(const Pool &pool, int createdBy);
    int nextWorkingDay(int day) const;
    int dayLeftThisWeek();
    void planYear();
    int planInteraction(int day, const DayMoment &moment, About about);
    void planFollowUp(int interaction);
    void planTogether(const demodata::PlannedTogether &what, int event, int day, int due,
        const QList<About> &with);
    void settle(PlannedFollowUp &followUp, int index, demodata::Channel channel);
    void keepSomeDueSoon();
    QString filled(const char *text, const About &about) const;
    QList<ActorRef> actorsOf(const About &about) const;
    void addYear(BulkLoader &loader);

    // The meetings of the whole programme.
    bool mayBeInvited(int contact, const QDate &meeting) const;
    bool mayAttend(int contact, const QDate &meeting) const;
    QDateTime localMoment(const QDate &day, const QTime &time) const;
    bool isFreeForMeeting(const QDate &day) const;
    QDate meetingDayBetween(const QDate &from, const QDate &to);
    QString meetingText(const char *text, const QDate &date) const;
    PlannedMeeting newMeeting(demodata::MeetingKind kind, const QDate &date, int slot,
        const demodata::MeetingText &text, int noticeDays);
    void placeIn(PlannedMeeting &meeting, std::span<const demodata::Venue> venues);
    QList<int> drawWeighted(const QList<std::pair<int, double>> &candidates, int count);
    QList<int> drawInvitees(const QList<int> &people, const QDate &date, int count,
        const QSet<int> &excluded, const auto &weight);
    Turnout turnout(int invited, const TurnoutDraw &draw);
    void settleInvitations(PlannedMeeting &meeting, const QList<int> &invitees,
        const Turnout &turnout, const QMap<int, CouncilMention> &mentions, const auto &assiduity);
    QMap<QDate, QMap<int, CouncilMention>> councilMentions();
    void prepareProgrammes();
    int programmeOf(int contact) const;
    void keepMeeting(const PlannedMeeting &meeting);
    void planMeetings();
    void planCouncils(const QMap<QDate, QMap<int, CouncilMention>> &mentions);
    void planWorkshops();
    void planNetworkHeadMeetings();
    void planSerdPreparations();
    void addMeetings(BulkLoader &loader);

    // The training of relay actors: a cohort a year from the programme's second.
    int communeNamed(const char *name) const;
    void planTrainingCalendar();
    void planTraining(QList<Contact> &records);
    void planTrainingSessions(
        PlannedCohort &cohort, QSet<int> &taken, const QList<Contact> &records);
    QList<int> drawTrainees(const PlannedCohort &cohort, const QSet<int> &taken);
    void planAttendance(PlannedCohort &cohort);
    void addTraining();

    // The SERD: an edition a year, its actions and their occurrences.
    void planSerd();
    void planEdition(PlannedEdition &edition, int number, const QSet<int> &before);
    int drawIdea(int lead, const QString &focus);
    PlannedOccurrence occurrenceOf(const PlannedEdition &edition, const PlannedAction &action,
        const QList<PlannedOccurrence> &taken);
    void settleAction(const PlannedEdition &edition, PlannedAction &action, bool counted);
    void addSerd();
    // The means: partners' valued contributions, the staff's time and roles.
    void addContributions();
    void addStaffTime();
    QDateTime enteredAfter(const QDate &day, int minDays, int maxDays);

    Database &m_database;
    DemoOptions m_options;
    QRandomGenerator m_rng;

    QList<CommuneInfo> m_communes;
    QList<int> m_communeWeights; // running totals
    int m_mulhouse = 0;
    qint64 m_typeIds[demodata::kindCount] = {};
    qint64 m_domainIds[demodata::fieldCount] = {};
    QStringList m_firstNames;
    QList<bool> m_feminine;
    QStringList m_lastNames;
    QStringList m_districts;
    QStringList m_streets;
    QStringList m_personalities;
    QList<Role> m_roles[demodata::kindCount];
    QStringList m_webmails;
    QList<int> m_webmailWeights;

    // The file's calendar: its programme was launched two SERDs before `today`.
    QDate m_today;
    int m_lastSerd = 0; // the year of the last SERD begun by today
    QDate m_programmeStart;
    // The six workshops of the week that ended the drawing up of the programme.
    QDate m_concertationWeek; // its Monday
    QDate m_concertationEnd; // its Friday
    QTimeZone m_zone; // the meetings' hours are local ones
    QDate m_lastOrganisationAdded;
    QDate m_lastContactAdded;
    QDate m_yearStart; // of the year of interactions, as the dormant-partner filter counts it
    int m_todayIndex = 0;
    QList<Event> m_events;
    QList<QList<DayMoment>> m_days;
    QList<qint64> m_dayTotals; // running
    QList<int> m_topics[demodata::momentCount]; // indexes in demodata::topics()
    qint64 m_kindIds[demodata::channelCount] = {};
    qint64 m_staffIds[demodata::staffCount] = {};
    qint64 m_meetingTypeIds[demodata::meetingKindCount] = {};
    QString m_serdTags[2]; // of the last SERD but one, of the last one
    QList<PlannedCohort> m_cohorts;
    // The meetings and training sessions of each day: a local programme holds one a day.
    QHash<QDate, int> m_busyDays;
    // Who trained each module of a programme when a person of the file did: they come back.
    QHash<int, int> m_moduleTrainers;

    QList<OrganisationInfo> m_organisations;
    QList<ContactInfo> m_contacts;
    // Who is drawn for a routine interaction, around a council, around a SERD.
    Pool m_everyone, m_councilPeople, m_serdPeople, m_structures;
    QList<PlannedInteraction> m_interactions;
    QList<PlannedFollowUp> m_followUps;
    QSet<QString> m_organisationKeys;
    QList<int> m_communesWithoutTownHall;
    QSet<QString> m_emailKeys;
    // How much larger than Mulhouse's the meetings of a larger network are: councils…
    double m_councilScale = 1.0;
    // …and the others, which stay working meetings.
    double m_meetingScale = 1.0;
    QList<PlannedMeeting> m_meetings;
    QList<PlannedEdition> m_editions;

    // A file given its years of history is a network of local programmes sharing it, each
    // with its own people, councils, workshops and cohorts; the network's SERD grows with
    // it. Without them, one programme of Mulhouse's size whatever the number of contacts.
    int m_programmes = 1;
    int m_localContacts = 0; // of a programme
    int m_cohortsPerYear = 1;
    double m_serdScale = 1.0;
    QList<QList<int>> m_programmePeople; // indexes in m_contacts, in order
};

Generator::Generator(Database &database, const DemoOptions &options)
    : m_database(database)
    , m_options(options)
    , m_rng(options.seed)
    , m_today(options.today.isValid() ? options.today : QDate::currentDate())
{
    m_lastSerd = m_today >= serdStart(m_today.year()) ? m_today.year() : m_today.year() - 1;
    // Launched on the first Monday of a school year, two SERDs before the last one, or
    // at least the years asked for before today.
    const auto mondayOfSeptember = [](int year) {
        const QDate first(year, 9, 1);
        return first.addDays((8 - first.dayOfWeek()) % 7);
    };
    if (options.years > 0) {
        const QDate back = m_today.addYears(-options.years);
        m_programmeStart = mondayOfSeptember(back.year());
        if (m_programmeStart > back)
            m_programmeStart = mondayOfSeptember(back.year() - 1);
    } else {
        m_programmeStart = mondayOfSeptember(m_lastSerd - 2);
    }
    // Nine weeks on: after the launch council, before the first SERD.
    m_concertationWeek = m_programmeStart.addDays(63);
    m_concertationEnd = m_concertationWeek.addDays(4);
    m_zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    if (!m_zone.isValid())
        m_zone = QTimeZone(3600);
    // Records keep being added until shortly before today, and edited after.
    m_lastOrganisationAdded = m_today.addDays(-120);
    m_lastContactAdded = m_today.addDays(-30);
    m_yearStart = m_today.addMonths(-12);
    m_todayIndex = dayIndex(m_today);
    m_serdTags[0] = QString::fromUtf8(demodata::serdTagFormat).arg(m_lastSerd - 1);
    m_serdTags[1] = QString::fromUtf8(demodata::serdTagFormat).arg(m_lastSerd);
    // A larger network holds larger councils, up to a couple of thousand invited for a
    // region, and a few more working meetings, which stay small.
    m_councilScale = std::clamp(std::sqrt(options.contacts / 250.0), 1.0, 12.0);
    m_localContacts = options.contacts;
    if (options.years > 0) {
        // A network of 100,000 people is some twenty local programmes of 5,000, each
        // holding Mulhouse's meetings with larger councils; the whole network trains
        // a dozen cohorts a year and runs fifteen times Mulhouse's SERD actions.
        const double network = std::max(1.0, std::sqrt(options.contacts / 250.0));
        m_programmes = int(std::lround(network));
        m_localContacts = options.contacts / m_programmes;
        m_councilScale = std::pow(std::max(1.0, m_localContacts / 250.0), 0.7);
        m_cohortsPerYear = std::max(1, int(std::lround(network * 2 / 3)));
        m_serdScale = std::max(1.0, network * 3 / 4);
    }
    m_meetingScale = std::min(std::sqrt(m_councilScale), 3.0);
}

// "{prev}" and "{year}": the years of the last two SERDs.
QString Generator::withYears(QString text) const
{
    text.replace(QLatin1String("{prev}"), QString::number(m_lastSerd - 1));
    text.replace(QLatin1String("{year}"), QString::number(m_lastSerd));
    return text;
}

int Generator::pickCommune()
{
    const int total = m_communeWeights.last();
    const int drawn = below(total);
    return int(std::upper_bound(m_communeWeights.cbegin(), m_communeWeights.cend(), drawn)
        - m_communeWeights.cbegin());
}

QDate Generator::dayBetween(const QDate &from, const QDate &to)
{
    return from.addDays(below(int(from.daysTo(to)) + 1));
}

// The file was mostly built while the programme was being drawn up, as Mulhouse's 250
// contacts were by the end of its concertation, the network heads first; the rest came
// in steadily since.
QDate Generator::addedOn(const QDate &latest, bool networkHead)
{
    if (networkHead && chance(75))
        return dayBetween(m_programmeStart, std::min(m_programmeStart.addDays(14), latest));
    if (chance(68))
        return dayBetween(m_programmeStart, std::min(m_concertationEnd, latest));
    return dayBetween(m_programmeStart, latest);
}

QDateTime Generator::momentOn(const QDate &day)
{
    const int hour = 7 + below(10); // office hours, in UTC
    const int minute = below(60);
    const int second = below(60);
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC);
}

int Generator::officeSecond()
{
    const int hour = 7 + below(10); // as momentOn()
    return hour * 3600 + below(3600);
}

QString Generator::digitPairs(int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        const int pair = below(100);
        text += QLatin1Char(' ') + QStringLiteral("%1").arg(pair, 2, 10, QLatin1Char('0'));
    }
    return text;
}

QString Generator::landline()
{
    // The south of Alsace is 03 89; the next pair never starts with 0 there.
    const int exchange = 10 + below(90);
    return QStringLiteral("03 89 %1").arg(exchange) + digitPairs(2);
}

QString Generator::mobile()
{
    return (chance(75) ? QStringLiteral("06") : QStringLiteral("07")) + digitPairs(4);
}

QString Generator::uniqueEmail(const QString &local, const QString &domain)
{
    QString email = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emailKeys.contains(email.toLower()); ++n)
        email = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emailKeys.insert(email.toLower());
    return email;
}

QString Generator::personalEmail(const QString &first, const QString &last)
{
    const int drawn = below(m_webmailWeights.last());
    const int webmail
        = int(std::upper_bound(m_webmailWeights.cbegin(), m_webmailWeights.cend(), drawn)
            - m_webmailWeights.cbegin());
    const QString f = mailWord(first);
    const QString l = mailWord(last);
    const int style = below(100);
    QString local;
    if (style < 40) {
        local = f + QLatin1Char('.') + l;
    } else if (style < 55) {
        local = f + l;
    } else if (style < 80) {
        const int number = below(100);
        local
            = f + QLatin1Char('.') + l + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    } else if (style < 90) {
        local = f.left(1) + QLatin1Char('.') + l;
    } else {
        local = l + QLatin1Char('.') + f;
    }
    return uniqueEmail(local, m_webmails.at(webmail));
}

void Generator::run()
{
    const int existing = SqlQuery(m_database,
        QStringLiteral(
            "SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM organisation)"))
                             .scalar()
                             .toInt();
    if (existing > 0)
        throw DatabaseError(
            DemoGenerator::tr("The demo programme can only be written into an empty file."));

    Transaction transaction(m_database);
    SettingsRepository(m_database)
        .setProgramme({ QStringLiteral("Programme local de prévention des déchets (démonstration)"),
            QStringLiteral("Mulhouse Alsace Agglomération"), {} });
    planTrainingCalendar();
    prepareLists();
    BulkLoader loader(m_database);
    addOrganisations(loader);
    addContacts(loader);
    prepareCalendar();
    preparePools();
    planYear();
    planMeetings();
    addYear(loader);
    addMeetings(loader);
    loader.finish();
    addTraining();
    // Drawn last, so that what comes before stays as it was for a seed.
    planSerd();
    addSerd();
    addContributions();
    addStaffTime();
    transaction.commit();
}

void Generator::prepareLists()
{
    ReferenceListRepository lists(m_database);

    for (const demodata::Commune &commune : demodata::communes()) {
        CommuneInfo info;
        info.name = utf8(commune.name);
        info.postcode = utf8(commune.postcode);
        info.otherPostcode = commune.otherPostcode ? utf8(commune.otherPostcode) : info.postcode;
        info.ofName = startsWithVowel(info.name) ? QStringLiteral("d'") + info.name
                                                 : QStringLiteral("de ") + info.name;
        info.mailWord = mailWord(info.name);
        if (const auto item = lists.findByName(ReferenceList::Commune, info.name)) {
            info.id = item->id;
        } else {
            ReferenceItem added;
            added.name = info.name;
            added.postcode = info.postcode;
            info.id = lists.add(ReferenceList::Commune, added);
        }
        if (info.name == QLatin1String("Mulhouse"))
            m_mulhouse = int(m_communes.size());
        m_communeWeights << (m_communeWeights.isEmpty() ? 0 : m_communeWeights.last())
                + commune.weight;
        m_communes << info;
    }
    for (qsizetype i = 0; i < m_communes.size(); ++i)
        m_communesWithoutTownHall << int(i);

    lists.findOrAdd(ReferenceList::Tag, m_serdTags[0]);
    lists.findOrAdd(ReferenceList::Tag, m_serdTags[1]);
    lists.findOrAdd(ReferenceList::Tag, utf8(demodata::councilTag));
    for (const PlannedCohort &cohort : std::as_const(m_cohorts))
        lists.findOrAdd(ReferenceList::Tag, cohort.tag);
    for (const char *tag : demodata::thematicTags())
        lists.findOrAdd(ReferenceList::Tag, utf8(tag));

    // The seeded lists are named in the language the file was created in: found by that
    // name, or by their place in a list nobody has reordered yet.
    const auto seededIds
        = [&](ReferenceList list, std::span<const char *const> seeds, qint64 *ids) {
              const QList<ReferenceItem> items = lists.items(list);
              QHash<QString, qint64> byKey;
              for (const ReferenceItem &item : items)
                  byKey.insert(foldedKey(item.name), item.id);
              for (size_t i = 0; i < seeds.size(); ++i) {
                  const QString name = QCoreApplication::translate("relais::Seed", seeds[i]);
                  ids[i] = byKey.value(
                      foldedKey(name), qsizetype(i) < items.size() ? items.at(qsizetype(i)).id : 0);
              }
          };
    static_assert(std::size(schema_v1::actorTypes) == demodata::kindCount);
    static_assert(std::size(schema_v1::domains) == demodata::fieldCount);
    seededIds(ReferenceList::ActorType, schema_v1::actorTypes, m_typeIds);
    seededIds(ReferenceList::Domain, schema_v1::domains, m_domainIds);
    static_assert(std::size(schema_v2::interactionKinds) == demodata::channelCount);
    static_assert(std::size(schema_v2::staffMembers) == demodata::staffCount);
    seededIds(ReferenceList::InteractionKind, schema_v2::interactionKinds, m_kindIds);
    seededIds(ReferenceList::StaffMember, schema_v2::staffMembers, m_staffIds);
    static_assert(std::size(schema_v3::meetingTypes) == demodata::meetingKindCount);
    seededIds(ReferenceList::MeetingType, schema_v3::meetingTypes, m_meetingTypeIds);

    for (const demodata::FirstName &name : demodata::firstNames()) {
        m_firstNames << utf8(name.name);
        m_feminine << name.feminine;
    }
    m_lastNames = utf8List(demodata::lastNames());
    m_districts = utf8List(demodata::mulhouseDistricts());
    m_streets = utf8List(demodata::streets());
    m_personalities = utf8List(demodata::personalities());
    for (int kind = 0; kind < demodata::kindCount; ++kind) {
        for (const demodata::Role &role : demodata::profile(Kind(kind)).roles)
            m_roles[kind] << Role { utf8(role.masculine), utf8(role.feminine) };
    }
    for (const demodata::Webmail &webmail : demodata::webmails()) {
        m_webmails << utf8(webmail.domain);
        m_webmailWeights << (m_webmailWeights.isEmpty() ? 0 : m_webmailWeights.last())
                + webmail.weight;
    }
}

// How many of each kind, in proportion to the kinds' weights (largest remainders, so that
// they add up); there is only one town hall per commune.
QList<int> Generator::organisationCounts(int total) const
{
    const auto share = [](int total, const QList<int> &weights) {
        const int sum = std::accumulate(weights.cbegin(), weights.cend(), 0);
        QList<int> counts(weights.size(), 0);
        if (sum == 0)
            return counts;
        QList<std::pair<double, int>> remainders;
        int given = 0;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            const double exact = double(total) * weights[i] / sum;
            counts[i] = int(exact);
            given += counts[i];
            remainders.append({ exact - counts[i], int(i) });
        }
        std::stable_sort(remainders.begin(), remainders.end(),
            [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; given < total; ++i, ++given)
            ++counts[remainders[i % remainders.size()].second];
        return counts;
    };

    QList<int> weights;
    for (int kind = 0; kind < demodata::kindCount; ++kind)
        weights << demodata::profile(Kind(kind)).weight;
    QList<int> counts = share(total, weights);
    const int townHalls = int(m_communes.size());
    const int excess = counts[int(Kind::Commune)] - townHalls;
    if (excess > 0) {
        counts[int(Kind::Commune)] = townHalls;
        weights[int(Kind::Commune)] = 0;
        const QList<int> extra = share(excess, weights);
        for (qsizetype i = 0; i < counts.size(); ++i)
            counts[i] += extra[i];
    }
    return counts;
}

void Generator::addOrganisations(BulkLoader &loader)
{
    const int total = m_options.organisations > 0 ? m_options.organisations
                                                  : demoOrganisationCount(m_options.contacts);
    QList<int> remaining = organisationCounts(total);
    m_organisations.reserve(total);
    // The known ones first, so that generated names steer clear of them.
    for (const demodata::KnownOrganisation &known : demodata::knownOrganisations()) {
        if (remaining[int(known.kind)] > 0) {
            addOrganisation(loader, known.kind, &known);
            --remaining[int(known.kind)];
        }
    }
    for (int kind = 0; kind < demodata::kindCount; ++kind) {
        for (int i = 0; i < remaining[kind]; ++i)
            addOrganisation(loader, Kind(kind), nullptr);
    }
}

// anyCommune: every commune as likely as another, once the large ones' names are taken.
DrawnName Generator::patternName(const demodata::KindProfile &profile, bool anyCommune)
{
    const demodata::NamePattern &pattern = pick(profile.patterns);
    QString name = utf8(pattern.text);
    DrawnName drawn;
    drawn.field = pattern.field;
    drawn.placed = name.contains(QLatin1String("{c}")) || name.contains(QLatin1String("{dc}"))
        || name.contains(QLatin1String("{q}")) || name.contains(u'—');
    if (name.contains(QLatin1String("{q}"))) {
        drawn.commune = m_mulhouse;
    } else if (profile.kind == Kind::Commune && !m_communesWithoutTownHall.isEmpty()) {
        // Drawn among the communes still without one, or the small ones would take
        // forever to come up.
        int chosen = pickCommune();
        if (!m_communesWithoutTownHall.contains(chosen))
            chosen = pick(m_communesWithoutTownHall);
        m_communesWithoutTownHall.removeOne(chosen);
        drawn.commune = chosen;
    } else {
        drawn.commune = anyCommune ? below(int(m_communes.size())) : pickCommune();
    }
    const CommuneInfo &place = m_communes.at(drawn.commune);
    name.replace(QLatin1String("{dc}"), place.ofName);
    name.replace(QLatin1String("{c}"), place.name);
    if (name.contains(QLatin1String("{q}")))
        name.replace(QLatin1String("{q}"), pick(m_districts));
    if (name.contains(QLatin1String("{p}")))
        name.replace(QLatin1String("{p}"), pick(m_personalities));
    if (name.contains(QLatin1String("{t}")))
        name.replace(QLatin1String("{t}"), pickText(profile.themes));
    if (name.contains(QLatin1String("{f}")))
        name.replace(QLatin1String("{f}"), pick(m_firstNames));
    if (name.contains(QLatin1String("{s}")))
        name.replace(QLatin1String("{s}"), pick(m_lastNames));
    drawn.name = name;
    return drawn;
}

QString Generator::emailDomainFor(Kind kind, const QString &name, int commune)
{
    const CommuneInfo &place = m_communes.at(commune);
    const QString townHall = QStringLiteral("mairie-%1.fr").arg(place.mailWord);
    switch (kind) {
    case Kind::Commune:
        return townHall;
    case Kind::MunicipalService:
        if (name.contains(QLatin1String("m2A")))
            return QStringLiteral("mulhouse-alsace.fr");
        return commune == m_mulhouse ? QStringLiteral("mulhouse.fr") : townHall;
    case Kind::School:
        return QStringLiteral("ac-strasbourg.fr");
    case Kind::University:
        if (name.contains(QLatin1String("UHA")))
            return QStringLiteral("uha.fr");
        if (name.contains(QLatin1String("GHRMSA")))
            return QStringLiteral("ghrmsa.fr");
        break;
    default:
        break;
    }
    if (!chance(demodata::profile(kind).ownEmailDomainPercent))
        return {};
    const QString words = significantWords(name).mid(0, 4).join(QLatin1Char('-'));
    if (words.isEmpty())
        return {};
    const bool association = isAssociation(kind) && kind != Kind::SocialEconomy;
    const int style = below(100);
    if (association && style < 40)
        return QStringLiteral("asso-%1.fr").arg(words);
    if (style < 80)
        return words + QStringLiteral(".fr");
    return words + (association ? QStringLiteral(".org") : QStringLiteral(".com"));
}

void Generator::addOrganisation(
    BulkLoader &loader, Kind kind, const demodata::KnownOrganisation *known)
{
    const demodata::KindProfile &profile = demodata::profile(kind);
    Organisation o;
    OrganisationInfo info;
    info.kind = kind;
    int impliedField = demodata::noField;

    if (known) {
        o.name = utf8(known->name);
        o.acronym = utf8(known->acronym);
        const QString communeName = utf8(known->commune);
        for (qsizetype i = 0; i < m_communes.size(); ++i) {
            if (m_communes[i].name == communeName)
                info.commune = int(i);
        }
        if (kind == Kind::Commune)
            m_communesWithoutTownHall.removeOne(info.commune);
    } else {
        // A few draws for a name not yet taken, then the commune or a number to tell
        // it apart, as two homonymous bodies would be in a real file.
        DrawnName drawn;
        for (int attempt = 0; attempt < 8; ++attempt) {
            drawn = patternName(profile, attempt >= 4);
            if (!m_organisationKeys.contains(foldedKey(drawn.name)) || kind == Kind::Commune)
                break;
        }
        o.name = drawn.name;
        info.commune = drawn.commune;
        impliedField = drawn.field;
        if (m_organisationKeys.contains(foldedKey(o.name)) && !drawn.placed)
            o.name += QStringLiteral(" — ") + m_communes[info.commune].name;
        const QString base = o.name;
        for (int n = 2; m_organisationKeys.contains(foldedKey(o.name)); ++n)
            o.name = base + QLatin1Char(' ') + QString::number(n);
    }
    m_organisationKeys.insert(foldedKey(o.name));

    const CommuneInfo &place = m_communes.at(info.commune);
    o.typeId = m_typeIds[int(kind)];
    o.communeId = place.id;
    const int number = 1 + below(120);
    const QString &street = pick(m_streets);
    const QString &postcode = chance(50) ? place.postcode : place.otherPostcode;
    o.address
        = QStringLiteral("%1 %2, %3 %4").arg(QString::number(number), street, postcode, place.name);
    if (chance(90))
        o.phone = landline();

    info.emailDomain = known && known->emailDomain ? utf8(known->emailDomain)
                                                   : emailDomainFor(kind, o.name, info.commune);
    // The city's, the agglomeration's, the university's: one domain for many services.
    const bool sharedDomain = kind == Kind::School || kind == Kind::MunicipalService
        || (kind == Kind::University
            && (info.emailDomain == QLatin1String("uha.fr")
                || info.emailDomain == QLatin1String("ghrmsa.fr")));
    if (chance(92)) {
        if (kind == Kind::School) {
            // Schools are reached at their national code: 068 for the Haut-Rhin.
            const int code = below(10000);
            const QChar key = QLatin1Char(char('A' + below(26)));
            o.email = uniqueEmail(
                QStringLiteral("ce.068%1%2").arg(code, 4, 10, QLatin1Char('0')).arg(key),
                info.emailDomain);
        } else if (sharedDomain && (!known || kind == Kind::MunicipalService)) {
            // Each service has its own mailbox, after its name.
            QStringList words = significantWords(o.name);
            for (const char *generic : { "service", "direction", "ville" })
                words.removeAll(QLatin1String(generic));
            const QString local = words.mid(0, 2).join(QLatin1Char('.'));
            o.email = uniqueEmail(
                local.isEmpty() ? QStringLiteral("contact") : local, info.emailDomain);
        } else if (!info.emailDomain.isEmpty()) {
            o.email = uniqueEmail(pickText(demodata::organisationMailboxes()), info.emailDomain);
        } else {
            const QString compact = significantWords(o.name).mid(0, 3).join(QString());
            const QString &webmail = m_webmails.at(below(3));
            o.email = uniqueEmail(compact.isEmpty() ? QStringLiteral("contact") : compact, webmail);
        }
    }
    if (kind == Kind::Commune)
        o.website = QStringLiteral("www.%1.fr").arg(place.mailWord);
    else if (!info.emailDomain.isEmpty() && !sharedDomain && chance(60))
        o.website = QStringLiteral("www.") + info.emailDomain;
    if (chance(10))
        o.notes = withYears(pickText(demodata::organisationNotes()));

    if (known) {
        o.networkHead = known->networkHead;
    } else {
        switch (kind) {
        case Kind::EnvironmentAssociation:
        case Kind::NeighbourhoodAssociation:
        case Kind::SocialCentre:
        case Kind::SocialEconomy:
        case Kind::CitizenCouncil:
        case Kind::SocialLandlord:
        case Kind::University:
            o.networkHead = chance(6);
            break;
        default:
            break;
        }
    }
    o.municipalService = kind == Kind::MunicipalService;

    o.domainIds << m_domainIds[int(profile.field)];
    if (impliedField != demodata::noField && !o.domainIds.contains(m_domainIds[impliedField]))
        o.domainIds << m_domainIds[impliedField];
    if (chance(20)) {
        const qint64 other = m_domainIds[below(demodata::fieldCount)];
        if (!o.domainIds.contains(other))
            o.domainIds << other;
    }

    // Many drift out of touch (unless one of their people keeps in touch); they were in the
    // file before the year began.
    const bool municipal = kind == Kind::Commune || kind == Kind::MunicipalService;
    info.quiet = chance(o.networkHead ? 15 : municipal ? 30 : 55);
    const QDate created
        = addedOn(info.quiet ? m_yearStart.addDays(-1) : m_lastOrganisationAdded, o.networkHead);
    o.createdAt = momentOn(created);
    o.updatedAt = momentOn(std::min(created.addDays(below(400)), m_today));
    if (o.updatedAt < o.createdAt)
        o.updatedAt = o.createdAt;
    info.created = dayIndex(created);
    info.name = o.name;

    info.id = loader.addOrganisation(o);
    info.domainIds = o.domainIds;
    info.networkHead = o.networkHead;
    m_organisations << info;
}

void Generator::addContacts(BulkLoader &loader)
{
    // Everyone is first placed in a different organisation, so that few are left without
    // anybody to call.
    QList<int> order;
    for (qsizetype i = 0; i < m_organisations.size(); ++i)
        order << int(i);
    for (qsizetype i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[below(int(i) + 1)]);

    const QStringList thematicTags = utf8List(demodata::thematicTags());
    const QString council = utf8(demodata::councilTag);
    int placed = 0;
    m_contacts.reserve(m_options.contacts);
    // Written once the training has said who became a relay actor.
    QList<Contact> records;
    records.reserve(m_options.contacts);

    for (int i = 0; i < m_options.contacts; ++i) {
        Contact c;
        ContactInfo info;
        const int first = below(int(m_firstNames.size()));
        const bool feminine = m_feminine.at(first);
        c.civility = feminine ? Civility::Madam : Civility::Mister;
        c.firstName = m_firstNames.at(first);
        c.lastName = pick(m_lastNames);

        const bool member = !m_organisations.isEmpty() && chance(70);
        OrganisationInfo *organisation = nullptr;
        bool leads = false;
        if (member) {
            const int index
                = placed < order.size() ? order.at(placed) : below(int(m_organisations.size()));
            ++placed;
            organisation = &m_organisations[index];
            organisation->people << i;
            info.organisation = index;
            const QList<Role> &roles = m_roles[int(organisation->kind)];
            leads = organisation->members == 0 && chance(75);
            const Role &role = (leads || roles.size() == 1)
                ? roles.first()
                : roles.at(1 + below(int(roles.size()) - 1));
            c.memberships << Membership { organisation->id, QString(),
                feminine ? role.feminine : role.masculine };
            ++organisation->members;
            if (m_organisations.size() > 1 && chance(10)) {
                // Most often a volunteer of an association besides one's job.
                int otherIndex = below(int(m_organisations.size()));
                for (int attempt = 0;
                     attempt < 3 && !isAssociation(m_organisations[otherIndex].kind); ++attempt)
                    otherIndex = below(int(m_organisations.size()));
                OrganisationInfo &other = m_organisations[otherIndex];
                if (other.id != organisation->id) {
                    const QList<Role> &otherRoles = m_roles[int(other.kind)];
                    const Role &otherRole = otherRoles.size() == 1
                        ? otherRoles.first()
                        : otherRoles.at(1 + below(int(otherRoles.size()) - 1));
                    c.memberships << Membership { other.id, QString(),
                        feminine ? otherRole.feminine : otherRole.masculine };
                    ++other.members;
                    other.people << i;
                }
            }
            c.typeId = m_typeIds[int(organisation->kind)];
        } else {
            c.typeId = m_typeIds[int(Kind::Inhabitant)];
        }
        const int commune = organisation && chance(75) ? organisation->commune : pickCommune();
        c.communeId = m_communes.at(commune).id;
        info.commune = commune;

        if (organisation && !organisation->emailDomain.isEmpty()) {
            if (chance(92)) {
                const QString f = mailWord(c.firstName);
                const QString l = mailWord(c.lastName);
                const bool initial = organisation->kind != Kind::School && chance(20);
                const QString local = (initial ? f.left(1) : f) + QLatin1Char('.') + l;
                c.emails << uniqueEmail(local, organisation->emailDomain);
            }
            if (chance(12))
                c.emails << personalEmail(c.firstName, c.lastName);
        } else if (chance(organisation ? 85 : 88)) {
            c.emails << personalEmail(c.firstName, c.lastName);
        }

        if (organisation) {
            if (chance(65))
                c.phones << landline();
            if (chance(45) || (c.phones.isEmpty() && chance(70)))
                c.phones << mobile();
        } else {
            if (chance(75))
                c.phones << mobile();
            if (chance(25))
                c.phones << landline();
        }

        if (organisation) {
            c.domainIds = chance(60) ? organisation->domainIds : organisation->domainIds.mid(0, 1);
        } else if (chance(50)) {
            c.domainIds << m_domainIds[below(demodata::fieldCount)];
        }

        if (organisation)
            c.networkHead = (leads && organisation->networkHead) || chance(6);
        else
            c.networkHead = chance(3);

        // About a third have not been in touch this year: mostly the people of quiet
        // organisations and inhabitants; rarely those who relay to others. (Relay actors
        // are those who completed the training: planTraining() draws them among the
        // others.)
        int quietPercent = organisation ? (organisation->quiet ? 88 : 10) : 30;
        if (c.networkHead)
            quietPercent /= 3;
        info.active = !chance(quietPercent);
        // The quiet ones were in the file before the year began, or they would be new
        // rather than dormant.
        const QDate lastCreated = info.active ? m_lastContactAdded : m_yearStart.addDays(-1);
        const QDate created = addedOn(lastCreated, c.networkHead);
        c.createdAt = momentOn(created);
        c.updatedAt = momentOn(std::min(created.addDays(below(300)), m_today));
        if (c.updatedAt < c.createdAt)
            c.updatedAt = c.createdAt;
        info.created = dayIndex(created);

        const auto tag = [&](const QString &name) {
            if (!c.tagNames.contains(name))
                c.tagNames << name;
        };
        if (organisation) {
            if (chance(30))
                tag(m_serdTags[0]);
            if (chance(40))
                tag(m_serdTags[1]);
            if (chance(35))
                tag(council);
        }
        const int thematic = below(organisation ? 3 : 4) - (organisation ? 0 : 1);
        for (int t = 0; t < thematic; ++t) {
            const int theme = below(int(thematicTags.size()));
            tag(thematicTags.at(theme));
            info.themes |= 1u << theme;
        }

        // Trainees signed up in writing for the training (planTraining()); for the others
        // it varies.
        const int consent = below(100);
        if (consent < 85) {
            c.emailConsent.status = Consent::Given;
            c.emailConsent.date = std::min(created.addDays(below(15)), m_today);
            c.emailConsent.note = pickText(demodata::consentMethods());
        } else if (consent < 90) {
            c.emailConsent.status = Consent::Refused;
            c.emailConsent.date = std::min(created.addDays(below(15)), m_today);
            c.emailConsent.note = pickText(demodata::refusalMethods());
        }
        c.emailConsent.source = consentSourceGuessed(c.emailConsent.note);
        // Fewer agreed to letters, on the same form. Drawn from the name rather than from the
        // generator, so that the rest of the programme comes out as it did before post consent.
        if (c.emailConsent.agreed() && nameDraw(c.lastName + c.firstName) % 100 < 40)
            c.postConsent = c.emailConsent;
        if (chance(6))
            c.notes = withYears(pickText(demodata::contactNotes()));

        info.createdAt = c.createdAt;
        info.refused = c.emailConsent.status == Consent::Refused;
        for (int field = 0; field < demodata::fieldCount; ++field) {
            if (c.domainIds.contains(m_domainIds[field]))
                info.fields |= 1u << field;
        }
        info.networkHead = c.networkHead;
        info.inSerd = c.tagNames.contains(m_serdTags[0]) || c.tagNames.contains(m_serdTags[1]);
        info.inCouncil = c.tagNames.contains(council);
        m_contacts << info;
        records << c;
    }

    prepareProgrammes();
    planTraining(records);
    for (qsizetype i = 0; i < records.size(); ++i) {
        m_contacts[i].id = loader.addContact(records.at(i));
        records[i] = Contact();
    }
}

// ---- The year of interactions -----------------------------------------------------

// How much each day of the year brings the officer in touch with actors, and why: the
// routine of working days, the weeks around the councils, the build-up to the SERD, the
// SERD itself, the thanks after it and the partners' spring events.
void Generator::prepareCalendar()
{
    using demodata::Moment;
    for (int year = m_yearStart.year() - 1; year <= m_today.year(); ++year)
        m_events << Event { serdStart(year), serdEnd(year), true };
    for (int year = m_yearStart.year(); year <= m_today.year() + 1; ++year) {
        for (const int month : councilMonths) {
            const QDate day = councilDay(year, month);
            m_events << Event { day, day, false };
        }
    }

    for (int day = 0; day <= m_todayIndex; ++day) {
        const QDate date = dateOf(day);
        const bool working = isWorkingDay(date);
        const bool saturday = date.dayOfWeek() == 6;
        QList<DayMoment> moments;
        const auto add = [&](Moment moment, int event, int weight) {
            if (weight > 0)
                moments << DayMoment { moment, event, weight };
        };
        add(Moment::Routine, -1, working ? 100 : saturday ? 10 : 0);
        for (int e = 0; e < m_events.size(); ++e) {
            const Event &event = m_events.at(e);
            const int start = dayIndex(event.start);
            const int end = dayIndex(event.end);
            if (!event.serd) {
                // A council brings in touch about as many as it invites, fewer than the
                // whole file in a larger network.
                const double share = m_councilScale * 250.0 / std::max(m_options.contacts, 250);
                if (working && day >= start - 24 && day < start)
                    add(Moment::CouncilInvitation, e, int(std::lround(140 * share)));
                if (working && day > start && day <= start + 14)
                    add(Moment::CouncilAftermath, e,
                        int(std::lround(160 * (16 - (day - start)) / 16 * share)));
                continue;
            }
            // The call for projects from September, then the preparation picks up as the
            // week comes near.
            const int call = dayIndex(QDate(event.start.year(), 9, 10));
            const int preparation = start - 35;
            if (working && day >= call && day < preparation)
                add(Moment::SerdCall, e, 80);
            if (working && day >= preparation && day < start) {
                const qint64 done = day - preparation;
                add(Moment::SerdPreparation, e, int(100 + 300 * done * done / (35 * 35)));
            }
            if (day >= start && day <= end)
                add(Moment::SerdWeek, e, working || saturday ? 400 : 150);
            if (working && day > end && day <= end + 35)
                add(Moment::SerdThanks, e, 250 * (40 - (day - end)) / 40);
        }
        if (date >= QDate(date.year(), 4, 1) && date <= QDate(date.year(), 6, 20))
            add(Moment::SpringActions, -1, working ? 50 : saturday ? 120 : 0);

        // Summer and the end of the year are quiet.
        int percent = 100;
        if (date.month() == 8)
            percent = 35;
        else if ((date.month() == 12 && date.day() >= 24) || (date.month() == 1 && date.day() <= 2))
            percent = 15;
        qint64 total = 0;
        for (DayMoment &moment : moments) {
            moment.weight = moment.weight * percent / 100;
            total += moment.weight;
        }
        m_days << moments;
        m_dayTotals << (m_dayTotals.isEmpty() ? 0 : m_dayTotals.last()) + total;
    }

    const auto topics = demodata::topics();
    for (size_t i = 0; i < topics.size(); ++i)
        m_topics[int(topics[i].moment)] << int(i);
}

// Network heads and relays are those the officer calls most; council regulars and SERD
// organisers come first when their season comes.
void Generator::preparePools()
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        const ContactInfo &contact = m_contacts.at(i);
        if (!contact.active)
            continue;
        int weight = 10;
        if (contact.networkHead)
            weight *= 3;
        if (contact.relayActor)
            weight = weight * 5 / 2;
        if (contact.organisation < 0)
            weight = weight * 6 / 10;
        else if (m_organisations.at(contact.organisation).networkHead)
            weight = weight * 13 / 10;
        m_everyone.add(i, weight);
        // Those who refused to be contacted are not invited.
        m_councilPeople.add(i,
            contact.refused
                ? 0
                : weight * (contact.inCouncil ? 3 : 1) * (contact.networkHead ? 3 : 2) / 2);
        m_serdPeople.add(i, weight * (contact.inSerd ? 3 : 1) * (contact.relayActor ? 3 : 2) / 2);
    }
    m_structures.ofOrganisations = true;
    for (int i = 0; i < m_organisations.size(); ++i) {
        const OrganisationInfo &organisation = m_organisations.at(i);
        if (organisation.quiet)
            continue;
        const bool municipal
            = organisation.kind == Kind::Commune || organisation.kind == Kind::MunicipalService;
        m_structures.add(i, 10 * (organisation.networkHead ? 3 : 1) * (municipal ? 3 : 2) / 2);
    }
}

// A day from `from` to today, as busy days are more likely; -1 when none is left.
int Generator::drawDay(int from)
{
    from = std::max(0, from);
    if (from > m_todayIndex)
        return -1;
    const qint64 before = from > 0 ? m_dayTotals.at(from - 1) : 0;
    const qint64 total = m_dayTotals.last() - before;
    if (total <= 0)
        return -1;
    const qint64 drawn = before + m_rng.bounded(total);
    return int(
        std::upper_bound(m_dayTotals.cbegin(), m_dayTotals.cend(), drawn) - m_dayTotals.cbegin());
}

const DayMoment &Generator::drawMoment(int day)
{
    const QList<DayMoment> &moments = m_days.at(day);
    int total = 0;
    for (const DayMoment &moment : moments)
        total += moment.weight;
    int drawn = below(total);
    for (const DayMoment &moment : moments) {
        if (drawn < moment.weight)
            return moment;
        drawn -= moment.weight;
    }
    return moments.last();
}

// An actor already in the file on that day; -1 when a few draws find none.
int Generator::drawFrom(const Pool &pool, int createdBy)
{
    if (pool.isEmpty())
        return -1;
    for (int attempt = 0; attempt < 10; ++attempt) {
        const qint64 drawn = m_rng.bounded(pool.totals.last());
        const int member
            = pool.members.at(std::upper_bound(pool.totals.cbegin(), pool.totals.cend(), drawn)
                - pool.totals.cbegin());
        const int created = pool.ofOrganisations ? m_organisations.at(member).created
                                                 : m_contacts.at(member).created;
        if (created <= createdBy)
            return member;
    }
    return -1;
}

void Generator::planYear()
{
    using demodata::Moment;
    if (m_days.isEmpty())
        return;
    // Everyone in touch this year is, at least once…
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (!m_contacts.at(i).active)
            continue;
        const int day = drawDay(m_contacts.at(i).created);
        if (day < 0)
            continue;
        About about;
        about.contact = i;
        planInteraction(day, drawMoment(day), about);
    }
    for (int i = 0; i < m_organisations.size(); ++i) {
        const OrganisationInfo &organisation = m_organisations.at(i);
        if (organisation.quiet
            || std::any_of(organisation.people.cbegin(), organisation.people.cend(),
                [&](int person) { return m_contacts.at(person).active; }))
            continue;
        const int day = drawDay(organisation.created);
        if (day < 0)
            continue;
        About about;
        about.organisation = i;
        planInteraction(day, drawMoment(day), about);
    }

    // …and as the year's moments bring them, about 1.5 per contact before the follow-ups.
    static constexpr int organisationAlonePercent[demodata::momentCount]
        = { 25, 15, 15, 20, 20, 25, 25, 30 };
    const int target = int(std::lround(1.5 * m_options.contacts));
    int planned = int(m_interactions.size());
    for (int attempt = 0; planned < target && attempt < 4 * target; ++attempt) {
        const int day = drawDay(0);
        if (day < 0)
            break;
        const DayMoment &moment = drawMoment(day);
        About about;
        if (chance(organisationAlonePercent[int(moment.moment)]) || m_everyone.isEmpty()) {
            about.organisation = drawFrom(m_structures, day);
            if (about.organisation < 0)
                continue;
        } else {
            const Pool &pool = moment.moment == Moment::CouncilInvitation
                    || moment.moment == Moment::CouncilAftermath
                ? m_councilPeople
                : moment.moment == Moment::SerdCall || moment.moment == Moment::SerdPreparation
                    || moment.moment == Moment::SerdWeek || moment.moment == Moment::SerdThanks
                ? m_serdPeople
                : m_everyone;
            about.contact = drawFrom(pool, day);
            if (about.contact < 0)
                continue;
        }
        if (planInteraction(day, moment, about) >= 0)
            ++planned;
    }

    // Follow-ups planned for many at once: thanking the last SERD's organisers, inviting
    // network heads to the next council, sending the year's report to the main partners.
    int lastSerd = -1;
    int nextCouncil = -1;
    for (int e = 0; e < m_events.size(); ++e) {
        const Event &event = m_events.at(e);
        if (event.serd && event.start.year() == m_lastSerd)
            lastSerd = e;
        if (!event.serd && event.start > m_today
            && (nextCouncil < 0 || event.start < m_events.at(nextCouncil).start))
            nextCouncil = e;
    }
    const auto people = [&](const Pool &pool, int count, int by, bool headsOnly) {
        QList<About> with;
        QSet<int> taken;
        for (int attempt = 0; with.size() < count && attempt < 6 * count; ++attempt) {
            const int drawn = drawFrom(pool, by);
            if (drawn < 0 || taken.contains(drawn)
                || (headsOnly && !pool.ofOrganisations && !m_contacts.at(drawn).networkHead)
                || (headsOnly && pool.ofOrganisations && !m_organisations.at(drawn).networkHead))
                continue;
            taken.insert(drawn);
            About about;
            (pool.ofOrganisations ? about.organisation : about.contact) = drawn;
            with << about;
        }
        return with;
    };
    const int contacts = int(m_contacts.size());
    if (lastSerd >= 0) {
        const int end = dayIndex(m_events.at(lastSerd).end);
        const int day = std::min(end, m_todayIndex);
        planTogether(demodata::serdThanks, lastSerd, day, nextWorkingDay(end + 10),
            people(m_serdPeople, std::max(3, contacts / 30), day, false));
        const int reportDay = std::min(end + 14, m_todayIndex);
        const int due = nextWorkingDay(dayIndex(QDate(m_lastSerd + 1, 1, 31)));
        planTogether(demodata::annualReport, lastSerd, reportDay, due,
            people(m_structures, std::max(2, int(m_organisations.size()) / 15), reportDay, true));
    }
    if (nextCouncil >= 0) {
        const int due = nextWorkingDay(dayIndex(m_events.at(nextCouncil).start) - 21);
        const int day = std::clamp(due - 14, 0, m_todayIndex);
        planTogether(demodata::councilInvitation, nextCouncil, day, due,
            people(m_councilPeople, std::max(3, contacts / 40), day, true));
    }

    keepSomeDueSoon();
}

int Generator::nextWorkingDay(int day) const
{
    while (!isWorkingDay(dateOf(day)))
        ++day;
    return day;
}

// A working day after today and by Sunday (after Sunday when there is none left).
int Generator::dayLeftThisWeek()
{
    const int sunday = m_todayIndex + 7 - m_today.dayOfWeek();
    const int day
        = sunday > m_todayIndex ? m_todayIndex + 1 + below(sunday - m_todayIndex) : sunday;
    const int working = nextWorkingDay(day);
    return working <= sunday ? working : nextWorkingDay(m_todayIndex + 1);
}

// Returns the interaction's index, -1 when no topic suits the actors.
int Generator::planInteraction(int day, const DayMoment &drawn, About about)
{
    using demodata::Moment;
    DayMoment moment = drawn;
    // A council is only spoken of with those who could be invited to it; the others are
    // in touch for the routine of the day.
    const bool council
        = moment.moment == Moment::CouncilInvitation || moment.moment == Moment::CouncilAftermath;
    const QDate councilDate = council ? m_events.at(moment.event).start : QDate();
    if (council && about.contact >= 0 && !mayBeInvited(about.contact, councilDate))
        moment = DayMoment { Moment::Routine, -1, moment.weight };
    const bool aboutCouncil = council && moment.moment == drawn.moment;
    const auto topics = demodata::topics();
    const QList<int> &candidates = m_topics[int(moment.moment)];
    if (candidates.isEmpty())
        return -1;
    // The organisation the texts may name: the one in touch, or the person's own, if it
    // was in the file by then.
    int organisation = about.organisation;
    if (organisation < 0 && about.contact >= 0) {
        organisation = m_contacts.at(about.contact).organisation;
        if (organisation >= 0 && m_organisations.at(organisation).created > day)
            organisation = -1;
    }
    int topic = pick(candidates);
    for (int attempt = 0;
         attempt < 4 && topics[size_t(topic)].needsOrganisation && organisation < 0; ++attempt)
        topic = pick(candidates);
    if (topics[size_t(topic)].needsOrganisation && organisation < 0) {
        const auto plain = std::find_if(candidates.cbegin(), candidates.cend(),
            [&](int t) { return !topics[size_t(t)].needsOrganisation; });
        if (plain == candidates.cend())
            return -1;
        topic = *plain;
    }
    const demodata::Topic &chosen = topics[size_t(topic)];
    // A person is often met as part of their organisation, sometimes with a colleague.
    if (about.organisation < 0 && organisation >= 0 && (chosen.needsOrganisation || chance(50)))
        about.organisation = organisation;
    if (about.contact >= 0 && about.organisation >= 0 && chance(12)) {
        const QList<int> &people = m_organisations.at(about.organisation).people;
        for (int attempt = 0; attempt < 3 && about.colleague < 0; ++attempt) {
            const int other = pick(people);
            if (other != about.contact && m_contacts.at(other).active
                && m_contacts.at(other).created <= day
                && (!aboutCouncil || mayBeInvited(other, councilDate)))
                about.colleague = other;
        }
    }
    about.event = moment.event;
    about.action = below(int(demodata::serdActions().size()));

    PlannedInteraction interaction;
    interaction.day = day;
    interaction.second = officeSecond();
    interaction.topic = topic;
    interaction.about = about;
    QList<demodata::Channel> channels;
    for (int c = 0; c < demodata::channelCount; ++c) {
        if (chosen.channels & (1u << unsigned(c)))
            channels << demodata::Channel(c);
    }
    interaction.channel = pick(channels);
    if (below(100) < chosen.staffPercent) {
        interaction.staff = chosen.staff;
    } else {
        const int who = below(100);
        interaction.staff = who < 88 ? demodata::Staff::Officer
            : who < 96               ? demodata::Staff::Assistant
                                     : demodata::Staff::Intern;
    }
    if (chosen.noted && chance(40))
        interaction.note = below(int(demodata::interactionNotes(moment.moment).size()));
    const int index = int(m_interactions.size());
    m_interactions << interaction;
    if (chosen.followUp && chance(45))
        planFollowUp(index);
    return index;
}

void Generator::planFollowUp(int interaction)
{
    const PlannedInteraction from = m_interactions.at(interaction);
    const demodata::Topic &topic = demodata::topics()[size_t(from.topic)];
    PlannedFollowUp followUp;
    followUp.planned = interaction;
    followUp.day = from.day;
    followUp.second = from.second;
    followUp.topic = from.topic;
    followUp.about = from.about;
    followUp.staff = from.staff;
    const int delay = std::max(1, topic.followUpDays * (60 + below(91)) / 100);
    followUp.due = nextWorkingDay(from.day + delay);
    // What was planned in the last weeks falls due around now.
    const int sunday = m_todayIndex + 7 - m_today.dayOfWeek();
    if (followUp.due > m_todayIndex && from.day < m_todayIndex && m_todayIndex - from.day <= 21) {
        const int drawn = below(100);
        if (drawn < 15 && isWorkingDay(m_today))
            followUp.due = m_todayIndex;
        else if (drawn < 40 && sunday > m_todayIndex)
            followUp.due = std::min(followUp.due, dayLeftThisWeek());
    }
    const int index = int(m_followUps.size());
    settle(followUp, index, topic.doneChannel);
    m_followUps << followUp;
}

void Generator::planTogether(
    const demodata::PlannedTogether &what, int event, int day, int due, const QList<About> &with)
{
    for (About about : with) {
        about.event = event;
        PlannedFollowUp followUp;
        followUp.day = day;
        followUp.second = officeSecond();
        followUp.due = due;
        followUp.together = &what;
        followUp.about = about;
        const int index = int(m_followUps.size());
        settle(followUp, index, what.doneChannel);
        m_followUps << followUp;
    }
}

// Whether a follow-up due by today was done, and the interaction that did it: most
// are, on the day or a little after; the longer overdue, the likelier it was.
void Generator::settle(PlannedFollowUp &followUp, int index, demodata::Channel channel)
{
    if (followUp.due >= m_todayIndex)
        return;
    const int late = m_todayIndex - followUp.due;
    if (chance(late <= 14 ? 45 : late <= 45 ? 28 : 8))
        return;
    int day = followUp.due + below(std::min(7, late) + 1);
    for (int next = day; next <= m_todayIndex; ++next) {
        if (isWorkingDay(dateOf(next))) {
            day = next;
            break;
        }
    }
    PlannedInteraction done;
    done.day = day;
    done.second = officeSecond();
    done.topic = followUp.topic;
    done.followUp = index;
    done.about = followUp.about;
    done.channel = channel;
    done.staff = followUp.staff;
    followUp.done = int(m_interactions.size());
    m_interactions << done;
}

// Some open follow-ups are due today (a working day) and in the rest of the week,
// whatever the draws: brought forward from later, or else put off from the past.
void Generator::keepSomeDueSoon()
{
    const int sunday = m_todayIndex + 7 - m_today.dayOfWeek();
    int today = 0;
    int thisWeek = 0;
    for (const PlannedFollowUp &followUp : std::as_const(m_followUps)) {
        if (followUp.done >= 0)
            continue;
        if (followUp.due == m_todayIndex)
            ++today;
        else if (followUp.due > m_todayIndex && followUp.due <= sunday)
            ++thisWeek;
    }
    const int contacts = int(m_contacts.size());
    const int wantedToday = isWorkingDay(m_today) ? std::max(2, contacts / 125) : 0;
    const int wantedThisWeek
        = nextWorkingDay(m_todayIndex + 1) <= sunday ? std::max(3, contacts / 80) : 0;
    for (const bool fromLater : { true, false }) {
        for (PlannedFollowUp &followUp : m_followUps) {
            if (today >= wantedToday && thisWeek >= wantedThisWeek)
                return;
            const bool movable = fromLater ? followUp.due > sunday : followUp.due < m_todayIndex;
            if (!movable || followUp.done >= 0 || followUp.day >= m_todayIndex || followUp.together)
                continue;
            if (today < wantedToday) {
                followUp.due = m_todayIndex;
                ++today;
            } else {
                followUp.due = dayLeftThisWeek();
                ++thisWeek;
            }
        }
    }
}

// The demo's texts with their actors, place, SERD action and dates put in.
QString Generator::filled(const char *text, const About &about) const
{
    QString result = utf8(text);
    if (!result.contains(QLatin1Char('{')))
        return result;
    int organisation = about.organisation;
    if (organisation < 0 && about.contact >= 0)
        organisation = m_contacts.at(about.contact).organisation;
    const int commune = organisation >= 0 ? m_organisations.at(organisation).commune
        : about.contact >= 0              ? m_contacts.at(about.contact).commune
                                          : m_mulhouse;
    if (organisation >= 0)
        result.replace(QLatin1String("{o}"), m_organisations.at(organisation).name);
    result.replace(QLatin1String("{dc}"), m_communes.at(commune).ofName);
    result.replace(QLatin1String("{c}"), m_communes.at(commune).name);
    result.replace(QLatin1String("{t}"), utf8(demodata::serdActions()[size_t(about.action)]));
    if (about.event >= 0) {
        const QDate date = m_events.at(about.event).start;
        const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
        result.replace(QLatin1String("{d}"),
            day + QLatin1Char(' ') + utf8(demodata::monthNames()[size_t(date.month() - 1)]));
        result.replace(QLatin1String("{y}"), QString::number(date.year()));
    }
    return result;
}

QList<ActorRef> Generator::actorsOf(const About &about) const
{
    QList<ActorRef> actors;
    if (about.contact >= 0)
        actors << ActorRef::contact(m_contacts.at(about.contact).id);
    if (about.colleague >= 0)
        actors << ActorRef::contact(m_contacts.at(about.colleague).id);
    if (about.organisation >= 0)
        actors << ActorRef::organisation(m_organisations.at(about.organisation).id);
    return actors;
}

// Written in the order they happened, as the officer would have logged them; each
// follow-up after the interactions it points at.
void Generator::addYear(BulkLoader &loader)
{
    const auto topics = demodata::topics();
    const auto moment = [&](int day, int second) {
        return QDateTime(dateOf(day), QTime::fromMSecsSinceStartOfDay(second * 1000), Qt::UTC);
    };
    const auto inOrder = [](const auto &items) {
        QList<int> order(items.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return std::pair(items[a].day, items[a].second)
                < std::pair(items[b].day, items[b].second);
        });
        return order;
    };

    for (const int index : inOrder(m_interactions)) {
        PlannedInteraction &planned = m_interactions[index];
        Interaction interaction;
        interaction.date = dateOf(planned.day);
        interaction.kindId = m_kindIds[int(planned.channel)];
        interaction.staffId = m_staffIds[int(planned.staff)];
        if (planned.followUp >= 0) {
            const PlannedFollowUp &followUp = m_followUps.at(planned.followUp);
            interaction.subject = filled(
                followUp.together ? followUp.together->done : topics[size_t(followUp.topic)].done,
                planned.about);
        } else {
            const demodata::Topic &topic = topics[size_t(planned.topic)];
            interaction.subject = filled(topic.subject, planned.about);
            if (planned.note >= 0)
                interaction.note = filled(
                    demodata::interactionNotes(topic.moment)[size_t(planned.note)], planned.about);
        }
        interaction.actors = actorsOf(planned.about);
        interaction.createdAt = moment(planned.day, planned.second);
        interaction.updatedAt = interaction.createdAt;
        planned.id = loader.addInteraction(interaction);
    }

    for (const int index : inOrder(m_followUps)) {
        const PlannedFollowUp &planned = m_followUps.at(index);
        FollowUp followUp;
        followUp.due = dateOf(planned.due);
        followUp.action = filled(
            planned.together ? planned.together->action : topics[size_t(planned.topic)].followUp,
            planned.about);
        followUp.staffId = m_staffIds[int(planned.staff)];
        if (planned.planned >= 0)
            followUp.interactionId = m_interactions.at(planned.planned).id;
        followUp.actors = actorsOf(planned.about);
        followUp.createdAt = moment(planned.day, planned.second);
        followUp.updatedAt = followUp.createdAt;
        if (planned.done >= 0) {
            const PlannedInteraction &done = m_interactions.at(planned.done);
            followUp.doneOn = dateOf(done.day);
            followUp.doneInteractionId = done.id;
            followUp.updatedAt = moment(done.day, done.second);
        }
        loader.addFollowUp(followUp);
    }
}

// ---- The meetings of the programme ----------------------------------------------

// In the file before the day of the meeting, and not opposed to being contacted.
bool Generator::mayBeInvited(int contact, const QDate &meeting) const
{
    const ContactInfo &info = m_contacts.at(contact);
    return !info.refused && info.created < dayIndex(meeting);
}

// Being at a meeting is being in touch: those out of touch for the past year came to none
// of its meetings.
bool Generator::mayAttend(int contact, const QDate &meeting) const
{
    return meeting < m_yearStart || m_contacts.at(contact).active;
}

QDateTime Generator::localMoment(const QDate &day, const QTime &time) const
{
    return QDateTime(day, time, m_zone).toUTC();
}

// A working day from Monday to Thursday with no other meeting nor training session, away
// from the councils, the SERD, the summer and the end of the year.
bool Generator::isFreeForMeeting(const QDate &day) const
{
    if (!isWorkingDay(day) || day.dayOfWeek() == 5 || day.month() == 8
        || (day.month() == 7 && day.day() > 10) || (day.month() == 12 && day.day() > 18)
        || (day.month() == 1 && day.day() < 7))
        return false;
    if (day >= serdStart(day.year()).addDays(-2) && day <= serdEnd(day.year()))
        return false;
    for (const int month : councilMonths) {
        if (std::abs(councilDay(day.year(), month).daysTo(day)) <= 2)
            return false;
    }
    return m_busyDays.value(day) < m_programmes;
}

QDate Generator::meetingDayBetween(const QDate &from, const QDate &to)
{
    for (int attempt = 0; attempt < 30; ++attempt) {
        const QDate day = dayBetween(from, to);
        if (isFreeForMeeting(day))
            return day;
    }
    QDate day = from;
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

// {m} "mars", {dm} "de mars" / "d'octobre", {y} the meeting's year, {prev} the year before.
QString Generator::meetingText(const char *text, const QDate &date) const
{
    QString result = utf8(text);
    const QString month = utf8(demodata::monthNames()[size_t(date.month() - 1)]);
    result.replace(QLatin1String("{dm}"),
        (startsWithVowel(month) ? QStringLiteral("d'") : QStringLiteral("de ")) + month);
    result.replace(QLatin1String("{m}"), month);
    result.replace(QLatin1String("{prev}"), QString::number(date.year() - 1));
    result.replace(QLatin1String("{y}"), QString::number(date.year()));
    return result;
}

// The morning and the afternoon suit professionals, the evening volunteers and inhabitants.
constexpr std::pair<int, int> meetingSlots[]
    = { { 9 * 60 + 30, 12 * 60 }, { 14 * 60, 16 * 60 + 30 }, { 18 * 60, 20 * 60 } };
constexpr int morning = 0;
constexpr int afternoon = 1;
constexpr int evening = 2;

// Entered in the file a few weeks before the invitations go out, `noticeDays` before it;
// edited once more after it was held (the attendance, the report).
PlannedMeeting Generator::newMeeting(demodata::MeetingKind kind, const QDate &date, int slot,
    const demodata::MeetingText &text, int noticeDays)
{
    PlannedMeeting meeting;
    meeting.kind = kind;
    meeting.date = date;
    meeting.starts = QTime(0, 0).addSecs(meetingSlots[slot].first * 60);
    meeting.ends = QTime(0, 0).addSecs(meetingSlots[slot].second * 60);
    meeting.title = meetingText(text.title, date);
    meeting.themes = meetingText(text.themes, date);
    meeting.description = meetingText(text.description, date);
    meeting.staff << demodata::Staff::Officer;

    QDate sent = std::max(date.addDays(-noticeDays), m_programmeStart);
    while (!isWorkingDay(sent) && sent < date.addDays(-1))
        sent = sent.addDays(1);
    const QDate entered = std::clamp(sent.addDays(-7 - below(21)), m_programmeStart, m_today);
    meeting.created = momentOn(std::min(entered, sent));
    meeting.sent = std::max(momentOn(sent), meeting.created.addSecs(1800));
    meeting.updated = meeting.created;
    if (date < m_today) {
        QDate after = date.addDays(1 + below(3));
        while (!isWorkingDay(after))
            after = after.addDays(1);
        meeting.updated = momentOn(std::min(after, m_today));
    }
    return meeting;
}

void Generator::placeIn(PlannedMeeting &meeting, std::span<const demodata::Venue> venues)
{
    const demodata::Venue &venue = pick(venues);
    meeting.place = utf8(venue.place);
    const QString commune = utf8(venue.commune);
    for (qsizetype i = 0; i < m_communes.size(); ++i) {
        if (m_communes.at(i).name == commune)
            meeting.commune = int(i);
    }
}

// `count` of the candidates (or all of them), drawn without replacement each as likely as
// its weight, in the order drawn; those of weight 0 never are.
QList<int> Generator::drawWeighted(const QList<std::pair<int, double>> &candidates, int count)
{
    // Efraimidis and Spirakis: the largest keys u^(1/weight), here as their logarithms.
    QList<std::pair<double, int>> keys;
    keys.reserve(candidates.size());
    for (const auto &[member, weight] : candidates) {
        if (weight > 0)
            keys.append({ std::log(1.0 - m_rng.generateDouble()) / weight, member });
    }
    count = std::clamp(count, 0, int(keys.size()));
    std::partial_sort(keys.begin(), keys.begin() + count, keys.end(), std::greater<>());
    QList<int> drawn;
    drawn.reserve(count);
    for (int i = 0; i < count; ++i)
        drawn << keys.at(i).second;
    return drawn;
}

QList<int> Generator::drawInvitees(const QList<int> &people, const QDate &date, int count,
    const QSet<int> &excluded, const auto &weight)
{
    QList<std::pair<int, double>> candidates;
    for (const int i : people) {
        if (mayBeInvited(i, date) && !excluded.contains(i))
            candidates.append({ i, weight(i) });
    }
    return drawWeighted(candidates, count);
}

// present, excused: shares of the invitees; absent: of those who registered and came.
// Drawn one after the other here, walk-ins first: as arguments of one call, the draws
// came in the order each compiler evaluates arguments (GCC from the last, clang from
// the first), and the same seed gave another demo file with each.
Turnout Generator::turnout(int invited, const TurnoutDraw &draw)
{
    const int walkIns = below(draw.walkInsBelow);
    const int unannounced = below(draw.unannouncedBelow);
    const double absent = between(draw.absent.first, draw.absent.second);
    const double excused = between(draw.excused.first, draw.excused.second);
    const double present = between(draw.present.first, draw.present.second);
    Turnout turnout;
    const int came = int(std::lround(invited * present));
    turnout.walkIns = walkIns;
    turnout.unannounced = std::min(unannounced, came / 4);
    turnout.present = came + walkIns;
    turnout.absent = int(std::lround((came - turnout.unannounced) * absent));
    turnout.excused
        = std::clamp(int(std::lround(invited * excused)), 0, invited - came - turnout.absent);
    return turnout;
}

// Who of the invitees registered and came (or did not), came unannounced, excused
// themselves or never answered, and when, as `turnout` says once the meeting is held;
// before it, only the answers given by today. What the interactions said comes first;
// the most assiduous come, and excuse themselves, more than the others.
void Generator::settleInvitations(PlannedMeeting &meeting, const QList<int> &invitees,
    const Turnout &turnout, const QMap<int, CouncilMention> &mentions, const auto &assiduity)
{
    using demodata::AtCouncil;
    enum class Fate { NoAnswer, Came, CameUnannounced, Absent, Excused };
    const QDate day = meeting.date;
    const qsizetype count = invitees.size();
    QList<Fate> fates(count, Fate::NoAnswer);

    for (qsizetype i = 0; i < count; ++i) {
        const auto said = mentions.constFind(invitees.at(i));
        if (said == mentions.cend())
            continue;
        const bool attends = mayAttend(invitees.at(i), day);
        switch (said->at) {
        case AtCouncil::Invited:
            break;
        case AtCouncil::Registered:
            fates[i] = attends && chance(80) ? Fate::Came : Fate::Absent;
            break;
        case AtCouncil::Excused:
            fates[i] = Fate::Excused;
            break;
        case AtCouncil::Present:
            if (attends)
                fates[i] = Fate::Came;
            break;
        }
    }
    const auto fill = [&](Fate fate, int wanted, bool attending, bool byAssiduity) {
        wanted -= int(std::count(fates.cbegin(), fates.cend(), fate));
        if (wanted <= 0)
            return;
        QList<std::pair<int, double>> candidates;
        for (qsizetype i = 0; i < count; ++i) {
            const int contact = invitees.at(i);
            if (fates.at(i) == Fate::NoAnswer && (!attending || mayAttend(contact, day)))
                candidates.append({ int(i), byAssiduity ? assiduity(contact) : 1.0 });
        }
        for (const int i : drawWeighted(candidates, wanted))
            fates[i] = fate;
    };
    fill(Fate::Came, turnout.present - turnout.walkIns - turnout.unannounced, true, true);
    fill(Fate::Absent, turnout.absent, false, false);
    fill(Fate::Excused, turnout.excused, false, true);
    fill(Fate::CameUnannounced, turnout.unannounced, true, true);

    // Registrations in the two weeks before, excuses in the last days (some on the day),
    // the attendance sheet signed on arrival and checked at the end.
    const bool held = day < m_today;
    const bool sent = meeting.sent.date() <= m_today;
    const QDateTime opening = localMoment(day, meeting.starts);
    const auto arrival = [&] { return opening.addSecs(60 * (below(30) - 15)); };
    const auto departure = [&] { return localMoment(day, meeting.ends).addSecs(60 * below(45)); };
    for (qsizetype i = 0; i < count; ++i) {
        const int contact = invitees.at(i);
        // When they answered, if the interactions say it.
        const auto said = mentions.constFind(contact);
        const bool saidSo = said != mentions.cend() && said->when < opening
            && (said->at == AtCouncil::Excused) == (fates.at(i) == Fate::Excused)
            && said->at != AtCouncil::Invited;
        // On the list from the invitations on, or from the day they were added to it.
        const QDateTime listed = std::max(sent ? meeting.sent : meeting.created,
            m_contacts.at(contact).createdAt.addSecs(600 + below(3600)));
        PlannedInvitation invitation;
        invitation.contact = contact;
        invitation.changed = listed;
        const Fate fate = fates.at(i);
        QDateTime answer;
        if (fate == Fate::Came || fate == Fate::Absent) {
            answer = saidSo ? said->when : momentOn(day.addDays(-1 - below(14)));
        } else if (fate == Fate::Excused) {
            if (saidSo)
                answer = said->when;
            else if (chance(15))
                answer = opening.addSecs(-60 * (30 + below(90)));
            else
                answer = momentOn(day.addDays(-1 - below(7)));
        }
        if (answer.isValid())
            answer = std::max(answer, listed);
        if (held) {
            switch (fate) {
            case Fate::NoAnswer:
                break;
            case Fate::Came:
            case Fate::CameUnannounced:
                invitation.status = AttendanceStatus::Present;
                invitation.changed = arrival();
                break;
            case Fate::Absent:
                invitation.status = AttendanceStatus::Absent;
                invitation.changed = departure();
                break;
            case Fate::Excused:
                invitation.status = AttendanceStatus::Excused;
                invitation.changed = answer;
                break;
            }
        } else if (sent && answer.isValid() && answer.date() <= m_today) {
            invitation.status
                = fate == Fate::Excused ? AttendanceStatus::Excused : AttendanceStatus::Registered;
            invitation.changed = answer;
        }
        meeting.invitations << invitation;
    }

    // And a few who came without having been invited, more often inhabitants.
    if (!held || turnout.walkIns <= 0 || m_contacts.isEmpty())
        return;
    QSet<int> listed(invitees.cbegin(), invitees.cend());
    int walkIns = 0;
    for (int attempt = 0; walkIns < turnout.walkIns && attempt < 60 * turnout.walkIns; ++attempt) {
        const int contact = below(int(m_contacts.size()));
        if (listed.contains(contact) || !mayBeInvited(contact, day) || !mayAttend(contact, day)
            || (m_contacts.at(contact).organisation >= 0 && chance(50)))
            continue;
        listed.insert(contact);
        meeting.invitations << PlannedInvitation { contact, AttendanceStatus::Present, true,
            arrival() };
        ++walkIns;
    }
}

// What the year's interactions say of who was at which council, by its date: invited,
// registered, excused or there, and when it was said.
QMap<QDate, QMap<int, CouncilMention>> Generator::councilMentions()
{
    using demodata::AtCouncil;
    using demodata::Moment;
    const auto topics = demodata::topics();
    QMap<QDate, QMap<int, CouncilMention>> mentions;
    const auto mention
        = [](QMap<int, CouncilMention> &of, int contact, AtCouncil at, const QDateTime &when) {
              CouncilMention &known = of[contact];
              if (!known.when.isValid() || at > known.at || (at == known.at && when > known.when))
                  known = CouncilMention { at, when };
          };
    for (const PlannedInteraction &planned : std::as_const(m_interactions)) {
        const About &about = planned.about;
        // Only the council moments' topics, and what was done about them, have a council.
        if (about.event < 0 || m_events.at(about.event).serd)
            continue;
        AtCouncil at = AtCouncil::Invited;
        if (planned.followUp < 0) {
            const demodata::Topic &topic = topics[size_t(planned.topic)];
            if (topic.moment != Moment::CouncilInvitation
                && topic.moment != Moment::CouncilAftermath)
                continue;
            at = topic.atCouncil;
        }
        const QDate date = m_events.at(about.event).start;
        const QDateTime when(
            dateOf(planned.day), QTime::fromMSecsSinceStartOfDay(planned.second * 1000), Qt::UTC);
        QMap<int, CouncilMention> &of = mentions[date];
        bool someone = false;
        for (const int person : { about.contact, about.colleague }) {
            if (person >= 0 && mayBeInvited(person, date)) {
                mention(of, person, at, when);
                someone = true;
            }
        }
        // An organisation given the floor or thanked was there through one of its people.
        if (!someone && about.organisation >= 0 && at != AtCouncil::Invited) {
            for (const int person : m_organisations.at(about.organisation).people) {
                if (mayBeInvited(person, date)
                    && (at != AtCouncil::Present || mayAttend(person, date))) {
                    mention(of, person, at, when);
                    break;
                }
            }
        }
    }
    return mentions;
}

// Each person belongs to one local programme, with the people of their organisation.
void Generator::prepareProgrammes()
{
    m_programmePeople = QList<QList<int>>(m_programmes);
    for (int i = 0; i < m_contacts.size(); ++i)
        m_programmePeople[programmeOf(i)] << i;
}

int Generator::programmeOf(int contact) const
{
    const int organisation = m_contacts.at(contact).organisation;
    return (organisation >= 0 ? organisation : contact) % m_programmes;
}

void Generator::keepMeeting(const PlannedMeeting &meeting)
{
    ++m_busyDays[meeting.date];
    m_meetings << meeting;
}

void Generator::planMeetings()
{
    planCouncils(councilMentions());
    planWorkshops();
    planNetworkHeadMeetings();
    planSerdPreparations();
}

// The launch council, then those of March, June and October to today, and the next one,
// already in the file. The whole file is invited, network heads, relays, regulars and
// partners first; about a third comes, and a quarter excuses itself. In a network, each
// local programme invites its own people, a week or two after the file's own council.
void Generator::planCouncils(const QMap<QDate, QMap<int, CouncilMention>> &mentions)
{
    using demodata::MeetingKind;
    QList<QDate> dates { councilDay(m_programmeStart.year(), 10) };
    for (int year = m_programmeStart.year() + 1; dates.last() <= m_today; ++year) {
        for (const int month : councilMonths) {
            if (dates.last() <= m_today)
                dates << councilDay(year, month);
        }
    }

    // The same list each time, as it grows: the order in which the file is invited.
    QList<std::pair<int, double>> file;
    file.reserve(m_contacts.size());
    for (int i = 0; i < m_contacts.size(); ++i) {
        const ContactInfo &contact = m_contacts.at(i);
        double weight = contact.organisation >= 0 ? 2.5 : 1.0;
        if (contact.networkHead)
            weight *= 4;
        if (contact.relayActor)
            weight *= 3;
        if (contact.inCouncil)
            weight *= 3;
        file.append({ i, weight });
    }
    QList<QList<int>> orders(m_programmes);
    for (const int contact : drawWeighted(file, int(file.size())))
        orders[programmeOf(contact)] << contact;
    const auto assiduity = [this](int i) {
        const ContactInfo &contact = m_contacts.at(i);
        double weight = contact.organisation >= 0 ? 1.0 : 0.7;
        if (contact.networkHead)
            weight *= 1.5;
        if (contact.relayActor)
            weight *= 2;
        if (contact.inCouncil)
            weight *= 2.5;
        if (!contact.active)
            weight *= 0.3;
        return weight;
    };

    for (int p = 0; p < m_programmes; ++p) {
        const QList<int> &order = orders.at(p);
        for (qsizetype k = 0; k < dates.size(); ++k) {
            const QDate date = dates.at(k).addDays(7 * (p % 3));
            demodata::MeetingText text = demodata::launchCouncil;
            if (k > 0) {
                const int season = int(
                    std::find(std::begin(councilMonths), std::end(councilMonths), date.month())
                    - std::begin(councilMonths));
                text = pick(demodata::councilAgendas(season));
                text.title = pick(demodata::councilTitles());
            }
            PlannedMeeting meeting = newMeeting(MeetingKind::Council, date,
                k == 0 || chance(70) ? evening : morning, text, 28 + below(5));
            meeting.programme = p;
            meeting.staff << demodata::Staff::Assistant;
            placeIn(meeting, demodata::councilVenues());

            const QMap<int, CouncilMention> said = mentions.value(date);
            // Never quite the whole file: some are left to come uninvited.
            const int eligible = int(std::count_if(order.cbegin(), order.cend(),
                [&](int contact) { return mayBeInvited(contact, date); }));
            const int wanted = std::min(
                int(std::lround(between(150, 200) * m_councilScale)), eligible - eligible / 12);
            QList<int> invitees;
            QSet<int> taken;
            for (auto it = said.cbegin(); it != said.cend(); ++it) {
                invitees << it.key();
                taken.insert(it.key());
            }
            for (const int contact : order) {
                if (invitees.size() >= wanted)
                    break;
                if (!taken.contains(contact) && mayBeInvited(contact, date))
                    invitees << contact;
            }
            // Mulhouse's numbers for 150 invited and more, in proportion below.
            const double scale = std::min(m_councilScale, double(invitees.size()) / 150.0);
            Turnout turnout;
            turnout.present = int(std::lround(between(42, 58) * scale));
            turnout.walkIns = int(std::lround(between(0.6, 4.4) * scale));
            turnout.unannounced = int(std::lround(between(0.6, 4.4) * scale));
            const int registeredCame
                = std::max(0, turnout.present - turnout.walkIns - turnout.unannounced);
            turnout.absent = int(std::lround(registeredCame * between(0.35, 0.6)));
            turnout.excused = int(std::lround(between(35, 45) * scale));
            settleInvitations(meeting, invitees, turnout, said, assiduity);
            keepMeeting(meeting);
        }
    }
}

// The concertation week that ended the drawing up of the programme, six themes and some
// sixty people; then a few workshops a year, with those the theme concerns first.
void Generator::planWorkshops()
{
    using demodata::MeetingKind;
    const auto themeBit = [](const char *tag) {
        const auto tags = demodata::thematicTags();
        for (size_t i = 0; i < tags.size(); ++i) {
            if (qstrcmp(tags[i], tag) == 0)
                return 1u << i;
        }
        return 0u;
    };
    const auto concerned = [this](quint32 theme) {
        return [this, theme](int i) {
            const ContactInfo &contact = m_contacts.at(i);
            double weight = contact.organisation >= 0 ? 1.0 : 0.6;
            if (contact.themes & theme)
                weight *= 20;
            if (contact.relayActor)
                weight *= 2;
            if (contact.networkHead)
                weight *= 1.5;
            if (!contact.active)
                weight *= 0.5;
            return weight;
        };
    };
    // Often at a partner's: a social centre, an association, a reuse workshop.
    const auto place = [this](PlannedMeeting &meeting) {
        if (chance(40) && !m_organisations.isEmpty()) {
            for (int attempt = 0; attempt < 20; ++attempt) {
                const OrganisationInfo &host = pick(m_organisations);
                if ((host.kind == Kind::SocialCentre || host.kind == Kind::EnvironmentAssociation
                        || host.kind == Kind::SocialEconomy || host.kind == Kind::ReuseCraftsman)
                    && host.created < dayIndex(meeting.date)) {
                    meeting.place = host.name;
                    meeting.commune = host.commune;
                    return;
                }
            }
        }
        placeIn(meeting, demodata::meetingRooms());
    };

    QList<QDate> week;
    for (QDate day = m_concertationWeek; day <= m_concertationEnd; day = day.addDays(1)) {
        if (isWorkingDay(day))
            week << day;
    }
    const auto concertation = demodata::concertationWorkshops();
    const int themes = int(concertation.size());
    QSet<int> thisWeek; // one workshop each
    for (int i = 0; i < themes && !week.isEmpty(); ++i) {
        const int day = i * int(week.size()) / themes;
        // The second of a day in the evening.
        const bool second = i > 0 && (i - 1) * int(week.size()) / themes == day;
        PlannedMeeting meeting = newMeeting(MeetingKind::Workshop, week.at(day),
            second ? evening : afternoon, concertation[size_t(i)].text, 21);
        meeting.staff << demodata::Staff::Intern;
        place(meeting);
        const auto weight = concerned(themeBit(concertation[size_t(i)].tag));
        const QList<int> invitees = drawInvitees(m_programmePeople.first(), meeting.date,
            int(std::lround(between(14, 18) * m_meetingScale)), thisWeek, weight);
        for (const int contact : invitees)
            thisWeek.insert(contact);
        settleInvitations(meeting, invitees,
            turnout(int(invitees.size()), { { 0.55, 0.75 }, { 0.1, 0.2 }, { 0.05, 0.15 }, 2, 2 }),
            {}, weight);
        keepMeeting(meeting);
    }

    const QDate horizon = m_today.addDays(42);
    const auto workshops = demodata::thematicWorkshops();
    // A larger programme holds a few more; a network, through its local programmes.
    const int larger = m_options.years == 0 && m_options.contacts > 250
        ? int(std::log2(m_options.contacts / 250.0) / 2)
        : 0;
    for (int year = m_programmeStart.year() + 1; year <= horizon.year(); ++year) {
        // Spread over the working months: from January to early July, from September to
        // mid-December.
        const QDate spring(year, 1, 8);
        const QDate autumn(year, 9, 1);
        const int springDays = int(spring.daysTo(QDate(year, 7, 8)));
        const int days = springDays + int(autumn.daysTo(QDate(year, 12, 15)));
        const auto dayAt = [&](int offset) {
            return offset < springDays ? spring.addDays(offset)
                                       : autumn.addDays(offset - springDays);
        };
        for (int p = 0; p < m_programmes; ++p) {
            QList<int> order(workshops.size());
            std::iota(order.begin(), order.end(), 0);
            for (qsizetype i = order.size() - 1; i > 0; --i)
                std::swap(order[i], order[below(int(i) + 1)]);
            const int count = 3 + below(2) + larger;
            for (int k = 0; k < count; ++k) {
                const QDate date
                    = meetingDayBetween(dayAt(k * days / count), dayAt((k + 1) * days / count - 1));
                if (date <= m_concertationEnd || date > horizon)
                    continue;
                const demodata::Workshop &workshop = workshops[size_t(order.at(k % order.size()))];
                PlannedMeeting meeting
                    = newMeeting(MeetingKind::Workshop, date, below(3), workshop.text, 21);
                meeting.programme = p;
                place(meeting);
                const auto weight = concerned(themeBit(workshop.tag));
                const QList<int> invitees = drawInvitees(m_programmePeople.at(p), date,
                    int(std::lround(between(10, 25) * m_meetingScale)), {}, weight);
                settleInvitations(meeting, invitees,
                    turnout(
                        int(invitees.size()), { { 0.5, 0.7 }, { 0.1, 0.2 }, { 0.05, 0.15 }, 2, 3 }),
                    {}, weight);
                keepMeeting(meeting);
            }
        }
    }
}

// The network heads met by domains while the programme was drawn up, then once or twice
// a year: the heads, the people of organisations that head a network, the municipal
// services.
void Generator::planNetworkHeadMeetings()
{
    using demodata::Field;
    using demodata::MeetingKind;
    const auto heads = [this](unsigned fields) {
        return [this, fields](int i) {
            const ContactInfo &contact = m_contacts.at(i);
            const OrganisationInfo *organisation
                = contact.organisation >= 0 ? &m_organisations.at(contact.organisation) : nullptr;
            double weight = 0;
            if (contact.networkHead)
                weight = 10;
            else if (organisation && organisation->networkHead)
                weight = 3;
            else if (organisation
                && (organisation->kind == Kind::Commune
                    || organisation->kind == Kind::MunicipalService))
                weight = 2;
            if (contact.fields & fields)
                weight *= 3;
            if (!contact.active)
                weight *= 0.6;
            return weight;
        };
    };
    const auto hold = [&](int programme, const QDate &date, const demodata::MeetingText &text,
                          unsigned fields, int notice) {
        PlannedMeeting meeting = newMeeting(
            MeetingKind::NetworkHeads, date, chance(70) ? morning : afternoon, text, notice);
        meeting.programme = programme;
        placeIn(meeting, demodata::meetingRooms().first(3));
        const auto weight = heads(fields);
        const QList<int> invitees = drawInvitees(m_programmePeople.at(programme), date,
            int(std::lround(between(30, 40) * m_meetingScale)), {}, weight);
        settleInvitations(meeting, invitees,
            turnout(int(invitees.size()), { { 0.5, 0.65 }, { 0.2, 0.3 }, { 0.05, 0.12 }, 2, 2 }),
            {}, weight);
        keepMeeting(meeting);
    };

    const auto bit = [](Field field) { return 1u << unsigned(field); };
    const auto launch = demodata::launchNetworkHeadMeetings();
    hold(0, meetingDayBetween(m_programmeStart.addDays(14), m_programmeStart.addDays(18)),
        launch[0], bit(Field::Cultural) | bit(Field::Educational) | bit(Field::Sports), 10);
    hold(0, meetingDayBetween(m_programmeStart.addDays(21), m_programmeStart.addDays(25)),
        launch[1], bit(Field::Economic) | bit(Field::Social), 14);

    const QDate horizon = m_today.addDays(42);
    const auto yearly = demodata::networkHeadMeetings();
    for (int year = m_programmeStart.year() + 1; year <= horizon.year(); ++year) {
        for (int p = 0; p < m_programmes; ++p) {
            const QDate winter = meetingDayBetween(QDate(year, 1, 19), QDate(year, 2, 13));
            if (winter <= horizon)
                hold(p, winter, yearly[0], 0, 21);
            if (chance(m_localContacts >= 5000 ? 100 : 50)) {
                const QDate spring = meetingDayBetween(QDate(year, 5, 4), QDate(year, 5, 29));
                if (spring <= horizon)
                    hold(p, spring, yearly[1], 0, 21);
            }
        }
    }
}

// Two or three collective meetings in September and October before each SERD, with its
// organisers and the relays first.
void Generator::planSerdPreparations()
{
    using demodata::MeetingKind;
    const auto organisers = [this](int i) {
        const ContactInfo &contact = m_contacts.at(i);
        double weight = contact.organisation >= 0 ? 1.0 : 0.2;
        if (contact.inSerd)
            weight *= 6;
        if (contact.relayActor)
            weight *= 4;
        if (!contact.active)
            weight *= 0.5;
        return weight;
    };
    const QDate horizon = m_today.addDays(42);
    const auto texts = demodata::serdPreparations();
    for (int year = m_programmeStart.year(); year <= horizon.year(); ++year) {
        // The programme's first SERD came a few weeks after its launch.
        const bool first = year == m_programmeStart.year();
        for (int p = 0; p < m_programmes; ++p) {
            QList<std::pair<QDate, QDate>> windows;
            if (first) {
                windows = { { QDate(year, 9, 25), QDate(year, 10, 6) },
                    { QDate(year, 10, 19), QDate(year, 10, 31) } };
            } else {
                windows = { { QDate(year, 9, 8), QDate(year, 9, 19) },
                    { QDate(year, 9, 29), QDate(year, 10, 8) } };
                if (chance(60))
                    windows.append({ QDate(year, 10, 19), QDate(year, 10, 31) });
            }
            for (qsizetype k = 0; k < windows.size(); ++k) {
                const QDate date = meetingDayBetween(windows.at(k).first, windows.at(k).second);
                if (date > horizon)
                    break;
                PlannedMeeting meeting = newMeeting(MeetingKind::SerdPreparation, date,
                    chance(60) ? afternoon : evening, texts[size_t(first && k == 1 ? 2 : k)], 14);
                meeting.programme = p;
                meeting.staff << demodata::Staff::Intern;
                placeIn(meeting, demodata::meetingRooms());
                const QList<int> invitees = drawInvitees(m_programmePeople.at(p), date,
                    int(std::lround(between(30, 40) * m_meetingScale)), {}, organisers);
                settleInvitations(meeting, invitees,
                    turnout(int(invitees.size()),
                        { { 0.55, 0.7 }, { 0.12, 0.22 }, { 0.05, 0.12 }, 3, 3 }),
                    {}, organisers);
                keepMeeting(meeting);
            }
        }
    }
}

// In the order they were held, each with its invitations.
void Generator::addMeetings(BulkLoader &loader)
{
    std::stable_sort(
        m_meetings.begin(), m_meetings.end(), [](const PlannedMeeting &a, const PlannedMeeting &b) {
            return std::pair(a.date, a.starts) < std::pair(b.date, b.starts);
        });
    for (PlannedMeeting &planned : m_meetings) {
        Meeting meeting;
        meeting.typeId = m_meetingTypeIds[int(planned.kind)];
        meeting.title = planned.title;
        meeting.date = planned.date;
        meeting.startsAt = planned.starts;
        meeting.endsAt = planned.ends;
        meeting.place = planned.place;
        meeting.communeId = m_communes.at(planned.commune).id;
        meeting.themes = planned.themes;
        meeting.description = planned.description;
        // The other local programmes' staff are not the file's.
        if (planned.programme == 0) {
            for (const demodata::Staff staff : planned.staff)
                meeting.staffIds << m_staffIds[int(staff)];
        }
        meeting.createdAt = planned.created;
        meeting.updatedAt = planned.updated;
        const qint64 id = loader.addMeeting(meeting);
        planned.id = id;
        for (const PlannedInvitation &invitation : planned.invitations) {
            loader.addInvitation(id,
                Invitation { m_contacts.at(invitation.contact).id, invitation.status,
                    invitation.walkIn, invitation.changed });
        }
    }
}

// ---- The training of relay actors --------------------------------------------------------

QTime clockAt(int minutes)
{
    return QTime(0, 0).addSecs(minutes * 60);
}

// A session's half-days, hours and kind as its plan gives them.
TrainingSession sessionOf(const demodata::TrainingSessionPlan &plan)
{
    TrainingSession session;
    session.morning = plan.morning.ends > plan.morning.starts;
    if (session.morning) {
        session.morningStarts = clockAt(plan.morning.starts);
        session.morningEnds = clockAt(plan.morning.ends);
    }
    session.afternoon = plan.afternoon.ends > plan.afternoon.starts;
    if (session.afternoon) {
        session.afternoonStarts = clockAt(plan.afternoon.starts);
        session.afternoonEnds = clockAt(plan.afternoon.ends);
    }
    session.kind
        = plan.fieldVisit ? TrainingSession::Kind::FieldVisit : TrainingSession::Kind::Room;
    session.maxPlaces = plan.maxPlaces;
    session.notes = utf8(plan.notes);
    return session;
}

const CompletionRule trainingRule { CompletionRule::Kind::HalfDays,
    demodata::trainingHalfDaysToComplete };

int Generator::communeNamed(const char *name) const
{
    const QString wanted = utf8(name);
    for (qsizetype i = 0; i < m_communes.size(); ++i) {
        if (m_communes.at(i).name == wanted)
            return int(i);
    }
    return m_mulhouse;
}

// From the programme's second year on, as Mulhouse's pilot group of 2014: a cohort a year,
// opened six to nine weeks before its first session, its eight sessions on the pilot
// group's weekdays from March to October, away from the councils and the SERD; those who
// met the rule are recognised relay actors a week or two after the last one, before the
// SERD. A cohort not yet opened by today is not in the file. A network trains several
// cohorts a year, each in one of its local programmes, in turn.
void Generator::planTrainingCalendar()
{
    const auto plans = demodata::trainingSessions();
    if (plans.empty())
        return;
    const int firstYear = m_programmeStart.year() + 1;
    for (int year = firstYear; year <= m_today.year(); ++year) {
        for (int c = 0; c < m_cohortsPerYear; ++c) {
            PlannedCohort cohort;
            cohort.year = year;
            cohort.number = int(m_cohorts.size()) + 1;
            cohort.programme = ((year - firstYear) * m_cohortsPerYear + c) % m_programmes;
            cohort.tag = QString::fromUtf8(demodata::relayTrainingTagFormat).arg(year);
            QSet<QDate> days;
            QDate previous;
            const auto fits = [&](const QDate &day) {
                return isFreeForMeeting(day) && !days.contains(day)
                    && (!previous.isValid() || day > previous);
            };
            for (size_t k = 0; k < plans.size(); ++k) {
                const demodata::Day &day = plans[k].day;
                const QDate given(day.year, day.month, day.day);
                const QDate moved = given.addYears(year - demodata::trainingPilotYear);
                QDate date = moved.addDays((given.dayOfWeek() - moved.dayOfWeek() + 10) % 7 - 3);
                // The later groups' calendars move a little.
                if (cohort.number > 1 && chance(30))
                    date = date.addDays(chance(50) ? 7 : -7);
                for (int attempt = 0; attempt < 10 && !fits(date); ++attempt)
                    date = date.addDays(7);
                while (previous.isValid() && date <= previous)
                    date = date.addDays(7);
                PlannedSession session;
                session.plan = int(k);
                session.date = date;
                cohort.sessions << session;
                days.insert(date);
                previous = date;
            }
            cohort.startsOn = cohort.sessions.first().date;
            cohort.created = cohort.startsOn.addDays(-42 - below(21));
            while (!isWorkingDay(cohort.created))
                cohort.created = cohort.created.addDays(-1);
            // The later ones open later still.
            if (cohort.created > m_today)
                return;
            cohort.createdAt = momentOn(cohort.created);
            cohort.endsOn = previous.addDays(7 + below(7));
            while (!isWorkingDay(cohort.endsOn))
                cohort.endsOn = cohort.endsOn.addDays(1);
            for (const QDate &day : std::as_const(days))
                ++m_busyDays[day];
            m_cohorts << cohort;
        }
    }
}

// Who follows each cohort, who trains it and where, who came to which half-day; those who
// met the rule of a cohort over by today are relay actors from the day it ended, and only
// they. Trainees signed up in writing, and are tagged with their group.
void Generator::planTraining(QList<Contact> &records)
{
    const QString consentMethod = utf8(demodata::enrolmentConsentMethod);
    QSet<int> taken; // trainees and trainers, once each
    for (PlannedCohort &cohort : m_cohorts) {
        planTrainingSessions(cohort, taken, records);
        const QDate opens = cohort.created.addDays(7);
        const QDate closes = std::max(opens, cohort.startsOn.addDays(-3));
        for (const int contact : drawTrainees(cohort, taken)) {
            QDate enrolled = dayBetween(opens, closes);
            while (!isWorkingDay(enrolled))
                enrolled = enrolled.addDays(1);
            enrolled = std::min(enrolled, cohort.startsOn);
            if (enrolled > m_today)
                continue; // not yet
            taken.insert(contact);
            cohort.trainees << PlannedTrainee { contact, enrolled, {} };
        }
        std::stable_sort(cohort.trainees.begin(), cohort.trainees.end(),
            [](const PlannedTrainee &a, const PlannedTrainee &b) {
                return a.enrolledOn < b.enrolledOn;
            });
        planAttendance(cohort);

        for (const PlannedTrainee &trainee : std::as_const(cohort.trainees)) {
            Contact &c = records[trainee.contact];
            if (!c.tagNames.contains(cohort.tag))
                c.tagNames << cohort.tag;
            if (!c.emailConsent.agreed()) {
                c.emailConsent
                    = { Consent::Given, trainee.enrolledOn, ConsentSource::Form, consentMethod };
            }
            c.updatedAt = std::max(c.updatedAt, momentOn(trainee.enrolledOn));
            if (trainee.completedOn.isValid()) {
                c.relayActor = true;
                c.relayActorSince = trainee.completedOn;
                c.updatedAt = std::max(c.updatedAt, momentOn(trainee.completedOn));
                m_contacts[trainee.contact].relayActor = true;
            }
        }
    }
}

// Where each session is held (a partner's premises for most field visits) and who trains:
// a person of the partner visited, the file's person who already trained the module, one
// of the file's people of the kinds the plan names, or the trainer it names.
void Generator::planTrainingSessions(
    PlannedCohort &cohort, QSet<int> &taken, const QList<Contact> &records)
{
    const auto plans = demodata::trainingSessions();
    const int opened = dayIndex(cohort.created);
    const auto ofKinds = [this](unsigned kinds, int organisation) {
        return organisation >= 0
            && (kinds & (1u << unsigned(m_organisations.at(organisation).kind))) != 0;
    };
    const auto mayTrain = [&](int i) {
        const ContactInfo &contact = m_contacts.at(i);
        return contact.active && !contact.refused && contact.created < opened;
    };
    for (PlannedSession &session : cohort.sessions) {
        const demodata::TrainingSessionPlan &plan = plans[size_t(session.plan)];
        if (plan.hosts && chance(85)) {
            QList<int> hosts;
            for (int i = 0; i < m_organisations.size(); ++i) {
                if (ofKinds(plan.hosts, i) && m_organisations.at(i).created < opened)
                    hosts << i;
            }
            if (!hosts.isEmpty()) {
                session.host = pick(hosts);
                session.place = m_organisations.at(session.host).name;
                session.commune = m_organisations.at(session.host).commune;
            }
        }
        if (session.host < 0 && plan.place) {
            session.place = utf8(plan.place);
            session.commune = communeNamed(plan.commune);
        } else if (session.host < 0) {
            const demodata::Venue &venue = pick(demodata::meetingRooms());
            session.place = utf8(venue.place);
            session.commune = communeNamed(venue.commune);
        }

        int trainer = -1;
        if (plan.trainers) {
            if (session.host >= 0) {
                for (const int person : m_organisations.at(session.host).people) {
                    if (mayTrain(person) && !taken.contains(person)) {
                        trainer = person;
                        break;
                    }
                }
            }
            const int key
                = cohort.programme * int(demodata::trainingModules().size()) + plan.module;
            if (trainer < 0)
                trainer = m_moduleTrainers.value(key, -1);
            if (trainer < 0 && chance(80)) {
                QList<int> people;
                for (int i = 0; i < m_contacts.size(); ++i) {
                    if (ofKinds(plan.trainers, m_contacts.at(i).organisation) && mayTrain(i)
                        && !taken.contains(i))
                        people << i;
                }
                if (!people.isEmpty()) {
                    trainer = pick(people);
                    m_moduleTrainers.insert(key, trainer);
                }
            }
        }
        if (trainer >= 0) {
            session.trainer = trainer;
            session.trainerName
                = QStringList { records.at(trainer).firstName, records.at(trainer).lastName }.join(
                    QLatin1Char(' '));
            taken.insert(trainer);
        } else {
            session.trainerName = utf8(plan.trainer);
        }
    }
}

// Twenty to twenty-five people of its programme in touch this year (being at a session is
// activity: a trainee is never dormant), in the file before the enrolments opened, who never
// refused to be contacted; mostly of associations, social landlords, schools and municipal
// services, council regulars and SERD partners first.
QList<int> Generator::drawTrainees(const PlannedCohort &cohort, const QSet<int> &taken)
{
    const int opens = dayIndex(cohort.created.addDays(7));
    QList<std::pair<int, double>> candidates;
    for (const int i : m_programmePeople.at(cohort.programme)) {
        const ContactInfo &contact = m_contacts.at(i);
        if (!contact.active || contact.refused || contact.created >= opens || taken.contains(i))
            continue;
        double weight = 0.4; // an inhabitant
        if (contact.organisation >= 0) {
            switch (m_organisations.at(contact.organisation).kind) {
            case Kind::EnvironmentAssociation:
            case Kind::NeighbourhoodAssociation:
            case Kind::SocialCentre:
            case Kind::SocialLandlord:
                weight = 3;
                break;
            case Kind::SocialEconomy:
            case Kind::School:
            case Kind::MunicipalService:
                weight = 2.5;
                break;
            case Kind::Commune:
            case Kind::CitizenCouncil:
                weight = 1.5;
                break;
            case Kind::ReuseCraftsman:
            case Kind::University:
                weight = 1;
                break;
            case Kind::Artist:
                weight = 0.7;
                break;
            case Kind::LargeCompany:
                weight = 0.5;
                break;
            case Kind::Inhabitant:
                break;
            }
        }
        if (contact.inCouncil)
            weight *= 2;
        if (contact.inSerd)
            weight *= 1.5;
        candidates.append({ i, weight });
    }
    return drawWeighted(candidates, 20 + below(6));
}

// Most come to every session, some miss one (excused, more rarely without a word), field
// visits a little more often, a few come now and then, and one or two drop out after a
// few sessions. The sheets of the sessions held by today are entered a few days after
// them; nothing is ticked for those to come.
void Generator::planAttendance(PlannedCohort &cohort)
{
    const auto plans = demodata::trainingSessions();
    const qsizetype count = cohort.trainees.size();
    const int sessionCount = int(cohort.sessions.size());
    QList<double> assiduity(count);
    QList<int> stopsAfter(count, sessionCount); // the sessions followed before dropping out
    for (qsizetype t = 0; t < count; ++t)
        assiduity[t] = chance(8) ? between(0.4, 0.65) : between(0.86, 0.99);
    if (count >= 10) {
        const int dropouts = 1 + below(2);
        for (int k = 0; k < dropouts; ++k)
            stopsAfter[below(int(count))] = 1 + below(3);
    }

    QList<TrainingSession> sessions;
    cohort.updated = cohort.createdAt;
    for (int s = 0; s < sessionCount; ++s) {
        PlannedSession &planned = cohort.sessions[s];
        const demodata::TrainingSessionPlan &plan = plans[size_t(planned.plan)];
        TrainingSession session = sessionOf(plan);
        session.id = s + 1;
        session.date = planned.date;
        sessions << session;
        if (planned.date >= m_today)
            continue;
        QDate entry = planned.date.addDays(1 + below(3));
        while (!isWorkingDay(entry))
            entry = entry.addDays(1);
        planned.entered = momentOn(std::min(entry, m_today));
        cohort.updated = std::max(cohort.updated, planned.entered);

        const QList<HalfDay> halves = session.halfDays();
        for (qsizetype t = 0; t < count; ++t) {
            const PlannedTrainee &trainee = cohort.trainees.at(t);
            if (trainee.enrolledOn > planned.date)
                continue;
            QList<AttendanceStatus> statuses(halves.size(), AttendanceStatus::Absent);
            if (s < stopsAfter.at(t)) {
                const double likely = assiduity.at(t) - (plan.fieldVisit ? 0.05 : 0.0);
                if (m_rng.generateDouble() < likely) {
                    statuses.fill(AttendanceStatus::Present);
                    // Now and then someone leaves at lunch, excused.
                    if (halves.size() == 2 && chance(5))
                        statuses.last() = AttendanceStatus::Excused;
                } else {
                    statuses.fill(
                        chance(65) ? AttendanceStatus::Excused : AttendanceStatus::Absent);
                }
            }
            for (qsizetype h = 0; h < halves.size(); ++h)
                cohort.attendance << HalfDayAttendance { s + 1, trainee.contact, halves.at(h),
                    statuses.at(h), planned.entered };
        }
    }

    if (cohort.endsOn >= m_today)
        return;
    const QDateTime recognised = momentOn(cohort.endsOn);
    cohort.updated = std::max(cohort.updated, recognised);
    for (PlannedTrainee &trainee : cohort.trainees) {
        if (traineeTotals(sessions, cohort.attendance, trainee.contact, trainingRule).completed)
            trainee.completedOn = cohort.endsOn;
    }
}

// Through the training repository, in the demo's transaction: the modules, designed in the
// weeks before the pilot group opened, then each cohort with its sessions, trainees and
// attendance.
void Generator::addTraining()
{
    if (m_cohorts.isEmpty())
        return;
    TrainingRepository training(m_database);
    QList<qint64> moduleIds;
    for (const demodata::TrainingModuleText &text : demodata::trainingModules()) {
        TrainingModule module;
        module.theme = utf8(text.theme);
        module.title = utf8(text.title);
        module.objectives = utf8(text.objectives);
        module.description = utf8(text.description);
        module.plannedHours = text.plannedHours;
        module.createdAt = momentOn(
            std::max(m_programmeStart, m_cohorts.first().created.addDays(-1 - below(21))));
        module.updatedAt = module.createdAt;
        moduleIds << training.insertModule(module);
    }

    const auto plans = demodata::trainingSessions();
    for (PlannedCohort &planned : m_cohorts) {
        Cohort cohort;
        cohort.name = utf8(planned.number == 1 ? demodata::pilotCohortName : demodata::cohortName);
        cohort.name.replace(QLatin1String("{y}"), QString::number(planned.year));
        cohort.name.replace(QLatin1String("{n}"), QString::number(planned.number));
        cohort.startsOn = planned.startsOn;
        cohort.endsOn = planned.endsOn;
        cohort.rule = trainingRule;
        cohort.notes
            = utf8(planned.number == 1 ? demodata::pilotCohortNotes : demodata::cohortNotes);
        cohort.notes.replace(QLatin1String("{prev}"), QString::number(planned.year - 1));
        cohort.moduleIds = moduleIds;
        cohort.createdAt = planned.createdAt;
        cohort.updatedAt = planned.updated;
        const qint64 cohortId = training.insertCohort(cohort);

        QList<qint64> sessionIds;
        for (qsizetype k = 0; k < planned.sessions.size(); ++k) {
            const PlannedSession session = planned.sessions.at(k);
            const demodata::TrainingSessionPlan &plan = plans[size_t(session.plan)];
            TrainingSession record = sessionOf(plan);
            record.cohortId = cohortId;
            record.moduleId = moduleIds.value(plan.module);
            record.date = session.date;
            record.place = session.place;
            record.communeId = m_communes.at(session.commune).id;
            if (session.trainer >= 0)
                record.trainerContactId = m_contacts.at(session.trainer).id;
            record.trainerName = session.trainerName;
            // Planned all at once when the cohort was opened.
            record.createdAt = planned.createdAt.addSecs(120 * (k + 1));
            record.updatedAt = session.entered.isValid() ? session.entered : record.createdAt;
            sessionIds << training.insertSession(record);
            planned.sessions[k].id = sessionIds.last();
        }

        QList<TrainingRepository::Trainee> trainees;
        for (const PlannedTrainee &trainee : planned.trainees) {
            TrainingRepository::Trainee enrolled;
            enrolled.contactId = m_contacts.at(trainee.contact).id;
            enrolled.enrolledOn = trainee.enrolledOn;
            enrolled.completedOn = trainee.completedOn;
            trainees << enrolled;
        }
        if (!trainees.isEmpty())
            training.enrol(cohortId, trainees);

        QList<HalfDayAttendance> attendance = planned.attendance;
        for (HalfDayAttendance &half : attendance) {
            half.sessionId = sessionIds.at(half.sessionId - 1);
            half.contactId = m_contacts.at(int(half.contactId)).id;
        }
        if (!attendance.isEmpty())
            training.writeAttendance(attendance);
    }
}

// ---- The SERD ----------------------------------------------------------------------------

// The ids of a seeded list, in the order of its seeds: found by name, or by their place in
// a list nobody has reordered yet.
template<size_t N>
void seededItemIds(
    Database &database, ReferenceList list, const char *const (&seeds)[N], qint64 *ids)
{
    const QList<ReferenceItem> items = ReferenceListRepository(database).items(list);
    for (size_t i = 0; i < N; ++i) {
        const QString key = foldedKey(QString::fromUtf8(seeds[i]));
        ids[i] = qsizetype(i) < items.size() ? items.at(qsizetype(i)).id : 0;
        for (const ReferenceItem &item : items) {
            if (foldedKey(item.name) == key)
                ids[i] = item.id;
        }
    }
}

demodata::SerdCategory serdCategoryOf(Kind kind)
{
    using demodata::SerdCategory;
    switch (kind) {
    case Kind::Commune:
    case Kind::MunicipalService:
        return SerdCategory::Administration;
    case Kind::Artist:
    case Kind::LargeCompany:
    case Kind::SocialLandlord:
    case Kind::ReuseCraftsman:
        return SerdCategory::Company;
    case Kind::School:
    case Kind::University:
        return SerdCategory::School;
    case Kind::Inhabitant:
        return SerdCategory::Citizens;
    default:
        return SerdCategory::Association;
    }
}

// How likely an organisation of a kind is to run an action of the Week.
double serdWeight(Kind kind)
{
    switch (kind) {
    case Kind::EnvironmentAssociation:
    case Kind::MunicipalService:
        return 3;
    case Kind::SocialCentre:
    case Kind::SocialEconomy:
        return 2.5;
    case Kind::NeighbourhoodAssociation:
    case Kind::School:
        return 2;
    case Kind::Commune:
    case Kind::SocialLandlord:
    case Kind::ReuseCraftsman:
        return 1.5;
    case Kind::CitizenCouncil:
    case Kind::University:
        return 1;
    case Kind::Artist:
        return 0.8;
    case Kind::LargeCompany:
        return 0.6;
    case Kind::Inhabitant:
        break;
    }
    return 0;
}

// Mulhouse's first SERD (2014: 74 actions, 56 distinct, 50 partners), the second one
// (110 and more), then a programme that has found its cruising speed.
EditionSize editionSize(int number, const std::function<int(int)> &below)
{
    if (number == 0)
        return { 70 + below(9), 53 + below(7), 47 + below(7) };
    if (number == 1)
        return { 106 + below(11), 76 + below(9), 52 + below(7) };
    return { 110 + below(11), 80 + below(10), 54 + below(7) };
}

QDateTime Generator::enteredAfter(const QDate &day, int minDays, int maxDays)
{
    QDate entered = day.addDays(minDays + below(maxDays - minDays + 1));
    while (!isWorkingDay(entered))
        entered = entered.addDays(1);
    return momentOn(std::min(entered, m_today));
}

// From the programme's first year (its first SERD came a few weeks after the launch) to
// today's, once the call for projects of the year is out.
void Generator::planSerd()
{
    const int firstYear = m_programmeStart.year();
    const auto focuses = demodata::serdFocuses();
    QSet<int> before; // the organisers of the edition before
    for (int year = firstYear; year <= m_today.year(); ++year) {
        PlannedEdition edition;
        edition.year = year;
        edition.starts = serdStart(year);
        edition.ends = serdEnd(year);
        edition.call = year == firstYear ? m_programmeStart.addDays(14) : QDate(year, 9, 10);
        while (!isWorkingDay(edition.call))
            edition.call = edition.call.addDays(1);
        if (edition.call > m_today)
            break;
        const auto focus = std::find_if(focuses.begin(), focuses.end(),
            [year](const demodata::SerdFocus &f) { return f.year == year; });
        const demodata::SerdFocus &chosen = focus != focuses.end()
            ? *focus
            : focuses[size_t(
                ((year % int(focuses.size())) + int(focuses.size())) % int(focuses.size()))];
        edition.focus = utf8(chosen.focus);
        edition.notes = utf8(chosen.notes) + QLatin1Char(' ') + utf8(demodata::serdEditionNotes);
        edition.createdAt = momentOn(std::max(m_programmeStart, edition.call.addDays(-below(4))));
        edition.updatedAt = edition.ends < m_today
            ? std::max(edition.createdAt, enteredAfter(edition.ends, 5, 30))
            : edition.createdAt;
        planEdition(edition, year - firstYear, before);
        before.clear();
        for (const PlannedAction &action : std::as_const(edition.actions)) {
            if (serdStatusCounts(action.status)) {
                before.insert(action.lead);
                for (const int co : action.coOrganisers)
                    before.insert(co);
            }
        }
        m_editions << edition;
    }
}

// An idea the lead's kind would run, those on the year's theme more often.
int Generator::drawIdea(int lead, const QString &focus)
{
    const auto ideas = demodata::serdActionIdeas();
    const unsigned kind = 1u << unsigned(m_organisations.at(lead).kind);
    const QString folded = foldedKey(focus);
    QList<std::pair<int, double>> candidates;
    for (size_t i = 0; i < ideas.size(); ++i) {
        const demodata::SerdActionIdea &idea = ideas[i];
        double weight = idea.kinds == 0 || (idea.kinds & kind) ? 1.0 : 0.03;
        if (idea.focusWord && folded.contains(foldedKey(utf8(idea.focusWord))))
            weight *= 3;
        candidates.append({ int(i), weight });
    }
    return drawWeighted(candidates, 1).value(0, 0);
}

// A day of the Week the idea is held on (its weekends, or its weekdays), another one than
// the action's other days when there is one, at the idea's hours, in the lead's commune
// first, then further away.
PlannedOccurrence Generator::occurrenceOf(const PlannedEdition &edition,
    const PlannedAction &action, const QList<PlannedOccurrence> &taken)
{
    const demodata::SerdActionIdea &idea = demodata::serdActionIdeas()[size_t(action.idea)];
    QList<QDate> days;
    for (QDate day = edition.starts; day <= edition.ends; day = day.addDays(1)) {
        if ((day.dayOfWeek() > 5) == idea.weekend)
            days << day;
    }
    QList<QDate> free;
    for (const QDate &day : std::as_const(days)) {
        if (std::none_of(taken.cbegin(), taken.cend(),
                [&](const PlannedOccurrence &o) { return o.date == day; }))
            free << day;
    }
    PlannedOccurrence occurrence;
    occurrence.date = pick(free.isEmpty() ? days : free);
    int starts = idea.hours.starts;
    int ends = idea.hours.ends;
    if (chance(25)) {
        const int shift = chance(50) ? 30 : -30;
        starts += shift;
        ends += shift;
    }
    occurrence.starts = clockAt(starts);
    occurrence.ends = clockAt(ends);
    const OrganisationInfo &lead = m_organisations.at(action.lead);
    occurrence.commune = taken.isEmpty() ? (chance(85) ? lead.commune : pickCommune())
                                         : (chance(50) ? pickCommune() : taken.first().commune);
    occurrence.place = idea.place ? utf8(idea.place) : lead.name;
    if (idea.place && occurrence.commune != lead.commune && chance(50))
        occurrence.place += QStringLiteral(" ") + m_communes.at(occurrence.commune).ofName;
    const int low = idea.minParticipants;
    const int high = std::max(low, idea.maxParticipants);
    if (chance(85))
        occurrence.expected = std::max(1, int(std::lround(between(low, high) / 5.0)) * 5);
    return occurrence;
}

// Its status, participants and dates as they stand today: the Week over, what was held was
// counted and entered in the weeks after (now and then the officer did not come back to
// mark an action held); before it, proposals are confirmed a week or three after they
// come in.
void Generator::settleAction(const PlannedEdition &edition, PlannedAction &action, bool counted)
{
    const demodata::SerdActionIdea &idea = demodata::serdActionIdeas()[size_t(action.idea)];
    action.createdAt = momentOn(action.created);
    action.updatedAt = action.createdAt;
    QDate last;
    for (const PlannedOccurrence &occurrence : std::as_const(action.occurrences))
        last = std::max(last, occurrence.date);
    const bool begun = edition.starts < m_today;
    if (!counted) {
        action.status = SerdStatus::Cancelled;
        const QDate cancelled
            = std::min(dayBetween(action.created, edition.starts.addDays(-1)), m_today.addDays(-1));
        action.updatedAt = std::max(action.createdAt, momentOn(cancelled));
        action.registered = begun && chance(40);
        return;
    }
    if (begun) {
        action.status = last < m_today && chance(88) ? SerdStatus::Held : SerdStatus::Confirmed;
        action.registered = chance(85);
        for (PlannedOccurrence &occurrence : action.occurrences) {
            if (occurrence.cancelled || occurrence.date >= m_today || chance(10))
                continue;
            const double base = occurrence.expected
                ? *occurrence.expected
                : between(idea.minParticipants, idea.maxParticipants);
            occurrence.actual = std::max(1, int(std::lround(base * between(0.6, 1.25))));
        }
        action.updatedAt = std::max(action.createdAt,
            last < m_today ? enteredAfter(last, 2, 20) : enteredAfter(action.created, 7, 21));
        return;
    }
    const QDate confirmed = action.created.addDays(7 + below(15));
    if (confirmed < m_today && !chance(10)) {
        action.status = SerdStatus::Confirmed;
        action.updatedAt = std::max(action.createdAt, momentOn(confirmed));
        action.registered = chance(70);
    } else {
        action.status = SerdStatus::Proposed;
        action.registered = chance(15);
    }
}

// The organisers first: the partners who ran an action the year before come back, and about
// three in four of the year's trainees run one, as lead of their organisation's action or
// as its contact person; the others' organisations stay out of the Week. Then the actions
// of those who lead, the repeats of the busiest ones, the co-organisers, the days.
void Generator::planEdition(PlannedEdition &edition, int number, const QSet<int> &before)
{
    EditionSize size = editionSize(number, [this](int bound) { return below(bound); });
    // A network's Week: its local programmes' actions together.
    const auto scaled = [this](int count) { return int(std::lround(count * m_serdScale)); };
    size = { scaled(size.held), scaled(size.distinct), scaled(size.organisers) };
    // Partners come in until a week or so before the Week (the first year, many joined at
    // the concertation, a fortnight before it).
    const QDate latest = edition.starts.addDays(-7);
    const int joined = dayIndex(latest.addDays(-3));
    const bool lastYear = edition.starts >= m_yearStart;

    // The year's trainees: those who run an action, the others.
    QList<int> runners;
    QSet<int> idle;
    for (const PlannedCohort &cohort : std::as_const(m_cohorts)) {
        if (cohort.year != edition.year)
            continue;
        QList<int> trainees;
        for (const PlannedTrainee &trainee : cohort.trainees)
            trainees << trainee.contact;
        for (qsizetype i = trainees.size() - 1; i > 0; --i)
            std::swap(trainees[i], trainees[below(int(i) + 1)]);
        const int running = int(std::lround(between(0.68, 0.8) * double(trainees.size())));
        for (qsizetype i = 0; i < trainees.size(); ++i) {
            if (i < running)
                runners << trainees.at(i);
            else
                idle.insert(trainees.at(i));
        }
    }
    QSet<int> excluded; // the idle trainees' organisations
    for (const int contact : std::as_const(idle)) {
        if (m_contacts.at(contact).organisation >= 0)
            excluded.insert(m_contacts.at(contact).organisation);
    }
    const auto eligible = [&](int organisation) {
        const OrganisationInfo &info = m_organisations.at(organisation);
        return info.created < joined && !(lastYear && info.quiet) && serdWeight(info.kind) > 0;
    };

    QList<int> leads;
    QSet<int> organisers;
    QList<std::pair<int, int>> runnerActions; // lead organisation, contact
    QList<int> unplacedRunners;
    for (const int runner : std::as_const(runners)) {
        const int organisation = m_contacts.at(runner).organisation;
        if (organisation >= 0 && eligible(organisation)) {
            excluded.remove(organisation);
            if (!organisers.contains(organisation)) {
                organisers.insert(organisation);
                leads << organisation;
            }
            runnerActions.append({ organisation, runner });
        } else {
            unplacedRunners << runner;
        }
    }
    QList<std::pair<int, double>> candidates;
    for (int i = 0; i < m_organisations.size(); ++i) {
        if (!eligible(i) || excluded.contains(i) || organisers.contains(i))
            continue;
        const OrganisationInfo &info = m_organisations.at(i);
        double weight = serdWeight(info.kind);
        if (info.networkHead)
            weight *= 1.5;
        if (before.contains(i))
            weight *= 4;
        candidates.append({ i, weight });
    }
    // A small file has fewer partners, and as many actions for each.
    const int available = int(organisers.size() + candidates.size());
    if (available < size.organisers) {
        const double share = double(available) / std::max(1, size.organisers);
        size.organisers = available;
        size.distinct = std::max(available > 0 ? 1 : 0, int(std::lround(size.distinct * share)));
        size.held = std::max(size.distinct, int(std::lround(size.held * share)));
    }
    if (size.organisers == 0)
        return;
    const QList<int> drawn = drawWeighted(
        candidates, size.organisers - int(std::min<qsizetype>(organisers.size(), size.organisers)));
    QList<int> coOnly;
    const int leadCount = std::clamp(int(std::lround(size.organisers * 0.82)), 1, size.distinct);
    for (const int organisation : drawn) {
        organisers.insert(organisation);
        if (leads.size() < leadCount)
            leads << organisation;
        else
            coOnly << organisation;
    }

    // The actions of the counted ones: each lead's first, then more for the busiest.
    QList<PlannedAction> &actions = edition.actions;
    QList<std::pair<int, double>> busy;
    for (const int lead : std::as_const(leads)) {
        const OrganisationInfo &info = m_organisations.at(lead);
        const bool municipal = info.kind == Kind::MunicipalService || info.kind == Kind::Commune;
        busy.append({ lead, (municipal ? 3.0 : 1.0) * (info.networkHead ? 2.0 : 1.0) });
    }
    for (int a = 0; a < size.distinct; ++a) {
        PlannedAction action;
        if (a < leads.size()) {
            action.lead = leads.at(a);
        } else {
            QList<std::pair<int, double>> weights = busy;
            action.lead = drawWeighted(weights, 1).value(0, leads.first());
        }
        actions << action;
    }
    // The runners' actions are their organisation's first one, or another of it.
    for (const auto &[organisation, runner] : std::as_const(runnerActions)) {
        qsizetype found = -1;
        for (qsizetype a = 0; a < actions.size(); ++a) {
            if (actions.at(a).lead == organisation && actions.at(a).contact < 0) {
                found = a;
                break;
            }
        }
        if (found < 0) {
            PlannedAction action;
            action.lead = organisation;
            if (actions.size() < size.distinct + 8) {
                actions << action;
                found = actions.size() - 1;
            } else {
                continue;
            }
        }
        actions[found].contact = runner;
    }
    for (const int runner : std::as_const(unplacedRunners)) {
        QList<int> open;
        for (qsizetype a = 0; a < actions.size(); ++a) {
            if (actions.at(a).contact < 0)
                open << int(a);
        }
        if (!open.isEmpty())
            actions[pick(open)].contact = runner;
    }
    const int counted = int(actions.size());

    // Co-organisers: those who only help, and now and then a lead who helps another.
    for (const int organisation : std::as_const(coOnly)) {
        PlannedAction &action = actions[below(counted)];
        action.coOrganisers << organisation;
    }
    for (PlannedAction &action : actions) {
        if (leads.size() > 1 && chance(12)) {
            const int helper = pick(leads);
            if (helper != action.lead && !action.coOrganisers.contains(helper))
                action.coOrganisers << helper;
        }
    }

    // The contact person: of the lead organisation, relays and SERD regulars first.
    for (PlannedAction &action : actions) {
        if (action.contact >= 0)
            continue;
        QList<std::pair<int, double>> people;
        for (const int person : m_organisations.at(action.lead).people) {
            const ContactInfo &contact = m_contacts.at(person);
            // Nobody out of touch this past year is the contact of its actions.
            if (contact.refused || contact.created >= joined || idle.contains(person)
                || (lastYear && !contact.active))
                continue;
            double weight = 1;
            if (contact.relayActor)
                weight *= 3;
            if (contact.inSerd)
                weight *= 2;
            if (contact.networkHead)
                weight *= 1.5;
            people.append({ person, weight });
        }
        if (!people.isEmpty() && chance(88))
            action.contact = drawWeighted(people, 1).first();
    }

    // What each does, and when it came in (after those it names joined the file): the
    // runners' among the first.
    for (PlannedAction &action : actions) {
        action.idea = drawIdea(action.lead, edition.focus);
        int known = dayIndex(edition.call) - 1;
        for (const int organisation : action.coOrganisers)
            known = std::max(known, m_organisations.at(organisation).created);
        known = std::max(known, m_organisations.at(action.lead).created);
        if (action.contact >= 0)
            known = std::max(known, m_contacts.at(action.contact).created);
        const QDate earliest = dateOf(known + 1);
        action.created = dayBetween(earliest,
            action.contact >= 0 && chance(60) ? std::min(latest, earliest.addDays(14)) : latest);
        while (!isWorkingDay(action.created))
            action.created = action.created.addDays(1);
    }

    // The days: one each, then the repeats, the busiest ideas first.
    const auto ideas = demodata::serdActionIdeas();
    for (PlannedAction &action : actions)
        action.occurrences << occurrenceOf(edition, action, {});
    for (int extra = size.held - counted; extra > 0; --extra) {
        QList<int> open;
        QList<int> any;
        for (int a = 0; a < counted; ++a) {
            const qsizetype has = actions.at(a).occurrences.size();
            if (has < ideas[size_t(actions.at(a).idea)].maxOccurrences)
                open << a;
            if (has < 3)
                any << a;
        }
        if (open.isEmpty() && any.isEmpty())
            break;
        PlannedAction &action = actions[pick(open.isEmpty() ? any : open)];
        action.occurrences << occurrenceOf(edition, action, action.occurrences);
    }
    const bool begun = edition.starts < m_today;
    // Now and then a date is called off (the rain, a speaker ill), the action held elsewhere.
    if (begun) {
        for (int k = scaled(2 + below(3)); k > 0; --k) {
            PlannedAction &action = actions[below(counted)];
            PlannedOccurrence cancelled = occurrenceOf(edition, action, action.occurrences);
            cancelled.cancelled = true;
            action.occurrences << cancelled;
        }
    }
    for (PlannedAction &action : actions)
        settleAction(edition, action, true);

    // A few actions called off altogether.
    for (int k = scaled(begun ? 2 + below(3) : below(2)); k > 0; --k) {
        PlannedAction action;
        action.lead = pick(leads);
        action.idea = drawIdea(action.lead, edition.focus);
        action.created = dayBetween(
            std::max(edition.call, dateOf(m_organisations.at(action.lead).created + 1)),
            edition.starts.addDays(-8));
        while (!isWorkingDay(action.created))
            action.created = action.created.addDays(1);
        if (action.created >= m_today)
            continue;
        action.occurrences << occurrenceOf(edition, action, {});
        settleAction(edition, action, false);
        actions << action;
    }

    // Proposals not in yet by today are not in the file.
    actions.removeIf([this](const PlannedAction &action) { return action.created > m_today; });

    // Titles: the same idea by several partners, told apart by the commune, then the lead.
    QSet<QString> titles;
    for (PlannedAction &action : actions) {
        const demodata::SerdActionIdea &idea = ideas[size_t(action.idea)];
        const int commune = action.occurrences.first().commune;
        QString title = utf8(idea.title);
        title.replace(QLatin1String("{dc}"), m_communes.at(commune).ofName);
        if (titles.contains(title) && !QString::fromUtf8(idea.title).contains(u'{'))
            title += QStringLiteral(" — ") + m_communes.at(commune).name;
        if (titles.contains(title))
            title += QStringLiteral(" (") + m_organisations.at(action.lead).name + QLatin1Char(')');
        titles.insert(title);
        action.title = title;
        const bool onTheme
            = idea.focusWord && foldedKey(edition.focus).contains(foldedKey(utf8(idea.focusWord)));
        action.topic = onTheme ? demodata::SerdTopic::ThemeOfTheYear
            : idea.topic == demodata::SerdTopic::ThemeOfTheYear ? demodata::SerdTopic::Source
                                                                : idea.topic;
    }
    std::stable_sort(actions.begin(), actions.end(),
        [](const PlannedAction &a, const PlannedAction &b) { return a.createdAt < b.createdAt; });
}

void Generator::addSerd()
{
    qint64 categoryIds[demodata::serdCategoryCount] = {};
    qint64 topicIds[demodata::serdTopicCount] = {};
    static_assert(std::size(schema_v5::categories) == demodata::serdCategoryCount);
    static_assert(std::size(schema_v5::topics) == demodata::serdTopicCount);
    seededItemIds(m_database, ReferenceList::SerdCategory, schema_v5::categories, categoryIds);
    seededItemIds(m_database, ReferenceList::SerdTopic, schema_v5::topics, topicIds);
    const auto ideas = demodata::serdActionIdeas();

    SerdRepository serd(m_database);
    for (PlannedEdition &planned : m_editions) {
        SerdEdition edition;
        edition.year = planned.year;
        edition.startsOn = planned.starts;
        edition.endsOn = planned.ends;
        edition.focus = planned.focus;
        edition.notes = planned.notes;
        edition.createdAt = planned.createdAt;
        edition.updatedAt = planned.updatedAt;
        planned.id = serd.insertEdition(edition);
        for (PlannedAction &action : planned.actions) {
            const demodata::SerdActionIdea &idea = ideas[size_t(action.idea)];
            SerdAction record;
            record.editionId = planned.id;
            record.title = action.title;
            record.description = utf8(idea.description);
            record.categoryId
                = categoryIds[int(serdCategoryOf(m_organisations.at(action.lead).kind))];
            record.topicId = topicIds[int(action.topic)];
            record.audience = utf8(idea.audience);
            record.leadOrganisationId = m_organisations.at(action.lead).id;
            for (const int co : std::as_const(action.coOrganisers))
                record.coOrganiserIds << m_organisations.at(co).id;
            if (action.contact >= 0)
                record.contactId = m_contacts.at(action.contact).id;
            record.status = action.status;
            record.registered = action.registered;
            record.createdAt = action.createdAt;
            record.updatedAt = action.updatedAt;
            action.id = serd.insertAction(cleanedSerdAction(record));
            for (const PlannedOccurrence &occurrence : std::as_const(action.occurrences)) {
                SerdOccurrence row;
                row.actionId = action.id;
                row.date = occurrence.date;
                row.startsAt = occurrence.starts;
                row.endsAt = occurrence.ends;
                row.place = occurrence.place;
                row.communeId = m_communes.at(occurrence.commune).id;
                row.expectedParticipants = occurrence.expected;
                row.actualParticipants = occurrence.actual;
                row.cancelled = occurrence.cancelled;
                row.createdAt = action.createdAt;
                row.updatedAt = occurrence.actual || occurrence.cancelled ? action.updatedAt
                                                                          : action.createdAt;
                serd.insertOccurrence(row);
            }
        }
    }
}

// ---- The means of the programme ----------------------------------------------------------

// Twenty to forty a year, most of them for an action of the Week or a meeting, in the tens
// of thousands of euros (Mulhouse: 34,700 € in 2015): partners' staff time at their rates,
// material, a few other expenses. A year whose Week is still to come has only its first
// months' worth.
void Generator::addContributions()
{
    MeansRepository means(m_database);
    const int firstYear = m_programmeStart.year();
    for (int year = firstYear; year <= m_today.year(); ++year) {
        const bool first = year == firstYear;
        // What happened that year by today: the held actions, the meetings held.
        struct Activity
        {
            qint64 meeting = 0;
            qint64 action = 0;
            QDate date;
            QList<int> organisations;
        };
        QList<Activity> actions;
        for (const PlannedEdition &edition : std::as_const(m_editions)) {
            if (edition.year != year)
                continue;
            for (const PlannedAction &action : edition.actions) {
                if (!serdStatusCounts(action.status))
                    continue;
                QDate held;
                for (const PlannedOccurrence &o : action.occurrences) {
                    if (!o.cancelled && o.date < m_today)
                        held = std::max(held, o.date);
                }
                if (!held.isValid())
                    continue;
                Activity activity { 0, action.id, held, { action.lead } };
                activity.organisations << action.coOrganisers;
                actions << activity;
            }
        }
        QList<Activity> meetings;
        for (const PlannedMeeting &meeting : std::as_const(m_meetings)) {
            if (meeting.date.year() != year || meeting.date >= m_today)
                continue;
            Activity activity { meeting.id, 0, meeting.date, {} };
            for (const PlannedInvitation &invitation : meeting.invitations) {
                const int organisation = m_contacts.at(invitation.contact).organisation;
                if (invitation.status == AttendanceStatus::Present && organisation >= 0
                    && !activity.organisations.contains(organisation))
                    activity.organisations << organisation;
            }
            if (!activity.organisations.isEmpty())
                meetings << activity;
        }
        if (actions.isEmpty() && meetings.isEmpty())
            continue;
        const bool weekDone = serdEnd(year) < m_today;
        int count = first ? 20 + below(7) : 26 + below(13);
        double total = first ? between(20000, 26000) : between(30000, 38000);
        if (!weekDone) {
            count = std::max(1, count / 3);
            total /= 3;
        }

        struct Drawn
        {
            ValuedContribution contribution;
            QDate date;
            double weight = 1;
        };
        QList<Drawn> drawn;
        double weights = 0;
        for (int k = 0; k < count; ++k) {
            Drawn d;
            ValuedContribution &c = d.contribution;
            c.year = year;
            const int relation = below(100);
            const Activity *activity = nullptr;
            if ((relation < 65 || meetings.isEmpty()) && !actions.isEmpty())
                activity = &pick(actions);
            else if (!meetings.isEmpty())
                activity = &pick(meetings);
            const bool unrelated = relation >= 88;
            c.organisationId = m_organisations
                                   .at(chance(70) ? activity->organisations.first()
                                                  : pick(activity->organisations))
                                   .id;
            if (!unrelated) {
                c.meetingId = activity->meeting;
                c.serdActionId = activity->action;
            }
            d.date = activity->date;
            const int kind = below(100);
            c.kind = kind < 60 ? ContributionKind::StaffTime
                : kind < 90    ? ContributionKind::Material
                               : ContributionKind::Other;
            d.weight = std::exp(between(-1.0, 1.2))
                * (c.kind == ContributionKind::StaffTime       ? 1.5
                        : c.kind == ContributionKind::Material ? 1.0
                                                               : 0.4);
            c.note = pickText(demodata::contributionNotes(int(c.kind)));
            weights += d.weight;
            drawn << d;
        }
        for (Drawn &d : drawn) {
            ValuedContribution &c = d.contribution;
            const double euros = total * d.weight / weights;
            if (c.kind == ContributionKind::StaffTime) {
                static constexpr int dayRates[] = { 180, 200, 220, 250, 280, 300, 350 };
                static constexpr int hourRates[] = { 15, 18, 20, 22, 25, 30, 35, 40 };
                const bool days = euros > 2500 || chance(45);
                if (days) {
                    c.unit = TimeUnit::Days;
                    c.rate = Cents(pick(std::span<const int>(dayRates))) * 100;
                    c.quantity = std::max(0.5, std::round(euros / (c.rate / 100.0) * 2) / 2);
                } else {
                    c.unit = TimeUnit::Hours;
                    c.rate = Cents(pick(std::span<const int>(hourRates))) * 100;
                    c.quantity = std::max(1.0, std::round(euros / (c.rate / 100.0)));
                }
            } else {
                c.amount = centsFromEuros(std::max(30.0, std::round(euros / 10) * 10));
            }
            c.createdAt = enteredAfter(d.date, 5, 45);
            c.updatedAt = c.createdAt;
            means.insertContribution(cleanedContribution(c));
        }
    }
}

// The staff's roles, and their days: the officer's preparation of each meeting held (three
// days for a council, the assistant one more), each training session, the SERD (its call,
// its Week, its results), and month by month the mobilisation of partners, their follow-up,
// the communication, the actors' file; the annual report in January and February.
void Generator::addStaffTime()
{
    using demodata::Staff;
    MeansRepository means(m_database);
    qint64 roleIds[std::size(schema_v6::staffRoles)] = {};
    seededItemIds(m_database, ReferenceList::StaffRole, schema_v6::staffRoles, roleIds);
    // schema_v6::staffRoles: officer, intern, assistant, communication officer.
    const qint64 roleOf[demodata::staffCount] = { roleIds[0], roleIds[2], roleIds[1], roleIds[3] };
    for (int staff = 0; staff < demodata::staffCount; ++staff) {
        if (m_staffIds[staff] && roleOf[staff])
            means.setStaffRole(m_staffIds[staff], roleOf[staff]);
    }

    QList<StaffTimeEntry> entries;
    const auto add = [&](Staff staff, const StaffActivity &activity, const QDate &starts,
                         const QDate &ends, double days, const QString &note = {}) {
        const double halves = std::max(1.0, std::round(days * 2));
        if (!m_staffIds[int(staff)] || starts >= m_today || (ends.isValid() && ends >= m_today))
            return;
        StaffTimeEntry entry;
        entry.startsOn = starts;
        entry.endsOn = ends;
        entry.staffId = m_staffIds[int(staff)];
        entry.activity = activity;
        entry.days = halves / 2;
        entry.note = note;
        entry.createdAt = enteredAfter(ends.isValid() ? ends : starts, 0, 6);
        entry.updatedAt = entry.createdAt;
        entries << entry;
    };
    const auto around = [this](double days) { return days + 0.5 * (below(3) - 1); };

    // The file's staff are those of its own programme: the other local programmes' time is
    // theirs to count.
    for (const PlannedMeeting &meeting : std::as_const(m_meetings)) {
        if (meeting.programme != 0)
            continue;
        const StaffActivity activity = StaffActivity::meeting(meeting.id);
        double officer = 0.5;
        switch (meeting.kind) {
        case demodata::MeetingKind::Council:
            officer = 3;
            add(Staff::Assistant, activity, meeting.date, {}, 1);
            add(Staff::Communication, activity, meeting.date, {}, 0.5);
            break;
        case demodata::MeetingKind::Workshop:
            officer = 1;
            break;
        case demodata::MeetingKind::NetworkHeads:
            officer = 1;
            break;
        case demodata::MeetingKind::SerdPreparation:
            officer = 1.5;
            break;
        case demodata::MeetingKind::Other:
            break;
        }
        add(Staff::Officer, activity, meeting.date, {}, around(officer));
        if (meeting.kind != demodata::MeetingKind::Council) {
            for (const Staff staff : meeting.staff) {
                if (staff != Staff::Officer)
                    add(staff, activity, meeting.date, {}, chance(50) ? 0.5 : 1);
            }
        }
    }
    const QString training = utf8(demodata::trainingCategory);
    for (const PlannedCohort &cohort : std::as_const(m_cohorts)) {
        if (cohort.programme != 0)
            continue;
        add(Staff::Officer, StaffActivity::named(training), cohort.created, {}, 2 + 0.5 * below(5));
        for (const PlannedSession &session : cohort.sessions) {
            const StaffActivity activity = StaffActivity::trainingSession(session.id);
            add(Staff::Officer, activity, session.date, {}, chance(60) ? 1 : 1.5);
            if (session.entered.isValid())
                add(Staff::Assistant, activity, session.date, {}, 0.5);
        }
    }
    for (const PlannedEdition &edition : std::as_const(m_editions)) {
        const StaffActivity activity = StaffActivity::serdEdition(edition.id);
        const QDate prepared = edition.starts.addDays(-1);
        const QDate results = edition.ends.addDays(21);
        add(Staff::Officer, activity, edition.call, prepared, between(8, 13),
            QStringLiteral("Appel à projets, accompagnement des porteurs d'actions"));
        add(Staff::Officer, activity, edition.starts, edition.ends, 5 + 0.5 * below(3),
            QStringLiteral("Visites des actions pendant la Semaine"));
        add(Staff::Officer, activity, edition.ends.addDays(1), results, 3 + 0.5 * below(3),
            QStringLiteral("Bilan de la SERD"));
        add(Staff::Intern, activity, edition.call, prepared, between(6, 11),
            QStringLiteral("Suivi des fiches actions, kit de communication"));
        add(Staff::Intern, activity, edition.starts, edition.ends, 4 + 0.5 * below(3));
        add(Staff::Assistant, activity, edition.call, prepared, between(2, 3.5),
            QStringLiteral("Saisie des fiches actions"));
        add(Staff::Assistant, activity, edition.ends.addDays(1), results, between(1.5, 3),
            QStringLiteral("Saisie des participants et des remerciements"));
        add(Staff::Communication, activity, edition.call, prepared, between(3, 5.5),
            QStringLiteral("Programme de la Semaine, affiches, communiqué de presse"));
    }

    const StaffActivity mobilisation = StaffActivity::named(utf8(demodata::mobilisationCategory));
    const StaffActivity followUp = StaffActivity::named(utf8(demodata::followUpCategory));
    const StaffActivity communication = StaffActivity::named(utf8(demodata::communicationCategory));
    const StaffActivity file = StaffActivity::named(utf8(demodata::fileCategory));
    const StaffActivity report = StaffActivity::named(utf8(demodata::reportCategory));
    for (QDate month(m_programmeStart.year(), m_programmeStart.month(), 1);;
         month = month.addMonths(1)) {
        const QDate starts = std::max(month, m_programmeStart);
        const QDate ends = month.addMonths(1).addDays(-1);
        if (ends >= m_today)
            break;
        // The launch's months are the busiest, August the quietest.
        const bool launch = starts < m_programmeStart.addMonths(3);
        const double pace = month.month() == 8 ? 0.3 : 1.0;
        add(Staff::Officer, mobilisation, starts, ends,
            (launch ? between(5, 7) : between(2.5, 3.5)) * pace);
        add(Staff::Officer, followUp, starts, ends, between(1, 2) * pace);
        if (month.month() != 8)
            add(Staff::Officer, communication, starts, ends, chance(50) ? 0.5 : 1);
        add(Staff::Assistant, file, starts, ends, between(1, 2) * pace);
        if (month.month() != 8)
            add(Staff::Communication, communication, starts, ends, between(0.5, 1.5));
        if (month.month() >= 4 && month.month() <= 7)
            add(Staff::Intern, mobilisation, starts, ends, between(1, 2));
        if ((month.month() == 1 || month.month() == 2) && month.year() > m_programmeStart.year())
            add(Staff::Officer, report, starts, ends, between(3, 5),
                QStringLiteral("Bilan %1 du programme").arg(month.year() - 1));
    }

    std::stable_sort(entries.begin(), entries.end(),
        [](const StaffTimeEntry &a, const StaffTimeEntry &b) { return a.startsOn < b.startsOn; });
    for (const StaffTimeEntry &entry : std::as_const(entries))
        means.insertStaffTime(cleanedStaffTime(entry));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

int demoOrganisationCount(int contacts)
{
    if (contacts <= 0)
        return 0;
    // Fitted to 120 for 250 and 20,000 for 100,000: a larger network has more people in
    // each organisation.
    return std::max(1, int(std::lround(120.0 * std::pow(contacts / 250.0, 0.854))));
}

void generateDemo(Database &database, const DemoOptions &options)
{
    DemoOptions checked = options;
    checked.contacts = std::max(0, options.contacts);
    checked.organisations = std::max(0, options.organisations);
    checked.years = std::max(0, options.years);
    Generator(database, checked).run();
}

Database::Opened createDemoDatabase(const QString &path, const DemoOptions &options)
{
    const QFileInfo info(path);
    const QString shownName = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() || info.isSymLink()) {
        Database::Opened refused;
        refused.error = Database::OpenError::CannotCreate;
        refused.message = DemoGenerator::tr(
            "%1 already exists. The demo programme is only written into a new "
            "file: choose another name. The existing file has not been changed.")
                              .arg(shownName);
        return refused;
    }
    Database::Opened opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened.database)
        return opened;
    try {
        generateDemo(*opened.database, options);
    } catch (const DatabaseError &error) {
        opened.database.reset();
        removeDatabaseFiles(info.absoluteFilePath());
        opened.error = Database::OpenError::CannotCreate;
        opened.message = DemoGenerator::tr("The demo programme could not be written into %1: %2")
                             .arg(shownName, error.message());
        opened.detail = error.detail();
    }
    return opened;
}

} // namespace relais
