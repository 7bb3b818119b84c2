#include "importwriter.h"

#include "../import/importplan.h"
#include "../import/recordsnapshot.h"
#include "../import/serdimport.h"
#include "audittrail.h"
#include "bulkloader.h"
#include "contactrepository.h"
#include "database.h"
#include "databaseerror.h"
#include "importnames.h"
#include "meansrepository.h"
#include "meetingrepository.h"
#include "referencelistrepository.h"
#include "serdimportwriter.h"
#include "trainingrepository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace relais {

namespace {

const QString contactTable = QStringLiteral("contact");
const QString organisationTable = QStringLiteral("organisation");
// An invitation's record id is its meeting; the snapshot says whose, and how it stood.
const QString invitationTable = QStringLiteral("invitation");

QByteArray invitationSnapshot(const Invitation &invitation)
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("contact"), invitation.contactId },
                             { QStringLiteral("status"), int(invitation.status) },
                             { QStringLiteral("walkIn"), invitation.walkIn },
                             { QStringLiteral("changedAt"),
                                 invitation.statusChangedAt.isValid()
                                     ? invitation.statusChangedAt.toUTC().toString(Qt::ISODate)
                                     : QString() },
                         })
        .toJson(QJsonDocument::Compact);
}

// An enrolment's record id is its cohort; a half-day's, its session. The snapshot says
// whose, and how the half-day stood.
const QString enrolmentTable = QStringLiteral("enrolment");
const QString contributionTable = QStringLiteral("contribution");
const QString staffTimeTable = QStringLiteral("staff_time");
const QString halfDayTable = QStringLiteral("session_attendance");

QByteArray contactSnapshot(qint64 contactId)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("contact"), contactId } })
        .toJson(QJsonDocument::Compact);
}

QByteArray halfDaySnapshot(const HalfDayAttendance &attendance)
{
    return QJsonDocument(
        QJsonObject {
            { QStringLiteral("contact"), attendance.contactId },
            { QStringLiteral("half"), int(attendance.half) },
            { QStringLiteral("status"), int(attendance.status) },
            { QStringLiteral("changedAt"),
                attendance.changedAt.isValid() ? attendance.changedAt.toUTC().toString(Qt::ISODate)
                                               : QString() },
        })
        .toJson(QJsonDocument::Compact);
}

HalfDayAttendance halfDayFrom(qint64 sessionId, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    HalfDayAttendance attendance;
    attendance.sessionId = sessionId;
    attendance.contactId = o.value(QStringLiteral("contact")).toInteger();
    attendance.half = HalfDay(o.value(QStringLiteral("half")).toInt());
    attendance.status = AttendanceStatus(o.value(QStringLiteral("status")).toInt());
    attendance.changedAt
        = QDateTime::fromString(o.value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
    return attendance;
}

Invitation invitationFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Invitation invitation;
    invitation.contactId = o.value(QStringLiteral("contact")).toInteger();
    invitation.status = AttendanceStatus(o.value(QStringLiteral("status")).toInt());
    invitation.walkIn = o.value(QStringLiteral("walkIn")).toBool();
    invitation.statusChangedAt
        = QDateTime::fromString(o.value(QStringLiteral("changedAt")).toString(), Qt::ISODate);
    return invitation;
}

std::optional<ReferenceList> listOfTable(const QString &table)
{
    for (const ReferenceList list : allReferenceLists) {
        if (ReferenceListRepository::tableName(list) == table)
            return list;
    }
    return std::nullopt;
}

} // namespace

ImportWriter::ImportWriter(Database &database)
    : m_database(database)
{ }

