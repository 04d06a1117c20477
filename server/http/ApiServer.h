#pragma once

#include "auth/AccessPolicy.h"
#include "base/Result.h"
#include "protocol/AuditEntry.h"
#include "protocol/Protocol.h"

#include <QHttpServer>
#include <QObject>

#include <functional>
#include <memory>

namespace regiekamer::server {

namespace audit {
class AuditLog;
}

struct ActiveSession;
class AuditQuery;
class Database;
class LoginThrottle;
class PasswordHasher;
class SessionStore;
class UserRepository;
class WebinarRepository;
class DomainApi;
struct DomainServices;

struct ApiServices
{
    UserRepository &users;
    WebinarRepository &webinars;
    SessionStore &sessions;
    LoginThrottle &throttle;
    const PasswordHasher &hasher;
    AccessPolicy &policy;
    Database &database;
    audit::AuditLog &auditLog;
    AuditQuery &auditQuery;
};

struct Caller
{
    api::UserInfo user;
    QString tokenHash;
};

// The JSON routes of /api/v1 on a QHttpServer. Runs in the main thread; the server never trusts the client.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(ApiServices services, DomainServices domain, QObject *parent = nullptr);
    ~ApiServer() override;

    QHttpServer &http() { return m_http; }
    // The bearer token's session and its (enabled) user. touch refreshes the idle expiry.
    Result<Caller> authenticate(const QString &token, bool touch);
    // The same for a stored token hash (open event streams), without refreshing the idle expiry.
    Result<Caller> authenticateHash(const QString &tokenHash);
    // Is the webinar in the user's scope now (for events)? Read from the database.
    Result<bool> webinarInScope(const api::UserInfo &user, qint64 webinarId);
    // May the user see this access log entry (for events)?
    Result<bool> auditEntryVisibleTo(const api::UserInfo &user, const api::AuditEntry &entry);

Q_SIGNALS:
    void sessionRevoked(const QString &tokenHash);
    // A change to a webinar or its registrations or questions (type: webinar.changed, ...); ids only.
    void domainChanged(const QString &type, qint64 webinarId);
    // An access log entry was committed.
    void auditAppended(const regiekamer::api::AuditEntry &entry);

private:
    void addRoutes();
    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    // Sign-in and sign-out run in one transaction with their access log entry, and fail closed like DomainApi.
    QHttpServerResponse audited(const QHttpServerRequest &request, const char *action, const QString &objectType,
                                const std::function<QHttpServerResponse(api::AuditEntry &)> &body);
    QHttpServerResponse listWebinars(const QHttpServerRequest &request, api::AuditEntry &entry);
    QHttpServerResponse signIn(const QHttpServerRequest &request, api::AuditEntry &entry);
    QHttpServerResponse signOut(const QHttpServerRequest &request, api::AuditEntry &entry);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QHttpServerResponse webinars(const QHttpServerRequest &request);
    Result<Caller> authenticate(const QHttpServerRequest &request);
    Result<Caller> callerFor(const ActiveSession &session);
    Result<api::SessionGrant> checkCredentials(const api::LoginRequest &login, const QString &accountKey,
                                               api::AuditEntry &entry);

    ApiServices m_services;
    QHttpServer m_http;
    std::unique_ptr<DomainApi> m_domain;
};

} // namespace regiekamer::server
