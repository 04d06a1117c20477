#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "protocol/Session.h"

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <any>
#include <optional>

namespace regiekamer::server {

class AddressThrottle;
class LoginThrottle;
class PasswordCheckPool;
class PasswordHasher;
class RequestContext;
class SessionStore;
class UserRepository;

// The caller's session (/api/v1/session, /api/v1/me): signing in with e-mail and password (Argon2id on a worker
// pool, throttled per account, per client address and in total), signing out, and who the session belongs to.
class SignInController final : public Controller
{
public:
    struct Services
    {
        UserRepository &users;
        SessionStore &sessions;
        LoginThrottle &throttle;
        const PasswordHasher &hasher;
        PasswordCheckPool &checks;
        AddressThrottle &addresses;
    };

    // What a sign-in's password check found before its request entered the pipeline (Route::Prepare).
    struct PasswordCheck
    {
        enum class Outcome { NotChecked, Checked, Busy };
        Outcome outcome = Outcome::NotChecked;
        QString storedHash; // what the password was checked against
        bool matches = false;
    };

    explicit SignInController(Services services);
    void addRoutes(Router &router) override;

private:
    QFuture<std::any> checkPassword(const QHttpServerRequest &request);
    QHttpServerResponse signIn(RequestContext &context);
    std::optional<QHttpServerResponse> throttled(RequestContext &context, const QString &accountKey);
    QHttpServerResponse signOut(RequestContext &context);
    QHttpServerResponse me(RequestContext &context);
    Result<api::SessionGrant> checkCredentials(RequestContext &context, const PasswordCheck &check,
                                               const QString &accountKey);

    Services m_services;
};

} // namespace regiekamer::server
