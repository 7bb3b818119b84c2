#pragma once

#include <QtGlobal>

// Migration 7: pairs of actors the officer has said are not duplicates, so that Find
// duplicates does not propose them again. Never edit a released migration: add the
// next one.

namespace relais::schema_v7 {

inline constexpr const char *statements[] = {
    // kind: 0 two contacts, 1 two organisations (ActorRef::Kind). The ids in canonical
    // order (low < high), so that a pair is one row whichever way it was dismissed.
    // No foreign keys: ids are never reused, so a row left behind by a deleted actor
    // matches nothing, and it is still there when the deletion or a merge is undone.
    R"(CREATE TABLE duplicate_dismissal (
        kind INTEGER NOT NULL,
        low_id INTEGER NOT NULL,
        high_id INTEGER NOT NULL,
        dismissed_at TEXT NOT NULL,
        PRIMARY KEY (kind, low_id, high_id),
        CHECK (low_id < high_id)))",
};

} // namespace relais::schema_v7
