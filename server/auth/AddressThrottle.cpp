#include "auth/AddressThrottle.h"

#include <algorithm>
#include <iterator>

namespace regiekamer::server {

namespace {

constexpr qsizetype purgeAbove = 10'000; // tracked addresses before old ones are swept out

} // namespace

AddressThrottle::AddressThrottle(AddressThrottlePolicy policy, Clock clock)
    : m_policy(policy)
    , m_clock(std::move(clock))
{
}

QString AddressThrottle::networkOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR v6 = address.toIPv6Address();
    std::fill(std::begin(v6.c) + 8, std::end(v6.c), quint8 {0});
    return QHostAddress(v6).toString() + QStringLiteral("/64");
}

void AddressThrottle::forgetOld(std::deque<QDateTime> &times, const QDateTime &now) const
{
    const QDateTime since = now.addSecs(-std::chrono::seconds(m_policy.window).count());
    while (!times.empty() && times.front() <= since)
        times.pop_front();
}

std::optional<qint64> AddressThrottle::lockedFor(const QHostAddress &address)
{
    const auto found = m_failures.find(networkOf(address));
    if (found == m_failures.end())
        return std::nullopt;
    const QDateTime now = m_clock();
    forgetOld(found.value(), now);
    if (std::ssize(found.value()) < m_policy.failures)
        return std::nullopt;
    const QDateTime free = found.value().front().addSecs(std::chrono::seconds(m_policy.window).count());
    return std::max<qint64>(1, (now.msecsTo(free) + 999) / 1000);
}

void AddressThrottle::recordFailure(const QHostAddress &address)
{
    const QDateTime now = m_clock();
    if (m_failures.size() > purgeAbove)
        purge(now);
    std::deque<QDateTime> &times = m_failures[networkOf(address)];
    forgetOld(times, now);
    times.push_back(now);
    while (std::ssize(times) > m_policy.failures)
        times.pop_front(); // only the latest ones decide
}

void AddressThrottle::purge(const QDateTime &now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        forgetOld(it.value(), now);
        it = it.value().empty() ? m_failures.erase(it) : std::next(it);
    }
}

} // namespace regiekamer::server
