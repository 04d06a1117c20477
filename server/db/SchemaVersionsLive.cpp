// The tables of the schema versions of the live production (issue 17), as SQL; the earlier ones are in
// SchemaVersions.cpp. Only db/Migrations applies them.
#include "db/SchemaVersions.h"

namespace regiekamer::server::migrations::schema {

// Issue 17, the stream-key vault and going live (docs/security.md "Stream keys", docs/api.md "Go-live"):
// - webinar_stream_keys: a webinar's ingest URL and stream key, both sealed under the organisation's key
//   (FieldCipher, bound to "webinar_stream_keys/<column>/<webinar id>"); who set or rotated them and when.
// - webinar_state_changes: the webinar's timeline, one row per state change, written in the change's transaction.
const QList<const char *> versionStreamKeysAndTimeline {
    "CREATE TABLE webinar_stream_keys ("
    " webinar_id INTEGER PRIMARY KEY REFERENCES webinars(id) ON DELETE CASCADE,"
    " ingest_url BLOB NOT NULL,"
    " stream_key BLOB NOT NULL,"
    " origin TEXT NOT NULL CHECK (origin IN ('set','rotated')),"
    " changed_at TEXT NOT NULL,"
    " changed_by INTEGER REFERENCES users(id) ON DELETE SET NULL)",
    "CREATE TABLE webinar_state_changes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " from_state TEXT NOT NULL,"
    " to_state TEXT NOT NULL,"
    " changed_at TEXT NOT NULL,"
    " actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " actor_role TEXT NOT NULL,"
    " overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)))",
    "CREATE INDEX webinar_state_changes_webinar ON webinar_state_changes(webinar_id, id)",
};

// Approval rules and the waiting list (issue 17, docs/api.md "Approval rules"). registrations gains the approval
// state 'waitlisted' (SQLite cannot change a CHECK, so the table is rebuilt as in version 6, with its sealed BLOB
// columns, its join token and every index; the index-revision triggers go with the old table and are made again);
// registrations_waitlist keeps the waiting list of a webinar in order of registration, so a position is counted over
// the waiting rows only. approval_rules holds per webinar the e-mail domains and organisation names approved at once
// (JSON lists; no personal data) and the capacity (NULL: no limit).
const QList<Rebuild> versionWaitingList {
    {"registrations",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
     " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
     " full_name BLOB NOT NULL,"
     " email BLOB NOT NULL,"
     " company BLOB NOT NULL DEFAULT X'',"
     " job_title BLOB NOT NULL DEFAULT X'',"
     " registered_at TEXT NOT NULL,"
     " phone BLOB NOT NULL DEFAULT X'',"
     " consent_recording INTEGER NOT NULL DEFAULT 0,"
     " consent_marketing INTEGER NOT NULL DEFAULT 0,"
     " consent_at TEXT,"
     " approval_state TEXT NOT NULL DEFAULT 'approved'"
     " CHECK (approval_state IN ('pending','approved','rejected','waitlisted')),"
     " joined_at TEXT,"
     " left_at TEXT,"
     " minutes_watched INTEGER NOT NULL DEFAULT 0,"
     " version INTEGER NOT NULL DEFAULT 1,"
     " join_token_hash TEXT",
     "id, webinar_id, user_id, full_name, email, company, job_title, registered_at, phone, consent_recording,"
     " consent_marketing, consent_at, approval_state, joined_at, left_at, minutes_watched, version, join_token_hash",
     {"CREATE INDEX registrations_webinar ON registrations(webinar_id)",
      "CREATE INDEX registrations_user ON registrations(user_id)",
      "CREATE INDEX registrations_webinar_time ON registrations(webinar_id, registered_at, id)",
      ("CREATE UNIQUE INDEX registrations_webinar_user ON registrations(webinar_id, user_id) WHERE user_id IS NOT "
       "NULL"),
      ("CREATE UNIQUE INDEX registrations_join_token ON registrations(join_token_hash) WHERE join_token_hash IS NOT "
       "NULL"),
      ("CREATE INDEX registrations_waitlist ON registrations(webinar_id, registered_at, id)"
       " WHERE approval_state = 'waitlisted'")}},
};

const QList<const char *> versionWaitingListRules {
    "CREATE TRIGGER registrations_revision_insert AFTER INSERT ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1 WHERE id = NEW.webinar_id; END",
    "CREATE TRIGGER registrations_revision_update AFTER UPDATE ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1"
    " WHERE id IN (OLD.webinar_id, NEW.webinar_id); END",
    "CREATE TRIGGER registrations_revision_delete AFTER DELETE ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1 WHERE id = OLD.webinar_id; END",
    "CREATE TABLE approval_rules ("
    " webinar_id INTEGER PRIMARY KEY REFERENCES webinars(id) ON DELETE CASCADE,"
    " domains TEXT NOT NULL DEFAULT '[]',"
    " organisations TEXT NOT NULL DEFAULT '[]',"
    " capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1),"
    " version INTEGER NOT NULL DEFAULT 1)",
};

// Attendees in the live webinar's room (issue 17, docs/architecture.md "The room"):
// - attendance_sessions: every stay of a registration in the room, from its join to its leave (left_how: the viewer
//   left, their ticks stopped past the timeout, staff removed them, or a ban did). At most one open stay per
//   registration. Minutes watched and the concurrent viewers per minute come from these rows.
// - attendee_bans: a registration banned from the room, the reason sealed under the organisation's key (like the
//   attendee's fields), who banned and when. Lifting the ban deletes the row (the access log keeps the history).
const QList<const char *> versionAttendanceSessions {
    "CREATE TABLE attendance_sessions ("
    " id INTEGER PRIMARY KEY,"
    " registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " joined_at TEXT NOT NULL,"
    " last_tick_at TEXT NOT NULL,"
    " left_at TEXT,"
    " left_how TEXT CHECK (left_how IN ('left','timeout','removed','banned')))",
    "CREATE UNIQUE INDEX attendance_sessions_open ON attendance_sessions(registration_id) WHERE left_at IS NULL",
    "CREATE INDEX attendance_sessions_webinar ON attendance_sessions(webinar_id, joined_at)",
    "CREATE INDEX attendance_sessions_ticks ON attendance_sessions(last_tick_at) WHERE left_at IS NULL",
    "CREATE TABLE attendee_bans ("
    " registration_id INTEGER PRIMARY KEY REFERENCES registrations(id) ON DELETE CASCADE,"
    " reason BLOB NOT NULL,"
    " banned_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " banned_at TEXT NOT NULL)",
};

} // namespace regiekamer::server::migrations::schema
