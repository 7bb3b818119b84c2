// The Commands verbs of the programme's means: valued contributions and staff time.

#include "../db/database.h"
#include "../db/databaseerror.h"
#include "../db/meansrepository.h"
#include "../db/organisationrepository.h"
#include "../db/referencelistrepository.h"
#include "commands.h"
#include "step.h"

#include <QLocale>
#include <QSet>
#include <QUndoStack>

namespace relais {

namespace {

// Moves means records from one state to another; undo runs the move backwards. A record
// in `after` and not in `before` (by id) is added, one in `before` and not in `after` is
// deleted, one in both is updated. Each list holds only what the verb touches.
class MeansChange : public Step
{
public:
    using Step::Step;

    QList<ValuedContribution> contributionsBefore, contributionsAfter;
    QList<StaffTimeEntry> staffTimeBefore, staffTimeAfter;
    qint64 roleStaffId = 0;
    qint64 roleBefore = 0, roleAfter = 0;

    // The id of the record added, once pushed.
    qint64 createdId() const
    {
        for (const auto &c : contributionsAfter) {
            if (!contains(contributionsBefore, c.id))
                return c.id;
        }
        for (const auto &e : staffTimeAfter) {
            if (!contains(staffTimeBefore, e.id))
                return e.id;
        }
        return 0;
    }

protected:
    void apply() override { move(false); }
    void revert() override { move(true); }

private:
    template<typename T> static bool contains(const QList<T> &list, qint64 id)
    {
        return id && std::any_of(list.begin(), list.end(), [&](const T &t) { return t.id == id; });
    }

    // Writes `to` over `from`; new records get their id (and timestamps) the first time,
    // and keep them for redo.
    template<typename T, typename Load, typename Insert, typename Update, typename Remove>
    static void write(
        const QList<T> &from, QList<T> &to, Load load, Insert insert, Update update, Remove remove)
    {
        for (const T &old : from) {
            if (!contains(to, old.id))
                remove(old.id);
        }
        for (T &record : to) {
            if (contains(from, record.id)) {
                update(record);
            } else {
                record.id = insert(record);
                if (auto stored = load(record.id))
                    record = *stored;
            }
        }
    }

