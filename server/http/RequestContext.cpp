#include "http/RequestContext.h"

#include "http/RequestAudit.h"
#include "protocol/AuditChange.h"

namespace regiekamer::server {

RequestContext::RequestContext(const QHttpServerRequest &request, std::optional<Caller> caller, QList<qint64> ids,
                               api::AuditEntry entry)
    : m_request(request)
    , m_caller(std::move(caller))
    , m_ids(std::move(ids))
    , m_entry(std::move(entry))
{
}

void RequestContext::recordChange(const char *field, const QString &from, const QString &to)
{
    if (from == to)
        return;
    QList<api::AuditChange> changes = api::auditChangesFromWire(m_entry.change);
    changes.append(api::AuditChange {QString::fromLatin1(field), from, to});
    m_entry.change = api::auditChangesToWire(changes);
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
