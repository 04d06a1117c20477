#pragma once

#include "base/Result.h"
#include "protocol/Consent.h"

#include <QJsonObject>

#include <optional>

// A viewer's own profile (/api/v1/me/profile) and its change request.
namespace regiekamer::api {

struct Profile
{
    QString fullName;
    QString email;
    QString phone;
    QString company;
    QString jobTitle;
    Consent consent;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &object);
};

struct ProfileUpdate
{
    qint64 version = 0;
    std::optional<QString> fullName;
    std::optional<QString> phone;
    std::optional<QString> company;
    std::optional<QString> jobTitle;
    std::optional<ConsentChoice> consent;
    QJsonObject toJson() const;
    static Result<ProfileUpdate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
