#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// The JSON shapes of /api/v1 (docs/openapi.yaml), shared by server and client so both read and write one definition.
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

struct WebinarSummary
{
    qint64 id = 0;
    QString title;
    qint64 organisationId = 0;
    QString organisationName;
    WebinarState state = WebinarState::Draft;
    QDateTime startsAt;
    qint64 durationMinutes = 0;
    qint64 registrationCount = 0;
    qint64 openQuestionCount = 0;
    qint64 version = 1;
    QString description;

    QJsonObject toJson() const;
    static Result<WebinarSummary> fromJson(const QJsonObject &object);
};

struct StaffAccount
{
    qint64 id = 0;
    QString email;
    QString displayName;
    Role role = Role::Viewer;
    QString organisationName;
    bool disabled = false;
    qint64 organisationId = 0; // 0: not tied to a client organisation
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<StaffAccount> fromJson(const QJsonObject &object);
};

// A list body: { "items": [ ... ] }.
template<typename T> QJsonObject listToJson(const QList<T> &items);
template<typename T> Result<QList<T>> listFromJson(const QJsonObject &object);

struct ErrorBody
{
    QString code;
    QString message;
    qint64 retryAfterSeconds = 0;

    QJsonObject toJson() const;
    static Result<ErrorBody> fromJson(const QJsonObject &object);
};

// A message on the /api/v1/events WebSocket: { "type": ..., "data": {...} }.
struct Event
{
    QString type;
    QJsonObject data;

    QByteArray toFrame() const;
    static Result<Event> fromFrame(const QByteArray &frame);
};

} // namespace regiekamer::api
