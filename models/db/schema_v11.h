#pragma once

#include <QtGlobal>

// Migration 11: the right to erasure and the retention review. Never edit a released
// migration: add the next one. {ID} is expanded by the Dialect.

namespace relais::schema_v11 {

inline constexpr const char *statements[] = {
    // A contact whose identity was erased (Anonymiser): the row stays, under a neutral
    // label, so that every past figure keeps counting them. at is ISO 8601 UTC.
    R"(CREATE TABLE contact_anonymisation (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        anonymised_at TEXT NOT NULL,
        anonymised_by TEXT NOT NULL DEFAULT ''))",
    // What the officer decided for a contact the retention review listed: 'keep' (with a
    // reason; listed again once the period has passed since decided_on) or 'recontacted'
    // (asked whether they want to stay; listed with that date until another decision).
    R"(CREATE TABLE retention_decision (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('keep', 'recontacted')),
        reason TEXT NOT NULL DEFAULT '',
        decided_on TEXT NOT NULL,
        decided_by TEXT NOT NULL DEFAULT ''))",
};

} // namespace relais::schema_v11
