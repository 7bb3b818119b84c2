#pragma once

#include <QtGlobal>

// Migration 2: interactions, follow-ups and the activity views. Never edit a released
// migration: add the next one. {ID} and {BOOL} are expanded by the Dialect.

namespace relais::schema_v2 {

inline constexpr const char *statements[] = {
    // Two more reference lists: how the officer was in touch, and who on the staff.
    R"(CREATE TABLE interaction_kind (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",
    R"(CREATE TABLE staff_member (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",

    R"(CREATE TABLE interaction (
        id {ID},
        happened_on TEXT NOT NULL,
        kind_id INTEGER REFERENCES interaction_kind(id),
        staff_id INTEGER REFERENCES staff_member(id),
        subject TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX interaction_happened ON interaction(happened_on)",
    "CREATE INDEX interaction_kind_used ON interaction(kind_id)",
    "CREATE INDEX interaction_staff ON interaction(staff_id)",
    R"(CREATE TABLE interaction_contact (
        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, contact_id)))",
    "CREATE INDEX interaction_contact_contact ON interaction_contact(contact_id)",
    R"(CREATE TABLE interaction_organisation (
        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, organisation_id)))",
    ("CREATE INDEX interaction_organisation_organisation ON "
     "interaction_organisation(organisation_id)"),

    // Something to do by a date, planned with an interaction (interaction_id) or for
    // a selection of actors; done_interaction_id is the interaction that did it.
    R"(CREATE TABLE follow_up (
        id {ID},
        due_on TEXT NOT NULL,
        action TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff_member(id),
        interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,
        done_on TEXT,
        done_interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX follow_up_due ON follow_up(done_on, due_on)",
    "CREATE INDEX follow_up_staff ON follow_up(staff_id)",
    "CREATE INDEX follow_up_interaction ON follow_up(interaction_id)",
    R"(CREATE TABLE follow_up_contact (
        follow_up_id INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        PRIMARY KEY (follow_up_id, contact_id)))",
    "CREATE INDEX follow_up_contact_contact ON follow_up_contact(contact_id)",
    R"(CREATE TABLE follow_up_organisation (
        follow_up_id INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (follow_up_id, organisation_id)))",
    "CREATE INDEX follow_up_organisation_organisation ON follow_up_organisation(organisation_id)",

    // When each actor was last active, whatever the area. Later areas (meetings,
    // training, SERD, contributions) add their dates by redefining these views in their
    // own migration, so that "dormant partners" needs no change.
    R"(CREATE VIEW contact_activity (contact_id, happened_on) AS
        SELECT ic.contact_id, i.happened_on FROM interaction_contact ic
        JOIN interaction i ON i.id = ic.interaction_id)",
    R"(CREATE VIEW organisation_activity (organisation_id, happened_on) AS
        SELECT io.organisation_id, i.happened_on FROM interaction_organisation io
        JOIN interaction i ON i.id = io.interaction_id
        UNION ALL
        SELECT m.organisation_id, a.happened_on FROM membership m
        JOIN contact_activity a ON a.contact_id = m.contact_id)",
};

inline constexpr const char *interactionKinds[] = {
    QT_TRANSLATE_NOOP("relais::Seed", "Call"),
    QT_TRANSLATE_NOOP("relais::Seed", "E-mail"),
    QT_TRANSLATE_NOOP("relais::Seed", "Visit"),
    QT_TRANSLATE_NOOP("relais::Seed", "Meeting in person"),
    QT_TRANSLATE_NOOP("relais::Seed", "Letter"),
    QT_TRANSLATE_NOOP("relais::Seed", "Thank-you"),
};

// Roles to start from; the officer renames them to the people ("Anne — programme officer").
inline constexpr const char *staffMembers[] = {
    QT_TRANSLATE_NOOP("relais::Seed", "Programme officer"),
    QT_TRANSLATE_NOOP("relais::Seed", "Assistant"),
    QT_TRANSLATE_NOOP("relais::Seed", "Intern"),
    QT_TRANSLATE_NOOP("relais::Seed", "Communication officer"),
};

} // namespace relais::schema_v2
