// Access log routes of DomainApi: the entries a caller may see, their CSV export, and the chain's verification.
#include "audit/AuditMonitor.h"
#include "audit/AuditQuery.h"
#include "base/ApiError.h"
#include "base/CsvField.h"
#include "base/JsonRead.h"
#include "http/HttpJson.h"
#include "http/controllers/DomainApi.h"

#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;

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
                              entry.requestId};
    QStringList fields;
    for (const QString &value : values)
        fields.append(csv::field(value));
    return fields.join(u',') + u"\r\n"_s;
}

} // namespace

QHttpServerResponse DomainApi::listAuditEntries(const api::UserInfo &caller, const QList<qint64> &,
                                                const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::AccessLog, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto filter = AuditFilter::fromQuery(request.query());
    if (!filter)
        return http::fromError(filter.error());
    auto page = m_services.auditQuery.page(caller, *filter);
    if (!page)
        return http::fromError(page.error());
    return http::json(page->toJson());
}

QHttpServerResponse DomainApi::exportAuditEntries(const api::UserInfo &caller, const QList<qint64> &,
                                                  const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::AccessLog, Action::Export); !allowed)
        return http::fromError(allowed.error());
    QUrlQuery query = request.query();
    if (query.hasQueryItem(u"before"_s) || query.hasQueryItem(u"limit"_s))
        return http::error(QHttpServerResponse::StatusCode::BadRequest, api::errc::badRequest,
                           u"An export takes no \"before\" or \"limit\": it holds every matching entry."_s);
    query.addQueryItem(u"limit"_s, QString::number(exportPageSize));
    auto filter = AuditFilter::fromQuery(query);
    if (!filter)
        return http::fromError(filter.error());
    QString csv = u"sequence,at,actor,role,address,action,object,objectId,webinarId,subjectUserId,fields,outcome,"
                  u"reason,rows,requestId\r\n"_s;
    do {
        auto page = m_services.auditQuery.page(caller, *filter);
        if (!page)
            return http::fromError(page.error());
        for (const api::AuditEntry &entry : page->items)
            csv += entryCsvLine(entry);
        filter->before = page->nextBefore;
    } while (filter->before > 0);
    QHttpServerResponse response("text/csv; charset=utf-8"_ba, csv.toUtf8());
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentDisposition,
                            "attachment; filename=\"access-log.csv\"");
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.replaceOrAppend("X-Content-Type-Options"_L1, "nosniff");
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse DomainApi::auditStatus(const api::UserInfo &caller, const QList<qint64> &,
                                           const QHttpServerRequest &)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::AccessLog, Action::Read); !allowed)
        return http::fromError(allowed.error());
    return http::json(m_services.auditMonitor.status().toJson());
}

} // namespace regiekamer::server
