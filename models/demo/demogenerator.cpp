#include "demogenerator.h"

#include "../db/bulkloader.h"
#include "../db/databaseerror.h"
#include "../db/referencelistrepository.h"
#include "../db/schema_v1.h"
#include "../db/settingsrepository.h"
#include "../db/sqlquery.h"
#include "../db/transaction.h"
#include "../domain/contact.h"
#include "../domain/organisation.h"
#include "../domain/textfold.h"
#include "demodata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

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

// The time frame of the file: from the launch of the programme to the end of the
// second SERD it reports on.
const QDate programmeStart(2013, 9, 2);
const QDate programmeEnd(2015, 12, 11);
// Records keep being added until shortly before the end, and edited after.
const QDate lastOrganisationAdded(2015, 6, 30);
const QDate lastContactAdded(2015, 10, 31);

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
    int commune = 0;
    QString emailDomain; // empty: its people use their own webmail addresses
    QList<qint64> domainIds;
    bool networkHead = false;
    int members = 0;
};

struct Role
{
    QString masculine;
    QString feminine;
};

class Generator
{
public:
    Generator(Database &database, const DemoOptions &options)
        : m_database(database)
        , m_options(options)
        , m_rng(options.seed)
    { }

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
    int pickCommune();
    QDate dayBetween(const QDate &from, const QDate &to);
    QDateTime momentOn(const QDate &day);
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

    QList<OrganisationInfo> m_organisations;
    QSet<QString> m_organisationKeys;
    QList<int> m_communesWithoutTownHall;
    QSet<QString> m_emailKeys;
};

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

QDateTime Generator::momentOn(const QDate &day)
{
    const int hour = 7 + below(10); // office hours, in UTC
    const int minute = below(60);
    const int second = below(60);
    return QDateTime(day, QTime(hour, minute, second), Qt::UTC);
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
    prepareLists();
    BulkLoader loader(m_database);
    addOrganisations(loader);
    addContacts(loader);
    loader.finish();
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

    for (const char *tag : demodata::tags())
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
        o.notes = pickText(demodata::organisationNotes());

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

    const QDate created = dayBetween(programmeStart, lastOrganisationAdded);
    o.createdAt = momentOn(created);
    o.updatedAt = momentOn(std::min(created.addDays(below(400)), programmeEnd));
    if (o.updatedAt < o.createdAt)
        o.updatedAt = o.createdAt;

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
    const QString serd2014 = utf8(demodata::serd2014Tag);
    const QString serd2015 = utf8(demodata::serd2015Tag);
    const QString council = utf8(demodata::councilTag);
    const QString relayTraining = utf8(demodata::relayTrainingTag);
    const auto relayDays = demodata::relayTrainingDays();
    int placed = 0;

    for (int i = 0; i < m_options.contacts; ++i) {
        Contact c;
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
                }
            }
            c.typeId = m_typeIds[int(organisation->kind)];
        } else {
            c.typeId = m_typeIds[int(Kind::Inhabitant)];
        }
        const int commune = organisation && chance(75) ? organisation->commune : pickCommune();
        c.communeId = m_communes.at(commune).id;

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

        c.relayActor = chance(8);
        QDate created;
        if (c.relayActor) {
            const demodata::Day &day = pick(relayDays);
            c.relayActorSince = QDate(day.year, day.month, day.day);
            created = dayBetween(programmeStart, c.relayActorSince.addDays(-14));
        } else {
            created = dayBetween(programmeStart, lastContactAdded);
        }
        c.createdAt = momentOn(created);
        c.updatedAt = momentOn(std::min(created.addDays(below(300)), programmeEnd));
        if (c.updatedAt < c.createdAt)
            c.updatedAt = c.createdAt;

        const auto tag = [&](const QString &name) {
            if (!c.tagNames.contains(name))
                c.tagNames << name;
        };
        if (organisation) {
            if (chance(30))
                tag(serd2014);
            if (chance(40))
                tag(serd2015);
            if (chance(35))
                tag(council);
        }
        if (c.relayActor)
            tag(relayTraining);
        const int thematic = below(organisation ? 3 : 4) - (organisation ? 0 : 1);
        for (int t = 0; t < thematic; ++t)
            tag(pick(thematicTags));

        // Relays signed up in writing for the training; for the others it varies.
        const int consent = c.relayActor ? 0 : below(100);
        if (consent < 85) {
            c.consent = Consent::Given;
            c.consentDate = std::min(created.addDays(below(15)), programmeEnd);
            c.consentMethod = pickText(demodata::consentMethods());
        } else if (consent < 90) {
            c.consent = Consent::Refused;
            c.consentDate = std::min(created.addDays(below(15)), programmeEnd);
            c.consentMethod = pickText(demodata::refusalMethods());
        }
        if (chance(6))
            c.notes = pickText(demodata::contactNotes());

        loader.addContact(c);
    }
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
