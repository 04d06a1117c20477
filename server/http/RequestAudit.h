#pragma once

#include "protocol/AuditEntry.h"
#include "protocol/Rights.h"
#include "protocol/Session.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>

// Turning an HTTP request and its answer into an access log entry (docs/security.md "Access log").
namespace regiekamer::server::requestAudit {

// A fresh request id (96 random bits, hex), sent back as X-Request-Id and logged with the entry.
QString newRequestId();

// The entry for a request before it is handled: time and sequence are assigned when it is appended.
api::AuditEntry begin(const QHttpServerRequest &request, const QString &requestId,
                      const std::optional<api::UserInfo> &caller, const char *action, const QString &objectType,
                      qint64 objectId);
void setActor(api::AuditEntry &entry, const api::UserInfo &actor);

// Outcome and reason from the answer: 2xx allowed; 401/403/404 denied; any other refusal rejected, with the
// answer's error code as the reason (never its message, which may quote the request).
void settle(api::AuditEntry &entry, const QHttpServerResponse &response);

// Adds X-Request-Id to a response.
void tag(QHttpServerResponse &response, const QString &requestId);

QStringList fieldNames(const QList<rights::FieldClass> &fields);

} // namespace regiekamer::server::requestAudit
