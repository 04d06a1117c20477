#include "http/controllers/SelfServiceController.h"
#include "http/ChangeEvents.h"

#include "accounts/EmailChanges.h"
#include "accounts/SignUps.h"
#include "auth/Authenticator.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/NewPassword.h"
#include "http/controllers/SignInController.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/EventTypes.h"
#include "protocol/SelfService.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

RouteAudit selfServiceAudit(const char *action, const char *objectType)
{
    return {action, QString::fromLatin1(objectType), std::nullopt, {}};
}

QHttpServerResponse accepted(const QString &message)
{
    return http::json(QJsonObject {{"message"_L1, message}}, StatusCode::Accepted);
}

} // namespace

SelfServiceController::SelfServiceController(Services services)
    : m_services(services)
{
}

void SelfServiceController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = SelfServiceController;
    router.add(api::path::signUp, Method::Post, selfServiceAudit(act::signUp, "webinar"), this, &C::signUp,
               Access::Anyone);
    router.add(api::path::signUpConfirmation, Method::Post,
               Route {selfServiceAudit(act::signUp, "registration"), Access::Anyone,
                      [this](RequestContext &context) { return confirmSignUp(context); }, WhileLogBroken::Refused,
                      [this](const QHttpServerRequest &request) { return hashPassword(request); }});
    router.add(api::path::myEmailChange, Method::Post,
               Route {selfServiceAudit(act::emailChange, "account"), Access::Session,
                      [this](RequestContext &context) { return requestEmailChange(context); }, WhileLogBroken::Refused,
                      [this](const QHttpServerRequest &request) { return checkCallerPassword(request); }});
    router.add(api::path::emailChangeConfirmation, Method::Post, selfServiceAudit(act::emailChange, "account"), this,
               &C::confirmEmailChange, Access::Anyone);
    router.add(api::path::emailChangeReport, Method::Post, selfServiceAudit(act::emailChange, "account"), this,
               &C::reportEmailChange, Access::Anyone);
}

// 202 for every well-formed request to a webinar open for registration, before anything about the address is looked
// at (SignUps::process runs after this answer has gone).
QHttpServerResponse SelfServiceController::signUp(RequestContext &context)
{
    auto wanted = http::body<api::SignUpRequest>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    context.entry().reason = u"requested"_s;
    switch (m_services.signUps.request(*wanted, context.request().remoteAddress())) {
    case SignUps::Answer::Queued:
        context.entry().webinarId = wanted->webinarId;
        return accepted(u"A link to confirm the registration was sent to the address."_s);
    case SignUps::Answer::NotOpen:
        return http::fromError(notFound());
    case SignUps::Answer::BadAddress:
        return http::error(StatusCode::BadRequest, api::errc::badRequest, u"This is not an e-mail address."_s);
    case SignUps::Answer::TooMany:
        break;
    }
    return http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                       u"Too many registrations were asked for from your network; try again later."_s, 900);
}

QHttpServerResponse SelfServiceController::confirmSignUp(RequestContext &context)
{
    auto form = http::body<api::SignUpConfirmation>(context.request());
    if (!form)
        return http::fromError(form.error());
    context.entry().reason = u"confirmed"_s;
    auto confirmed = m_services.signUps.confirm(form->token, newPassword::take(context));
    if (!confirmed)
        return http::fromError(confirmed.error());
    context.entry().objectId = confirmed->registrationId;
    context.entry().webinarId = confirmed->webinarId;
    context.entry().subjectUserId = confirmed->userId;
    publishRows(context, api::event::registrationsChanged, confirmed->webinarId, api::ChangeKind::Created,
                {confirmed->registrationId});
    qCInfo(lcHttp, "Registration %lld confirmed by its link", static_cast<long long>(confirmed->registrationId));
    return http::json(confirmed->toJson(), StatusCode::Created);
}

QFuture<std::any> SelfServiceController::hashPassword(const QHttpServerRequest &request)
{
    auto form = http::bodyFromBytes<api::SignUpConfirmation>(request.body());
    QString password = form ? form->password : QString();
    return newPassword::prepare(m_services.passwords, form ? form->token : QString(), password);
}

QFuture<std::any> SelfServiceController::checkCallerPassword(const QHttpServerRequest &request)
{
    const QByteArrayView header = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization);
    auto wanted = http::bodyFromBytes<api::EmailChangeRequest>(request.body());
    return m_services.signIn.checkCallerPassword(
        m_services.authenticator.authenticate(http::bearerToken(header), false), wanted ? wanted->password : QString(),
        request.remoteAddress());
}

QHttpServerResponse SelfServiceController::requestEmailChange(RequestContext &context)
{
    auto wanted = http::body<api::EmailChangeRequest>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    const qint64 id = context.caller().id; // the caller's own account: the entry's subject, no object id
    context.entry().subjectUserId = id;
    context.entry().reason = u"requested"_s;
    auto confirmed = m_services.signIn.confirmation(context);
    if (!confirmed)
        return http::fromError(confirmed.error());
    if (*confirmed == SignInController::Confirmation::NotChecked)
        return http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                           u"Too many wrong passwords, or the server is busy; try again later."_s, 60);
    if (*confirmed == SignInController::Confirmation::WrongPassword)
        return http::error(StatusCode::Forbidden, api::errc::invalidCredentials, u"The password is not correct."_s);
    if (auto requested = m_services.emailChanges.request(id, wanted->email); !requested)
        return http::fromError(requested.error());
    return accepted(u"A link to confirm the change was sent to the new address; the old address was told."_s);
}

QHttpServerResponse SelfServiceController::confirmEmailChange(RequestContext &context)
{
    auto form = http::body<api::LinkToken>(context.request());
    if (!form)
        return http::fromError(form.error());
    context.entry().reason = u"confirmed"_s;
    auto confirmed = m_services.emailChanges.confirm(form->token);
    if (!confirmed)
        return http::fromError(confirmed.error());
    context.entry().objectId = *confirmed;
    context.entry().subjectUserId = *confirmed;
    return http::noContent();
}

QHttpServerResponse SelfServiceController::reportEmailChange(RequestContext &context)
{
    auto form = http::body<api::LinkToken>(context.request());
    if (!form)
        return http::fromError(form.error());
    context.entry().reason = u"reported by the old address"_s;
    auto reported = m_services.emailChanges.report(form->token);
    if (!reported)
        return http::fromError(reported.error());
    context.entry().objectId = reported->userId;
    context.entry().subjectUserId = reported->userId;
    for (const QString &tokenHash : reported->endedSessions)
        context.endSession(tokenHash);
    qCInfo(lcHttp, "E-mail change of user %lld reported; sessions ended", static_cast<long long>(reported->userId));
    return http::noContent();
}

} // namespace regiekamer::server
