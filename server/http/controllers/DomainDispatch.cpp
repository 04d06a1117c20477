// DomainApi's route registration and dispatch: authentication, path ids, and the access log entry that commits
// with every request or makes it fail closed.
#include "audit/AuditLog.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "http/HttpJson.h"
#include "http/RequestAudit.h"
#include "http/controllers/DomainApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// Rows a list or export answer carried: the "items" of a JSON page, the data lines of a CSV.
qint64 rowsIn(const QHttpServerResponse &response)
{
    const QByteArray &body = response.data();
    if (body.startsWith("{\"items\""))
        return QJsonDocument::fromJson(body).object().value("items"_L1).toArray().size();
    if (response.mimeType().startsWith("text/csv"))
        return std::max<qint64>(0, body.count('\n') - 1);
    return -1;
}

bool readsData(const char *action)
{
    return qstrcmp(action, api::auditAction::read) == 0 || qstrcmp(action, api::auditAction::exportRows) == 0;
}

} // namespace

DomainApi::DomainApi(DomainServices services, Authenticator authenticate, Publisher publish, SessionCloser closeSession,
                     AuditPublisher publishAudit)
    : m_services(services)
    , m_authenticate(std::move(authenticate))
    , m_publish([this](const QString &type, qint64 webinarId) { m_pendingEvents.append({type, webinarId}); })
    , m_sendEvent(std::move(publish))
    , m_closeSession(std::move(closeSession))
    , m_publishAudit(std::move(publishAudit))
{
}

void DomainApi::add(QHttpServer &http, QObject *context, const char *pathTemplate, Method method, Handler handler,
                    const Audited &audited)
{
    static const QRegularExpression placeholder(u"\\{[a-zA-Z]+\\}"_s);
    const QString rule = QString::fromLatin1(pathTemplate).replace(placeholder, u"<arg>"_s);
    const qsizetype count = QString::fromLatin1(pathTemplate).count(u'{');
    const Route route {handler, audited};
    if (count == 0) {
        http.route(rule, method, context,
                   [this, route](const QHttpServerRequest &request) { return dispatch(route, {}, request); });
    } else if (count == 1) {
        http.route(rule, method, context, [this, route](const QString &id, const QHttpServerRequest &request) {
            return dispatch(route, {id}, request);
        });
    } else {
        http.route(rule, method, context,
                   [this, route](const QString &id, const QString &second, const QHttpServerRequest &request) {
                       return dispatch(route, {id, second}, request);
                   });
    }
}

QHttpServerResponse DomainApi::dispatch(const Route &route, const QList<QString> &ids,
                                        const QHttpServerRequest &request)
{
    const QString requestId = requestAudit::newRequestId();
    const Result<api::UserInfo> caller = m_authenticate(request);
    m_entry =
        requestAudit::begin(request, requestId, caller ? std::optional(*caller) : std::nullopt, route.audited.action,
                            rights::resourceToWire(route.audited.resource), ids.value(0).toLongLong());
    if (ids.size() > 1)
        m_entry.subjectUserId = ids.at(1).toLongLong(); // the staff member assigned or removed
    m_readWithReason = false;
    m_pendingEvents.clear();
    m_services.policy.recordScopes();
    Transaction transaction(m_services.database);
    QHttpServerResponse response =
        transaction.started() ? handle(route, ids, request, caller) : http::fromError(transaction.started().error());
    describeOutcome(route, caller, response);
    auto appended = transaction.started() ? m_services.auditLog.append(m_entry)
                                          : Result<api::AuditEntry>(std::unexpected(transaction.started().error()));
    if (!appended || !transaction.commit()) {
        qCritical("Access log entry for request %s not written; request refused: %s", qUtf8Printable(requestId),
                  appended ? "commit failed" : qUtf8Printable(appended.error().message));
        response = http::error(StatusCode::ServiceUnavailable, api::errc::accessLogUnavailable,
                               u"The access log cannot be written, so the request was not carried out."_s);
    } else {
        flushEvents(*appended);
    }
    requestAudit::tag(response, requestId);
    return response;
}

QHttpServerResponse DomainApi::handle(const Route &route, const QList<QString> &ids, const QHttpServerRequest &request,
                                      const Result<api::UserInfo> &caller)
{
    if (request.body().size() > http::maximumBodyBytes)
        return http::error(StatusCode::PayloadTooLarge, api::errc::payloadTooLarge,
                           u"The request body is larger than 64 KiB."_s);
    if (!caller)
        return http::fromError(caller.error());
    QList<qint64> numbers;
    static const QRegularExpression positive(u"^[1-9][0-9]{0,15}$"_s);
    for (const QString &id : ids) {
        if (!positive.match(id).hasMatch())
            return http::fromError(notFound());
        numbers.append(id.toLongLong());
    }
    return (this->*route.handler)(*caller, numbers, request);
}

// Where the object sat (from the first scope decision), which personal fields were touched, and the outcome.
void DomainApi::describeOutcome(const Route &route, const Result<api::UserInfo> &caller,
                                const QHttpServerResponse &response)
{
    if (const auto scope = m_services.policy.recordedScope()) {
        m_entry.webinarId = scope->webinarId;
        m_entry.organisationId = scope->organisationId;
        if (scope->ownerUserId > 0)
            m_entry.subjectUserId = scope->ownerUserId;
    }
    const rights::Resource resource = route.audited.resource;
    const bool ownData = resource == rights::Resource::OwnProfile ||
        (caller && rights::scopeOf(caller->role, resource) == rights::Scope::OwnAccount &&
         (resource == rights::Resource::Registration || resource == rights::Resource::Question));
    if (caller && ownData && m_entry.subjectUserId == 0)
        m_entry.subjectUserId = caller->id;
    requestAudit::settle(m_entry, response);
    if (m_entry.outcome != QLatin1StringView(api::auditOutcome::allowed))
        return;
    if (readsData(route.audited.action)) {
        m_entry.fields = requestAudit::fieldNames(AccessPolicy::readable(*caller, resource, m_readWithReason));
        m_entry.rowCount = rowsIn(response);
    } else {
        m_entry.fields = requestAudit::fieldNames(route.audited.written);
    }
}

void DomainApi::flushEvents(const api::AuditEntry &entry)
{
    const auto events = std::exchange(m_pendingEvents, {});
    for (const auto &[type, webinarId] : events)
        m_sendEvent(type, webinarId);
    if (m_publishAudit)
        m_publishAudit(entry);
}

} // namespace regiekamer::server
