#pragma once

#include <QtGlobal>

// Migration 3: meetings, their invitees and statuses, and saved lists of actors.
// Never edit a released migration: add the next one.

namespace relais::schema_v3 {

inline constexpr const char *statements[] = {
    R"(CREATE TABLE meeting_type (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",

    R"(CREATE TABLE meeting (
        id {ID},
        type_id INTEGER REFERENCES meeting_type(id),
        title TEXT NOT NULL,
        held_on TEXT NOT NULL,
        starts_at TEXT,
        ends_at TEXT,
        place TEXT NOT NULL DEFAULT '',
        commune_id INTEGER REFERENCES commune(id),
        themes TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX meeting_held ON meeting(held_on)",
    "CREATE INDEX meeting_type_used ON meeting(type_id)",
    "CREATE INDEX meeting_commune ON meeting(commune_id)",
    R"(CREATE TABLE meeting_staff (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        staff_id INTEGER NOT NULL REFERENCES staff_member(id),
        PRIMARY KEY (meeting_id, staff_id)))",
    "CREATE INDEX meeting_staff_staff ON meeting_staff(staff_id)",

    // One row per person and meeting. status: 0 invited, 1 registered, 2 excused,
    // 3 present, 4 absent (AttendanceStatus). walk_in: came without being invited.
    R"(CREATE TABLE invitation (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        status INTEGER NOT NULL DEFAULT 0,
        walk_in {BOOL} NOT NULL DEFAULT 0,
        status_changed_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, contact_id)))",
    "CREATE INDEX invitation_contact ON invitation(contact_id, status)",
    "CREATE INDEX invitation_status ON invitation(meeting_id, status)",

    // A named, reusable selection of actors ("all network heads"): the filter of the
    // Actors page, or the people of a meeting, kept as JSON (SavedListRule).
    R"(CREATE TABLE saved_list (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        rule TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",

    // Being at a meeting is activity: the dormant filter counts it.
    "DROP VIEW organisation_activity",
    "DROP VIEW contact_activity",
    R"(CREATE VIEW contact_activity (contact_id, happened_on) AS
        SELECT ic.contact_id, i.happened_on FROM interaction_contact ic
        JOIN interaction i ON i.id = ic.interaction_id
        UNION ALL
        SELECT v.contact_id, m.held_on FROM invitation v
        JOIN meeting m ON m.id = v.meeting_id WHERE v.status = 3)",
    R"(CREATE VIEW organisation_activity (organisation_id, happened_on) AS
        SELECT io.organisation_id, i.happened_on FROM interaction_organisation io
        JOIN interaction i ON i.id = io.interaction_id
        UNION ALL
        SELECT m.organisation_id, a.happened_on FROM membership m
        JOIN contact_activity a ON a.contact_id = m.contact_id)",
};

inline constexpr const char *meetingTypes[] = {
    QT_TRANSLATE_NOOP("relais::Seed", "Actors' council"),
    QT_TRANSLATE_NOOP("relais::Seed", "Thematic workshop"),
    QT_TRANSLATE_NOOP("relais::Seed", "Network-head meeting"),
    QT_TRANSLATE_NOOP("relais::Seed", "SERD preparation"),
    QT_TRANSLATE_NOOP("relais::Seed", "Other"),
};

} // namespace relais::schema_v3
