#include "cache/CacheLease.h"

#include "cache/CacheErrors.h"
#include "cache/CacheLogging.h"
#include "cache/ClientCache.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace regiekamer::client::cachelease {
namespace {

const QString leaseRecord = u"lease"_s;

Status write(ClientCache &cache, const Lease &lease)
{
    const QJsonObject value {{u"offlineUntil"_s, lease.offlineUntil.toMSecsSinceEpoch()},
                             {u"latestSeen"_s, lease.latestSeen.toMSecsSinceEpoch()}};
    return cache.put(leaseRecord, value, lease.latestSeen);
}

QDateTime timeOf(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(value.toInteger(), QTimeZone::UTC) : QDateTime();
}

} // namespace

Verdict judge(const std::optional<Lease> &lease, const QDateTime &now)
{
    if (!lease || !lease->offlineUntil.isValid() || now > lease->offlineUntil)
        return Verdict::Expired;
    if (lease->latestSeen.isValid() && now < lease->latestSeen.addSecs(-clockToleranceSeconds))
        return Verdict::ClockSetBack;
    return Verdict::Valid;
}

Status store(ClientCache &cache, const QDateTime &offlineUntil, const QDateTime &now)
{
    if (auto hinted = cache.setExpiryHint(offlineUntil); !hinted)
        return hinted;
    return write(cache, Lease {offlineUntil, now});
}

std::optional<Lease> load(const ClientCache &cache)
{
    const auto record = cache.get(leaseRecord);
    if (!record || !*record || !(*record)->value.isObject())
        return std::nullopt;
    const QJsonObject object = (*record)->value.toObject();
    Lease lease {timeOf(object, u"offlineUntil"_s), timeOf(object, u"latestSeen"_s)};
    if (!lease.offlineUntil.isValid() || !lease.latestSeen.isValid())
        return std::nullopt;
    return lease;
}

Status admit(ClientCache &cache, const QDateTime &now)
{
    auto lease = load(cache);
    switch (judge(lease, now)) {
    case Verdict::Expired:
        qCInfo(lcCache, "The offline cache's lease has ended: not opened");
        return fail(QString::fromLatin1(cacheerrc::leaseExpired),
                    cacheerrc::leaseExpiredMessage(lease ? lease->offlineUntil : QDateTime()));
    case Verdict::ClockSetBack:
        qCWarning(lcCache, "The clock is earlier than when the offline cache was last opened: not opened");
        return fail(QString::fromLatin1(cacheerrc::clockSetBack), cacheerrc::clockSetBackMessage(lease->latestSeen));
    case Verdict::Valid:
        break;
    }
    if (now > lease->latestSeen)
        lease->latestSeen = now;
    return write(cache, *lease);
}

} // namespace regiekamer::client::cachelease
