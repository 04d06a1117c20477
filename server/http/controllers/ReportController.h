#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Rights.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class ReportRepository;
class RequestContext;

// A webinar's report (GET /api/v1/webinars/{id}/report, docs/reports.md): the counts behind the desktop's charts.
// Fetching it for the PDF is an export of its own (…/report/export), so the access log tells showing from writing out.
class ReportController final : public Controller
{
public:
    ReportController(ReportRepository &reports, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse show(RequestContext &context);
    QHttpServerResponse exportReport(RequestContext &context);
    QHttpServerResponse reportFor(RequestContext &context, rights::Action action);

    ReportRepository &m_reports;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
