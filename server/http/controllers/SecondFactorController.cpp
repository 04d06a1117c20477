#include "http/controllers/SecondFactorController.h"

#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "http/HttpLogging.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/SignInController.h"
#include "protocol/ApiPaths.h"
#include "storage/UserRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;
using Outcome = SecondFactors::Outcome;

namespace {

RouteAudit ownAudit(const char *action)
{
    return RouteAudit::of(action, Resource::SecondFactor);
}

} // namespace

SecondFactorController::SecondFactorController(SecondFactors &factors, SignInController &signIn, UserRepository &users,
                                               ScopedAccess access)
    : m_factors(factors)
    , m_signIn(signIn)
    , m_users(users)
    , m_access(access)
{
}

void SecondFactorController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = SecondFactorController;
    router.add(api::path::sessionSecondFactor, Method::Post,
               Route {RouteAudit::session(act::login),
                      Access::Anyone,
                      [this](RequestContext &context) { return answerChallenge(context); },
                      WhileLogBroken::Served,
                      {}});
    router.add(api::path::sessionStepUp, Method::Post, RouteAudit::session(act::stepUp), this, &C::stepUp);
    router.add(api::path::mySecondFactor, Method::Get, ownAudit(act::read), this, &C::status);
    router.add(api::path::mySecondFactorTotp, Method::Post, ownAudit(act::secondFactorEnrol), this, &C::enrol);
    router.add(api::path::mySecondFactorTotpConfirm, Method::Post, ownAudit(act::secondFactorEnrol), this, &C::confirm);
    router.add(api::path::mySecondFactorRecoveryCodes, Method::Post, ownAudit(act::secondFactorEnrol), this,
               &C::recoveryCodes);
    router.add(api::path::mySecondFactor, Method::Delete, ownAudit(act::secondFactorReset), this, &C::remove);
    router.add(api::path::staffSecondFactorReset, Method::Post,
               RouteAudit::ofAccount(act::secondFactorReset, Resource::SecondFactor), this, &C::reset);
}

QHttpServerResponse SecondFactorController::refused(RequestContext &context, qint64 userId,
                                                    const SecondFactors::Check &check)
{
    namespace act = api::auditAction;
    context.countRefusalAsDenied();
    switch (check.outcome) {
    case Outcome::Locked:
    case Outcome::NewlyLocked:
        context.entry().action = QString::fromLatin1(act::lockout);
        if (check.outcome == Outcome::NewlyLocked)
            qCWarning(lcHttp, "Second factor of user %lld locked after repeated wrong codes",
                      static_cast<long long>(userId));
        return http::error(StatusCode::TooManyRequests, api::errc::secondFactorLocked,
                           u"Too many wrong codes: the second factor is locked; try again later."_s,
                           check.retryAfterSeconds);
    case Outcome::CounterNotIncreased:
        context.entry().action = QString::fromLatin1(act::securityKeyCounter);
        qCWarning(lcHttp, "A security key of user %lld answered with a counter that did not grow: a possible clone",
                  static_cast<long long>(userId));
        return http::error(StatusCode::Unauthorized, api::errc::securityKeyCounter,
                           u"The security key's counter did not grow, as a copied key's would not: refused."_s);
    case Outcome::Reused:
        context.entry().action = QString::fromLatin1(act::secondFactorFailed);
        qCInfo(lcHttp, "A used code was given again for user %lld", static_cast<long long>(userId));
        return http::error(StatusCode::Unauthorized, api::errc::codeReused,
                           u"This code was already used; wait for the next one."_s);
    case Outcome::Wrong:
    case Outcome::Accepted:
        break;
    }
    context.entry().action = QString::fromLatin1(act::secondFactorFailed);
    qCInfo(lcHttp, "Wrong second-factor code for user %lld", static_cast<long long>(userId));
    return http::error(StatusCode::Unauthorized, api::errc::secondFactorWrong, u"The code is not correct."_s);
}

// The sign-in's second step: the challenge names the account; the session comes only with a right code.
QHttpServerResponse SecondFactorController::answerChallenge(RequestContext &context)
{
    auto answer = http::body<api::SecondFactorAnswer>(context.request());
    if (!answer)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, answer.error().message);
    auto owner = m_factors.findChallenge(answer->challenge);
    if (!owner) {
        context.countRefusalAsDenied();
        return http::fromError(owner.error());
    }
    auto user = m_users.findById(owner->userId);
    if (!user)
        return http::fromError(user.error());
    if (!*user || (*user)->disabled) {
        context.countRefusalAsDenied();
        return http::error(StatusCode::Unauthorized, api::errc::challengeInvalid, u"Sign in again."_s);
    }
    context.actAs((*user)->info);
    auto checked = m_factors.check(owner->userId, *answer);
    if (!checked)
        return http::fromError(checked.error());
    if (checked->outcome != Outcome::Accepted)
        return refused(context, owner->userId, *checked);
    if (auto consumed = m_factors.consumeChallenge(answer->challenge); !consumed)
        return http::fromError(consumed.error());
    auto grant = m_signIn.grantSession((*user)->info, owner->deviceId);
    if (!grant)
        return http::fromError(grant.error());
    // The code just typed confirms sensitive actions for a while, like a step-up.
    if (auto stepped = m_factors.stepUp(SessionStore::hashToken(grant->token)); !stepped)
        return http::fromError(stepped.error());
    return http::json(grant->toJson());
}

