#include "http/ApiServer.h"

#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "db/Database.h"
#include "http/HttpJson.h"
#include "http/RequestAudit.h"
#include "http/controllers/DomainApi.h"
#include "protocol/ApiPaths.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

#include <QHttpServerResponder>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

auto invalidCredentials()
{
    return fail(QString::fromLatin1(api::errc::invalidCredentials),
                u"The e-mail address or password is not correct."_s);
}

bool bodyTooLarge(const QHttpServerRequest &request)
{
    return request.body().size() > http::maximumBodyBytes;
}

QHttpServerResponse payloadTooLarge()
{
    return http::error(StatusCode::PayloadTooLarge, api::errc::payloadTooLarge,
                       u"The request body is larger than 64 KiB."_s);
}

} // namespace

ApiServer::ApiServer(ApiServices services, DomainServices domain, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_domain = std::make_unique<DomainApi>(
        domain,
        [this](const QHttpServerRequest &request) -> Result<api::UserInfo> {
            auto caller = authenticate(request);
            if (!caller)
                return std::unexpected(caller.error());
            return caller->user;
        },
        [this](const QString &type, qint64 webinarId) { Q_EMIT domainChanged(type, webinarId); },
        [this](const QString &tokenHash) { Q_EMIT sessionRevoked(tokenHash); },
        [this](const api::AuditEntry &entry) { Q_EMIT auditAppended(entry); });
    addRoutes();
}

ApiServer::~ApiServer() = default;

Result<bool> ApiServer::webinarInScope(const api::UserInfo &user, qint64 webinarId)
{
    auto query = m_services.webinars.find(webinarId);
    if (!query)
        return std::unexpected(query.error());
    if (!*query)
        return false;
    return m_services.policy.inScope(user, rights::Resource::Webinar,
                                     ObjectScope {webinarId, (*query)->summary.organisationId, 0});
}

void ApiServer::addRoutes()
{
    const auto add = [this](const char *path, Method method, auto handler) {
        m_http.route(QString::fromLatin1(path), method, this, [this, handler](const QHttpServerRequest &request) {
            if (bodyTooLarge(request))
                return payloadTooLarge();
            return (this->*handler)(request);
        });
    };
    add(api::path::health, Method::Get, &ApiServer::health);
    add(api::path::session, Method::Post, &ApiServer::login);
    add(api::path::session, Method::Delete, &ApiServer::logout);
    add(api::path::me, Method::Get, &ApiServer::me);
    add(api::path::webinars, Method::Get, &ApiServer::webinars);
    m_domain->addRoutes(m_http, this);
    m_http.setMissingHandler(this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(bodyTooLarge(request)
                                   ? payloadTooLarge()
                                   : http::error(StatusCode::NotFound, api::errc::notFound, u"No such resource."_s));
    });
}

QHttpServerResponse ApiServer::health(const QHttpServerRequest &)
{
    return http::json({{"status"_L1, "ok"_L1}, {"version"_L1, QStringLiteral(REGIEKAMER_VERSION)}});
}

QHttpServerResponse ApiServer::login(const QHttpServerRequest &request)
{
    return audited(request, api::auditAction::login, u"session"_s,
                   [this, &request](api::AuditEntry &entry) { return signIn(request, entry); });
}

QHttpServerResponse ApiServer::audited(const QHttpServerRequest &request, const char *action, const QString &objectType,
                                       const std::function<QHttpServerResponse(api::AuditEntry &)> &body)
{
    const QString requestId = requestAudit::newRequestId();
    api::AuditEntry entry = requestAudit::begin(request, requestId, std::nullopt, action, objectType, 0);
    Transaction transaction(m_services.database);
    QHttpServerResponse response = transaction.started() ? body(entry) : http::fromError(transaction.started().error());
    requestAudit::settle(entry, response);
    if (entry.action == QLatin1StringView(api::auditAction::lockout))
        entry.outcome = QString::fromLatin1(api::auditOutcome::denied);
    auto appended = transaction.started() ? m_services.auditLog.append(entry)
                                          : Result<api::AuditEntry>(std::unexpected(transaction.started().error()));
    if (!appended || !transaction.commit()) {
        qCritical("Access log entry for request %s not written; request refused", qUtf8Printable(requestId));
        response = http::error(StatusCode::ServiceUnavailable, api::errc::accessLogUnavailable,
                               u"The access log cannot be written, so the request was not carried out."_s);
    } else {
        Q_EMIT auditAppended(*appended);
    }
    requestAudit::tag(response, requestId);
    return response;
}

