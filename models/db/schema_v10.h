#pragma once

#include <QtGlobal>

// Migration 10: consent by channel (e-mail, post) with its history (#9). Never edit a
// released migration: add the next one. {ID} is expanded by the Dialect.

namespace relais::schema_v10 {

inline constexpr const char *statements[] = {
    // The e-mail channel keeps the columns of version 1: consent (0 not asked, 1 agreed,
    // 2 refused, 3 withdrawn), consent_date, and consent_method, which is now the channel's
    // free note. consent_source is where it was collected: a key among form, meeting_sheet,
    // phone, email, import, other ('' when nobody said). The post channel has the same four.
    "ALTER TABLE contact ADD COLUMN consent_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN post_consent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contact ADD COLUMN post_consent_date TEXT",
    "ALTER TABLE contact ADD COLUMN post_consent_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN post_consent_note TEXT NOT NULL DEFAULT ''",

    // One row each time a channel's state changes (channel 0 e-mail, 1 post), written by
    // ContactWriter whatever the path (form, import, merge, undo), so that it knows who is at
    // the keyboard. Never rewritten: an undo is recorded as the change back. Goes with its
    // contact; undoing the contact's deletion puts the rows back. recorded_at is ISO 8601 UTC.
    R"(CREATE TABLE contact_consent_history (
        id {ID},
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,
        status INTEGER NOT NULL,
        date TEXT,
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX contact_consent_history_contact ON contact_consent_history(contact_id, id)",

    // The free text of "how it was given" says where, most of the time: a source is guessed
    // from it, and the text stays as the note.
    R"(UPDATE contact SET consent_source = CASE
        WHEN lower(consent_method) LIKE '%margement%' OR lower(consent_method) LIKE '%sheet%'
            THEN 'meeting_sheet'
        WHEN lower(consent_method) LIKE '%phone%' THEN 'phone'
        WHEN lower(consent_method) LIKE '%formul%' OR lower(consent_method) LIKE '%bulletin%'
            OR lower(consent_method) LIKE '%fiche%' OR ' ' || lower(consent_method) || ' '
            LIKE '% form %' THEN 'form'
        WHEN lower(consent_method) LIKE '%mail%' OR lower(consent_method) LIKE '%courriel%'
            THEN 'email'
        ELSE 'other' END
        WHERE consent_method <> '')",
    // What the file said so far is the history's first line, attributed to nobody.
    R"(INSERT INTO contact_consent_history (contact_id, channel, status, date, source, note,
            recorded_at, recorded_by)
        SELECT id, 0, consent, consent_date, consent_source, consent_method, updated_at, ''
        FROM contact
        WHERE consent <> 0 OR consent_date IS NOT NULL OR consent_method <> ''
        ORDER BY id)",
};

} // namespace relais::schema_v10
