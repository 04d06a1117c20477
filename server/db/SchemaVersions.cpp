// The tables of every schema version, as SQL. Only db/Migrations applies them.
#include "db/SchemaVersions.h"

namespace regiekamer::server::migrations::schema {

// Version 1: the walking skeleton. Plain SQL that also runs on PostgreSQL except for the id column spelling,
// which is the one place a PostgreSQL backend must translate (INTEGER PRIMARY KEY -> BIGSERIAL).
const QList<const char *> version1 {
    "CREATE TABLE organisations ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE users ("
    " id INTEGER PRIMARY KEY,"
    " email TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL,"
    " role TEXT NOT NULL CHECK (role IN ('admin','director','moderator','client_staff','viewer')),"
    " organisation_id INTEGER REFERENCES organisations(id),"
    " password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE webinars ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id),"
    " title TEXT NOT NULL,"
    " description TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL CHECK (state IN ('draft','scheduled','rehearsal','live','ended','archived')),"
    " starts_at TEXT NOT NULL,"
    " duration_minutes INTEGER NOT NULL)",
    "CREATE TABLE webinar_staff ("
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " staff_role TEXT NOT NULL CHECK (staff_role IN ('director','moderator')),"
    " PRIMARY KEY (webinar_id, user_id))",
    "CREATE TABLE registrations ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " full_name TEXT NOT NULL,"
    " email TEXT NOT NULL,"
    " company TEXT NOT NULL DEFAULT '',"
    " job_title TEXT NOT NULL DEFAULT '',"
    " registered_at TEXT NOT NULL)",
    "CREATE INDEX registrations_webinar ON registrations(webinar_id)",
    "CREATE INDEX registrations_user ON registrations(user_id)",
    "CREATE TABLE questions ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " registration_id INTEGER REFERENCES registrations(id) ON DELETE SET NULL,"
    " text TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','rejected')),"
    " asked_at TEXT NOT NULL)",
    "CREATE INDEX questions_webinar ON questions(webinar_id)",
    "CREATE TABLE sessions ("
    " token_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at TEXT NOT NULL,"
    " last_seen_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX sessions_user ON sessions(user_id)",
    "CREATE TABLE login_failures ("
    " account_key TEXT PRIMARY KEY,"
    " failures INTEGER NOT NULL,"
    " last_failure_at TEXT NOT NULL,"
    " locked_until TEXT)",
};

// Version 2: the domain of issue 3. Versions for optimistic concurrency on every changeable object; the attendee
// fields of registrations (contact, consent, approval, attendance); moderated questions with answers (the state
// set changes, which SQLite can only do by rebuilding the table); viewers' own profiles; indexes for paging
// 100,000 registrations of one webinar by name or time.
const QList<const char *> version2 {
    "ALTER TABLE organisations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE webinars ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE registrations ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE registrations ADD COLUMN consent_recording INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN consent_marketing INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN consent_at TEXT",
    ("ALTER TABLE registrations ADD COLUMN approval_state TEXT NOT NULL DEFAULT 'approved'"
     " CHECK (approval_state IN ('pending','approved','rejected'))"),
    "ALTER TABLE registrations ADD COLUMN joined_at TEXT",
    "ALTER TABLE registrations ADD COLUMN left_at TEXT",
    "ALTER TABLE registrations ADD COLUMN minutes_watched INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE registrations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX registrations_webinar_name ON registrations(webinar_id, full_name COLLATE NOCASE, id)",
    "CREATE INDEX registrations_webinar_time ON registrations(webinar_id, registered_at, id)",
    "CREATE UNIQUE INDEX registrations_webinar_user ON registrations(webinar_id, user_id) WHERE user_id IS NOT NULL",
    "CREATE TABLE questions_v2 ("
    " id INTEGER PRIMARY KEY,"
    " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
    " registration_id INTEGER REFERENCES registrations(id) ON DELETE CASCADE,"
    " text TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','dismissed','pinned')),"
    " asked_at TEXT NOT NULL,"
    " answer TEXT,"
    " answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " version INTEGER NOT NULL DEFAULT 1)",
    ("INSERT INTO questions_v2 (id, webinar_id, registration_id, text, state, asked_at)"
     " SELECT id, webinar_id, registration_id, text,"
     " CASE state WHEN 'rejected' THEN 'dismissed' ELSE state END, asked_at FROM questions"),
    "DROP TABLE questions",
    "ALTER TABLE questions_v2 RENAME TO questions",
    "CREATE INDEX questions_webinar ON questions(webinar_id, asked_at)",
    "CREATE INDEX questions_registration ON questions(registration_id)",
    "CREATE TABLE viewer_profiles ("
    " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " phone TEXT NOT NULL DEFAULT '',"
    " company TEXT NOT NULL DEFAULT '',"
    " job_title TEXT NOT NULL DEFAULT '',"
    " consent_recording INTEGER NOT NULL DEFAULT 0,"
    " consent_marketing INTEGER NOT NULL DEFAULT 0,"
    " consent_at TEXT,"
    " version INTEGER NOT NULL DEFAULT 1)",
};

