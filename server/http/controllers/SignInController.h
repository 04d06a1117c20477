#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "protocol/Session.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace regiekamer::server {

class LoginThrottle;
class PasswordHasher;
class RequestContext;
class SessionStore;
class UserRepository;

// The caller's session (/api/v1/session, /api/v1/me): signing in with e-mail and password (Argon2id, throttled per
// account), signing out, and who the session belongs to.
class SignInController final : public Controller
{
public:
    struct Services
    {
        UserRepository &users;
        SessionStore &sessions;
        LoginThrottle &throttle;
        const PasswordHasher &hasher;
    };

    explicit SignInController(Services services);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse signIn(RequestContext &context);
    QHttpServerResponse signOut(RequestContext &context);
    QHttpServerResponse me(RequestContext &context);
    Result<api::SessionGrant> checkCredentials(RequestContext &context, const api::LoginRequest &login,
                                               const QString &accountKey);

    Services m_services;
};

} // namespace regiekamer::server
