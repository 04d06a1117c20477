#pragma once

#include "base/Result.h"

#include <QJsonObject>

// Client organisations (/api/v1/organisations) and their change requests.
namespace regiekamer::api {

struct Organisation
{
    qint64 id = 0;
    QString name;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Organisation> fromJson(const QJsonObject &object);
};

struct OrganisationCreate
{
    QString name;
    QJsonObject toJson() const;
    static Result<OrganisationCreate> fromJson(const QJsonObject &object);
};

struct OrganisationUpdate
{
    QString name;
    qint64 version = 0;
    QJsonObject toJson() const;
    static Result<OrganisationUpdate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