ImportBatch ImportWriter::run(const ImportPlan &plan, const QString &fileName, const QDateTime &at)
{
    Transaction transaction(m_database);
    ReferenceListRepository lists(m_database);
    QList<ImportedRecord> records;
    QHash<qint64, QString> tagNames; // every tag a row may name, by id
    for (const ReferenceItem &tag : lists.items(ReferenceList::Tag))
        tagNames.insert(tag.id, tag.name);

    BulkLoader loader(m_database);
    // The new names first, so that the rows can point at them.
    const QList<UnknownValue> &values = plan.unknownValues();
    QList<qint64> valueIds(values.size(), 0);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const UnknownValue &value = values[i];
        if (value.useId) {
            valueIds[i] = value.useId;
        } else if (value.useValue >= 0 && value.useValue < i) {
            valueIds[i] = valueIds[value.useValue];
        } else if (value.list) {
            ReferenceItem item;
            item.name = value.name;
            if (*value.list == ReferenceList::Commune)
                item.postcode = value.postcode;
            valueIds[i] = lists.add(*value.list, item);
            records << ImportedRecord { ReferenceListRepository::tableName(*value.list),
                valueIds[i], ImportedRecord::Action::Created, {} };
            if (*value.list == ReferenceList::Tag)
                tagNames.insert(valueIds[i], value.name);
        } else if (value.contactPerson) {
            continue; // once the organisations are there, below
        } else {
            Organisation organisation;
            organisation.name = value.name;
            valueIds[i] = loader.addOrganisation(organisation);
            records << ImportedRecord { organisationTable, valueIds[i],
                ImportedRecord::Action::Created, {} };
        }
    }
    // A SERD action's new contact person: a member of the lead organisation of the first
    // row naming them.
    for (qsizetype i = 0; i < values.size(); ++i) {
        const UnknownValue &value = values[i];
        if (!value.contactPerson || value.useId || value.useValue >= 0)
            continue;
        Contact person;
        SerdImport::splitPersonName(value.name, &person.firstName, &person.lastName);
        const ImportNames found(valueIds);
        for (const ImportRow &row : plan.rows()) {
            if (row.serd.contactRef.value == i) {
                if (const qint64 lead = found.id(row.serd.leadRef))
                    person.memberships << Membership { lead, {}, {} };
                break;
            }
        }
        valueIds[i] = loader.addContact(person);
        records << ImportedRecord { contactTable, valueIds[i], ImportedRecord::Action::Created,
            {} };
    }
    const ImportNames names(valueIds);
    const auto tagsOf = [&](const QList<NameRef> &refs) {
        QStringList result;
        for (const qint64 id : names.ids(refs))
            result << tagNames.value(id);
        return result;
    };

    // Each row's record with its names found.
    const bool people = plan.kind() != ImportKind::Organisations;
    const auto contactOf = [&](const ImportRow &row) {
        Contact c = row.contact;
        c.communeId = names.id(row.communeRef);
        c.communeName.clear();
        c.typeId = names.id(row.typeRef);
        c.domainIds = names.ids(row.domainRefs);
        c.tagNames = tagsOf(row.tagRefs);
        for (Membership &m : c.memberships)
            m.organisationId = names.id(row.organisationRef);
        return c;
    };
    const auto organisationOf = [&](const ImportRow &row) {
        Organisation o = row.organisation;
        o.communeId = names.id(row.communeRef);
        o.communeName.clear();
        o.typeId = names.id(row.typeRef);
        o.domainIds = names.ids(row.domainRefs);
        o.tagNames = tagsOf(row.tagRefs);
        return o;
    };

    ContactRepository contacts(m_database);
    OrganisationRepository organisations(m_database);
    const QList<ImportPlan::Target> targets = plan.targets();
    QList<ValuedContribution> newContributions;
    QList<StaffTimeEntry> newStaffTime;
    QMap<int, Contact> newContacts; // by the row that creates them, in the file's order
    QMap<int, Organisation> newOrganisations;
    QList<qint64> updatedOrder;
    QHash<qint64, Contact> updatedContacts;
    QHash<qint64, Organisation> updatedOrganisations;
    QHash<qint64, QByteArray> previous;
    ImportBatch batch;
    batch.kind = importKindKey(plan.kind());
    batch.fileName = fileName;
    for (int i = 0; i < targets.size(); ++i) {
        const ImportPlan::Target &target = targets[i];
        const ImportRow &row = plan.rows()[i];
        const DuplicateAction action = row.action;
        switch (target.kind) {
        case ImportPlan::Target::Kind::Rejected:
            ++batch.rejected;
            break;
        case ImportPlan::Target::Kind::Skipped:
            ++batch.skipped;
            break;
        case ImportPlan::Target::Kind::Created:
            if (plan.kind() == ImportKind::SerdActions) {
                break; // SerdImportWriter, below
            } else if (plan.kind() == ImportKind::StaffTime) {
                if (target.joined) {
                    ++batch.skipped;
                } else {
                    StaffTimeEntry e = row.staffTime;
                    e.staffId = names.id(row.personRef);
                    newStaffTime << e;
                }
            } else if (plan.kind() == ImportKind::Contributions) {
                // Joined rows (same values) are the same contribution: written once.
                if (target.joined) {
                    ++batch.skipped;
                } else {
                    ValuedContribution c = row.contribution;
                    c.organisationId = names.id(row.organisationRef);
                    newContributions << c;
                }
            } else if (people) {
                const Contact c = contactOf(row);
                newContacts[target.row]
                    = target.joined ? mergedContact(newContacts[target.row], c, action) : c;
            } else {
                const Organisation o = organisationOf(row);
                newOrganisations[target.row] = target.joined
                    ? mergedOrganisation(newOrganisations[target.row], o, action)
                    : o;
            }
            break;
        case ImportPlan::Target::Kind::Updated: {
            if (plan.kind() == ImportKind::SerdActions)
                break;
            if (!ImportPlan::merges(plan.kind())) {
                ++batch.skipped; // nothing of a contribution or staff time to fill
                break;
            }
            const qint64 id = target.existingId;
            if (!previous.contains(id)) {
                updatedOrder << id;
                if (people) {
                    const auto loaded = contacts.load(id);
                    if (!loaded)
                        throw DatabaseError(QCoreApplication::translate("relais::ImportWriter",
                            "A contact this import updates has just been deleted; read the "
                            "file again."));
                    updatedContacts.insert(id, *loaded);
                    previous.insert(id, RecordSnapshot::of(*loaded));
                } else {
                    const auto loaded = organisations.load(id);
                    if (!loaded)
                        throw DatabaseError(QCoreApplication::translate("relais::ImportWriter",
                            "An organisation this import updates has just been deleted; read "
                            "the file again."));
                    updatedOrganisations.insert(id, *loaded);
                    previous.insert(id, RecordSnapshot::of(*loaded));
                }
            }
            if (people)
                updatedContacts[id] = mergedContact(updatedContacts[id], contactOf(row), action);
            else
                updatedOrganisations[id]
                    = mergedOrganisation(updatedOrganisations[id], organisationOf(row), action);
            break;
        }
        }
    }

    for (const Organisation &o : std::as_const(newOrganisations))
        records << ImportedRecord { organisationTable, loader.addOrganisation(o),
            ImportedRecord::Action::Created, {} };
    QHash<int, qint64> createdContacts; // by the row that creates them
    for (auto c = newContacts.cbegin(); c != newContacts.cend(); ++c) {
        const qint64 id = loader.addContact(c.value());
        createdContacts.insert(c.key(), id);
        records << ImportedRecord { contactTable, id, ImportedRecord::Action::Created, {} };
    }
    loader.finish();
    batch.created = int(newContacts.size() + newOrganisations.size());

    for (const qint64 id : std::as_const(updatedOrder)) {
        // A row that only says who the person is changes nothing.
        const QByteArray after = people ? RecordSnapshot::of(updatedContacts.value(id))
                                        : RecordSnapshot::of(updatedOrganisations.value(id));
        if (after == previous.value(id))
            continue;
        if (people)
            contacts.update(updatedContacts.value(id));
        else
            organisations.update(updatedOrganisations.value(id));
        records << ImportedRecord { people ? contactTable : organisationTable, id,
            ImportedRecord::Action::Updated, previous.value(id) };
        ++batch.updated;
    }

    if (plan.kind() == ImportKind::SerdActions)
        SerdImportWriter(m_database).write(plan, targets, names, records, batch);
    if (!newContributions.isEmpty()) {
        MeansRepository means(m_database);
        for (const ValuedContribution &c : std::as_const(newContributions))
            records << ImportedRecord { contributionTable, means.insertContribution(c),
                ImportedRecord::Action::Created, {} };
        batch.created += int(newContributions.size());
    }
    if (!newStaffTime.isEmpty()) {
        MeansRepository means(m_database);
        for (const StaffTimeEntry &e : std::as_const(newStaffTime))
            records << ImportedRecord { staffTimeTable, means.insertStaffTime(e),
                ImportedRecord::Action::Created, {} };
        batch.created += int(newStaffTime.size());
    }

    if (plan.kind() == ImportKind::MeetingAttendance) {
        // Each row's person at its meeting; the last row wins for the same pair.
        QMap<qint64, QMap<qint64, Invitation>> byMeeting;
        for (int i = 0; i < targets.size(); ++i) {
            const ImportPlan::Target &target = targets[i];
            const ImportRow &row = plan.rows()[i];
            qint64 contactId = 0;
            if (target.kind == ImportPlan::Target::Kind::Created)
                contactId = createdContacts.value(target.row);
            else if (target.kind == ImportPlan::Target::Kind::Updated)
                contactId = target.existingId;
            if (!contactId || !row.meetingId)
                continue;
            Invitation invitation;
            invitation.contactId = contactId;
            invitation.status = row.status;
            invitation.walkIn = row.walkIn;
            byMeeting[row.meetingId][contactId] = invitation;
        }
        MeetingRepository meetings(m_database);
        for (auto meeting = byMeeting.cbegin(); meeting != byMeeting.cend(); ++meeting) {
            QHash<qint64, Invitation> before;
            for (const Invitation &invitation : meetings.invitations(meeting.key()))
                before.insert(invitation.contactId, invitation);
            QList<Invitation> written;
            for (const Invitation &invitation : meeting.value()) {
                const auto held = before.constFind(invitation.contactId);
                if (held == before.cend()) {
                    records << ImportedRecord { invitationTable, meeting.key(),
                        ImportedRecord::Action::Created, invitationSnapshot(invitation) };
                    ++batch.created;
                } else if (held->status != invitation.status || held->walkIn != invitation.walkIn) {
                    records << ImportedRecord { invitationTable, meeting.key(),
                        ImportedRecord::Action::Updated, invitationSnapshot(*held) };
                    ++batch.updated;
                } else {
                    continue;
                }
                written << invitation;
            }
            meetings.writeInvitations(meeting.key(), written);
        }
    }

    if (plan.kind() == ImportKind::TrainingAttendance) {
        // Each row's person at the half-days of its session; the last row wins.
        QMap<qint64, QSet<qint64>> trainees; // by cohort
        QMap<std::tuple<qint64, qint64, int>, HalfDayAttendance> halfDays;
        for (int i = 0; i < targets.size(); ++i) {
            const ImportPlan::Target &target = targets[i];
            const ImportRow &row = plan.rows()[i];
            const qint64 contactId = target.kind == ImportPlan::Target::Kind::Created
                ? createdContacts.value(target.row)
                : target.kind == ImportPlan::Target::Kind::Updated ? target.existingId
                                                                   : 0;
            if (!contactId || !row.sessionId)
                continue;
            trainees[row.cohortId].insert(contactId);
            for (const HalfDay half : row.halfDays)
                halfDays[{ row.sessionId, contactId, int(half) }]
                    = HalfDayAttendance { row.sessionId, contactId, half, row.status, {} };
        }
        TrainingRepository training(m_database);
        QMap<std::tuple<qint64, qint64, int>, HalfDayAttendance> before;
        for (auto cohort = trainees.cbegin(); cohort != trainees.cend(); ++cohort) {
            QSet<qint64> enrolled;
            for (const TrainingRepository::Trainee &trainee : training.trainees(cohort.key()))
                enrolled.insert(trainee.contactId);
            QList<TrainingRepository::Trainee> newcomers;
            for (const qint64 contactId : cohort.value()) {
                if (enrolled.contains(contactId))
                    continue;
                TrainingRepository::Trainee trainee;
                trainee.contactId = contactId;
                newcomers << trainee;
                records << ImportedRecord { enrolmentTable, cohort.key(),
                    ImportedRecord::Action::Created, contactSnapshot(contactId) };
            }
            training.enrol(cohort.key(), newcomers);
            for (const HalfDayAttendance &held : training.attendance(cohort.key()))
                before.insert({ held.sessionId, held.contactId, int(held.half) }, held);
        }
        QList<HalfDayAttendance> written;
        for (const HalfDayAttendance &attendance : std::as_const(halfDays)) {
            const auto held = before.constFind(
                { attendance.sessionId, attendance.contactId, int(attendance.half) });
            if (held == before.cend()) {
                records << ImportedRecord { halfDayTable, attendance.sessionId,
                    ImportedRecord::Action::Created, halfDaySnapshot(attendance) };
                ++batch.created;
            } else if (held->status != attendance.status) {
                records << ImportedRecord { halfDayTable, attendance.sessionId,
                    ImportedRecord::Action::Updated, halfDaySnapshot(*held) };
                ++batch.updated;
            } else {
                continue;
            }
            written << attendance;
        }
        training.writeAttendance(written);
    }
    // After the writes: a record changed later than this was changed after the import.
    batch.importedAt = std::max(at, QDateTime::currentDateTimeUtc());
    batch.id = ImportHistoryRepository(m_database).add(batch, records);
    // The act as a whole, beside the rows the triggers recorded one by one.
    AuditTrail::record(m_database, QStringLiteral("import"), QStringLiteral("import_batch"),
        batch.id,
        QJsonObject { { QStringLiteral("file"), batch.fileName },
            { QStringLiteral("kind"), batch.kind }, { QStringLiteral("created"), batch.created },
            { QStringLiteral("updated"), batch.updated } });
    transaction.commit();
    return batch;
}