// Version 3: ids that appear in URLs (organisations, users, webinars, registrations, questions) are never handed out
// again after a delete, so an old link or a client's cached id cannot reach another object. SQLite gives an
// INTEGER PRIMARY KEY the largest id + 1, which reuses the id of a deleted last row; AUTOINCREMENT keeps the highest
// id ever used in sqlite_sequence instead (seeded here by the copied rows; an id deleted from the top before this
// version is unknown and may come back once). A key clause cannot be altered, so each table is rebuilt by SQLite's
// "ALTER TABLE" 12-step procedure: foreign keys off around the transaction, new table, copy, drop, rename (children
// still name the old table, so their REFERENCES stay right), indexes again, then PRAGMA foreign_key_check before the
// commit. On PostgreSQL the ids are identity (BIGSERIAL) columns, whose sequences never hand out a value twice: there
// this version has nothing to do.
const QList<Rebuild> version3 {
    {"organisations",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " name TEXT NOT NULL UNIQUE,"
     " created_at TEXT NOT NULL,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, name, created_at, version",
     {}},
    {"users",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " email TEXT NOT NULL UNIQUE,"
     " display_name TEXT NOT NULL,"
     " role TEXT NOT NULL CHECK (role IN ('admin','director','moderator','client_staff','viewer')),"
     " organisation_id INTEGER REFERENCES organisations(id),"
     " password_hash TEXT NOT NULL,"
     " disabled INTEGER NOT NULL DEFAULT 0,"
     " created_at TEXT NOT NULL,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, email, display_name, role, organisation_id, password_hash, disabled, created_at, version",
     {}},
    {"webinars",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " organisation_id INTEGER NOT NULL REFERENCES organisations(id),"
     " title TEXT NOT NULL,"
     " description TEXT NOT NULL DEFAULT '',"
     " state TEXT NOT NULL CHECK (state IN ('draft','scheduled','rehearsal','live','ended','archived')),"
     " starts_at TEXT NOT NULL,"
     " duration_minutes INTEGER NOT NULL,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, organisation_id, title, description, state, starts_at, duration_minutes, version",
     {}},
    {"registrations",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
     " user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
     " full_name TEXT NOT NULL,"
     " email TEXT NOT NULL,"
     " company TEXT NOT NULL DEFAULT '',"
     " job_title TEXT NOT NULL DEFAULT '',"
     " registered_at TEXT NOT NULL,"
     " phone TEXT NOT NULL DEFAULT '',"
     " consent_recording INTEGER NOT NULL DEFAULT 0,"
     " consent_marketing INTEGER NOT NULL DEFAULT 0,"
     " consent_at TEXT,"
     " approval_state TEXT NOT NULL DEFAULT 'approved' CHECK (approval_state IN ('pending','approved','rejected')),"
     " joined_at TEXT,"
     " left_at TEXT,"
     " minutes_watched INTEGER NOT NULL DEFAULT 0,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, webinar_id, user_id, full_name, email, company, job_title, registered_at, phone, consent_recording,"
     " consent_marketing, consent_at, approval_state, joined_at, left_at, minutes_watched, version",
     {"CREATE INDEX registrations_webinar ON registrations(webinar_id)",
      "CREATE INDEX registrations_user ON registrations(user_id)",
      "CREATE INDEX registrations_webinar_name ON registrations(webinar_id, full_name COLLATE NOCASE, id)",
      "CREATE INDEX registrations_webinar_time ON registrations(webinar_id, registered_at, id)",
      ("CREATE UNIQUE INDEX registrations_webinar_user ON registrations(webinar_id, user_id) WHERE user_id IS NOT "
       "NULL")}},
    {"questions",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
     " registration_id INTEGER REFERENCES registrations(id) ON DELETE CASCADE,"
     " text TEXT NOT NULL,"
     " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','dismissed','pinned')),"
     " asked_at TEXT NOT NULL,"
     " answer TEXT,"
     " answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, webinar_id, registration_id, text, state, asked_at, answer, answered_by, version",
     {"CREATE INDEX questions_webinar ON questions(webinar_id, asked_at)",
      "CREATE INDEX questions_registration ON questions(registration_id)"}},
};

