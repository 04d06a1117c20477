#pragma once

#include "auth/Authenticator.h"
#include "protocol/AuditEntry.h"
#include "protocol/Session.h"
#include "storage/ObjectScope.h"

#include <QHttpServerRequest>
#include <QJsonObject>

#include <any>
#include <functional>
#include <optional>

namespace regiekamer::server {

// What one request carries through the pipeline (http/RequestPipeline.h) and its handler: who asks, the ids in its
// path, the access log entry being written for it, and what is to happen once its transaction has committed.
// Made for each request and gone with it: nothing of one request can leak into the next.
class RequestContext
{
public:
    // An event frame to send after the commit ({type, data: {webinarId}}; protocol/EventTypes.h).
    struct PendingEvent
    {
        const char *type;
        qint64 webinarId;
        QJsonObject data; // members besides webinarId (ids and counts only)
    };

    RequestContext(const QHttpServerRequest &request, std::optional<Caller> caller, QList<qint64> ids,
                   api::AuditEntry entry);

    const QHttpServerRequest &request() const { return m_request; }
    // The signed-in caller. Handlers of routes that require a session always have one.
    const api::UserInfo &caller() const { return m_caller->user; }
    bool hasCaller() const { return m_caller.has_value(); }
    // The hash of the caller's session token.
    const QString &sessionTokenHash() const { return m_caller->tokenHash; }
    // The ids in the path, in order (validated positive numbers).
    qint64 id(qsizetype index = 0) const { return m_ids.at(index); }

    // The access log entry of this request (action, object, actor, …), completed by the pipeline.
    api::AuditEntry &entry() { return m_entry; }
    const api::AuditEntry &entry() const { return m_entry; }
    // What the request changed, for its entry (protocol/AuditChange.h); nothing when `from` equals `to`.
    void recordChange(const char *field, const QString &from, const QString &to);
    // Who acts, once a handler knows it (sign-in): the entry's actor.
    void actAs(const api::UserInfo &actor);
    // A refusal of this request counts as "denied" in the log whatever its status (a locked account).
    void countRefusalAsDenied() { m_refusalIsDenial = true; }
    bool refusalCountsAsDenied() const { return m_refusalIsDenial; }

    // The first object a scope decision was made on: the object the request was about.
    void decidedOn(const ObjectScope &scope);
    const std::optional<ObjectScope> &decidedScope() const { return m_scope; }

    // An administrator's valid X-Access-Reason was given for a read: it goes into the entry, and the fields granted
    // only with a reason count as read.
    void readWithReason(const QString &reason);
    bool readsWithReason() const { return m_readWithReason; }

    // Personal fields a read showed beyond its resource's own (an attendee's name in the access log).
    void reportFieldsShown(const QList<rights::FieldClass> &fields) { m_fieldsShown += fields; }
    const QList<rights::FieldClass> &fieldsShown() const { return m_fieldsShown; }

    // How many rows a list or export answered with.
    void reportRows(qint64 rows) { m_rows = rows; }
    std::optional<qint64> reportedRows() const { return m_rows; }

    // What the route's Prepare step computed off the event loop, or null.
    template<typename T> const T *prepared() const { return std::any_cast<T>(&m_prepared); }
    void setPrepared(std::any prepared) { m_prepared = std::move(prepared); }

    // Events and session closings leave only after the request's transaction committed.
    void publish(const char *eventType, qint64 webinarId, QJsonObject data = {})
    {
        m_events.append({eventType, webinarId, std::move(data)});
    }
    void endSession(const QString &tokenHash) { m_endedSessions.append(tokenHash); }
    // A session ended because its device was revoked: its event streams get "device.revoked" before they close.
    void endRevokedDeviceSession(const QString &tokenHash) { m_revokedDeviceSessions.append(tokenHash); }
    // Runs on the event loop once the request's answer was handed to its connection, and only when its access log
    // entry committed (sealing the server closes every connection, the caller's too).
    void afterAnswer(std::function<void()> action) { m_afterAnswer.append(std::move(action)); }
    const QList<std::function<void()>> &afterAnswerActions() const { return m_afterAnswer; }
    const QList<PendingEvent> &events() const { return m_events; }
    const QList<QString> &endedSessions() const { return m_endedSessions; }
    const QList<QString> &revokedDeviceSessions() const { return m_revokedDeviceSessions; }

private:
    const QHttpServerRequest &m_request;
    std::optional<Caller> m_caller;
    QList<qint64> m_ids;
    api::AuditEntry m_entry;
    bool m_refusalIsDenial = false;
    std::optional<ObjectScope> m_scope;
    bool m_readWithReason = false;
    std::optional<qint64> m_rows;
    QList<rights::FieldClass> m_fieldsShown;
    QList<PendingEvent> m_events;
    QList<QString> m_endedSessions;
    QList<QString> m_revokedDeviceSessions;
    QList<std::function<void()>> m_afterAnswer;
    std::any m_prepared;
};

} // namespace regiekamer::server
