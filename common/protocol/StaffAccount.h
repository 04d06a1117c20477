#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"
#include "protocol/Roles.h"

#include <QJsonObject>

#include <optional>

// Staff accounts (/api/v1/users) and their change requests.
namespace regiekamer::api {

struct StaffAccount
{
    qint64 id = 0;
    // A viewer account's e-mail address (contact) and name (identity) are attendee personal data: absent when the
    // reader may not read them (staffAccountToJson()); a staff member's are always there.
    std::optional<QString> email;
    std::optional<QString> displayName;
    Role role = Role::Viewer;
    QString organisationName;
    bool disabled = false;
    qint64 organisationId = 0; // 0: not tied to a client organisation
    qint64 version = 1;
    // Holds a share of the sealed server's current share set (docs/keys.md "Key ceremony"); an older server's list
    // without the member reads as false.
    bool custodian = false;

    QJsonObject toJson() const; // every present member
    static Result<StaffAccount> fromJson(const QJsonObject &object);
};

// Serialisation that never emits a viewer account's name or e-mail address outside `readable` (the reader's
// rights::readableFields on staff_account).
QJsonObject staffAccountToJson(const StaffAccount &account, const QList<rights::FieldClass> &readable);

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