// Version 4 (issue 4): the access log. seq is assigned by the writer (previous + 1), never by the database: a gap
// is a deleted entry.
const QList<const char *> version4 {
    "CREATE TABLE audit_log ("
    " seq INTEGER PRIMARY KEY,"
    " at_ms INTEGER NOT NULL,"
    " actor_id INTEGER NOT NULL,"
    " actor_role TEXT NOT NULL,"
    " client_address TEXT NOT NULL,"
    " request_id TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " object_type TEXT NOT NULL,"
    " object_id INTEGER NOT NULL,"
    " webinar_id INTEGER NOT NULL,"
    " organisation_id INTEGER NOT NULL,"
    " subject_user_id INTEGER NOT NULL,"
    " fields TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " row_count INTEGER NOT NULL,"
    " actor_name TEXT NOT NULL,"
    " hash BLOB NOT NULL)",
    "CREATE INDEX audit_log_webinar ON audit_log(webinar_id, seq)",
    "CREATE INDEX audit_log_actor ON audit_log(actor_id, seq)",
    "CREATE INDEX audit_log_organisation ON audit_log(organisation_id, seq)",
    "CREATE INDEX audit_log_subject ON audit_log(subject_user_id, seq)",
    "CREATE INDEX audit_log_time ON audit_log(at_ms)",
    "CREATE TABLE audit_head ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " seq INTEGER NOT NULL,"
    " hash BLOB NOT NULL,"
    " at_ms INTEGER NOT NULL,"
    " mac BLOB NOT NULL)",
    "CREATE TABLE audit_checkpoints ("
    " seq INTEGER PRIMARY KEY,"
    " hash BLOB NOT NULL,"
    " at_ms INTEGER NOT NULL,"
    " mac BLOB NOT NULL)",
};

// Version 5 (issue 5): the master key versions and the wrapped data keys (keys/KeyStore.h).
const QList<const char *> version5 {
    "CREATE TABLE master_keys ("
    " version INTEGER PRIMARY KEY,"
    " created_at TEXT NOT NULL,"
    " check_value BLOB NOT NULL,"
    " retired_at TEXT)",
    "CREATE TABLE master_key_current ("
    " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
    " version INTEGER NOT NULL REFERENCES master_keys(version))",
    "CREATE TABLE data_keys ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation','subject','index')),"
    " scope_id INTEGER NOT NULL,"
    " master_version INTEGER NOT NULL REFERENCES master_keys(version),"
    " wrapped BLOB NOT NULL,"
    " created_at TEXT NOT NULL,"
    " UNIQUE (scope_kind, scope_id))",
    "CREATE INDEX data_keys_master_version ON data_keys(master_version)",
};

