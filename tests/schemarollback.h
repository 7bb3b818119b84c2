#pragma once

#include "filefaults.h"

#include <QStringList>
#include <map>

// Takes a closed Relais file of the latest version back to an older one, for the tests of a
// migration: each migration after 9 lists here the statements that undo it (newest last).
// A migration that adds no undo here makes the tests of the earlier ones fail, which is the
// reminder.
namespace relais::schemarollback {

inline const std::map<int, QStringList> &undoStatements()
{
    static const std::map<int, QStringList> statements {
        { 10,
            { QStringLiteral("DROP TABLE contact_consent_history"),
                QStringLiteral("ALTER TABLE contact DROP COLUMN consent_source"),
                QStringLiteral("ALTER TABLE contact DROP COLUMN post_consent"),
                QStringLiteral("ALTER TABLE contact DROP COLUMN post_consent_date"),
                QStringLiteral("ALTER TABLE contact DROP COLUMN post_consent_source"),
                QStringLiteral("ALTER TABLE contact DROP COLUMN post_consent_note") } },
        { 11,
            { QStringLiteral("DROP TABLE IF EXISTS contact_anonymisation"),
                QStringLiteral("DROP TABLE IF EXISTS retention_decision") } },
        { 12,
            { QStringLiteral("DROP INDEX IF EXISTS invitation_status"),
                QStringLiteral("CREATE INDEX invitation_status ON invitation(meeting_id, status)"),
                QStringLiteral("DROP INDEX IF EXISTS invitation_contact"),
                QStringLiteral("CREATE INDEX invitation_contact ON invitation(contact_id, status)"),
                QStringLiteral("DROP INDEX IF EXISTS session_attendance_contact"),
                QStringLiteral("CREATE INDEX session_attendance_contact ON "
                               "session_attendance(contact_id, status)"),
                QStringLiteral("DROP INDEX IF EXISTS contact_created"),
                QStringLiteral("DROP INDEX IF EXISTS organisation_created") } },
        { 13,
            { QStringLiteral("DROP TRIGGER IF EXISTS presence_invitation_added"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_invitation_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_invitation_changed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_attendance_added"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_attendance_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_attendance_changed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_membership_added"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_membership_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_membership_changed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_meeting_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_meeting_moved"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_session_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS presence_session_moved"),
                QStringLiteral("DROP TABLE IF EXISTS organisation_presence"),
                QStringLiteral("DROP TRIGGER IF EXISTS meeting_tally_added"),
                QStringLiteral("DROP TRIGGER IF EXISTS meeting_tally_removed"),
                QStringLiteral("DROP TRIGGER IF EXISTS meeting_tally_changed"),
                QStringLiteral("DROP TABLE IF EXISTS meeting_tally") } },
    };
    return statements;
}

// Undoes every migration after `version`, newest first, and forgets them in schema_version.
inline void rollBackTo(const QString &path, int version)
{
    const auto &undo = undoStatements();
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
        if (it->first <= version)
            continue;
        for (const QString &statement : it->second)
            filefaults::rawExec(path, statement);
    }
    filefaults::rawExec(
        path, QStringLiteral("DELETE FROM schema_version WHERE version > %1").arg(version));
}

} // namespace relais::schemarollback
