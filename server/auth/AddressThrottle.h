#pragma once

#include "db/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

#include <chrono>
#include <deque>
#include <optional>

namespace regiekamer::server {

struct AddressThrottlePolicy
{
    int failures = 20; // failed sign-ins from one client address within the window...
    std::chrono::minutes window {15}; // ...after which it waits until the oldest of them leaves the window
};

// Failed sign-ins per client address (an IPv6 client by its /64 network, which one host usually holds whole), in
// memory: one address guessing at many accounts, or at unknown ones, is slowed down whatever the accounts
// (attack review finding 6). Kept for the window only; a restart forgets it, as the window is short.
class AddressThrottle
{
public:
    explicit AddressThrottle(AddressThrottlePolicy policy = {}, Clock clock = systemClock());

    // Seconds to wait (at least 1) when the address is throttled now; nullopt when an attempt is allowed.
    std::optional<qint64> lockedFor(const QHostAddress &address);
    void recordFailure(const QHostAddress &address);
    qsizetype trackedAddresses() const { return m_failures.size(); }

    // The network a client address counts as: an IPv4 address itself (also when reached over IPv6), an IPv6
    // address's /64 ("2001:db8:0:1::/64").
    static QString networkOf(const QHostAddress &address);

private:
    void forgetOld(std::deque<QDateTime> &times, const QDateTime &now) const;
    void purge(const QDateTime &now);

    AddressThrottlePolicy m_policy;
    Clock m_clock;
    QHash<QString, std::deque<QDateTime>> m_failures;
};

} // namespace regiekamer::server
