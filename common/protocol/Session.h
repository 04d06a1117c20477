#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"

#include <QDateTime>
#include <QJsonObject>

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

struct LoginRequest
{
    QString email;
    QString password;

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonObject &object);
};

struct SessionGrant
{
    QString token;
    QDateTime expiresAt;
    qint64 idleTimeoutSeconds = 0;
    UserInfo user;

    QJsonObject toJson() const;
    static Result<SessionGrant> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
