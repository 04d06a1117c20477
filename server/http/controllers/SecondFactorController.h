#pragma once

#include "auth/SecondFactors.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class RequestContext;
class SignInController;
class UserRepository;

// The second factor (docs/api.md "Second factor", resource `second_factor` of the rights matrix): the sign-in's second
// step (the challenge answered with a code or a recovery code: then the session), step-up (a code confirms sensitive
// actions for 15 minutes), enrolment of a TOTP authenticator with its ten recovery codes, new recovery codes, removal
// by the owner, and an administrator's reset of another account's lost factor. Every wrong code, lock and use is in
// the access log.
class SecondFactorController final : public Controller
{
public:
    SecondFactorController(SecondFactors &factors, SignInController &signIn, UserRepository &users,
                           ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse answerChallenge(RequestContext &context);
    QHttpServerResponse stepUp(RequestContext &context);
    QHttpServerResponse status(RequestContext &context);
    QHttpServerResponse enrol(RequestContext &context);
    QHttpServerResponse confirm(RequestContext &context);
    QHttpServerResponse recoveryCodes(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse reset(RequestContext &context);
    // The refusal of a code that was not accepted (wrong, replayed, locked), logged as such.
    QHttpServerResponse refused(RequestContext &context, qint64 userId, const SecondFactors::Check &check);
    Status requireOwn(RequestContext &context, rights::Action action);

    SecondFactors &m_factors;
    SignInController &m_signIn;
    UserRepository &m_users;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
