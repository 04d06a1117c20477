#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

// A session: who signs in, the token they get, and who the caller is (/api/v1/session, /api/v1/me).
namespace regiekamer::api {

struct UserInfo
{
    qint64 id = 0;
    QString email;
    QString displayName;
    Role role = Role::Viewer;
    qint64 organisationId = 0; // 0: not tied to a client organisation
    QString organisationName;

    QJsonObject toJson() const;
    static Result<UserInfo> fromJson(const QJsonObject &object);
};

// The computer a desktop app signs in from (docs/security.md "Devices"): a random id the app keeps for itself and
// a label for the account's device list. The id is 32 lower-case hex digits (16 random bytes); the label is at most
// maximumLabelLength characters without control characters. Sign-ins without a device (API clients) are allowed.
struct DeviceInfo
{
    static constexpr int idLength = 32;
    static constexpr int maximumLabelLength = 100;

    QString id;
    QString label;

    QJsonObject toJson() const;
    static Result<DeviceInfo> fromJson(const QJsonObject &object);
};

struct LoginRequest
{
    QString email;
    QString password;
    std::optional<DeviceInfo> device; // "device" in the body; absent for API clients

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonObject &object);
};

struct SessionGrant
{
    QString token;
    QDateTime expiresAt;
    qint64 idleTimeoutSeconds = 0;
    UserInfo user;
    // Until when the app may open its offline copy without reaching the server (the server's lease policy,
    // "offlineUntil" on the wire, null when offline copies are not allowed: the app then deletes its copy).
    QDateTime offlineUntil;
    // "enrolment_required": the session is limited to enrolling a second factor (the policy covers the account's
    // role and it has none yet); empty otherwise, and then absent on the wire.
    QString secondFactor;

    QJsonObject toJson() const;
    static Result<SessionGrant> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
