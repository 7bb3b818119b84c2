#pragma once

#include <QtGlobal>

// Migration 6: the means of the programme: partners' valued contributions and the
// programme's own staff time. Never edit a released migration: add the next one.
// {ID} and {BOOL} are expanded by the Dialect.

namespace relais::schema_v6 {

inline constexpr const char *statements[] = {
    // Roles on the programme's staff (programme officer, intern…).
    R"(CREATE TABLE staff_role (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",
    // A person's current role: totals per role count every entry of a person under the
    // role they hold now (simple, and what the officer reports; a person who changes
    // role is best entered as a new person).
    "ALTER TABLE staff_member ADD COLUMN role_id INTEGER REFERENCES staff_role(id)",
    "CREATE INDEX staff_member_role ON staff_member(role_id)",

    // What a partner put in, in a year. kind: 0 staff time, 1 material, 2 other
    // (ContributionKind). Staff time: quantity in hundredths of the unit (0 hours,
    // 1 days) × rate_cents, rounded to the cent into amount_cents; otherwise the amount
    // is typed. Money in integer cents, so that totals add up exactly.
    // An organisation's contributions go with it when it is deleted, and come back on
    // undo (DependentRows), like its interactions.
    // A meeting or SERD action that is deleted leaves the contribution in place,
    // unlinked; the detached_* column remembers it, so that undoing the deletion (which
    // puts the row back under its own id) links them again (triggers below).
    R"(CREATE TABLE contribution (
        id {ID},
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        serd_action_id INTEGER REFERENCES serd_action(id) ON DELETE SET NULL,
        kind INTEGER NOT NULL,
        time_unit INTEGER NOT NULL DEFAULT 0,
        quantity INTEGER NOT NULL DEFAULT 0,
        rate_cents INTEGER NOT NULL DEFAULT 0,
        amount_cents INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        detached_meeting_id INTEGER,
        detached_serd_action_id INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX contribution_organisation ON contribution(organisation_id, year)",
    "CREATE INDEX contribution_year ON contribution(year, kind)",
    "CREATE INDEX contribution_meeting ON contribution(meeting_id)",
    "CREATE INDEX contribution_serd_action ON contribution(serd_action_id)",
    "CREATE INDEX contribution_detached_meeting ON contribution(detached_meeting_id)",
    "CREATE INDEX contribution_detached_serd_action ON contribution(detached_serd_action_id)",

    // Days (counted in half-days) spent by a person of the staff on one activity: a
    // meeting, a training session, a SERD edition or a free category. ends_on is set for
    // a period. Deleted activities are remembered as for contributions.
    R"(CREATE TABLE staff_time (
        id {ID},
        starts_on TEXT NOT NULL,
        ends_on TEXT,
        staff_id INTEGER NOT NULL REFERENCES staff_member(id),
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        training_session_id INTEGER REFERENCES training_session(id) ON DELETE SET NULL,
        serd_edition_id INTEGER REFERENCES serd_edition(id) ON DELETE SET NULL,
        category TEXT NOT NULL DEFAULT '',
        half_days INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        detached_meeting_id INTEGER,
        detached_session_id INTEGER,
        detached_serd_edition_id INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX staff_time_starts ON staff_time(starts_on)",
    "CREATE INDEX staff_time_staff ON staff_time(staff_id, starts_on)",
    "CREATE INDEX staff_time_meeting ON staff_time(meeting_id)",
    "CREATE INDEX staff_time_session ON staff_time(training_session_id)",
    "CREATE INDEX staff_time_serd_edition ON staff_time(serd_edition_id)",
    "CREATE INDEX staff_time_detached_meeting ON staff_time(detached_meeting_id)",
    "CREATE INDEX staff_time_detached_session ON staff_time(detached_session_id)",
    "CREATE INDEX staff_time_detached_serd_edition ON staff_time(detached_serd_edition_id)",

    // Remembering and relinking deleted activities (SQLite syntax; ids are never reused,
    // so a row inserted under a remembered id can only be the deleted one coming back).
    // These fire whatever deletes the row: its own verb, or a cascade (a cohort's
    // sessions, an edition's actions).
    R"(CREATE TRIGGER means_meeting_deleted BEFORE DELETE ON meeting BEGIN
        UPDATE contribution SET detached_meeting_id = OLD.id WHERE meeting_id = OLD.id;
        UPDATE staff_time SET detached_meeting_id = OLD.id WHERE meeting_id = OLD.id;
    END)",
    R"(CREATE TRIGGER means_meeting_restored AFTER INSERT ON meeting BEGIN
        UPDATE contribution SET meeting_id = NEW.id, detached_meeting_id = NULL
            WHERE detached_meeting_id = NEW.id;
        UPDATE staff_time SET meeting_id = NEW.id, detached_meeting_id = NULL
            WHERE detached_meeting_id = NEW.id;
    END)",
    R"(CREATE TRIGGER means_session_deleted BEFORE DELETE ON training_session BEGIN
        UPDATE staff_time SET detached_session_id = OLD.id WHERE training_session_id = OLD.id;
    END)",
    R"(CREATE TRIGGER means_session_restored AFTER INSERT ON training_session BEGIN
        UPDATE staff_time SET training_session_id = NEW.id, detached_session_id = NULL
            WHERE detached_session_id = NEW.id;
    END)",
    R"(CREATE TRIGGER means_serd_action_deleted BEFORE DELETE ON serd_action BEGIN
        UPDATE contribution SET detached_serd_action_id = OLD.id WHERE serd_action_id = OLD.id;
    END)",
    R"(CREATE TRIGGER means_serd_action_restored AFTER INSERT ON serd_action BEGIN
        UPDATE contribution SET serd_action_id = NEW.id, detached_serd_action_id = NULL
            WHERE detached_serd_action_id = NEW.id;
    END)",
    R"(CREATE TRIGGER means_serd_edition_deleted BEFORE DELETE ON serd_edition BEGIN
        UPDATE staff_time SET detached_serd_edition_id = OLD.id WHERE serd_edition_id = OLD.id;
    END)",
    R"(CREATE TRIGGER means_serd_edition_restored AFTER INSERT ON serd_edition BEGIN
        UPDATE staff_time SET serd_edition_id = NEW.id, detached_serd_edition_id = NULL
            WHERE detached_serd_edition_id = NEW.id;
    END)",
};

inline constexpr const char *staffRoles[]
    = { "Chargée de mission", "Stagiaire", "Assistante", "Chargée de communication" };

} // namespace relais::schema_v6