RevertedImport ImportWriter::revert(qint64 batchId, const QDateTime &at)
{
    Transaction transaction(m_database);
    ImportHistoryRepository history(m_database);
    ContactRepository contacts(m_database);
    OrganisationRepository organisations(m_database);
    ReferenceListRepository lists(m_database);
    SerdImportWriter serd(m_database);
    RevertedImport reverted;
    reverted.batchId = batchId;
    QList<ImportedRecord> records = history.records(batchId);
    std::reverse(records.begin(), records.end());
    for (const ImportedRecord &record : std::as_const(records)) {
        const bool created = record.action == ImportedRecord::Action::Created;
        if (record.table == contactTable) {
            const auto current = contacts.load(record.id);
            if (!current)
                continue; // deleted since: nothing to take back
            if (created) {
                reverted.contacts.prepend({ *current, contacts.remove(record.id) });
            } else if (const auto before = RecordSnapshot::contact(record.previous)) {
                reverted.updatedContacts.prepend(*current);
                contacts.update(*before);
                history.restoreUpdatedAt(contactTable, record.id, before->updatedAt);
            }
        } else if (record.table == organisationTable) {
            const auto current = organisations.load(record.id);
            if (!current)
                continue;
            if (created) {
                reverted.organisations.prepend(organisations.remove(record.id));
            } else if (const auto before = RecordSnapshot::organisation(record.previous)) {
                reverted.updatedOrganisations.prepend(*current);
                organisations.update(*before);
                history.restoreUpdatedAt(organisationTable, record.id, before->updatedAt);
            }
        } else if (record.table == invitationTable) {
            const Invitation noted = invitationFrom(record.previous);
            MeetingRepository meetings(m_database);
            const QList<Invitation> now = meetings.invitations(record.id);
            const auto current = std::find_if(now.cbegin(), now.cend(),
                [&](const Invitation &i) { return i.contactId == noted.contactId; });
            if (current == now.cend())
                continue;
            reverted.invitations.prepend({ record.id, *current });
            if (created)
                meetings.removeInvitations(record.id, { noted.contactId });
            else
                meetings.writeInvitations(record.id, { noted });
        } else if (record.table == halfDayTable) {
            const HalfDayAttendance noted = halfDayFrom(record.id, record.previous);
            TrainingRepository training(m_database);
            const auto session = training.session(record.id);
            if (!session)
                continue;
            const QList<HalfDayAttendance> now = training.attendance(session->cohortId);
            const auto current
                = std::find_if(now.cbegin(), now.cend(), [&](const HalfDayAttendance &a) {
                      return a.sessionId == noted.sessionId && a.contactId == noted.contactId
                          && a.half == noted.half;
                  });
            if (current == now.cend())
                continue;
            reverted.halfDays.prepend(*current);
            if (created)
                training.removeAttendance({ noted });
            else
                training.writeAttendance({ noted });
        } else if (record.table == staffTimeTable) {
            MeansRepository means(m_database);
            const auto current = means.staffTime(record.id);
            if (!current)
                continue;
            reverted.staffTime.prepend(*current);
            means.removeStaffTime(record.id);
        } else if (record.table == contributionTable) {
            MeansRepository means(m_database);
            const auto current = means.contribution(record.id);
            if (!current)
                continue;
            reverted.contributions.prepend(*current);
            means.removeContribution(record.id);
        } else if (record.table == enrolmentTable) {
            const qint64 contactId = QJsonDocument::fromJson(record.previous)
                                         .object()
                                         .value(QStringLiteral("contact"))
                                         .toInteger();
            TrainingRepository training(m_database);
            const QList<TrainingRepository::Trainee> trainees = training.trainees(record.id);
            const auto trainee = std::find_if(trainees.cbegin(), trainees.cend(),
                [&](const TrainingRepository::Trainee &t) { return t.contactId == contactId; });
            if (trainee == trainees.cend())
                continue;
            reverted.trainees.prepend({ record.id, *trainee });
            training.unenrol(record.id, { contactId });
        } else if (serd.revert(record, reverted.serd)) {
            // Taken back by SerdImportWriter.
        } else if (const auto list = listOfTable(record.table); list && created) {
            const auto item = lists.item(*list, record.id);
            // A value records have come to use since stays.
            if (!item || lists.usageCount(*list, record.id) > 0)
                continue;
            try {
                lists.remove(*list, record.id);
                reverted.items.prepend({ *list, *item });
            } catch (const DatabaseError &) {
                // Used elsewhere (a meeting's commune…): it stays.
            }
        }
    }
    history.setUndone(batchId, at);
    transaction.commit();
    return reverted;
}