// Version 6: the personal fields at rest (issue 5, docs/keys.md). Sealed values are AES-256-GCM records (BLOB), so
// the tables that hold them are rebuilt as in version 3 with BLOB columns; rows copied from version 5 still hold
// plain TEXT there until the data step of version 8 (storage/FieldMigration.h) seals them. users.email_index
// (the blind index of the normalised address, unique) replaces the unique plain e-mail; no index covers a sealed
// column (an index on the plain name would keep a copy of it). webinars.registration_revision counts every change
// of the webinar's registrations (triggers), so a process knows cheaply when its in-memory search index is stale.
// Dropping the old tables also drops their statistics (sqlite_stat1/4 samples of the plain name index).
const QList<Rebuild> version6 {
    {"users",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " email BLOB NOT NULL,"
     " display_name BLOB NOT NULL,"
     " role TEXT NOT NULL CHECK (role IN ('admin','director','moderator','client_staff','viewer')),"
     " organisation_id INTEGER REFERENCES organisations(id),"
     " password_hash TEXT NOT NULL,"
     " disabled INTEGER NOT NULL DEFAULT 0,"
     " created_at TEXT NOT NULL,"
     " version INTEGER NOT NULL DEFAULT 1,"
     " email_index BLOB UNIQUE",
     "id, email, display_name, role, organisation_id, password_hash, disabled, created_at, version",
     {}},
    {"viewer_profiles",
     "user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
     " phone BLOB NOT NULL DEFAULT X'',"
     " company BLOB NOT NULL DEFAULT X'',"
     " job_title BLOB NOT NULL DEFAULT X'',"
     " consent_recording INTEGER NOT NULL DEFAULT 0,"
     " consent_marketing INTEGER NOT NULL DEFAULT 0,"
     " consent_at TEXT,"
     " version INTEGER NOT NULL DEFAULT 1",
     "user_id, phone, company, job_title, consent_recording, consent_marketing, consent_at, version",
     {}},
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
     " approval_state TEXT NOT NULL DEFAULT 'approved' CHECK (approval_state IN ('pending','approved','rejected')),"
     " joined_at TEXT,"
     " left_at TEXT,"
     " minutes_watched INTEGER NOT NULL DEFAULT 0,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, webinar_id, user_id, full_name, email, company, job_title, registered_at, phone, consent_recording,"
     " consent_marketing, consent_at, approval_state, joined_at, left_at, minutes_watched, version",
     {"CREATE INDEX registrations_webinar ON registrations(webinar_id)",
      "CREATE INDEX registrations_user ON registrations(user_id)",
      "CREATE INDEX registrations_webinar_time ON registrations(webinar_id, registered_at, id)",
      ("CREATE UNIQUE INDEX registrations_webinar_user ON registrations(webinar_id, user_id) WHERE user_id IS NOT "
       "NULL")}},
    {"questions",
     "id INTEGER PRIMARY KEY AUTOINCREMENT,"
     " webinar_id INTEGER NOT NULL REFERENCES webinars(id) ON DELETE CASCADE,"
     " registration_id INTEGER REFERENCES registrations(id) ON DELETE CASCADE,"
     " text BLOB NOT NULL,"
     " state TEXT NOT NULL CHECK (state IN ('new','approved','answered','dismissed','pinned')),"
     " asked_at TEXT NOT NULL,"
     " answer BLOB,"
     " answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
     " version INTEGER NOT NULL DEFAULT 1",
     "id, webinar_id, registration_id, text, state, asked_at, answer, answered_by, version",
     {"CREATE INDEX questions_webinar ON questions(webinar_id, asked_at)",
      "CREATE INDEX questions_registration ON questions(registration_id)"}},
};

const QList<const char *> version6Revision {
    "ALTER TABLE webinars ADD COLUMN registration_revision INTEGER NOT NULL DEFAULT 0",
    "CREATE TRIGGER registrations_revision_insert AFTER INSERT ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1 WHERE id = NEW.webinar_id; END",
    "CREATE TRIGGER registrations_revision_update AFTER UPDATE ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1"
    " WHERE id IN (OLD.webinar_id, NEW.webinar_id); END",
    "CREATE TRIGGER registrations_revision_delete AFTER DELETE ON registrations BEGIN"
    " UPDATE webinars SET registration_revision = registration_revision + 1 WHERE id = OLD.webinar_id; END",
};

