#include "http/controllers/SignInController.h"

#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestAudit.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "storage/UserRepository.h"

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

QString bearerTokenOf(const QHttpServerRequest &request)
{
    return http::bearerToken(request.headers().value(QHttpHeaders::WellKnownHeader::Authorization));
}

} // namespace

SignInController::SignInController(Services services)
    : m_services(services)
{
}

void SignInController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    router.add(api::path::session, Method::Post, RouteAudit::session(act::login), this, &SignInController::signIn,
               Access::Anyone, WhileLogBroken::Served);
    router.add(api::path::session, Method::Delete, RouteAudit::session(act::logout), this, &SignInController::signOut,
               Access::Session, WhileLogBroken::Served);
    // Reads the caller's own name and e-mail address: logged like every read of personal data, and refused while the
    // access log fails verification (docs/security.md "Access log").
    router.add(api::path::me, Method::Get, RouteAudit::session(act::read), this, &SignInController::me);
}

QHttpServerResponse SignInController::signIn(RequestContext &context)
{
    auto credentials = http::body<api::LoginRequest>(context.request());
    if (!credentials)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, credentials.error().message);
    const QString accountKey = UserRepository::normaliseEmail(credentials->email);
    if (accountKey.isEmpty() || accountKey.size() > 320 || credentials->password.size() > 1024)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, u"E-mail or password out of range."_s);
    auto locked = m_services.throttle.lockedFor(accountKey);
    if (!locked)
        return http::fromError(locked.error());
    if (*locked) {
        context.entry().action = QString::fromLatin1(api::auditAction::lockout);
        context.countRefusalAsDenied();
        if (auto user = m_services.users.findByEmail(accountKey); user && *user)
            context.actAs((*user)->info);
        return http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                           u"Too many failed sign-in attempts; try again later."_s, **locked);
    }
    auto grant = checkCredentials(context, *credentials, accountKey);
    credentials->password.fill(u'\0');
    if (!grant)
        return http::fromError(grant.error());
    return http::json(grant->toJson());
}

Result<api::SessionGrant> SignInController::checkCredentials(RequestContext &context, const api::LoginRequest &login,
                                                             const QString &accountKey)
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
        context.actAs((*user)->info);
    if (!*user || !passwordOk || (*user)->disabled) {
        context.entry().action = QString::fromLatin1(api::auditAction::loginFailed);
        auto recorded = m_services.throttle.recordFailure(accountKey);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (*user)
            qCInfo(lcHttp, "Login failed for user %lld", static_cast<long long>((*user)->info.id));
        else
            qCInfo(lcHttp, "Login failed for an unknown account");
        return invalidCredentials();
    }
    if (auto reset = m_services.throttle.recordSuccess(accountKey); !reset)
        return std::unexpected(reset.error());
    auto session = m_services.sessions.create((*user)->info.id);
    if (!session)
        return std::unexpected(session.error());
    qCInfo(lcHttp, "Login succeeded for user %lld (%s)", static_cast<long long>((*user)->info.id),
           qUtf8Printable(roleToWire((*user)->info.role)));
    return api::SessionGrant {session->token, session->expiresAt,
                              static_cast<qint64>(m_services.sessions.policy().idle.count()), (*user)->info};
}

QHttpServerResponse SignInController::signOut(RequestContext &context)
{
    if (auto revoked = m_services.sessions.revoke(bearerTokenOf(context.request())); !revoked)
        return http::fromError(revoked.error());
    context.endSession(context.sessionTokenHash());
    return http::noContent();
}

QHttpServerResponse SignInController::me(RequestContext &context)
{
    api::AuditEntry &entry = context.entry();
    entry.subjectUserId = context.caller().id;
    entry.fields = requestAudit::fieldNames({rights::FieldClass::Identity, rights::FieldClass::Contact});
    return http::json(context.caller().toJson());
}

} // namespace regiekamer::server
