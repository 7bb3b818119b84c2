#pragma once

#include <QtGlobal>

// Migration 1: the actor file. Never edit a released migration: add the next one.
// {ID} and {BOOL} are expanded by the Dialect.

namespace relais::schema_v1 {

inline constexpr const char *statements[] = {
    R"(CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY,
        applied_at TEXT NOT NULL))",

    // Key-value settings that belong to the file (programme name, logo on printouts).
    R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value BLOB))",

    // The four reference lists share one shape; name_key is the folded name that
    // makes "Mulhouse" and "mulhouse " the same entry.
    R"(CREATE TABLE actor_type (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",
    R"(CREATE TABLE domain (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",
    R"(CREATE TABLE commune (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0,
        postcode TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE tag (
        id {ID},
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        retired {BOOL} NOT NULL DEFAULT 0))",

    R"(CREATE TABLE organisation (
        id {ID},
        name TEXT NOT NULL,
        acronym TEXT NOT NULL DEFAULT '',
        type_id INTEGER REFERENCES actor_type(id),
        commune_id INTEGER REFERENCES commune(id),
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        network_head {BOOL} NOT NULL DEFAULT 0,
        municipal_service {BOOL} NOT NULL DEFAULT 0,
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX organisation_sort_key ON organisation(sort_key)",
    "CREATE INDEX organisation_type ON organisation(type_id)",
    "CREATE INDEX organisation_commune ON organisation(commune_id)",
    R"(CREATE TABLE organisation_domain (
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        domain_id INTEGER NOT NULL REFERENCES domain(id),
        PRIMARY KEY (organisation_id, domain_id)))",
    "CREATE INDEX organisation_domain_domain ON organisation_domain(domain_id)",
    R"(CREATE TABLE organisation_tag (
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id),
        PRIMARY KEY (organisation_id, tag_id)))",
    "CREATE INDEX organisation_tag_tag ON organisation_tag(tag_id)",

    // organisations_label and organisations_key are derived from the memberships
    // (kept by SearchIndex) so that the list shows and sorts by them without a join
    // per row; sort_key and name_key are folded names for sorting and duplicates.
    R"(CREATE TABLE contact (
        id {ID},
        civility INTEGER NOT NULL DEFAULT 0,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL,
        commune_id INTEGER REFERENCES commune(id),
        type_id INTEGER REFERENCES actor_type(id),
        network_head {BOOL} NOT NULL DEFAULT 0,
        relay_actor {BOOL} NOT NULL DEFAULT 0,
        relay_actor_since TEXT,
        notes TEXT NOT NULL DEFAULT '',
        consent INTEGER NOT NULL DEFAULT 0,
        consent_date TEXT,
        consent_method TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL,
        name_key TEXT NOT NULL,
        organisations_label TEXT NOT NULL DEFAULT '',
        organisations_key TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX contact_sort_key ON contact(sort_key)",
    "CREATE INDEX contact_name_key ON contact(name_key)",
    "CREATE INDEX contact_organisations_key ON contact(organisations_key)",
    "CREATE INDEX contact_type ON contact(type_id)",
    "CREATE INDEX contact_commune ON contact(commune_id)",
    R"(CREATE TABLE contact_email (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL,
        PRIMARY KEY (contact_id, position)))",
    "CREATE INDEX contact_email_key ON contact_email(email_key)",
    R"(CREATE TABLE contact_phone (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        phone TEXT NOT NULL,
        PRIMARY KEY (contact_id, position)))",
    R"(CREATE TABLE membership (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (contact_id, organisation_id)))",
    "CREATE INDEX membership_organisation ON membership(organisation_id)",
    R"(CREATE TABLE contact_domain (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        domain_id INTEGER NOT NULL REFERENCES domain(id),
        PRIMARY KEY (contact_id, domain_id)))",
    "CREATE INDEX contact_domain_domain ON contact_domain(domain_id)",
    R"(CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id),
        PRIMARY KEY (contact_id, tag_id)))",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag_id)",
};

// Seeded reference lists, from DOMAIN.md; translated into the language the file is
// created in, since the officer reads and edits these names herself.
inline constexpr const char *actorTypes[] = {
    QT_TRANSLATE_NOOP("relais::Seed", "Environment association"),
    QT_TRANSLATE_NOOP("relais::Seed", "Neighbourhood association"),
    QT_TRANSLATE_NOOP("relais::Seed", "Social centre"),
    QT_TRANSLATE_NOOP("relais::Seed", "Social & solidarity economy"),
    QT_TRANSLATE_NOOP("relais::Seed", "Artist"),
    QT_TRANSLATE_NOOP("relais::Seed", "Commune"),
    QT_TRANSLATE_NOOP("relais::Seed", "Municipal service"),
    QT_TRANSLATE_NOOP("relais::Seed", "Inhabitant"),
    QT_TRANSLATE_NOOP("relais::Seed", "Citizen council"),
    QT_TRANSLATE_NOOP("relais::Seed", "University / hospital / student services"),
    QT_TRANSLATE_NOOP("relais::Seed", "Large company"),
    QT_TRANSLATE_NOOP("relais::Seed", "Social landlord"),
    QT_TRANSLATE_NOOP("relais::Seed", "Reuse & repair craftsman"),
    QT_TRANSLATE_NOOP("relais::Seed", "School"),
};

inline constexpr const char *domains[] = {
    QT_TRANSLATE_NOOP("relais::Seed", "Cultural"),
    QT_TRANSLATE_NOOP("relais::Seed", "Educational"),
    QT_TRANSLATE_NOOP("relais::Seed", "Sports"),
    QT_TRANSLATE_NOOP("relais::Seed", "Economic"),
    QT_TRANSLATE_NOOP("relais::Seed", "Social"),
};

} // namespace relais::schema_v1
