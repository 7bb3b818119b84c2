#pragma once

// Migration 13: counts kept up to date by triggers for a year's indicators: the
// organisations whose members were present at a meeting or a training session, per year,
// and each meeting's invitations by status. A year's indicators read them instead of
// joining a million attendance rows with memberships each time (at 100,000 contacts that
// join alone took three quarters of the indicators' time). Never edit a released
// migration: add the next one.
//
// organisation_presence holds, per organisation, year and route (1 a meeting, 2 a
// training half-day: IndicatorRepository::Route), how many (attendance, membership) pairs
// put it there: a contact's "present" at a meeting or half-day of that year, times each
// organisation the contact belongs to. Every trigger adds or removes exactly the pairs its
// row takes part in, joined with the rows present at that moment, so the counts stay right
// whatever order rows come and go in (a contact deleted with its memberships and its
// attendance, a meeting with its invitations). A row that falls to 0 is deleted, so that
// an undo leaves the table as it was. IndicatorRepository::presenceDrift() recomputes it
// all from scratch, for the tests.
//
// Writers must not replace attendance rows with INSERT OR REPLACE: the rows it deletes fire
// no trigger (recursive_triggers is off), so their pairs would never be taken away. They
// upsert instead.

namespace relais::schema_v13 {

// Upserts after a join need their WHERE (SQLite's parsing of ON CONFLICT).
inline constexpr const char *statements[] = {
    R"(CREATE TABLE organisation_presence (
        organisation_id INTEGER NOT NULL,
        year INTEGER NOT NULL,
        route INTEGER NOT NULL,
        supports INTEGER NOT NULL,
        PRIMARY KEY (year, route, organisation_id)) WITHOUT ROWID)",
    // Whether an organisation was there in an earlier year.
    R"(CREATE INDEX organisation_presence_organisation
        ON organisation_presence(organisation_id, year))",

    // What is on file now.
    R"(INSERT INTO organisation_presence (organisation_id, year, route, supports)
        SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, count(*)
        FROM invitation v JOIN membership m ON m.contact_id = v.contact_id
        JOIN meeting mt ON mt.id = v.meeting_id WHERE v.status = 3 GROUP BY 1, 2)",
    R"(INSERT INTO organisation_presence (organisation_id, year, route, supports)
        SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, count(*)
        FROM session_attendance t JOIN membership m ON m.contact_id = t.contact_id
        JOIN training_session s ON s.id = t.session_id WHERE t.status = 3 GROUP BY 1, 2)",

    // A count that falls to 0 goes.
    R"(CREATE TRIGGER presence_emptied AFTER UPDATE OF supports ON organisation_presence
    WHEN NEW.supports = 0 BEGIN
        DELETE FROM organisation_presence
        WHERE year = NEW.year AND route = NEW.route AND organisation_id = NEW.organisation_id;
    END)",

    // A meeting's attendance row: its pairs with the memberships of its contact.
    R"(CREATE TRIGGER presence_invitation_added AFTER INSERT ON invitation WHEN NEW.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, 1
            FROM membership m JOIN meeting mt ON mt.id = NEW.meeting_id
            WHERE m.contact_id = NEW.contact_id AND NEW.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_invitation_removed AFTER DELETE ON invitation
    WHEN OLD.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, -1
            FROM membership m JOIN meeting mt ON mt.id = OLD.meeting_id
            WHERE m.contact_id = OLD.contact_id AND OLD.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_invitation_changed AFTER UPDATE OF meeting_id, contact_id, status
    ON invitation WHEN OLD.status = 3 OR NEW.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, -1
            FROM membership m JOIN meeting mt ON mt.id = OLD.meeting_id
            WHERE m.contact_id = OLD.contact_id AND OLD.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, 1
            FROM membership m JOIN meeting mt ON mt.id = NEW.meeting_id
            WHERE m.contact_id = NEW.contact_id AND NEW.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",

    // A training half-day's attendance row, likewise.
    R"(CREATE TRIGGER presence_attendance_added AFTER INSERT ON session_attendance
    WHEN NEW.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, 1
            FROM membership m JOIN training_session s ON s.id = NEW.session_id
            WHERE m.contact_id = NEW.contact_id AND NEW.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_attendance_removed AFTER DELETE ON session_attendance
    WHEN OLD.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, -1
            FROM membership m JOIN training_session s ON s.id = OLD.session_id
            WHERE m.contact_id = OLD.contact_id AND OLD.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_attendance_changed AFTER UPDATE OF session_id, contact_id, status
    ON session_attendance WHEN OLD.status = 3 OR NEW.status = 3 BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, -1
            FROM membership m JOIN training_session s ON s.id = OLD.session_id
            WHERE m.contact_id = OLD.contact_id AND OLD.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, 1
            FROM membership m JOIN training_session s ON s.id = NEW.session_id
            WHERE m.contact_id = NEW.contact_id AND NEW.status = 3
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",

    // A membership: its pairs with the attendance of its contact.
    R"(CREATE TRIGGER presence_membership_added AFTER INSERT ON membership BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT NEW.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, count(*)
            FROM invitation v JOIN meeting mt ON mt.id = v.meeting_id
            WHERE v.contact_id = NEW.contact_id AND v.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT NEW.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, count(*)
            FROM session_attendance t JOIN training_session s ON s.id = t.session_id
            WHERE t.contact_id = NEW.contact_id AND t.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_membership_removed AFTER DELETE ON membership BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT OLD.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, -count(*)
            FROM invitation v JOIN meeting mt ON mt.id = v.meeting_id
            WHERE v.contact_id = OLD.contact_id AND v.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT OLD.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, -count(*)
            FROM session_attendance t JOIN training_session s ON s.id = t.session_id
            WHERE t.contact_id = OLD.contact_id AND t.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_membership_changed AFTER UPDATE OF contact_id, organisation_id
    ON membership BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT OLD.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, -count(*)
            FROM invitation v JOIN meeting mt ON mt.id = v.meeting_id
            WHERE v.contact_id = OLD.contact_id AND v.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT OLD.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, -count(*)
            FROM session_attendance t JOIN training_session s ON s.id = t.session_id
            WHERE t.contact_id = OLD.contact_id AND t.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT NEW.organisation_id, CAST(substr(mt.held_on, 1, 4) AS INTEGER), 1, count(*)
            FROM invitation v JOIN meeting mt ON mt.id = v.meeting_id
            WHERE v.contact_id = NEW.contact_id AND v.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT NEW.organisation_id, CAST(substr(s.held_on, 1, 4) AS INTEGER), 2, count(*)
            FROM session_attendance t JOIN training_session s ON s.id = t.session_id
            WHERE t.contact_id = NEW.contact_id AND t.status = 3 GROUP BY 2
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",

    // A meeting or session deleted, or moved to another year: the pairs of all its
    // attendance. BEFORE DELETE: the foreign key's cascade deletes the attendance after the
    // meeting's row, when their own triggers no longer find its year.
    R"(CREATE TRIGGER presence_meeting_removed BEFORE DELETE ON meeting BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(OLD.held_on, 1, 4) AS INTEGER), 1, -count(*)
            FROM invitation v JOIN membership m ON m.contact_id = v.contact_id
            WHERE v.meeting_id = OLD.id AND v.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_meeting_moved AFTER UPDATE OF held_on ON meeting
    WHEN substr(OLD.held_on, 1, 4) IS NOT substr(NEW.held_on, 1, 4) BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(OLD.held_on, 1, 4) AS INTEGER), 1, -count(*)
            FROM invitation v JOIN membership m ON m.contact_id = v.contact_id
            WHERE v.meeting_id = NEW.id AND v.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(NEW.held_on, 1, 4) AS INTEGER), 1, count(*)
            FROM invitation v JOIN membership m ON m.contact_id = v.contact_id
            WHERE v.meeting_id = NEW.id AND v.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_session_removed BEFORE DELETE ON training_session BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(OLD.held_on, 1, 4) AS INTEGER), 2, -count(*)
            FROM session_attendance t JOIN membership m ON m.contact_id = t.contact_id
            WHERE t.session_id = OLD.id AND t.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",
    R"(CREATE TRIGGER presence_session_moved AFTER UPDATE OF held_on ON training_session
    WHEN substr(OLD.held_on, 1, 4) IS NOT substr(NEW.held_on, 1, 4) BEGIN
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(OLD.held_on, 1, 4) AS INTEGER), 2, -count(*)
            FROM session_attendance t JOIN membership m ON m.contact_id = t.contact_id
            WHERE t.session_id = NEW.id AND t.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
        INSERT INTO organisation_presence (organisation_id, year, route, supports)
            SELECT m.organisation_id, CAST(substr(NEW.held_on, 1, 4) AS INTEGER), 2, count(*)
            FROM session_attendance t JOIN membership m ON m.contact_id = t.contact_id
            WHERE t.session_id = NEW.id AND t.status = 3 GROUP BY 1
            ON CONFLICT (year, route, organisation_id)
            DO UPDATE SET supports = supports + excluded.supports;
    END)",

    // Each meeting's invitations counted by status, as MeetingCounts counts them. A tally
    // needs no meeting: the cascade that deletes a meeting's invitations empties it, and
    // an empty tally goes.
    R"(CREATE TABLE meeting_tally (
        meeting_id INTEGER PRIMARY KEY,
        invited INTEGER NOT NULL,
        registered INTEGER NOT NULL,
        excused INTEGER NOT NULL,
        present INTEGER NOT NULL,
        absent INTEGER NOT NULL,
        walk_ins INTEGER NOT NULL,
        invited_present INTEGER NOT NULL))",
    R"(INSERT INTO meeting_tally (meeting_id, invited, registered, excused, present, absent,
            walk_ins, invited_present)
        SELECT meeting_id, sum(walk_in = 0), sum(status = 1), sum(status = 2),
            sum(status = 3), sum(status = 4), sum(walk_in = 1), sum(status = 3 AND walk_in = 0)
        FROM invitation GROUP BY meeting_id)",
    R"(CREATE TRIGGER meeting_tally_emptied AFTER UPDATE ON meeting_tally
    WHEN NEW.invited = 0 AND NEW.walk_ins = 0 BEGIN
        DELETE FROM meeting_tally WHERE meeting_id = NEW.meeting_id;
    END)",
    R"(CREATE TRIGGER meeting_tally_added AFTER INSERT ON invitation BEGIN
        INSERT INTO meeting_tally (meeting_id, invited, registered, excused, present, absent,
            walk_ins, invited_present)
            VALUES (NEW.meeting_id,
                (NEW.walk_in = 0), (NEW.status = 1), (NEW.status = 2), (NEW.status = 3),
                (NEW.status = 4), (NEW.walk_in = 1), (NEW.status = 3 AND NEW.walk_in = 0))
            ON CONFLICT (meeting_id) DO UPDATE SET
                invited = invited + excluded.invited,
                registered = registered + excluded.registered,
                excused = excused + excluded.excused,
                present = present + excluded.present,
                absent = absent + excluded.absent,
                walk_ins = walk_ins + excluded.walk_ins,
                invited_present = invited_present + excluded.invited_present;
    END)",
    R"(CREATE TRIGGER meeting_tally_removed AFTER DELETE ON invitation BEGIN
        INSERT INTO meeting_tally (meeting_id, invited, registered, excused, present, absent,
            walk_ins, invited_present)
            VALUES (OLD.meeting_id,
                -(OLD.walk_in = 0), -(OLD.status = 1), -(OLD.status = 2), -(OLD.status = 3),
                -(OLD.status = 4), -(OLD.walk_in = 1), -(OLD.status = 3 AND OLD.walk_in = 0))
            ON CONFLICT (meeting_id) DO UPDATE SET
                invited = invited + excluded.invited,
                registered = registered + excluded.registered,
                excused = excused + excluded.excused,
                present = present + excluded.present,
                absent = absent + excluded.absent,
                walk_ins = walk_ins + excluded.walk_ins,
                invited_present = invited_present + excluded.invited_present;
    END)",
    R"(CREATE TRIGGER meeting_tally_changed AFTER UPDATE OF meeting_id, status, walk_in
    ON invitation BEGIN
        INSERT INTO meeting_tally (meeting_id, invited, registered, excused, present, absent,
            walk_ins, invited_present)
            VALUES (OLD.meeting_id,
                -(OLD.walk_in = 0), -(OLD.status = 1), -(OLD.status = 2), -(OLD.status = 3),
                -(OLD.status = 4), -(OLD.walk_in = 1), -(OLD.status = 3 AND OLD.walk_in = 0))
            ON CONFLICT (meeting_id) DO UPDATE SET
                invited = invited + excluded.invited,
                registered = registered + excluded.registered,
                excused = excused + excluded.excused,
                present = present + excluded.present,
                absent = absent + excluded.absent,
                walk_ins = walk_ins + excluded.walk_ins,
                invited_present = invited_present + excluded.invited_present;
        INSERT INTO meeting_tally (meeting_id, invited, registered, excused, present, absent,
            walk_ins, invited_present)
            VALUES (NEW.meeting_id,
                (NEW.walk_in = 0), (NEW.status = 1), (NEW.status = 2), (NEW.status = 3),
                (NEW.status = 4), (NEW.walk_in = 1), (NEW.status = 3 AND NEW.walk_in = 0))
            ON CONFLICT (meeting_id) DO UPDATE SET
                invited = invited + excluded.invited,
                registered = registered + excluded.registered,
                excused = excused + excluded.excused,
                present = present + excluded.present,
                absent = absent + excluded.absent,
                walk_ins = walk_ins + excluded.walk_ins,
                invited_present = invited_present + excluded.invited_present;
    END)",
};

} // namespace relais::schema_v13
