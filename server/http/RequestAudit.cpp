#include "http/RequestAudit.h"

#include "crypto/SecureRandom.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace regiekamer::server::requestAudit {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;

QString newRequestId()
{
    auto random = crypto::secureRandom::bytes(12);
    return random ? QString::fromLatin1(random->toHex()) : QString();
}

api::AuditEntry begin(const QHttpServerRequest &request, const QString &requestId,
                      const std::optional<api::UserInfo> &caller, const char *action, const QString &objectType,
                      qint64 objectId)
{
    api::AuditEntry entry;
    if (caller)
        setActor(entry, *caller);
    entry.clientAddress = request.remoteAddress().toString();
    entry.requestId = requestId;
    entry.action = QString::fromLatin1(action);
    entry.objectType = objectType;
    entry.objectId = objectId;
    return entry;
}

void setActor(api::AuditEntry &entry, const api::UserInfo &actor)
{
    entry.actorId = actor.id;
    entry.actorName = actor.displayName;
    entry.actorRole = roleToWire(actor.role);
}

void settle(api::AuditEntry &entry, const QHttpServerResponse &response)
{
    const auto status = static_cast<int>(response.statusCode());
    if (status >= 200 && status < 300) {
        entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
        return;
    }
    const bool denied = status == 401 || status == 403 || status == 404;
    entry.outcome = QString::fromLatin1(denied ? api::auditOutcome::denied : api::auditOutcome::rejected);
    const QString code = QJsonDocument::fromJson(response.data()).object().value("error"_L1).toString();
    entry.reason = code.isEmpty() ? QString::number(status) : code;
    if (status != 200)
        entry.rowCount = -1;
}

void tag(QHttpServerResponse &response, const QString &requestId)
{
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend("X-Request-Id"_L1, requestId.toLatin1());
    response.setHeaders(std::move(headers));
}

QStringList fieldNames(const QList<rights::FieldClass> &fields)
{
    QStringList names;
    for (rights::FieldClass field : fields)
        names.append(rights::fieldClassToWire(field));
    return names;
}

} // namespace regiekamer::server::requestAudit