// Version 7: the access log and the login throttle at rest (issue 5). data_keys gains the scope "audit" (the data
// key of the access log's personal columns; a CHECK cannot be altered, and no table references data_keys, so it is
// rebuilt in place); login_failures forgets its plain sign-in names (at most 15 minutes of lock state: from now on its
// key is the blind index); audit_reseal records up to where the access log holds plain names and addresses, which
// AuditLog::open seals with the keys at the next start (AuditReseal.h).
const QList<const char *> version7 {
    "CREATE TABLE data_keys_v7 ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation','subject','index','audit')),"
    " scope_id INTEGER NOT NULL,"
    " master_version INTEGER NOT NULL REFERENCES master_keys(version),"
    " wrapped BLOB NOT NULL,"
    " created_at TEXT NOT NULL,"
    " UNIQUE (scope_kind, scope_id))",
    "INSERT INTO data_keys_v7 (id, scope_kind, scope_id, master_version, wrapped, created_at)"
    " SELECT id, scope_kind, scope_id, master_version, wrapped, created_at FROM data_keys",
    "DROP TABLE data_keys",
    "ALTER TABLE data_keys_v7 RENAME TO data_keys",
    "CREATE INDEX data_keys_master_version ON data_keys(master_version)",
    "DELETE FROM login_failures",
};

// Version 7, second part: how far the access log holds plain names and addresses, sealed by the first process
// that opens the log with its keys (audit/AuditReseal.h).
const QList<const char *> version7Reseal {
    "CREATE TABLE audit_reseal ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " through_seq INTEGER NOT NULL)",
    "INSERT INTO audit_reseal (id, through_seq) SELECT 1, MAX(seq) FROM audit_log HAVING COUNT(*) > 0",
};

// Version 8 (attack review finding 13): sealing plain personal fields is a step of this upgrade, done once, not of
// every start. field_sealing holds its one row while plain values wait to be sealed: set here when the database
// holds any (one coming from version 5, or one whose sealing an older version did not finish), given a MAC under the
// key store by the process that migrated, deleted once all are sealed (storage/FieldMigration.h). Without the row, a
// plain value in a sealed column was written into the file by someone else and is refused, never sealed. The
// condition is frozen with this version: it names the sealed columns of version 6.
const QList<const char *> version8 {
    "CREATE TABLE field_sealing ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " mac BLOB)",
    "INSERT INTO field_sealing (id) SELECT 1 WHERE"
    " EXISTS (SELECT 1 FROM users WHERE typeof(email) = 'text' OR typeof(display_name) = 'text'"
    " OR email_index IS NULL)"
    " OR EXISTS (SELECT 1 FROM viewer_profiles WHERE typeof(phone) = 'text' OR typeof(company) = 'text'"
    " OR typeof(job_title) = 'text')"
    " OR EXISTS (SELECT 1 FROM registrations WHERE typeof(full_name) = 'text' OR typeof(email) = 'text'"
    " OR typeof(phone) = 'text' OR typeof(company) = 'text' OR typeof(job_title) = 'text')"
    " OR EXISTS (SELECT 1 FROM questions WHERE typeof(text) = 'text' OR typeof(answer) = 'text')",
};

// Version 9 (attack review finding 9): the computers accounts sign in from with the desktop app, so that one can be
// revoked, ending its sessions and refusing its sign-ins. The app's own id of a device is never stored: device_hash
// is the SHA-256 of the account id and that id (storage/DeviceRepository.h), so the table does not tell which
// accounts share a computer either. The label is sealed under the account's subject key like its display name
// ("devices/label/<id>"). revoked_by is the account that revoked it, NULL for the operator's command line.
// sessions.device_id ties a session to the device it was opened from (NULL: an API client without a device).
const QList<const char *> version9 {
    "CREATE TABLE devices ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " device_hash TEXT NOT NULL,"
    " label BLOB NOT NULL,"
    " first_seen_at TEXT NOT NULL,"
    " last_seen_at TEXT NOT NULL,"
    " revoked_at TEXT,"
    " revoked_by INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " UNIQUE (user_id, device_hash))",
    "ALTER TABLE sessions ADD COLUMN device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE",
    "CREATE INDEX sessions_device ON sessions(device_id)",
};

