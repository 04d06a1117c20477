#include "http/controllers/AccessLogController.h"

#include "audit/AuditMonitor.h"
#include "audit/AuditQuery.h"
#include "base/ApiError.h"
#include "base/CsvField.h"
#include "base/JsonRead.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/ApiPaths.h"
#include "storage/AuditNameLookup.h"

#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;

namespace {

constexpr qint64 exportPageSize = 500;

QString entryCsvLine(const api::AuditEntry &entry)
{
    const QStringList values {QString::number(entry.sequence),
                              json::toWire(entry.at),
                              entry.actorName,
                              entry.actorRole,
                              entry.clientAddress,
                              entry.action,
                              entry.objectType,
                              QString::number(entry.objectId),
                              QString::number(entry.webinarId),
                              QString::number(entry.subjectUserId),
                              entry.fields.join(u' '),
                              entry.outcome,
                              entry.reason,
                              entry.rowCount >= 0 ? QString::number(entry.rowCount) : QString(),
                              entry.requestId,
                              entry.names.webinar,
                              entry.names.object,
                              entry.names.subject,
                              entry.change};
    QStringList fields;
    for (const QString &value : values)
        fields.append(csv::field(value));
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace

AccessLogController::AccessLogController(AuditQuery &query, AuditNameLookup &names, audit::AuditMonitor &monitor)
    : m_query(query)
    , m_names(names)
    , m_monitor(monitor)
{
}

Result<api::AuditPage> AccessLogController::namedPage(RequestContext &context, AuditFilter &filter)
{
    ScopedAccess::readableWithReason(context, Resource::Registration); // an administrator's reason, if given
    if (!filter.subjectName.isEmpty() && !filter.attendeesResolved) {
        auto candidates = m_query.attendeesVisibleTo(context.caller());
        if (!candidates)
            return std::unexpected(candidates.error());
        auto named = m_names.attendeesNamed(filter.subjectName, {candidates->first, candidates->second},
                                            context.caller(), context.readsWithReason());
        if (!named)
            return std::unexpected(named.error());
        filter.attendeesResolved = true;
        filter.attendeeUserIds = named->users;
        filter.attendeeRegistrationIds = named->registrations;
    }
    auto page = m_query.page(context.caller(), filter);
    if (!page)
        return page;
    auto attendeeShown = m_names.fill(page->items, context.caller(), context.readsWithReason());
    if (!attendeeShown)
        return std::unexpected(attendeeShown.error());
    if (*attendeeShown)
        context.reportFieldsShown({rights::FieldClass::Identity});
    return page;
}

void AccessLogController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = AccessLogController;
    router.add(api::path::auditLog, Method::Get, RouteAudit::of(act::read, Resource::AccessLog), this, &C::list);
    router.add(api::path::auditStatus, Method::Get, RouteAudit::of(act::read, Resource::AccessLog), this, &C::status,
               Access::Session, WhileLogBroken::Served);
    router.add(api::path::auditExport, Method::Get, RouteAudit::of(act::exportRows, Resource::AccessLog), this,
               &C::exportCsv);
}

QHttpServerResponse AccessLogController::list(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::AccessLog, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto filter = AuditFilter::fromQuery(context.request().query());
    if (!filter)
        return http::fromError(filter.error());
    auto page = namedPage(context, *filter);
    if (!page)
        return http::fromError(page.error());
    context.reportRows(page->items.size());
    return http::json(page->toJson());
}

QHttpServerResponse AccessLogController::exportCsv(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::AccessLog, Action::Export); !allowed)
        return http::fromError(allowed.error());
    QUrlQuery query = context.request().query();
    if (query.hasQueryItem(u"before"_s) || query.hasQueryItem(u"limit"_s))
        return http::error(QHttpServerResponse::StatusCode::BadRequest, api::errc::badRequest,
                           u"An export takes no \"before\" or \"limit\": it holds every matching entry."_s);
    query.addQueryItem(u"limit"_s, QString::number(exportPageSize));
    auto filter = AuditFilter::fromQuery(query);
    if (!filter)
        return http::fromError(filter.error());
    QString csv = u"sequence,at,actor,role,address,action,object,objectId,webinarId,subjectUserId,fields,outcome,"
                  u"reason,rows,requestId,webinar,objectName,subject,change\r\n"_s;
    qint64 rows = 0;
    do {
        auto page = namedPage(context, *filter);
        if (!page)
            return http::fromError(page.error());
        for (const api::AuditEntry &entry : page->items)
            csv += entryCsvLine(entry);
        rows += page->items.size();
        filter->before = page->nextBefore;
    } while (filter->before > 0);
    context.reportRows(rows);
    return http::csvAttachment(csv, "access-log.csv");
}

QHttpServerResponse AccessLogController::status(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::AccessLog, Action::Read); !allowed)
        return http::fromError(allowed.error());
    return http::json(m_monitor.status().toJson());
}

} // namespace regiekamer::server
