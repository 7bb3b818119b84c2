#pragma once

#include <QtGlobal>

// Migration 5: the European Week for Waste Reduction (SERD): editions, actions, their
// organisers and occurrences. Never edit a released migration: add the next one.
// {ID} and {BOOL} are expanded by the Dialect.

namespace relais::schema_v5 {

inline constexpr const char *statements[] = {
    // The EWWR's categories of action developers.
    R"(CREATE TABLE serd_category (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",
    // Topics of actions.
    R"(CREATE TABLE serd_topic (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",

    // One Week a year: its dates and the year's thematic focus.
    R"(CREATE TABLE serd_edition (
        id {ID},
        year INTEGER NOT NULL UNIQUE,
        starts_on TEXT,
        ends_on TEXT,
        focus TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    // An action of an edition. status: 0 proposed, 1 confirmed, 2 held, 3 cancelled
    // (SerdStatus). The contact person is RESTRICTed like the organisers below: an
    // edition's figures are reported to the funder, so deleting an actor must not
    // silently rewrite them (the actor is taken off the action first).
    R"(CREATE TABLE serd_action (
        id {ID},
        edition_id INTEGER NOT NULL REFERENCES serd_edition(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        category_id INTEGER REFERENCES serd_category(id),
        topic_id INTEGER REFERENCES serd_topic(id),
        audience TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contact(id) ON DELETE RESTRICT,
        status INTEGER NOT NULL DEFAULT 0,
        registered {BOOL} NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX serd_action_edition ON serd_action(edition_id, status)",
    "CREATE INDEX serd_action_category ON serd_action(category_id)",
    "CREATE INDEX serd_action_topic ON serd_action(topic_id)",
    "CREATE INDEX serd_action_contact ON serd_action(contact_id)",
    // Who runs an action: role 0 the lead organiser (one at most), 1 a co-organiser.
    R"(CREATE TABLE serd_action_organiser (
        action_id INTEGER NOT NULL REFERENCES serd_action(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        role INTEGER NOT NULL DEFAULT 1,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (action_id, organisation_id)))",
    "CREATE UNIQUE INDEX serd_action_lead ON serd_action_organiser(action_id) WHERE role = 0",
    "CREATE INDEX serd_action_organiser_organisation ON serd_action_organiser(organisation_id)",
    // Each time an action is held: a day, times as HH:mm, a place; participants NULL
    // when not known.
    R"(CREATE TABLE serd_occurrence (
        id {ID},
        action_id INTEGER NOT NULL REFERENCES serd_action(id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        starts_at TEXT,
        ends_at TEXT,
        place TEXT NOT NULL DEFAULT '',
        commune_id INTEGER REFERENCES commune(id),
        expected_participants INTEGER,
        actual_participants INTEGER,
        cancelled {BOOL} NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX serd_occurrence_action ON serd_occurrence(action_id, held_on)",
    "CREATE INDEX serd_occurrence_held ON serd_occurrence(held_on)",
    "CREATE INDEX serd_occurrence_commune ON serd_occurrence(commune_id)",
};

// The EWWR's own names, in French, as the officer reports them; she renames them at
// will. (Seeded data, like the lists of migrations 1-3.)
inline constexpr const char *categories[] = { "Administration / collectivité",
    "Association / ONG", "Entreprise / industrie", "Établissement scolaire", "Citoyens" };
inline constexpr const char *topics[] = { "Réduction à la source",
    "Réemploi et préparation en vue du réemploi", "Tri et recyclage", "Nettoyage",
    "Thème de l'année" };

} // namespace relais::schema_v5
