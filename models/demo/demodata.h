#pragma once

#include <initializer_list>
#include <span>

// The raw material of the demo programme: French names, the communes of Mulhouse Alsace
// Agglomération, organisation name patterns per actor type, roles, tags, and what a year
// of interactions and follow-ups is about. Demo content, not interface text: it stays in
// French whatever the user's language. Strings are UTF-8.

namespace relais::demodata {

// In the order of schema_v1::actorTypes, whose seeded names the generator looks up.
enum class Kind {
    EnvironmentAssociation,
    NeighbourhoodAssociation,
    SocialCentre,
    SocialEconomy,
    Artist,
    Commune,
    MunicipalService,
    Inhabitant,
    CitizenCouncil,
    University,
    LargeCompany,
    SocialLandlord,
    ReuseCraftsman,
    School,
};
inline constexpr int kindCount = 14;

// In the order of schema_v1::domains.
enum class Field { Cultural, Educational, Sports, Economic, Social };
inline constexpr int fieldCount = 5;
inline constexpr int noField = -1;

struct FirstName
{
    const char *name;
    bool feminine;
};

struct Commune
{
    const char *name;
    const char *postcode;
    const char *otherPostcode; // Mulhouse has two; nullptr elsewhere
    int weight; // roughly the population in hundreds: where actors are
};

// Real-sounding organisations used first, so that the default demo reads like a real file.
struct KnownOrganisation
{
    Kind kind;
    const char *name;
    const char *acronym;
    const char *commune;
    bool networkHead;
    const char *emailDomain; // nullptr: derived from the name
};

// {c} commune, {dc} "de Rixheim" / "d'Illzach", {q} a district of Mulhouse, {p} a
// personality schools and centres are named after, {t} a word of the kind's themes,
// {s} a last name, {f} a first name.
struct NamePattern
{
    const char *text;
    int field = noField; // a domain the name implies on top of the kind's
};

struct Role
{
    const char *masculine;
    const char *feminine;
};

struct KindProfile
{
    Kind kind;
    int weight; // organisations of this kind among 120
    Field field;
    int ownEmailDomainPercent; // the others use a webmail address
    std::span<const NamePattern> patterns;
    std::span<const char *const> themes;
    std::span<const Role> roles; // the first is the one who leads it
};

struct Webmail
{
    const char *domain;
    int weight;
};

struct Day
{
    int year;
    int month;
    int day;
};

std::span<const FirstName> firstNames();
std::span<const char *const> lastNames();
std::span<const Commune> communes();
std::span<const char *const> mulhouseDistricts();
std::span<const char *const> streets();
std::span<const char *const> personalities();
std::span<const KnownOrganisation> knownOrganisations();
const KindProfile &profile(Kind kind);
std::span<const Webmail> webmails();
std::span<const char *const> organisationMailboxes();

// Tags named after a year ("SERD 2025"), given the years of the file's calendar.
inline constexpr const char *serdTagFormat = "SERD %1";
inline constexpr const char *relayTrainingTagFormat = "formation relais %1";
inline constexpr const char *councilTag = "conseil d'acteurs";
// Every tag of the demo but those named after a year: the council's, then the themes.
std::span<const char *const> tags();
std::span<const char *const> thematicTags();

std::span<const char *const> consentMethods();
std::span<const char *const> refusalMethods();
// {prev} and {year} stand for the years of the last two SERD editions.
std::span<const char *const> contactNotes();
std::span<const char *const> organisationNotes();

// ---- The year of interactions ------------------------------------------------------

// In the order of schema_v2::interactionKinds.
enum class Channel { Call, Email, Visit, Meeting, Letter, ThankYou };
inline constexpr int channelCount = 6;
// In the order of schema_v2::staffMembers.
enum class Staff { Officer, Assistant, Intern, Communication };
inline constexpr int staffCount = 4;

constexpr unsigned channels(std::initializer_list<Channel> list)
{
    unsigned mask = 0;
    for (const Channel channel : list)
        mask |= 1u << unsigned(channel);
    return mask;
}

// The times of the programme's year, each with its reasons to be in touch.
enum class Moment {
    Routine,
    CouncilInvitation, // the three weeks before an actors' council
    CouncilAftermath, // the two weeks after it
    SerdCall, // the call for projects, from September to five weeks before the SERD
    SerdPreparation, // the five weeks before it
    SerdWeek,
    SerdThanks, // the weeks after it
    SpringActions, // partners' own events, April to June
};
inline constexpr int momentCount = 8;

// What an interaction around an actors' council says of the person's place in it: on
// the list of invitees at least, registered (then present or absent), excused, there.
enum class AtCouncil { Invited, Registered, Excused, Present };

// What an interaction is about. In the texts: {o} the organisation, {c} the commune,
// {dc} "de Rixheim" / "d'Illzach", {t} a SERD action, {d} the council's date ("12 juin"),
// {y} the SERD's year.
struct Topic
{
    Moment moment;
    const char *subject;
    unsigned channels; // the kinds it comes as, equally likely
    bool needsOrganisation = false; // {o} in the texts
    Staff staff = Staff::Officer; // who usually does it…
    int staffPercent = 0; // …this often; otherwise mostly the programme officer
    const char *followUp = nullptr; // the action it often plans
    int followUpDays = 0; // typically due after
    const char *done = nullptr; // the subject of the interaction that does it
    Channel doneChannel = Channel::Email;
    bool noted = true; // may carry one of its moment's notes
    AtCouncil atCouncil = AtCouncil::Invited; // of the council moments' topics
};
std::span<const Topic> topics();
std::span<const char *const> interactionNotes(Moment moment);
// "atelier compostage", "Repair Café": what partners run during the SERD.
std::span<const char *const> serdActions();
// French month names, for {d}.
std::span<const char *const> monthNames();

// Follow-ups planned for many actors at once, one each.
struct PlannedTogether
{
    const char *action;
    const char *done;
    Channel doneChannel;
};
inline constexpr PlannedTogether serdThanks { "Remercier pour la SERD {y}",
    "Remerciements pour la SERD {y}", Channel::ThankYou };
inline constexpr PlannedTogether councilInvitation { "Inviter au conseil d'acteurs du {d}",
    "Invitation au conseil d'acteurs du {d}", Channel::Email };
inline constexpr PlannedTogether annualReport { "Envoyer le bilan {y} du programme",
    "Envoi du bilan {y} du programme", Channel::Email };

// ---- Meetings ------------------------------------------------------------------------

// In the order of schema_v3::meetingTypes.
enum class MeetingKind { Council, Workshop, NetworkHeads, SerdPreparation, Other };
inline constexpr int meetingKindCount = 5;

// Where a meeting is held: a room or a building, and its commune (one of communes()).
struct Venue
{
    const char *place;
    const char *commune;
};
// Halls for the councils' hundred people and more.
std::span<const Venue> councilVenues();
// Meeting rooms for workshops and working meetings.
std::span<const Venue> meetingRooms();

// In the texts: {m} the month ("mars"), {dm} "de mars" / "d'octobre", {y} the meeting's
// year, {prev} the year before.
struct MeetingText
{
    const char *title;
    const char *themes;
    const char *description;
};
// A workshop and the thematic tag (one of thematicTags()) of those it concerns first.
struct Workshop
{
    MeetingText text;
    const char *tag;
};

// "Conseil d'acteurs {dm} {y}"…: the councils' titles, any of them for any council.
std::span<const char *const> councilTitles();
inline constexpr MeetingText launchCouncil { "Conseil d'acteurs de lancement du programme",
    "présentation du programme local de prévention, objectifs et calendrier, méthode de "
    "concertation, inscription aux ateliers thématiques",
    "Lancement du programme local de prévention des déchets avec les acteurs du territoire : "
    "enjeux, objectifs de réduction, rôle de chacun. Présentation de la semaine de concertation "
    "et inscription aux six ateliers thématiques." };
// The agendas of the councils of March, June and October (season 0, 1, 2).
std::span<const MeetingText> councilAgendas(int season);
// The six themes of the concertation week that opened the programme.
std::span<const Workshop> concertationWorkshops();
// The workshops of the following years.
std::span<const Workshop> thematicWorkshops();
// The network heads met when the programme was drawn up, by domains: the first for the
// cultural, educational and sports ones, the second for the economic and social ones.
std::span<const MeetingText> launchNetworkHeadMeetings();
// The yearly ones: at the start of the year, and in spring.
std::span<const MeetingText> networkHeadMeetings();
// The collective preparation of a SERD, in the order of its meetings.
std::span<const MeetingText> serdPreparations();

// ---- The training of relay actors ----------------------------------------------------

// A kind as a bit, for the kinds of organisation a session's trainer or host is among.
constexpr unsigned kinds(std::initializer_list<Kind> list)
{
    unsigned mask = 0;
    for (const Kind kind : list)
        mask |= 1u << unsigned(kind);
    return mask;
}

// The five themes of the training, in the order of the programme.
struct TrainingModuleText
{
    const char *theme;
    const char *title;
    const char *objectives;
    const char *description;
    double plannedHours;
};
std::span<const TrainingModuleText> trainingModules();

// A half-day's hours, in minutes from midnight; {0, 0}: the session has no such half-day.
struct HalfDayHours
{
    int starts;
    int ends;
};

// A session of the pilot group's year: apports théoriques in a room, or a field visit.
// The generator moves it to each cohort's year on the same weekday (then a week on while
// that day is taken by a council, the SERD or another session).
struct TrainingSessionPlan
{
    int module; // in trainingModules()
    Day day; // in trainingPilotYear
    HalfDayHours morning;
    HalfDayHours afternoon;
    bool fieldVisit;
    unsigned hosts; // kinds(): at such a partner's premises when the file has one…
    const char *place; // …else here (nullptr: one of meetingRooms())
    const char *commune;
    unsigned trainers; // kinds(): trained by one of their people when the file has one…
    const char *trainer; // …else by this person, typed in
    int maxPlaces; // 0: no limit
    const char *notes;
};
// Eight sessions over the five modules, from March to October, before the SERD.
std::span<const TrainingSessionPlan> trainingSessions();
inline constexpr int trainingPilotYear = 2014;
// Completed: at least this many half-days attended (of the eleven).
inline constexpr int trainingHalfDaysToComplete = 6;

// "Acteurs relais {y} — groupe pilote", then "— {n}e promotion".
inline constexpr const char *pilotCohortName = "Acteurs relais {y} — groupe pilote";
inline constexpr const char *cohortName = "Acteurs relais {y} — {n}e promotion";
inline constexpr const char *pilotCohortNotes
    = "Groupe pilote d'une vingtaine de partenaires suivi sur un an : cinq thématiques, une à "
      "deux séances chacune (apports théoriques puis visite de terrain). Une séance d'échange "
      "de bonnes pratiques et de mutualisation d'outils entre acteurs est prévue après la SERD.";
inline constexpr const char *cohortNotes
    = "Ouverte aux partenaires de la SERD {prev} et aux structures qui souhaitent relayer le "
      "programme. Parrainage par un acteur relais du groupe pilote.";
// How those who enrolled without having given their consent before gave it.
inline constexpr const char *enrolmentConsentMethod = "bulletin d'inscription à la formation";

// ---- The European Week for Waste Reduction (SERD) -------------------------------------

// In the order of schema_v5::categories: the EWWR's categories of action developers.
enum class SerdCategory { Administration, Association, Company, School, Citizens };
inline constexpr int serdCategoryCount = 5;
// In the order of schema_v5::topics.
enum class SerdTopic { Source, Reuse, Sorting, CleanUp, ThemeOfTheYear };
inline constexpr int serdTopicCount = 5;

// The EWWR's thematic focus of a year, as the officer types it in the edition.
struct SerdFocus
{
    int year;
    const char *focus;
    const char *notes;
};
// By year; the generator cycles through them for years not listed.
std::span<const SerdFocus> serdFocuses();

// What partners run during the Week. In the title: {dc} "de Rixheim" / "d'Illzach" (the
// commune of the action), {o} the lead organisation's name.
struct SerdActionIdea
{
    const char *title;
    const char *description;
    SerdTopic topic;
    const char *audience;
    unsigned kinds; // kinds(): the organisations that typically run it (0: any)
    int maxOccurrences; // 1 to 3
    int minParticipants;
    int maxParticipants;
    HalfDayHours hours;
    bool weekend; // on the Week's Saturdays and Sundays, otherwise on weekdays
    const char *place; // nullptr: at the lead organisation's premises
    const char *focusWord; // a word of a SerdFocus: the action is on the year's theme
};
std::span<const SerdActionIdea> serdActionIdeas();
inline constexpr const char *serdEditionNotes
    = "Appel à projets lancé en septembre auprès des partenaires du programme ; fiches "
      "actions saisies au fil de l'eau et inscrites sur la plateforme de la SERD.";

// ---- The means of the programme ------------------------------------------------------

// What a partner's contribution was, by kind (ContributionKind's order: staff time,
// material, other).
std::span<const char *const> contributionNotes(int kind);
// Categories of the staff's own time besides meetings, sessions and the SERD.
inline constexpr const char *mobilisationCategory = "Mobilisation";
inline constexpr const char *communicationCategory = "Communication";
inline constexpr const char *followUpCategory = "Suivi des partenaires";
inline constexpr const char *reportCategory = "Bilan et rapport annuel";
inline constexpr const char *fileCategory = "Gestion du fichier des acteurs";
inline constexpr const char *trainingCategory = "Formation des acteurs relais";

} // namespace relais::demodata
