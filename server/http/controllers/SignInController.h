#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "protocol/Session.h"

#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <any>
#include <chrono>
#include <optional>

namespace regiekamer::server {

class AddressThrottle;
class LoginThrottle;
class PasswordCheckPool;
class PasswordHasher;
class RequestContext;
class DeviceRepository;
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
                                               const QString &accountKey, const std::optional<api::DeviceInfo> &device);
    // After the password check succeeded: the device's row (nullopt without a device), or "device_revoked".
    Result<std::optional<qint64>> signInDevice(RequestContext &context, qint64 userId,
                                               const std::optional<api::DeviceInfo> &device);
    QDateTime offlineUntil(const QDateTime &signedInAt) const;

    Services m_services;
};

} // namespace regiekamer::server
