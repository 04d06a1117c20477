#include "http/controllers/ReportController.h"

#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "storage/ReportRepository.h"

namespace regiekamer::server {

using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

ReportController::ReportController(ReportRepository &reports, ScopedAccess access)
    : m_reports(reports)
    , m_access(access)
{
}

void ReportController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    const ResourceAudit report {Resource::Report};
    router.add(api::path::webinarReport, Method::Get, report(act::read), this, &ReportController::show);
    router.add(api::path::webinarReportExport, Method::Get, report(act::exportRows), this,
               &ReportController::exportReport);
}

QHttpServerResponse ReportController::show(RequestContext &context)
{
    return reportFor(context, Action::Read);
}

QHttpServerResponse ReportController::exportReport(RequestContext &context)
{
    return reportFor(context, Action::Export);
}

QHttpServerResponse ReportController::reportFor(RequestContext &context, Action action)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.require(context, Resource::Report, action, *scope); !allowed)
        return http::fromError(allowed.error());
    auto report = m_reports.report(context.id());
    if (!report)
        return http::fromError(report.error());
    return http::json(report->toJson());
}

} // namespace regiekamer::server
