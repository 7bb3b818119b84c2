#pragma once

// Migration 12: indexes for a year's indicators at the scale of a regional network
// (100,000 contacts, a million invitations). Never edit a released migration: add the
// next one.

namespace relais::schema_v12 {

inline constexpr const char *statements[] = {
    // A meeting's invitations counted by status and walk-in, and the organisations its
    // attendants belong to, read from the index alone (they were read row by row).
    "DROP INDEX invitation_status",
    "CREATE INDEX invitation_status ON invitation(meeting_id, status, walk_in, contact_id)",
    // Whether a contact attended a meeting or a session before a date: from the index
    // alone, without reading each attendance row for its meeting or session.
    "DROP INDEX invitation_contact",
    "CREATE INDEX invitation_contact ON invitation(contact_id, status, meeting_id)",
    "DROP INDEX session_attendance_contact",
    ("CREATE INDEX session_attendance_contact ON "
     "session_attendance(contact_id, status, session_id)"),
    // The actors on file at the end of a year, counted by a range of the index.
    "CREATE INDEX contact_created ON contact(created_at)",
    "CREATE INDEX organisation_created ON organisation(created_at)",
};

} // namespace relais::schema_v12
