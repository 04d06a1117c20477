#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>

// What the continuous backups capture (docs/backups.md "Capture"): every committed transaction's changes to the
// tables below, as a SQLite session changeset written into `backup_log` in the same transaction
// (db/ChangeRecorder.h). The tables not captured are the backup's own bookkeeping and what a restore deliberately
// drops: sign-in sessions and sign-in failure counts (a restored server signs everyone out).
namespace regiekamer::server::capture {

inline constexpr QLatin1StringView changeLogTable {"backup_log"}; // sequence, committed_at, kind, payload
inline constexpr QLatin1StringView backupStateTable {"backup_state"}; // key, value: the engine's bookkeeping

// backup_state's key whose value "on" turns the capture on for every connection opened afterwards.
inline constexpr QLatin1StringView enabledKey {"capture"};

// Kinds of rows in backup_log (the same numbers as backup::ChangeRecord::Type).
inline constexpr int changesetKind = 1;
inline constexpr int schemaMarkerKind = 2;

// Tables whose changes are never captured; a restore empties them (and SQLite's own sqlite_* tables are never
// captured either).
inline constexpr std::array<QLatin1StringView, 4> uncapturedTables {
    changeLogTable, backupStateTable, QLatin1StringView {"sessions"}, QLatin1StringView {"login_failures"}};

bool isCaptured(QStringView table);

} // namespace regiekamer::server::capture