QHttpServerResponse ApiServer::signIn(const QHttpServerRequest &request, api::AuditEntry &entry)
{
    auto object = json::parseObject(request.body());
    auto credentials = object ? api::LoginRequest::fromJson(*object) : Result<api::LoginRequest>();
    if (!object || !credentials)
        return http::error(StatusCode::BadRequest, api::errc::badRequest,
                           (object ? credentials.error() : object.error()).message);
    const QString accountKey = UserRepository::normaliseEmail(credentials->email);
    if (accountKey.isEmpty() || accountKey.size() > 320 || credentials->password.size() > 1024)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, u"E-mail or password out of range."_s);
    auto locked = m_services.throttle.lockedFor(accountKey);
    if (!locked)
        return http::fromError(locked.error());
    if (*locked) {
        entry.action = QString::fromLatin1(api::auditAction::lockout);
        if (auto user = m_services.users.findByEmail(accountKey); user && *user)
            requestAudit::setActor(entry, (*user)->info);
        return http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                           u"Too many failed sign-in attempts; try again later."_s, **locked);
    }
    auto grant = checkCredentials(*credentials, accountKey, entry);
    credentials->password.fill(u'\0');
    if (!grant)
        return http::fromError(grant.error());
    return http::json(grant->toJson());
}

Result<api::SessionGrant> ApiServer::checkCredentials(const api::LoginRequest &login, const QString &accountKey,
                                                      api::AuditEntry &entry)
{
    auto user = m_services.users.findByEmail(accountKey);
    if (!user)
        return std::unexpected(user.error());
    QByteArray utf8 = login.password.toUtf8();
    const QCA::SecureArray password(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    // Unknown accounts are verified against a dummy hash, so both cases take the same time.
    const QString &storedHash = *user ? (*user)->passwordHash : m_services.hasher.dummyHash();
    const bool passwordOk = m_services.hasher.verify(password, storedHash);
    if (*user)
        requestAudit::setActor(entry, (*user)->info);
    if (!*user || !passwordOk || (*user)->disabled) {
        entry.action = QString::fromLatin1(api::auditAction::loginFailed);
        auto recorded = m_services.throttle.recordFailure(accountKey);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (*user)
            qInfo("Login failed for user %lld", static_cast<long long>((*user)->info.id));
        else
            qInfo("Login failed for an unknown account");
        return invalidCredentials();
    }
    if (auto reset = m_services.throttle.recordSuccess(accountKey); !reset)
        return std::unexpected(reset.error());
    auto session = m_services.sessions.create((*user)->info.id);
    if (!session)
        return std::unexpected(session.error());
    qInfo("Login succeeded for user %lld (%s)", static_cast<long long>((*user)->info.id),
          qUtf8Printable(roleToWire((*user)->info.role)));
    return api::SessionGrant {session->token, session->expiresAt,
                              static_cast<qint64>(m_services.sessions.policy().idle.count()), (*user)->info};
}

QHttpServerResponse ApiServer::logout(const QHttpServerRequest &request)
{
    return audited(request, api::auditAction::logout, u"session"_s,
                   [this, &request](api::AuditEntry &entry) { return signOut(request, entry); });
}

QHttpServerResponse ApiServer::signOut(const QHttpServerRequest &request, api::AuditEntry &entry)
{
    auto caller = authenticate(request);
    if (!caller)
        return http::fromError(caller.error());
    requestAudit::setActor(entry, caller->user);
    const QString token = http::bearerToken(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization));
    if (auto revoked = m_services.sessions.revoke(token); !revoked)
        return http::fromError(revoked.error());
    Q_EMIT sessionRevoked(caller->tokenHash);
    return http::noContent();
}

QHttpServerResponse ApiServer::me(const QHttpServerRequest &request)
{
    auto caller = authenticate(request);
    if (!caller)
        return http::fromError(caller.error());
    return http::json(caller->user.toJson());
}

QHttpServerResponse ApiServer::webinars(const QHttpServerRequest &request)
{
    return audited(request, api::auditAction::read, rights::resourceToWire(rights::Resource::Webinar),
                   [this, &request](api::AuditEntry &entry) { return listWebinars(request, entry); });
}

QHttpServerResponse ApiServer::listWebinars(const QHttpServerRequest &request, api::AuditEntry &entry)
{
    auto caller = authenticate(request);
    if (!caller)
        return http::fromError(caller.error());
    requestAudit::setActor(entry, caller->user);
    auto list = m_services.webinars.listVisibleTo(caller->user);
    if (!list)
        return http::fromError(list.error());
    entry.rowCount = list->size();
    return http::json(api::listToJson(*list));
}

Result<bool> ApiServer::auditEntryVisibleTo(const api::UserInfo &user, const api::AuditEntry &entry)
{
    return m_services.auditQuery.visibleTo(user, entry);
}

Result<Caller> ApiServer::authenticate(const QHttpServerRequest &request)
{
    return authenticate(http::bearerToken(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization)), true);
}

Result<Caller> ApiServer::authenticate(const QString &token, bool touch)
{
    auto session = m_services.sessions.validate(token, touch);
    if (!session)
        return std::unexpected(session.error());
    return callerFor(*session);
}

Result<Caller> ApiServer::authenticateHash(const QString &tokenHash)
{
    auto session = m_services.sessions.validateHash(tokenHash, false);
    if (!session)
        return std::unexpected(session.error());
    return callerFor(*session);
}

Result<Caller> ApiServer::callerFor(const ActiveSession &session)
{
    auto user = m_services.users.findById(session.userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || (*user)->disabled)
        return fail(QString::fromLatin1(api::errc::unauthenticated), u"Missing or unknown session token."_s);
    return Caller {(*user)->info, session.tokenHash};
}

} // namespace regiekamer::server