void ImportWriter::reapply(const RevertedImport &reverted)
{
    Transaction transaction(m_database);
    ReferenceListRepository lists(m_database);
    for (const auto &[list, item] : reverted.items)
        lists.add(list, item);
    OrganisationRepository organisations(m_database);
    for (const DeletedOrganisation &deleted : reverted.organisations)
        organisations.restore(deleted);
    ContactRepository contacts(m_database);
    for (const auto &[contact, dependents] : reverted.contacts)
        contacts.restore(contact, dependents);
    SerdImportWriter(m_database).reapply(reverted.serd);
    MeetingRepository meetings(m_database);
    for (const auto &[meetingId, invitation] : reverted.invitations)
        meetings.writeInvitations(meetingId, { invitation });
    MeansRepository means(m_database);
    for (const ValuedContribution &c : reverted.contributions)
        means.insertContribution(c);
    for (const StaffTimeEntry &e : reverted.staffTime)
        means.insertStaffTime(e);
    TrainingRepository training(m_database);
    for (const auto &[cohortId, trainee] : reverted.trainees)
        training.enrol(cohortId, { trainee });
    training.writeAttendance(reverted.halfDays);
    ImportHistoryRepository history(m_database);
    for (const Organisation &o : reverted.updatedOrganisations) {
        organisations.update(o);
        history.restoreUpdatedAt(organisationTable, o.id, o.updatedAt);
    }
    for (const Contact &c : reverted.updatedContacts) {
        contacts.update(c);
        history.restoreUpdatedAt(contactTable, c.id, c.updatedAt);
    }
    history.setUndone(reverted.batchId, QDateTime());
    transaction.commit();
}

} // namespace relais
