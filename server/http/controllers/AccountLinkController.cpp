#include "http/controllers/AccountLinkController.h"

#include "accounts/Invitations.h"
#include "accounts/PasswordResets.h"
#include "base/ApiError.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/NewPassword.h"
#include "protocol/AccountLinks.h"
#include "protocol/ApiPaths.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

RouteAudit accountAudit(const char *action)
{
    return {action, u"account"_s, std::nullopt, {}};
}

} // namespace

AccountLinkController::AccountLinkController(PasswordResets &resets, Invitations &invitations,
                                             PasswordCheckPool &passwords)
    : m_resets(resets)
    , m_invitations(invitations)
    , m_passwords(passwords)
{
}

QFuture<std::any> AccountLinkController::hashPassword(const QHttpServerRequest &request)
{
    auto form = http::bodyFromBytes<api::LinkCompletion>(request.body());
    QString password = form ? form->password : QString();
    return newPassword::prepare(m_passwords, form ? form->token : QString(), password);
}

void AccountLinkController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = AccountLinkController;
    router.add(api::path::passwordReset, Method::Post, accountAudit(act::passwordReset), this, &C::requestReset,
               Access::Anyone);
    const auto withHashedPassword = [&router, this](const char *path, const char *action,
                                                    QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(path, Method::Post,
                   Route {accountAudit(action), Access::Anyone,
                          [this, handler](RequestContext &context) { return (this->*handler)(context); },
                          WhileLogBroken::Refused,
                          [this](const QHttpServerRequest &request) { return hashPassword(request); }});
    };
    withHashedPassword(api::path::passwordResetComplete, act::passwordReset, &C::completeReset);
    withHashedPassword(api::path::invitationAcceptance, act::invite, &C::acceptInvitation);
}

// 202 for every well-formed request, before anything about the address is looked at (PasswordResets::process runs
// after this answer has gone); 429 when the client's network asked too often.
QHttpServerResponse AccountLinkController::requestReset(RequestContext &context)
{
    auto wanted = http::body<api::PasswordResetRequest>(context.request());
    if (!wanted)
        return http::fromError(wanted.error());
    context.entry().reason = u"requested"_s;
    if (!m_resets.request(wanted->email, context.request().remoteAddress())) {
        return http::error(StatusCode::TooManyRequests, api::errc::tooManyAttempts,
                           u"Too many password resets were asked for from your network; try again later."_s, 900);
    }
    return http::json(QJsonObject {{"message"_L1, u"If the address has an account, a link was sent to it."_s}},
                      StatusCode::Accepted);
}

QHttpServerResponse AccountLinkController::completeReset(RequestContext &context)
{
    auto form = http::body<api::LinkCompletion>(context.request());
    if (!form)
        return http::fromError(form.error());
    context.entry().reason = u"new password"_s;
    auto completed = m_resets.complete(form->token, newPassword::take(context));
    if (!completed)
        return http::fromError(completed.error());
    context.entry().objectId = completed->userId;
    context.entry().subjectUserId = completed->userId;
    for (const QString &tokenHash : completed->endedSessions)
        context.endSession(tokenHash);
    qCInfo(lcHttp, "Password of user %lld chosen through a reset link", static_cast<long long>(completed->userId));
    return http::noContent();
}

QHttpServerResponse AccountLinkController::acceptInvitation(RequestContext &context)
{
    auto form = http::body<api::LinkCompletion>(context.request());
    if (!form)
        return http::fromError(form.error());
    context.entry().reason = u"accepted"_s;
    auto accepted = m_invitations.accept(form->token, newPassword::take(context));
    if (!accepted)
        return http::fromError(accepted.error());
    context.entry().objectId = *accepted;
    context.entry().subjectUserId = *accepted;
    qCInfo(lcHttp, "Invitation of user %lld accepted", static_cast<long long>(*accepted));
    return http::noContent();
}

} // namespace regiekamer::server
