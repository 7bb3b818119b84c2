#pragma once

#include <QtGlobal>

// Migration 8: the history of imports, so that the last one can be undone as a whole,
// even after Relais was closed. Never edit a released migration: add the next one.

namespace relais::schema_v8 {

inline constexpr const char *statements[] = {
    // One row per import: when, what kind of rows (ImportKind's key), from which file,
    // and what became of its rows. undone_at is set while the import is undone.
    R"(CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        imported_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        created_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        rejected_count INTEGER NOT NULL DEFAULT 0,
        undone_at TEXT))",
    // Every record an import created or changed: its table ("contact", "organisation",
    // "commune"…) and id. An updated record keeps its values from before the import
    // (JSON) to be put back. No foreign key to the records: an undone import's rows stay
    // to be redone, and ids are never reused.
    R"(CREATE TABLE import_record (
        batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        record_table TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
        previous TEXT,
        PRIMARY KEY (batch_id, position)))",
};

} // namespace relais::schema_v8
