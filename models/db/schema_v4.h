#pragma once

#include <QtGlobal>

// Migration 4: the training of relay actors. Never edit a released migration: add the
// next one. {ID} and {BOOL} are expanded by the Dialect.

namespace relais::schema_v4 {

inline constexpr const char *statements[] = {
    // A module of the training: one theme, its objectives and planned length.
    R"(CREATE TABLE training_module (
        id {ID},
        theme TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        objectives TEXT NOT NULL DEFAULT '',
        planned_hours REAL NOT NULL DEFAULT 0,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",

    // A group of trainees followed over a period; its completion rule as JSON
    // (CompletionRule).
    R"(CREATE TABLE cohort (
        id {ID},
        name TEXT NOT NULL,
        starts_on TEXT,
        ends_on TEXT,
        completion_rule TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE cohort_module (
        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        module_id INTEGER NOT NULL REFERENCES training_module(id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (cohort_id, module_id)))",
    "CREATE INDEX cohort_module_module ON cohort_module(module_id)",

    // A session of a module for a cohort: a morning and/or an afternoon (times as
    // HH:mm), in a room or on a field visit (kind 0 / 1).
    R"(CREATE TABLE training_session (
        id {ID},
        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        module_id INTEGER NOT NULL REFERENCES training_module(id),
        held_on TEXT NOT NULL,
        morning {BOOL} NOT NULL DEFAULT 1,
        morning_starts TEXT,
        morning_ends TEXT,
        afternoon {BOOL} NOT NULL DEFAULT 0,
        afternoon_starts TEXT,
        afternoon_ends TEXT,
        kind INTEGER NOT NULL DEFAULT 0,
        place TEXT NOT NULL DEFAULT '',
        commune_id INTEGER REFERENCES commune(id),
        trainer_contact_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
        trainer_name TEXT NOT NULL DEFAULT '',
        max_places INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX training_session_cohort ON training_session(cohort_id, held_on)",
    "CREATE INDEX training_session_module ON training_session(module_id)",
    "CREATE INDEX training_session_held ON training_session(held_on)",

    // Who follows a cohort; completed_on is set when they met its rule and were
    // recognised (the relay-actor flag).
    R"(CREATE TABLE enrolment (
        cohort_id INTEGER NOT NULL REFERENCES cohort(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        enrolled_on TEXT,
        completed_on TEXT,
        PRIMARY KEY (cohort_id, contact_id)))",
    "CREATE INDEX enrolment_contact ON enrolment(contact_id)",

    // Attendance is proven per half-day: half 0 morning, 1 afternoon; status as
    // AttendanceStatus (2 excused, 3 present, 4 absent).
    R"(CREATE TABLE session_attendance (
        session_id INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        half INTEGER NOT NULL,
        status INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        PRIMARY KEY (session_id, contact_id, half)))",
    "CREATE INDEX session_attendance_contact ON session_attendance(contact_id, status)",

    // Being at a training counts as activity for the dormant filter.
    "DROP VIEW organisation_activity",
    "DROP VIEW contact_activity",
    R"(CREATE VIEW contact_activity (contact_id, happened_on) AS
        SELECT ic.contact_id, i.happened_on FROM interaction_contact ic
        JOIN interaction i ON i.id = ic.interaction_id
        UNION ALL
        SELECT v.contact_id, m.held_on FROM invitation v
        JOIN meeting m ON m.id = v.meeting_id WHERE v.status = 3
        UNION ALL
        SELECT a.contact_id, s.held_on FROM session_attendance a
        JOIN training_session s ON s.id = a.session_id WHERE a.status = 3)",
    R"(CREATE VIEW organisation_activity (organisation_id, happened_on) AS
        SELECT io.organisation_id, i.happened_on FROM interaction_organisation io
        JOIN interaction i ON i.id = io.interaction_id
        UNION ALL
        SELECT m.organisation_id, a.happened_on FROM membership m
        JOIN contact_activity a ON a.contact_id = m.contact_id)",
};

} // namespace relais::schema_v4
