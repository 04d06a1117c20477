#include "http/controllers/SignInController.h"

#include "auth/AddressThrottle.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordCheckPool.h"
#include "auth/PasswordHasher.h"
#include "auth/SecondFactors.h"
#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestAudit.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "storage/DeviceRepository.h"
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

// The sign-in's e-mail address as accounts are keyed, or empty when the request is out of range.
QString accountKeyOf(const api::LoginRequest &login)
{
    QString accountKey = UserRepository::normaliseEmail(login.email);
    if (accountKey.size() > 320 || login.password.size() > 1024)
        return {};
    return accountKey;
}

// What the per-account back-off counts under: the account from the client's network (AddressThrottle::networkOf),
// so that failures from elsewhere never lock the account's owner out (docs/security.md "Sign-in throttling").
QString throttleKeyOf(const QString &accountKey, const QHostAddress &client)
{
    return accountKey + u'\n' + AddressThrottle::networkOf(client);
}

QCA::SecureArray securePassword(QString &password)
{
    QByteArray utf8 = password.toUtf8();
    QCA::SecureArray secure(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    password.fill(u'\0');
    return secure;
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
    router.add(api::path::session, Method::Post,
               Route {RouteAudit::session(act::login), Access::Anyone,
                      [this](RequestContext &context) { return signIn(context); }, WhileLogBroken::Served,
                      [this](const QHttpServerRequest &request) {
                          auto login = http::body<api::LoginRequest>(request);
                          return checkPassword(login ? std::move(*login) : api::LoginRequest {},
                                               request.remoteAddress());
                      }});
    router.add(api::path::session, Method::Delete, RouteAudit::session(act::logout), this, &SignInController::signOut,
               Access::Session, WhileLogBroken::Served);
    // Reads the caller's own name and e-mail address: logged like every read of personal data, and refused while the
    // access log fails verification (docs/security.md "Access log").
    router.add(api::path::me, Method::Get, RouteAudit::session(act::read), this, &SignInController::me);
}

// Off the event loop and before any transaction: the account's stored hash is read here, the password checked
// against it on the pool. Throttled or malformed attempts are not checked at all; the handler answers them.
QFuture<std::any> SignInController::checkPassword(api::LoginRequest login, const QHostAddress &client)
{
    const auto ready = [](PasswordCheck check) { return QtFuture::makeReadyValueFuture(std::any(std::move(check))); };
    const QString accountKey = accountKeyOf(login);
    if (accountKey.isEmpty() || m_services.addresses.lockedFor(client))
        return ready({});
    if (auto locked = m_services.throttle.lockedFor(throttleKeyOf(accountKey, client)); !locked || *locked)
        return ready({});
    auto user = m_services.users.findByEmail(accountKey);
    if (!user)
        return ready({});
    // Unknown accounts, and invited ones without a password yet, are checked against a dummy hash, so every case
    // takes the same time.
    QString storedHash = *user && !(*user)->invited ? (*user)->passwordHash : m_services.hasher.dummyHash();
    auto checked = m_services.checks.verify(securePassword(login.password), storedHash);
    if (!checked)
        return ready({PasswordCheck::Outcome::Busy, {}, false});
    return checked->then([storedHash = std::move(storedHash)](bool matches) {
        return std::any(PasswordCheck {PasswordCheck::Outcome::Checked, storedHash, matches});
    });
}

QHttpServerResponse SignInController::signIn(RequestContext &context)
{
    auto credentials = http::body<api::LoginRequest>(context.request());
    if (!credentials)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, credentials.error().message);
    Attempt attempted = attempt(context, std::move(*credentials));
    if (attempted.grant)
        return http::json(attempted.grant->toJson());
    if (attempted.challenge)
        return http::json(attempted.challenge->toJson());
    if (attempted.status == StatusCode::InternalServerError)
        return http::fromError(attempted.error);
    return http::error(attempted.status, attempted.error.code.toLatin1().constData(), attempted.error.message,
                       attempted.retryAfterSeconds);
}

