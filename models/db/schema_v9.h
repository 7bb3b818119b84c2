#pragma once

#include <QtGlobal>

// Migration 9: the audit trail. Never edit a released migration: add the next one.
// {ID} is expanded by the Dialect.

namespace relais::schema_v9 {

inline constexpr const char *statements[] = {
    // One row per change of personal data, written by the triggers AuditTrail installs on
    // every read-write connection, or by AuditTrail::record() for the acts that are not a
    // row change (import, export, anonymisation, merge). at is ISO 8601 UTC; user is the
    // OS user (the server user later); action is 'create', 'update', 'delete', 'merge',
    // 'import', 'export' or 'anonymise'; changes is a JSON object {field: [old, new]}.
    // Rows of details (e-mails, phones, memberships) are recorded against their contact.
    // No foreign key: the history of a deleted record stays.
    R"(CREATE TABLE audit_entry (
        id {ID},
        at TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        action TEXT NOT NULL,
        record_table TEXT NOT NULL DEFAULT '',
        record_id INTEGER,
        changes TEXT NOT NULL DEFAULT '{}'))",
    "CREATE INDEX audit_entry_record ON audit_entry(record_table, record_id)",
    "CREATE INDEX audit_entry_at ON audit_entry(at)",
};

} // namespace relais::schema_v9
