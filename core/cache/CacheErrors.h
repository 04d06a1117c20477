#pragma once

#include <QDateTime>
#include <QString>

// Error codes of the offline cache, with their translated texts.
namespace regiekamer::client::cacheerrc {

inline constexpr auto wrongPassword = "cache_wrong_password";
inline constexpr auto otherAccount = "cache_other_account";
inline constexpr auto damaged = "cache_damaged";
inline constexpr auto damagedRecord = "cache_damaged_record";
inline constexpr auto unavailable = "cache_unavailable";
inline constexpr auto locked = "cache_locked";
inline constexpr auto readOnly = "offline_read_only";
inline constexpr auto noOfflineData = "cache_no_offline_data";
inline constexpr auto leaseExpired = "cache_lease_expired";
inline constexpr auto clockSetBack = "cache_clock_set_back";

QString wrongPasswordMessage();
QString otherAccountMessage();
QString damagedMessage();
QString damagedRecordMessage(const QString &record);
QString unavailableMessage(const QString &path);
QString cannotRemoveMessage(const QString &path);
QString lockedMessage();
QString readOnlyMessage();
QString rebuiltMessage();
QString roleChangedMessage();
// The lease the server gave ended at `expiredAt` (invalid: unknown); the file was deleted.
QString leaseExpiredMessage(const QDateTime &expiredAt);
// The clock is earlier than when the offline data was last opened (`latestSeen`).
QString clockSetBackMessage(const QDateTime &latestSeen);
// The server cannot be reached (`unreachable` says why) and there is no offline data to open instead.
QString noOfflineDataMessage(const QString &unreachable);

} // namespace regiekamer::client::cacheerrc