    void move(bool backwards)
    {
        MeansRepository means(database());
        auto &contributionsFrom = backwards ? contributionsAfter : contributionsBefore;
        auto &contributionsTo = backwards ? contributionsBefore : contributionsAfter;
        write(
            contributionsFrom, contributionsTo, [&](qint64 id) { return means.contribution(id); },
            [&](const ValuedContribution &c) { return means.insertContribution(c); },
            [&](const ValuedContribution &c) { means.updateContribution(c); },
            [&](qint64 id) { means.removeContribution(id); });
        auto &timeFrom = backwards ? staffTimeAfter : staffTimeBefore;
        auto &timeTo = backwards ? staffTimeBefore : staffTimeAfter;
        write(
            timeFrom, timeTo, [&](qint64 id) { return means.staffTime(id); },
            [&](const StaffTimeEntry &e) { return means.insertStaffTime(e); },
            [&](const StaffTimeEntry &e) { means.updateStaffTime(e); },
            [&](qint64 id) { means.removeStaffTime(id); });
        if (roleStaffId)
            means.setStaffRole(roleStaffId, backwards ? roleBefore : roleAfter);
    }
};

QString organisationName(Database &database, qint64 id)
{
    const auto organisation = OrganisationRepository(database).load(id);
    return organisation ? organisation->name : QString();
}

QString yearText(int year)
{
    return QString::number(year);
}

} // namespace

// ---- Valued contributions ----------------------------------------------------------------

std::optional<qint64> Commands::addContribution(const ValuedContribution &contribution)
{
    ValuedContribution c = cleanedContribution(contribution);
    if (const QString error = contributionError(c); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    QString organisation;
    try {
        organisation = organisationName(m_database, c.organisationId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    if (organisation.isEmpty()) {
        m_lastError = Commands::tr("This organisation no longer exists; it may have been deleted.");
        return std::nullopt;
    }
    c.id = 0;
    c.detached = {};
    c.createdAt = c.updatedAt = QDateTime();
    auto *step = new MeansChange(*this,
        Commands::tr("Add a valued contribution of %1 (%2)").arg(organisation, yearText(c.year)));
    step->contributionsAfter << c;
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateContribution(const ValuedContribution &contribution)
{
    ValuedContribution c = cleanedContribution(contribution);
    if (const QString error = contributionError(c); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    std::optional<ValuedContribution> before;
    QString organisation;
    try {
        before = MeansRepository(m_database).contribution(c.id);
        organisation = organisationName(m_database, c.organisationId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError
            = Commands::tr("This valued contribution no longer exists; it may have been deleted.");
        return false;
    }
    if (organisation.isEmpty()) {
        m_lastError = Commands::tr("This organisation no longer exists; it may have been deleted.");
        return false;
    }
    // A deleted meeting or action is remembered until the contribution is linked to
    // something else.
    c.detached = c.meetingId == before->meetingId && c.serdActionId == before->serdActionId
        ? before->detached
        : DetachedLinks {};
    c.createdAt = before->createdAt;
    c.updatedAt = before->updatedAt;
    if (c == *before)
        return true;
    c.updatedAt = QDateTime();
    auto *step = new MeansChange(*this,
        Commands::tr("Edit the valued contribution of %1 (%2)")
            .arg(organisation, yearText(c.year)));
    step->contributionsBefore << *before;
    step->contributionsAfter << c;
    return push(step);
}

bool Commands::deleteContributions(const QList<qint64> &ids)
{
    auto *step = new MeansChange(*this, QString());
    try {
        MeansRepository means(m_database);
        for (const qint64 id : QSet<qint64>(ids.begin(), ids.end())) {
            if (const auto c = means.contribution(id))
                step->contributionsBefore << *c;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->contributionsBefore.isEmpty()) {
        delete step;
        if (ids.isEmpty())
            return true;
        m_lastError
            = Commands::tr("This valued contribution no longer exists; it may have been deleted.");
        return false;
    }
    step->setText(Commands::tr(
        "Delete %Ln valued contribution(s)", nullptr, int(step->contributionsBefore.size())));
    return push(step);
}

// ---- Staff roles -------------------------------------------------------------------------

bool Commands::setStaffRole(qint64 staffId, qint64 roleId)
{
    std::optional<StaffPerson> person;
    std::optional<ReferenceItem> role;
    try {
        person = MeansRepository(m_database).staffPerson(staffId);
        if (roleId)
            role = ReferenceListRepository(m_database).item(ReferenceList::StaffRole, roleId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!person) {
        m_lastError = Commands::tr("This person is no longer on the staff list.");
        return false;
    }
    if (roleId && !role) {
        m_lastError = Commands::tr("This role no longer exists.");
        return false;
    }
    if (person->roleId == roleId)
        return true;
    auto *step = new MeansChange(*this,
        role ? Commands::tr("Make %1 %2").arg(person->name, role->name)
             : Commands::tr("Clear the role of %1").arg(person->name));
    step->roleStaffId = staffId;
    step->roleBefore = person->roleId;
    step->roleAfter = roleId;
    return push(step);
}

// ---- Staff time --------------------------------------------------------------------------

namespace {

QString dateText(const StaffTimeEntry &e)
{
    return QLocale().toString(e.startsOn, QLocale::ShortFormat);
}

} // namespace

std::optional<qint64> Commands::addStaffTime(const StaffTimeEntry &entry)
{
    StaffTimeEntry e = cleanedStaffTime(entry);
    if (const QString error = staffTimeError(e); !error.isEmpty()) {
        m_lastError = error;
        return std::nullopt;
    }
    std::optional<StaffPerson> person;
    try {
        person = MeansRepository(m_database).staffPerson(e.staffId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return std::nullopt;
    }
    if (!person) {
        m_lastError = Commands::tr("This person is no longer on the staff list.");
        return std::nullopt;
    }
    e.id = 0;
    e.detached = {};
    e.createdAt = e.updatedAt = QDateTime();
    auto *step = new MeansChange(
        *this, Commands::tr("Log the staff time of %1 on %2").arg(person->name, dateText(e)));
    step->staffTimeAfter << e;
    if (!push(step))
        return std::nullopt;
    return step->createdId();
}

bool Commands::updateStaffTime(const StaffTimeEntry &entry)
{
    StaffTimeEntry e = cleanedStaffTime(entry);
    if (const QString error = staffTimeError(e); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    std::optional<StaffTimeEntry> before;
    std::optional<StaffPerson> person;
    try {
        MeansRepository means(m_database);
        before = means.staffTime(e.id);
        person = means.staffPerson(e.staffId);
    } catch (const DatabaseError &error) {
        m_lastError = error.message();
        return false;
    }
    if (!before) {
        m_lastError = Commands::tr("This staff time no longer exists; it may have been deleted.");
        return false;
    }
    if (!person) {
        m_lastError = Commands::tr("This person is no longer on the staff list.");
        return false;
    }
    e.detached = e.activity == before->activity ? before->detached : DetachedLinks {};
    e.createdAt = before->createdAt;
    e.updatedAt = before->updatedAt;
    if (e == *before)
        return true;
    e.updatedAt = QDateTime();
    auto *step = new MeansChange(
        *this, Commands::tr("Edit the staff time of %1 on %2").arg(person->name, dateText(e)));
    step->staffTimeBefore << *before;
    step->staffTimeAfter << e;
    return push(step);
}

bool Commands::deleteStaffTime(const QList<qint64> &ids)
{
    auto *step = new MeansChange(*this, QString());
    try {
        MeansRepository means(m_database);
        for (const qint64 id : QSet<qint64>(ids.begin(), ids.end())) {
            if (const auto e = means.staffTime(id))
                step->staffTimeBefore << *e;
        }
    } catch (const DatabaseError &error) {
        delete step;
        m_lastError = error.message();
        return false;
    }
    if (step->staffTimeBefore.isEmpty()) {
        delete step;
        if (ids.isEmpty())
            return true;
        m_lastError = Commands::tr("This staff time no longer exists; it may have been deleted.");
        return false;
    }
    step->setText(Commands::tr(
        "Delete %Ln staff time entry(ies)", nullptr, int(step->staffTimeBefore.size())));
    return push(step);
}

} // namespace relais
