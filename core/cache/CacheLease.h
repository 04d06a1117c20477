#pragma once

#include "base/Result.h"

#include <QDateTime>

#include <optional>

namespace regiekamer::client {

class ClientCache;

// The lease of an offline cache (attack review finding 9): until when the server allows this computer to open its
// offline copy without reaching the server (SessionGrant::offlineUntil, stored at every online sign-in), and the
// latest time this computer saw while opening it. Both are sealed in the cache (record "lease"), so they cannot be
// changed without the key; a plain copy of the end (the header's hint) only lets files nobody can find any more be
// removed.
namespace cachelease {

// How far the clock may go back between two opens (clock adjustments, a laptop's drift) before it counts as set back.
inline constexpr qint64 clockToleranceSeconds = qint64 {10} * 60;

struct Lease
{
    QDateTime offlineUntil;
    QDateTime latestSeen;
};

enum class Verdict { Valid, Expired, ClockSetBack };

// Expired when now is past offlineUntil (or there is no lease); ClockSetBack when now is more than the tolerance
// before latestSeen.
Verdict judge(const std::optional<Lease> &lease, const QDateTime &now);

// Online sign-in: the server's lease, seen now (the server vouched for this moment). Also writes the plain hint.
Status store(ClientCache &cache, const QDateTime &offlineUntil, const QDateTime &now);
// nullopt when the cache holds no lease (or it does not open).
std::optional<Lease> load(const ClientCache &cache);
// Offline open: cacheerrc::leaseExpired (the caller deletes the file) or cacheerrc::clockSetBack, each with its
// translated message; otherwise latestSeen is advanced to now.
Status admit(ClientCache &cache, const QDateTime &now);

} // namespace cachelease
} // namespace regiekamer::client
