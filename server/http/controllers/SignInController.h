#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <any>
#include <chrono>
#include <optional>

namespace regiekamer::server {

class AddressThrottle;
struct Caller;
class LoginThrottle;
class PasswordCheckPool;
class PasswordHasher;
class RequestContext;
class DeviceRepository;
class SecondFactors;
class SessionStore;
class UserRepository;

// The caller's session (/api/v1/session, /api/v1/me): signing in with e-mail and password (Argon2id on a worker
// pool, throttled per account, per client address and in total) from a device that was not revoked, signing out, and
// who the session belongs to. A sign-in grants an offline lease: the app may open its offline copy until
// offlineUntil without reaching the server (docs/security.md "Devices").
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
        DeviceRepository &devices;
        // How long after a sign-in the app may keep using its offline copy; 0: offline copies are not allowed.
        std::chrono::days offlineLease {7};
        // The second factor's policy and state; nullptr: sign-ins never ask for one.
        SecondFactors *factors = nullptr;
    };

    // What a sign-in's password check found before its request entered the pipeline (Route::Prepare).
    struct PasswordCheck
    {
        enum class Outcome { NotChecked, Checked, Busy };
        Outcome outcome = Outcome::NotChecked;
        QString storedHash; // what the password was checked against
        bool matches = false;
    };

    // One sign-in attempt's outcome, whichever way it came (the API's JSON body, a web page's form): the session
    // granted, or the error with the status and Retry-After it is answered with.
    struct Attempt
    {
        std::optional<api::SessionGrant> grant;
        // The password was right and the account has a second factor: no session yet (docs/api.md "Second factor").
        std::optional<api::SecondFactorChallenge> challenge;
        Error error;
        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
        qint64 retryAfterSeconds = 0;
    };

    explicit SignInController(Services services);
    void addRoutes(Router &router) override;

    // A Route::Prepare step: checks the password off the event loop (PasswordCheck), unless throttled or malformed.
    QFuture<std::any> checkPassword(api::LoginRequest login, const QHostAddress &client);
    // Inside the request's pipeline, with the PasswordCheck prepared by checkPassword(): throttling, the account's
    // state, the session. Logged as the API's sign-in is (login, login_failed, lockout).
    Attempt attempt(RequestContext &context, api::LoginRequest credentials);
    // A password typed to confirm an action (deleting an account) that was wrong: counted as a failed sign-in of
    // that account from that client, so the same throttles stop guessing through the confirmation.
    Status recordWrongPassword(const QString &email, const QHostAddress &client);

    // An action the signed-in caller confirms with the account's password (deleting the account, changing its
    // address). checkCallerPassword() is the Route::Prepare step (nothing is checked without a caller);
    // confirmation() reads its outcome inside the pipeline and counts a wrong password as a failed sign-in.
    enum class Confirmation { Confirmed, NotChecked, WrongPassword };
    QFuture<std::any> checkCallerPassword(const Result<Caller> &caller, const QString &password,
                                          const QHostAddress &client);
    // Against the signed-in caller's account as stored now; "not_found" when it is gone.
    Result<Confirmation> confirmation(RequestContext &context);
    // A new session for an account whose sign-in is complete (the password, and the second factor when it has one);
    // limited to enrolment when the policy wants a factor the account lacks.
    Result<api::SessionGrant> grantSession(const api::UserInfo &user, std::optional<qint64> deviceId);
    // Ends a session just granted that the way in cannot use (a web page for an account with a second factor).
    Status revokeSession(const QString &token);
    // Ends the session of `token` (the caller's own) once the request has committed.
    Status endSession(RequestContext &context, const QString &token);

private:
    QHttpServerResponse signIn(RequestContext &context);
    std::optional<Attempt> throttled(RequestContext &context, const QString &accountKey);
    QHttpServerResponse signOut(RequestContext &context);
    QHttpServerResponse me(RequestContext &context);
    Result<Attempt> checkCredentials(RequestContext &context, const PasswordCheck &check, const QString &accountKey,
                                     const std::optional<api::DeviceInfo> &device);
    // After the password check succeeded: the device's row (nullopt without a device), or "device_revoked".
    Result<std::optional<qint64>> signInDevice(RequestContext &context, qint64 userId,
                                               const std::optional<api::DeviceInfo> &device);
    QDateTime offlineUntil(const QDateTime &signedInAt) const;

    Services m_services;
};

} // namespace regiekamer::server
