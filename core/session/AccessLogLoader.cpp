#include "session/AccessLogLoader.h"

#include "net/DomainClient.h"
#include "protocol/EventTypes.h"
#include "session/AccessLogStatus.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

AccessLogLoader::AccessLogLoader(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_pages([api](const QUrlQuery &query, PageReply reply) {
        DomainClient(*api).fetchAuditPage(query, std::move(reply));
    })
    , m_model(new AccessLogModel(this))
    , m_chainStatus(new AccessLogStatus(api, this))
{
    connect(m_model, &AccessLogModel::olderWanted, this, &AccessLogLoader::loadOlder);
}

void AccessLogLoader::setPageSource(PageSource source)
{
    m_pages = std::move(source);
}

AccessLogModel *AccessLogLoader::model()
{
    return m_model;
}

AccessLogStatus *AccessLogLoader::chainStatus()
{
    return m_chainStatus;
}

const AccessLogFilter &AccessLogLoader::filter() const
{
    return m_filter;
}

void AccessLogLoader::setFilter(const AccessLogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_loaded || m_loading)
        reload();
}

void AccessLogLoader::setOwnUserId(qint64 userId)
{
    m_ownUserId = userId;
}

void AccessLogLoader::reload()
{
    ++m_generation;
    m_loaded = true;
    m_nextBefore = 0;
    m_liveWhileLoading.clear();
    m_firstPagePending = true;
    m_firstPageFailed = false;
    m_model->clear();
    requestPage(0);
}

void AccessLogLoader::loadOlder()
{
    if (m_loading || m_nextBefore <= 0)
        return;
    requestPage(m_nextBefore);
}

void AccessLogLoader::reset()
{
    ++m_generation;
    m_loaded = false;
    m_firstPagePending = false;
    m_firstPageFailed = false;
    m_nextBefore = 0;
    m_liveWhileLoading.clear();
    m_model->clear();
    setLoading(false);
    m_chainStatus->reset();
}

bool AccessLogLoader::isLoaded() const
{
    return m_loaded;
}

bool AccessLogLoader::isLoading() const
{
    return m_loading;
}

void AccessLogLoader::requestPage(qint64 before)
{
    QUrlQuery query = m_filter.toQuery();
    if (before > 0)
        query.addQueryItem(u"before"_s, QString::number(before));
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    m_model->setMoreAvailable(false); // no second request for the same page while this one runs
    setLoading(true);
    QPointer<AccessLogLoader> self(this);
    const quint64 generation = m_generation;
    m_pages(query, [self, generation, before](Result<api::AuditPage> page) {
        if (self)
            self->onPage(generation, before, page);
    });
}

void AccessLogLoader::onPage(quint64 generation, qint64 before, const Result<api::AuditPage> &page)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!page) {
        if (before == 0)
            m_firstPageFailed = true;
        m_firstPagePending = false;
        m_model->setMoreAvailable(false);
        Q_EMIT failed(page.error().message);
        return;
    }
    m_nextBefore = page->nextBefore;
    if (before == 0) {
        m_firstPagePending = false;
        m_model->setEntries(page->items);
        for (const api::AuditEntry &entry : std::as_const(m_liveWhileLoading))
            m_model->insertNewest(entry);
        m_liveWhileLoading.clear();
    } else {
        m_model->appendOlder(page->items);
    }
    m_model->setMoreAvailable(m_nextBefore > 0);
    Q_EMIT pageLoaded();
}

void AccessLogLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AccessLogLoader::onEvent(const api::Event &event)
{
    if (!m_loaded || event.type != QLatin1StringView(api::event::auditAppended))
        return;
    const auto entry = api::AuditEntry::fromJson(event.data);
    if (!entry)
        return;
    const bool ownLogRead = entry->actorId == m_ownUserId && entry->objectType == u"access_log"_s;
    if (!ownLogRead)
        m_chainStatus->afterNewEntry();
    if (m_firstPageFailed || !m_filter.matches(*entry))
        return;
    if (m_firstPagePending) {
        m_liveWhileLoading.append(*entry);
        return;
    }
    if (m_model->insertNewest(*entry))
        Q_EMIT entryInserted(*entry);
}

} // namespace regiekamer::client