SignInController::Attempt SignInController::attempt(RequestContext &context, api::LoginRequest credentials)
{
    const QString accountKey = accountKeyOf(credentials);
    credentials.password.fill(u'\0');
    if (accountKey.isEmpty())
        return {std::nullopt, std::nullopt,
                Error {QString::fromLatin1(api::errc::badRequest), u"E-mail or password out of range."_s},
                StatusCode::BadRequest};
    if (auto refusal = throttled(context, accountKey))
        return std::move(*refusal);
    const PasswordCheck *check = context.prepared<PasswordCheck>();
    if (!check || check->outcome != PasswordCheck::Outcome::Checked) {
        return {std::nullopt, std::nullopt,
                Error {QString::fromLatin1(api::errc::serverBusy),
                       u"The server is checking too many sign-ins at once; try again in a moment."_s},
                StatusCode::ServiceUnavailable, 1};
    }
    auto checked = checkCredentials(context, *check, accountKey, credentials.device);
    if (!checked)
        return {std::nullopt, std::nullopt, checked.error(), http::statusFor(checked.error().code)};
    return std::move(*checked);
}

// 429 while the client address or the account is throttled, recorded as a denied lockout.
std::optional<SignInController::Attempt> SignInController::throttled(RequestContext &context, const QString &accountKey)
{
    std::optional<qint64> wait = m_services.addresses.lockedFor(context.request().remoteAddress());
    if (!wait) {
        auto locked = m_services.throttle.lockedFor(throttleKeyOf(accountKey, context.request().remoteAddress()));
        if (!locked)
            return Attempt {std::nullopt, std::nullopt, locked.error(), StatusCode::InternalServerError};
        wait = *locked;
    }
    if (!wait)
        return std::nullopt;
    context.entry().action = QString::fromLatin1(api::auditAction::lockout);
    context.countRefusalAsDenied();
    if (auto user = m_services.users.findByEmail(accountKey); user && *user)
        context.actAs((*user)->info);
    return Attempt {std::nullopt, std::nullopt,
                    Error {QString::fromLatin1(api::errc::tooManyAttempts),
                           u"Too many failed sign-in attempts; try again later."_s},
                    StatusCode::TooManyRequests, *wait};
}

Result<SignInController::Attempt> SignInController::checkCredentials(RequestContext &context,
                                                                     const PasswordCheck &check,
                                                                     const QString &accountKey,
                                                                     const std::optional<api::DeviceInfo> &device)
{
    auto user = m_services.users.findByEmail(accountKey);
    if (!user)
        return std::unexpected(user.error());
    // The check holds only for the hash it was made against (a password changed meanwhile voids it).
    const QString &storedHash = *user && !(*user)->invited ? (*user)->passwordHash : m_services.hasher.dummyHash();
    const bool passwordOk = check.matches && check.storedHash == storedHash;
    if (*user)
        context.actAs((*user)->info);
    if (!*user || !passwordOk || (*user)->disabled || (*user)->invited) {
        context.entry().action = QString::fromLatin1(api::auditAction::loginFailed);
        m_services.addresses.recordFailure(context.request().remoteAddress());
        auto recorded = m_services.throttle.recordFailure(throttleKeyOf(accountKey, context.request().remoteAddress()));
        if (!recorded)
            return std::unexpected(recorded.error());
        if (*user)
            qCInfo(lcHttp, "Login failed for user %lld", static_cast<long long>((*user)->info.id));
        else
            qCInfo(lcHttp, "Login failed for an unknown account");
        return invalidCredentials();
    }
    if (auto reset = m_services.throttle.recordSuccess(throttleKeyOf(accountKey, context.request().remoteAddress()));
        !reset)
        return std::unexpected(reset.error());
    // Only now, with the password right, is anything about the account's devices looked at or told.
    auto deviceId = signInDevice(context, (*user)->info.id, device);
    if (!deviceId)
        return std::unexpected(deviceId.error());
    if (m_services.factors) {
        auto active = m_services.factors->isActive((*user)->info.id);
        if (!active)
            return std::unexpected(active.error());
        if (*active) {
            auto challenge = m_services.factors->createChallenge((*user)->info.id, *deviceId);
            if (!challenge)
                return std::unexpected(challenge.error());
            context.entry().action = QString::fromLatin1(api::auditAction::secondFactorChallenge);
            qCInfo(lcHttp, "Password right for user %lld; the second factor is asked for",
                   static_cast<long long>((*user)->info.id));
            return Attempt {std::nullopt, std::move(*challenge), Error {}, StatusCode::Ok};
        }
    }
    auto grant = grantSession((*user)->info, *deviceId);
    if (!grant)
        return std::unexpected(grant.error());
    return Attempt {std::move(*grant), std::nullopt, Error {}, StatusCode::Ok};
}