// Version 10 (issue 14, docs/backups.md): the change log of the continuous backups. Every committed transaction's
// changes to the captured tables (db/ChangeCapture.h) are a SQLite session changeset in backup_log, written in the
// same transaction, so a backup can never miss a commit and a crash loses none; the backup engine turns rows into
// encrypted objects and deletes them. AUTOINCREMENT, so a sequence number is never reused after the table empties.
// backup_state holds the engine's bookkeeping (the installation id, the last object's number and hash, a snapshot
// requested by regiekamer-admin).
const QList<const char *> version10 {
    "CREATE TABLE backup_log ("
    " sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
    " committed_at TEXT NOT NULL,"
    " kind INTEGER NOT NULL,"
    " payload BLOB NOT NULL)",
    // IF NOT EXISTS: tst_changerecorder turns the capture on in a version 9 file to see the marker of an upgrade.
    "CREATE TABLE IF NOT EXISTS backup_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 11 (issue 15, docs/accounts.md): accounts by e-mail.
// - data_keys gains the scope "mail": the data key of mail in flight (outbox addresses and messages, the payloads of
//   account tokens), rebuilt in place as in version 7.
// - users.language is the language mail and web pages speak to the account in; users.state is 'invited' from an
//   invitation until the invitee chooses a password (an invited account cannot sign in); email_verified_at is set when
//   an address was proven by a link sent to it.
// - outbox: mail written in the same transaction as the change that sends it, delivered by the outbox worker
//   (server/mail). The message is sealed and deleted once sent; a dead row keeps its reason for the admins.
// - account_tokens: the links in mail (invitation, password reset, registration, e-mail change). Only the SHA-256 of
//   the 256-bit token is stored; a token is bound to its purpose and account, used once, and voided by a newer one.
const QList<const char *> version11 {
    "CREATE TABLE data_keys_v11 ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation','subject','index','audit','mail')),"
    " scope_id INTEGER NOT NULL,"
    " master_version INTEGER NOT NULL REFERENCES master_keys(version),"
    " wrapped BLOB NOT NULL,"
    " created_at TEXT NOT NULL,"
    " UNIQUE (scope_kind, scope_id))",
    "INSERT INTO data_keys_v11 (id, scope_kind, scope_id, master_version, wrapped, created_at)"
    " SELECT id, scope_kind, scope_id, master_version, wrapped, created_at FROM data_keys",
    "DROP TABLE data_keys",
    "ALTER TABLE data_keys_v11 RENAME TO data_keys",
    "CREATE INDEX data_keys_master_version ON data_keys(master_version)",
    "ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl','en'))",
    "ALTER TABLE users ADD COLUMN state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('invited','active'))",
    "ALTER TABLE users ADD COLUMN email_verified_at TEXT",
    "CREATE TABLE outbox ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,"
    " purpose TEXT NOT NULL,"
    " recipient BLOB NOT NULL,"
    " message BLOB,"
    " state TEXT NOT NULL CHECK (state IN ('pending','sent','dead')),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at TEXT NOT NULL,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " sent_at TEXT)",
    "CREATE INDEX outbox_due ON outbox(state, next_attempt_at)",
    "CREATE TABLE account_tokens ("
    " token_hash TEXT PRIMARY KEY,"
    " purpose TEXT NOT NULL CHECK (purpose IN ('invitation','password_reset','registration','email_change')),"
    " user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,"
    " address_index BLOB,"
    " payload BLOB,"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL,"
    " used_at TEXT)",
    "CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose)",
    "CREATE INDEX account_tokens_address ON account_tokens(address_index, purpose)",
    // A password changed by any path (the reset link, the account's own change, the operator's command line) voids the
    // links that could otherwise change it again or move the account.
    "CREATE TRIGGER users_password_voids_tokens AFTER UPDATE OF password_hash ON users"
    " WHEN OLD.password_hash IS NOT NEW.password_hash BEGIN"
    " UPDATE account_tokens SET used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE user_id = NEW.id AND used_at IS NULL AND purpose IN ('password_reset','email_change'); END",
};

