#pragma once

#include "audit/AuditQuery.h"
#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class AuditNameLookup;
class AuditQuery;
class RequestContext;

namespace audit {
class AuditMonitor;
}

// The access log (/api/v1/audit…): the entries a caller may see, their CSV export, and the chain's verification.
class AccessLogController final : public Controller
{
public:
    AccessLogController(AuditQuery &query, AuditNameLookup &names, audit::AuditMonitor &monitor);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse exportCsv(RequestContext &context);
    QHttpServerResponse status(RequestContext &context);
    // The page with the names its reader may see (AuditNameLookup); resolves the filter's subjectName once.
    Result<api::AuditPage> namedPage(RequestContext &context, AuditFilter &filter);

    AuditQuery &m_query;
    AuditNameLookup &m_names;
    audit::AuditMonitor &m_monitor;
};

} // namespace regiekamer::server