QHttpServerResponse SecondFactorController::stepUp(RequestContext &context)
{
    auto answer = http::body<api::SecondFactorAnswer>(context.request());
    if (!answer)
        return http::error(StatusCode::BadRequest, api::errc::badRequest, answer.error().message);
    const qint64 userId = context.caller().id;
    // A key signs the step-up's own challenge (POST /api/v1/session/step-up/challenge), used up here.
    if (!answer->securityKey.isEmpty()) {
        if (auto taken = m_factors.securityKeys().takeChallenge(answer->challenge, userId, context.sessionTokenHash(),
                                                                api::securityKey::stepUp);
            !taken)
            return http::fromError(taken.error());
    }
    auto checked = m_factors.check(userId, *answer, api::securityKey::stepUp);
    if (!checked)
        return http::fromError(checked.error());
    if (checked->outcome != Outcome::Accepted)
        return refused(context, userId, *checked);
    auto until = m_factors.stepUp(context.sessionTokenHash());
    if (!until)
        return http::fromError(until.error());
    return http::json({{"stepUpUntil"_L1, json::toWire(*until)}});
}

Status SecondFactorController::requireOwn(RequestContext &context, Action action)
{
    return m_access.require(context, Resource::SecondFactor, action, ObjectScope {0, 0, context.caller().id});
}

QHttpServerResponse SecondFactorController::status(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto state = m_factors.status(context.caller().id, context.sessionTokenHash());
    return state ? http::json(state->toJson()) : http::fromError(state.error());
}

QHttpServerResponse SecondFactorController::enrol(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto enrolment = m_factors.beginEnrolment(context.caller().id, context.caller().email);
    return enrolment ? http::json(enrolment->toJson()) : http::fromError(enrolment.error());
}

QHttpServerResponse SecondFactorController::confirm(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Create); !allowed)
        return http::fromError(allowed.error());
    const auto answer = http::body<api::SecondFactorAnswer>(context.request());
    if (!answer || answer->code.isEmpty())
        return http::error(StatusCode::BadRequest, api::errc::badRequest, u"Give the first code as \"code\"."_s);
    const qint64 userId = context.caller().id;
    auto checked = m_factors.confirmEnrolment(userId, answer->code);
    if (!checked)
        return http::fromError(checked.error());
    if (checked->outcome != Outcome::Accepted)
        return refused(context, userId, *checked);
    auto codes = m_factors.newRecoveryCodes(userId);
    if (!codes)
        return http::fromError(codes.error());
    if (auto stepped = m_factors.stepUp(context.sessionTokenHash()); !stepped)
        return http::fromError(stepped.error());
    qCInfo(lcHttp, "Second factor of user %lld enrolled", static_cast<long long>(userId));
    return http::json(codes->toJson());
}

QHttpServerResponse SecondFactorController::recoveryCodes(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto codes = m_factors.newRecoveryCodes(context.caller().id);
    return codes ? http::json(codes->toJson()) : http::fromError(codes.error());
}

QHttpServerResponse SecondFactorController::remove(RequestContext &context)
{
    if (auto allowed = requireOwn(context, Action::Delete); !allowed)
        return http::fromError(allowed.error());
    auto removed = m_factors.remove(context.caller().id);
    if (!removed)
        return http::fromError(removed.error());
    if (!*removed)
        return http::error(StatusCode::Conflict, api::errc::noSecondFactor, u"No second factor is set up."_s);
    qCInfo(lcHttp, "Second factor of user %lld removed by its owner", static_cast<long long>(context.caller().id));
    return http::noContent();
}

// Another account's lost factor: it enrols again at its next request (where the policy covers its role).
QHttpServerResponse SecondFactorController::reset(RequestContext &context)
{
    if (auto allowed =
            m_access.require(context, Resource::SecondFactor, Action::Update, ObjectScope {0, 0, context.id()});
        !allowed)
        return http::fromError(allowed.error());
    auto user = m_users.findById(context.id());
    if (!user)
        return http::fromError(user.error());
    if (!*user)
        return http::fromError(notFound());
    auto removed = m_factors.remove(context.id());
    if (!removed)
        return http::fromError(removed.error());
    qCInfo(lcHttp, "Second factor of user %lld reset by user %lld (%s)", static_cast<long long>(context.id()),
           static_cast<long long>(context.caller().id), *removed ? "removed" : "there was none");
    return http::noContent();
}

} // namespace regiekamer::server
