#include "http/RequestContext.h"

#include "http/RequestAudit.h"

namespace regiekamer::server {

RequestContext::RequestContext(const QHttpServerRequest &request, std::optional<Caller> caller, QList<qint64> ids,
                               api::AuditEntry entry)
    : m_request(request)
    , m_caller(std::move(caller))
    , m_ids(std::move(ids))
    , m_entry(std::move(entry))
{
}

void RequestContext::actAs(const api::UserInfo &actor)
{
    requestAudit::setActor(m_entry, actor);
}

void RequestContext::decidedOn(const ObjectScope &scope)
{
    if (!m_scope)
        m_scope = scope;
}

void RequestContext::readWithReason(const QString &reason)
{
    m_entry.reason = reason;
    m_readWithReason = true;
}

} // namespace regiekamer::server
