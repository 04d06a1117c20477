#pragma once

#include "auth/Authenticator.h"
#include "base/Result.h"
#include "http/Route.h"
#include "protocol/AuditEntry.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <functional>

namespace regiekamer::server {

class Database;
class RequestContext;

namespace audit {
class AuditLog;
}

// The one path every logged request takes (docs/security.md "Access log", fails closed):
//   begin a transaction → authenticate → handle (authorise, read or write) → complete the access log entry →
//   append it → commit → send the request's events; or, when the entry cannot be written or the commit fails,
//   answer 503 access_log_unavailable with nothing done and nothing sent. While the log fails verification
//   (Gate) every request is answered 503 access_log_broken before anything is read.
// The request's state lives in its RequestContext, never in this long-lived object.
class RequestPipeline
{
public:
    // The caller of a request to a route of this Access (Session: the bearer token, WebPage: the session cookie).
    using Authenticate = std::function<Result<Caller>(const QHttpServerRequest &, Access)>;
    // What leaves once a request has committed.
    struct Outlets
    {
        std::function<void(const QString &tokenHash)> closeSession;
        std::function<void(const QString &type, qint64 webinarId, const QJsonObject &data)> publish;
        std::function<void(const api::AuditEntry &entry)> auditAppended;
        // A session ended because its device was revoked: "device.revoked" on its streams, then they close.
        std::function<void(const QString &tokenHash)> deviceRevoked;
    };

    // Why no request may be served now (the access log failed verification), or nullopt.
    using Gate = std::function<std::optional<Error>()>;

    RequestPipeline(Database &database, audit::AuditLog &auditLog, Authenticate authenticate, Outlets outlets,
                    Gate gate);

    // pathIds: the placeholders of the route's path, as sent.
    QHttpServerResponse run(const Route &route, const QList<QString> &pathIds, const QHttpServerRequest &request,
                            std::any prepared = {});

private:
    QHttpServerResponse handle(const Route &route, const std::optional<QList<qint64>> &ids,
                               const Result<Caller> &caller, RequestContext &context);
    void flush(const RequestContext &context, const api::AuditEntry &appended);

    Database &m_database;
    audit::AuditLog &m_auditLog;
    Authenticate m_authenticate;
    Outlets m_outlets;
    Gate m_gate;
};

} // namespace regiekamer::server