Result<api::SessionGrant> SignInController::grantSession(const api::UserInfo &user, std::optional<qint64> deviceId)
{
    const QDateTime signedInAt = QDateTime::currentDateTimeUtc();
    auto session = m_services.sessions.create(user.id, deviceId);
    if (!session)
        return std::unexpected(session.error());
    qCInfo(lcHttp, "Login succeeded for user %lld (%s)", static_cast<long long>(user.id),
           qUtf8Printable(roleToWire(user.role)));
    api::SessionGrant grant {
        session->token, session->expiresAt,       static_cast<qint64>(m_services.sessions.policy().idle.count()),
        user,           offlineUntil(signedInAt), {}};
    if (m_services.factors && m_services.factors->policy().covers(user.role)) {
        auto active = m_services.factors->isActive(user.id);
        if (!active)
            return std::unexpected(active.error());
        if (!*active)
            grant.secondFactor = QString::fromLatin1(api::secondFactor::enrolmentRequired);
    }
    return grant;
}

Result<std::optional<qint64>> SignInController::signInDevice(RequestContext &context, qint64 userId,
                                                             const std::optional<api::DeviceInfo> &device)
{
    if (!device)
        return std::optional<qint64>();
    auto id = m_services.devices.signIn(userId, *device);
    if (!id) {
        // Logged like a failed sign-in (denied, reason device_revoked), though the password was right: it is not
        // counted against the throttle.
        if (id.error().code == QLatin1StringView(api::errc::deviceRevoked)) {
            context.entry().action = QString::fromLatin1(api::auditAction::loginFailed);
            qCInfo(lcHttp, "Login refused for user %lld: the device was revoked", static_cast<long long>(userId));
        }
        return std::unexpected(id.error());
    }
    return std::optional<qint64>(*id);
}

QDateTime SignInController::offlineUntil(const QDateTime &signedInAt) const
{
    const auto days = m_services.offlineLease.count();
    return days > 0 ? signedInAt.addDays(days) : QDateTime();
}

QHttpServerResponse SignInController::signOut(RequestContext &context)
{
    return http::respondStatus(endSession(context, bearerTokenOf(context.request())));
}

Status SignInController::recordWrongPassword(const QString &email, const QHostAddress &client)
{
    m_services.addresses.recordFailure(client);
    auto recorded = m_services.throttle.recordFailure(throttleKeyOf(UserRepository::normaliseEmail(email), client));
    return recorded ? Status() : Status(std::unexpected(recorded.error()));
}

QFuture<std::any> SignInController::checkCallerPassword(const Result<Caller> &caller, const QString &password,
                                                        const QHostAddress &client)
{
    api::LoginRequest login;
    if (caller)
        login = {caller->user.email, password, std::nullopt};
    return checkPassword(std::move(login), client);
}

Result<SignInController::Confirmation> SignInController::confirmation(RequestContext &context)
{
    auto user = m_services.users.findById(context.caller().id);
    if (!user || !*user)
        return std::unexpected(user ? notFound() : user.error());
    const QString &storedHash = (*user)->passwordHash;
    const auto *check = context.prepared<PasswordCheck>();
    if (!check || check->outcome != PasswordCheck::Outcome::Checked) {
        context.countRefusalAsDenied(); // throttled (or the server busy): the password was not even checked
        return Confirmation::NotChecked;
    }
    if (check->matches && check->storedHash == storedHash)
        return Confirmation::Confirmed;
    context.countRefusalAsDenied();
    if (auto counted = recordWrongPassword((*user)->info.email, context.request().remoteAddress()); !counted)
        return std::unexpected(counted.error());
    return Confirmation::WrongPassword;
}

Status SignInController::revokeSession(const QString &token)
{
    return m_services.sessions.revoke(token);
}

Status SignInController::endSession(RequestContext &context, const QString &token)
{
    if (auto revoked = m_services.sessions.revoke(token); !revoked)
        return revoked;
    context.endSession(context.sessionTokenHash());
    return {};
}

QHttpServerResponse SignInController::me(RequestContext &context)
{
    api::AuditEntry &entry = context.entry();
    entry.subjectUserId = context.caller().id;
    entry.fields = requestAudit::fieldNames({rights::FieldClass::Identity, rights::FieldClass::Contact});
    return http::json(context.caller().toJson());
}

} // namespace regiekamer::server
