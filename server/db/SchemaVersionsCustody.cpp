// The tables of the schema versions of who may unlock and sign in (issue 18): the staff's second factor, the key
// custodians and the sealed server's unseal attempts, as SQL; the earlier ones are in SchemaVersions.cpp and
// SchemaVersionsLive.cpp. Only db/Migrations applies them.
#include "db/SchemaVersions.h"

namespace regiekamer::server::migrations::schema {

// The staff's second factor (issue 18, docs/security.md "Second factor"): per account a TOTP secret sealed under the
// account's subject key ("second_factors/totp_secret/<user id>"), pending until confirmed with a first code, the
// last time step used (each code is good once), the wrong codes in a row and the lock they led to; the recovery codes
// as salted SHA-256 hashes, each usable once; the sign-in's challenges between password and code (only their hashes,
// five minutes); and until when a session's last code confirms sensitive actions (step-up).
const QList<const char *> versionSecondFactor {
    "CREATE TABLE second_factors ("
    " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " totp_secret BLOB NOT NULL,"
    " confirmed_at TEXT,"
    " last_step INTEGER NOT NULL DEFAULT 0,"
    " failures INTEGER NOT NULL DEFAULT 0,"
    " locked_until TEXT,"
    " created_at TEXT NOT NULL)",
    "CREATE TABLE recovery_codes ("
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " code_hash TEXT NOT NULL,"
    " used_at TEXT,"
    " PRIMARY KEY (user_id, code_hash)) WITHOUT ROWID",
    "CREATE TABLE second_factor_challenges ("
    " challenge_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX second_factor_challenges_user ON second_factor_challenges(user_id)",
    "CREATE TABLE session_step_ups ("
    " token_hash TEXT PRIMARY KEY REFERENCES sessions(token_hash) ON DELETE CASCADE,"
    " until TEXT NOT NULL)",
};

// The sealed server's custodians (issue 18, docs/keys.md "Key ceremony"): which admin account holds which share of
// the current share set, written by `regiekamer-admin custodians deal | reshare` and `keys rotate` on a sealed data
// directory (seal.json names the same set and slots, without anything personal).
const QList<const char *> versionCustodians {
    "CREATE TABLE custodians ("
    " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
    " share_set TEXT NOT NULL,"
    " share_index INTEGER NOT NULL CHECK (share_index BETWEEN 1 AND 16),"
    " dealt_at TEXT NOT NULL,"
    " UNIQUE (share_set, share_index))",
};

// The sealed server (issue 18, docs/security.md "Sealed server"): every unseal attempt made while the server is
// sealed, kept plain because nothing can be sealed without the master key (time, share set, index, outcome; no
// address), and moved into the access log in one transaction right after the unseal.
const QList<const char *> versionSealAttempts {
    "CREATE TABLE seal_attempts ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " at TEXT NOT NULL,"
    " share_set TEXT NOT NULL,"
    " share_index INTEGER NOT NULL,"
    " outcome TEXT NOT NULL)",
};

// FIDO2 security keys as a second factor (issue 18, docs/security.md "Security keys"): per key its credential id and
// COSE public key (x || y) and the name its owner gave it, sealed under the account's subject key
// ("security_keys/credential/<key id>", "security_keys/name/<key id>"), the SHA-256 of the credential id to find it by
// (credential ids are random, so the hash says nothing), and the last signature counter (a counter that does not grow
// is a possible clone). The challenges of a key's registration and of a step-up with a key, bound to the session
// that asked for them (only their hashes, five minutes, single use). A second_factors row with an empty totp_secret
// and no confirmed_at holds the wrong-answer count and lock of an account that has keys but no TOTP.
const QList<const char *> versionSecurityKeys {
    "CREATE TABLE security_keys ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " credential_hash TEXT NOT NULL UNIQUE,"
    " credential BLOB NOT NULL,"
    " name BLOB NOT NULL,"
    " sign_count INTEGER NOT NULL DEFAULT 0,"
    " created_at TEXT NOT NULL,"
    " last_used_at TEXT)",
    "CREATE INDEX security_keys_user ON security_keys(user_id)",
    "CREATE TABLE security_key_challenges ("
    " challenge_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " token_hash TEXT NOT NULL REFERENCES sessions(token_hash) ON DELETE CASCADE,"
    " purpose TEXT NOT NULL CHECK (purpose IN ('register','step_up')),"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX security_key_challenges_user ON security_key_challenges(user_id)",
};

} // namespace regiekamer::server::migrations::schema
