#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"

#include <QJsonObject>

#include <optional>

// Staff accounts (/api/v1/users) and their change requests.
namespace regiekamer::api {

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

struct StaffAccountCreate
{
    QString email;
    QString displayName;
    Role role = Role::Moderator;
    qint64 organisationId = 0;
    QString password;
    QJsonObject toJson() const;
    static Result<StaffAccountCreate> fromJson(const QJsonObject &object);
};

struct StaffAccountUpdate
{
    qint64 version = 0;
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<qint64> organisationId;
    std::optional<bool> disabled;
    QJsonObject toJson() const;
    static Result<StaffAccountUpdate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
