#pragma once

#include <span>

// The raw material of the demo programme: French names, the communes of Mulhouse Alsace
// Agglomération, organisation name patterns per actor type, roles and tags. Demo content,
// not interface text: it stays in French whatever the user's language.
// Strings are UTF-8.

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

inline constexpr const char *serd2014Tag = "SERD 2014";
inline constexpr const char *serd2015Tag = "SERD 2015";
inline constexpr const char *councilTag = "conseil d'acteurs";
inline constexpr const char *relayTrainingTag = "formation relais 2014";
// Every tag of the demo, the four above included.
std::span<const char *const> tags();
std::span<const char *const> thematicTags();

std::span<const char *const> consentMethods();
std::span<const char *const> refusalMethods();
std::span<const char *const> contactNotes();
std::span<const char *const> organisationNotes();
// The sessions of the 2014 relay-actor training, from which relays date their status.
std::span<const Day> relayTrainingDays();

} // namespace relais::demodata
