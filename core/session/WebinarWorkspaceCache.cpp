// WebinarWorkspace and the offline cache: what arrives is written to the cache, read-only mode reads from it and
// refuses changes.
#include "cache/CacheErrors.h"
#include "cache/CacheRecords.h"
#include "session/WebinarWorkspace.h"

namespace regiekamer::client {

void WebinarWorkspace::setCache(ClientCache *cache)
{
    m_cache = cache;
}

void WebinarWorkspace::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

bool WebinarWorkspace::isReadOnly() const
{
    return m_readOnly;
}

bool WebinarWorkspace::refuseWhileReadOnly()
{
    if (m_readOnly)
        Q_EMIT actionFailed(cacheerrc::readOnlyMessage());
    return m_readOnly;
}

void WebinarWorkspace::reload()
{
    if (m_webinarId == 0 || m_readOnly)
        return;
    loadDetail();
    if (rights::permits(m_role, rights::Resource::Registration, rights::Action::Read))
        loadRegistrations(m_registrations->rowCount() > 0);
    if (rights::permits(m_role, rights::Resource::Question, rights::Action::Read))
        loadQuestions();
}

void WebinarWorkspace::loadFromCache()
{
    if (!m_cache || !m_cache->isUnlocked())
        return;
    const auto detail = CacheRecords(*m_cache).loadDetail(m_webinarId);
    if (!detail)
        Q_EMIT cacheProblem(detail.error().message);
    else if (*detail)
        m_detail = (*detail)->value;
    Q_EMIT detailChanged();
    if (rights::permits(m_role, rights::Resource::Registration, rights::Action::Read)) {
        auto registrations = CacheRecords(*m_cache).loadRegistrations(m_webinarId);
        m_registrations->appendRegistrations(registrations.items);
        for (const QString &problem : std::as_const(registrations.problems))
            Q_EMIT cacheProblem(problem);
    }
    if (rights::permits(m_role, rights::Resource::Question, rights::Action::Read)) {
        auto questions = CacheRecords(*m_cache).loadQuestions(m_webinarId);
        m_questions->mergeRows(std::move(questions.items));
        for (const QString &problem : std::as_const(questions.problems))
            Q_EMIT cacheProblem(problem);
    }
}

void WebinarWorkspace::storeToCache()
{
    if (!m_cache || !m_cache->isUnlocked() || m_webinarId == 0 || m_readOnly)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_detail)
        reportCacheProblem(CacheRecords(*m_cache).storeDetail(*m_detail, now));
    if (!m_registrationLoader->isLoading() && m_registrations->rowCount() > 0) {
        QList<api::Registration> rows;
        rows.reserve(m_registrations->rowCount());
        for (const RegistrationRow &row : m_registrations->rows())
            rows.append(row.data);
        reportCacheProblem(CacheRecords(*m_cache).storeRegistrations(m_webinarId, rows, now));
    }
    if (!m_questionLoader->isLoading() && m_questions->rowCount() > 0)
        reportCacheProblem(CacheRecords(*m_cache).storeQuestions(m_webinarId, m_questions->rows(), now));
}

// One page of the attendee list, written as it arrives (one sealed record per page: no stall at 100,000 rows).
void WebinarWorkspace::storeRegistrationPage(qint64 offset, const QList<api::Registration> &registrations)
{
    if (!m_cache || !m_cache->isUnlocked() || m_readOnly)
        return;
    reportCacheProblem(CacheRecords(*m_cache).storeRegistrationPage(m_webinarId, offset / PagedLoader::pageLimit,
                                                                    registrations, QDateTime::currentDateTimeUtc()));
}

void WebinarWorkspace::onRegistrationsLoaded(qint64 loaded)
{
    if (m_refreshing)
        m_registrations->mergeRegistrations(std::exchange(m_pending, {}));
    if (m_cache && m_cache->isUnlocked() && !m_readOnly)
        reportCacheProblem(CacheRecords(*m_cache).trimRegistrationPages(
            m_webinarId, (loaded + PagedLoader::pageLimit - 1) / PagedLoader::pageLimit));
}

void WebinarWorkspace::onQuestionsLoaded()
{
    m_questions->mergeRows(std::exchange(m_pendingQuestions, {}));
    if (m_cache && m_cache->isUnlocked() && !m_readOnly)
        reportCacheProblem(
            CacheRecords(*m_cache).storeQuestions(m_webinarId, m_questions->rows(), QDateTime::currentDateTimeUtc()));
}

void WebinarWorkspace::reportCacheProblem(const Status &status)
{
    if (status || m_cacheProblemReported)
        return;
    m_cacheProblemReported = true;
    Q_EMIT cacheProblem(status.error().message);
}

} // namespace regiekamer::client
