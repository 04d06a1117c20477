#pragma once

#include "auth/Authenticator.h"
#include "base/Result.h"
#include "db/GroupCommit.h"
#include "http/Route.h"
#include "protocol/AuditEntry.h"

#include <QFuture>
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
//   join the group commit (a savepoint in the shared transaction, db/GroupCommit.h) → authenticate → handle
//   (authorise, read or write) → complete the access log entry → append it → wait for the group's COMMIT → send the
//   request's events and its answer; or, when the entry cannot be written, roll back this request's savepoint and
//   answer 503 access_log_unavailable at once, and when the group's COMMIT fails, answer every request of the group
//   503 access_log_unavailable with nothing sent. While the log fails verification (Gate) every request is answered
//   503 access_log_broken before anything is read.
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
                    Gate gate, GroupCommit::Limits limits = {});
    // Commits the group still open (its requests' events leave while the outlets still exist).
    ~RequestPipeline();
    RequestPipeline(const RequestPipeline &) = delete;
    RequestPipeline &operator=(const RequestPipeline &) = delete;

    // pathIds: the placeholders of the route's path, as sent. The answer is ready once the request's access log
    // entry has committed (or at once when it is refused).
    QFuture<QHttpServerResponse> run(const Route &route, const QList<QString> &pathIds,
                                     const QHttpServerRequest &request, std::any prepared = {});

    const GroupCommit &groupCommit() const { return m_group; }

private:
    // What leaves once the request's group has committed.
    struct Outgoing;

    QHttpServerResponse handle(const Route &route, const std::optional<QList<qint64>> &ids,
                               const Result<Caller> &caller, RequestContext &context);
    void flush(const Outgoing &outgoing);

    GroupCommit m_group;
    audit::AuditLog &m_auditLog;
    Authenticate m_authenticate;
    Outlets m_outlets;
    Gate m_gate;
};

} // namespace regiekamer::server
