#pragma once

// The helpers of the indicator tests (models, dashboard): a programme's organisations,
// members, meetings, SERD actions and means, entered through Commands as the user would.

#include "trainingfixture.h"

#include <QTimeZone>
#include <models/db/referencelistrepository.h>
#include <models/db/sqlquery.h>
#include <optional>

namespace relais {

struct IndicatorFixture : TrainingFixture
{
    qint64 listItem(ReferenceList list, int index)
    {
        return ReferenceListRepository(*db).items(list).at(index).id;
    }
    qint64 organisation(const QString &name, int typeIndex, const QString &commune)
    {
        Organisation o;
        o.name = name;
        o.typeId = listItem(ReferenceList::ActorType, typeIndex);
        o.communeName = commune;
        return *commands.addOrganisation(o);
    }
    qint64 member(const QString &first, const QString &last, const QList<qint64> &organisations)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        for (const qint64 id : organisations)
            c.memberships << Membership { id, {}, {} };
        return *commands.addContact(c);
    }
    qint64 meeting(int typeIndex, const QString &title, const QDate &date)
    {
        Meeting m;
        m.typeId = listItem(ReferenceList::MeetingType, typeIndex);
        m.title = title;
        m.date = date;
        m.place = QStringLiteral("Maison de la Région");
        return *commands.addMeeting(m);
    }
    void attendance(qint64 meetingId, qint64 contactId, AttendanceStatus status)
    {
        REQUIRE(commands.invite(meetingId, { contactId }));
        REQUIRE(commands.setAttendance(meetingId, { contactId }, status));
    }
    qint64 edition(int year)
    {
        SerdEdition e;
        e.year = year;
        e.startsOn = QDate(year, 11, 22);
        e.endsOn = QDate(year, 11, 30);
        return *commands.addSerdEdition(e);
    }
    qint64 action(qint64 editionId, const QString &title, SerdStatus status, qint64 lead,
        const QList<qint64> &co, qint64 contactId, int topic, int category,
        const QList<SerdOccurrence> &occurrences)
    {
        SerdAction a;
        a.editionId = editionId;
        a.title = title;
        a.status = status;
        a.leadOrganisationId = lead;
        a.coOrganiserIds = co;
        a.contactId = contactId;
        a.topicId = listItem(ReferenceList::SerdTopic, topic);
        a.categoryId = listItem(ReferenceList::SerdCategory, category);
        return *commands.addSerdAction(a, occurrences);
    }
    void contribution(qint64 organisationId, int year, ContributionKind kind, Cents amount)
    {
        ValuedContribution c;
        c.organisationId = organisationId;
        c.year = year;
        c.kind = kind;
        c.amount = amount;
        REQUIRE(commands.addContribution(c));
    }
    void staffTime(int staffIndex, const QDate &date, double days, const StaffActivity &activity)
    {
        StaffTimeEntry e;
        e.staffId = listItem(ReferenceList::StaffMember, staffIndex);
        e.startsOn = date;
        e.days = days;
        e.activity = activity;
        REQUIRE(commands.addStaffTime(e));
    }
    // The file's records are stamped with the clock's time; the year's indicators read
    // when they were created.
    void createdOn(const char *table, qint64 id, const QDate &date)
    {
        SqlQuery(*db,
            QStringLiteral("UPDATE %1 SET created_at = :at WHERE id = :id OR :id = 0")
                .arg(QLatin1String(table)))
            .bind(
                QStringLiteral(":at"), isoDateTime(QDateTime(date, QTime(9, 0), QTimeZone::utc())))
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
};

inline SerdOccurrence on(const QDate &date, const QString &commune, std::optional<int> expected,
    std::optional<int> actual, bool cancelled = false)
{
    SerdOccurrence o;
    o.date = date;
    o.startsAt = QTime(14, 0);
    o.endsAt = QTime(17, 0);
    o.communeName = commune;
    o.expectedParticipants = expected;
    o.actualParticipants = actual;
    o.cancelled = cancelled;
    return o;
}

} // namespace relais
