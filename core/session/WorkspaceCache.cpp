#include "session/WorkspaceCache.h"

#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "net/PagedLoader.h"

namespace regiekamer::client {

WorkspaceCache::WorkspaceCache(QObject *parent)
    : QObject(parent)
{
}

void WorkspaceCache::setCache(ClientCache *cache)
{
    m_cache = cache;
}

bool WorkspaceCache::isOpen() const
{
    return m_cache && m_cache->isUnlocked();
}

void WorkspaceCache::startWebinar()
{
    m_problemReported = false;
}

void WorkspaceCache::storeDetail(const api::WebinarDetail &detail, const QDateTime &receivedAt)
{
    if (isOpen())
        report(CacheRecords(*m_cache).storeDetail(detail, receivedAt));
}

void WorkspaceCache::storeRegistrationPage(qint64 webinarId, qint64 offset,
                                           const QList<api::Registration> &registrations, const QDateTime &receivedAt)
{
    if (isOpen())
        report(CacheRecords(*m_cache).storeRegistrationPage(webinarId, offset / PagedLoader::pageLimit, registrations,
                                                            receivedAt));
}

void WorkspaceCache::trimRegistrations(qint64 webinarId, qint64 loaded)
{
    if (isOpen())
        report(CacheRecords(*m_cache).trimRegistrationPages(
            webinarId, (loaded + PagedLoader::pageLimit - 1) / PagedLoader::pageLimit));
}

void WorkspaceCache::storeRegistrations(qint64 webinarId, const QList<api::Registration> &registrations,
                                        const QDateTime &receivedAt)
{
    if (isOpen())
        report(CacheRecords(*m_cache).storeRegistrations(webinarId, registrations, receivedAt));
}

void WorkspaceCache::storeQuestions(qint64 webinarId, const QList<api::Question> &questions,
                                    const QDateTime &receivedAt)
{
    if (isOpen())
        report(CacheRecords(*m_cache).storeQuestions(webinarId, questions, receivedAt));
}

std::optional<api::WebinarDetail> WorkspaceCache::loadDetail(qint64 webinarId)
{
    if (!isOpen())
        return std::nullopt;
    const auto detail = CacheRecords(*m_cache).loadDetail(webinarId);
    if (!detail) {
        Q_EMIT problem(detail.error().message);
        return std::nullopt;
    }
    return *detail ? std::optional((*detail)->value) : std::nullopt;
}

QList<api::Registration> WorkspaceCache::loadRegistrations(qint64 webinarId)
{
    return isOpen() ? reported(CacheRecords(*m_cache).loadRegistrations(webinarId)) : QList<api::Registration>();
}

QList<api::Question> WorkspaceCache::loadQuestions(qint64 webinarId)
{
    return isOpen() ? reported(CacheRecords(*m_cache).loadQuestions(webinarId)) : QList<api::Question>();
}

template<typename T> QList<T> WorkspaceCache::reported(CachedList<T> loaded)
{
    for (const QString &message : std::as_const(loaded.problems))
        Q_EMIT problem(message);
    return std::move(loaded.items);
}

void WorkspaceCache::report(const Status &written)
{
    if (written || m_problemReported)
        return;
    m_problemReported = true;
    Q_EMIT problem(written.error().message);
}

} // namespace regiekamer::client
