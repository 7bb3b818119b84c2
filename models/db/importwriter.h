#pragma once

#include "../domain/contact.h"
#include "../domain/means.h"
#include "../domain/meeting.h"
#include "../domain/organisation.h"
#include "../domain/referencelist.h"
#include "dependentrows.h"
#include "importhistoryrepository.h"
#include "organisationrepository.h"
#include "serdimportwriter.h"
#include "trainingrepository.h"

#include <QList>
#include <QString>
#include <utility>

namespace relais {

class Database;
class ImportPlan;

// What undoing an import took out of the file, to put it back exactly (redo).
struct RevertedImport
{
    qint64 batchId = 0;
    QList<std::pair<ReferenceList, ReferenceItem>> items;
    QList<DeletedOrganisation> organisations;
    QList<std::pair<Contact, DependentRows>> contacts;
    // Invitations (by meeting) as the import left them.
    QList<std::pair<qint64, Invitation>> invitations;
    // Enrolments (by cohort) and half-days as the import left them.
    QList<std::pair<qint64, TrainingRepository::Trainee>> trainees;
    QList<HalfDayAttendance> halfDays;
    QList<ValuedContribution> contributions;
    QList<StaffTimeEntry> staffTime;
    RevertedSerdImport serd;
    // Updated records as the import left them.
    QList<Contact> updatedContacts;
    QList<Organisation> updatedOrganisations;
};

// Writes an import (organisations, contacts, attendance, contributions, staff time, SERD
// actions) and
// takes one back. Runs inside the caller's transaction (one step of Commands).
class ImportWriter
{
public:
    explicit ImportWriter(Database &database);

    // Creates the list values and organisations the plan creates, the records of its rows
    // (rows joined together, or into a record of the file, as they chose) — people and
    // organisations, then the invitations, half-days and enrolments, contributions or
    // staff time they carry — and records it all in the import history. Returns the
    // history's entry.
    ImportBatch run(const ImportPlan &plan, const QString &fileName, const QDateTime &at);
    // Deletes what the import created and gives what it updated its values back, newest
    // first; list values that records have come to use since are kept.
    RevertedImport revert(qint64 batchId, const QDateTime &at);
    void reapply(const RevertedImport &reverted);

private:
    Database &m_database;
};

} // namespace relais
