#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class AuditQuery;
class RequestContext;

namespace audit {
class AuditMonitor;
}

// The access log (/api/v1/audit…): the entries a caller may see, their CSV export, and the chain's verification.
class AccessLogController final : public Controller
{
public:
    AccessLogController(AuditQuery &query, audit::AuditMonitor &monitor);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse exportCsv(RequestContext &context);
    QHttpServerResponse status(RequestContext &context);

    AuditQuery &m_query;
    audit::AuditMonitor &m_monitor;
};

} // namespace regiekamer::server