// Version 12 (issue 15, docs/accounts.md): self-registration and e-mail changes.
// - webinars.requires_approval: a registration waits for the director's approval (1, as every registration did
//   before) or is approved at once (0).
// - registrations.join_token_hash: the SHA-256 of the personal join link, which is sent only by mail once the
//   registration is approved; the link itself is stored nowhere.
// - account_tokens gains the purpose 'email_change_report': the link that lets the old address report a change it did
//   not ask for. The table is rebuilt (SQLite cannot change a CHECK), and with it its indexes and trigger.
const QList<const char *> version12 {
    "ALTER TABLE webinars ADD COLUMN requires_approval INTEGER NOT NULL DEFAULT 1 CHECK (requires_approval IN (0, 1))",
    "ALTER TABLE registrations ADD COLUMN join_token_hash TEXT",
    "CREATE UNIQUE INDEX registrations_join_token ON registrations(join_token_hash) WHERE join_token_hash IS NOT NULL",
    "CREATE TABLE account_tokens_v12 ("
    " token_hash TEXT PRIMARY KEY,"
    " purpose TEXT NOT NULL CHECK (purpose IN"
    " ('invitation','password_reset','registration','email_change','email_change_report')),"
    " user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,"
    " address_index BLOB,"
    " payload BLOB,"
    " created_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL,"
    " used_at TEXT)",
    "INSERT INTO account_tokens_v12 SELECT token_hash, purpose, user_id, address_index, payload, created_at,"
    " expires_at, used_at FROM account_tokens",
    "DROP TRIGGER users_password_voids_tokens", // on users, naming account_tokens: the rename would find it broken
    "DROP TABLE account_tokens",
    "ALTER TABLE account_tokens_v12 RENAME TO account_tokens",
    "CREATE INDEX account_tokens_user ON account_tokens(user_id, purpose)",
    "CREATE INDEX account_tokens_address ON account_tokens(address_index, purpose)",
    "CREATE TRIGGER users_password_voids_tokens AFTER UPDATE OF password_hash ON users"
    " WHEN OLD.password_hash IS NOT NEW.password_hash BEGIN"
    " UPDATE account_tokens SET used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    " WHERE user_id = NEW.id AND used_at IS NULL AND purpose IN ('password_reset','email_change'); END",
};

// Version 13 (issue 16): the access log records what a change changed (protocol/AuditChange.h), chained as an
// optional column (audit/AuditChain.h): entries written before keep their hashes.
const QList<const char *> version13 {
    "ALTER TABLE audit_log ADD COLUMN change_detail TEXT NOT NULL DEFAULT ''",
};

// Questions (issue 17, docs/architecture.md "Question upvotes, merges and moderation"): the audience's upvotes, one
// per registration and question (who voted is never served; the count is); a question merged into another keeps its
// own row, state and asker (merged_into points at the question it joined, NULL after an unmerge); "answered live"
// next to a written answer; who changed a question and when, one row per moderation action. The questions table
// only gains columns, so its sealed text and answer stay as they are.
const QList<const char *> versionQuestionVotesAndMerges {
    "ALTER TABLE questions ADD COLUMN answered_live INTEGER NOT NULL DEFAULT 0 CHECK (answered_live IN (0, 1))",
    "ALTER TABLE questions ADD COLUMN merged_into INTEGER REFERENCES questions(id) ON DELETE SET NULL",
    "CREATE INDEX questions_merged_into ON questions(merged_into) WHERE merged_into IS NOT NULL",
    "CREATE TABLE question_votes ("
    " question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
    " registration_id INTEGER NOT NULL REFERENCES registrations(id) ON DELETE CASCADE,"
    " voted_at TEXT NOT NULL,"
    " PRIMARY KEY (question_id, registration_id)) WITHOUT ROWID",
    "CREATE INDEX question_votes_registration ON question_votes(registration_id)",
    "CREATE TABLE question_moderation ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,"
    " staff_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
    " action TEXT NOT NULL,"
    " at TEXT NOT NULL)",
    "CREATE INDEX question_moderation_question ON question_moderation(question_id, id)",
};

} // namespace regiekamer::server::migrations::schema
