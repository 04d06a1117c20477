#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>

// An attendee's consent: as stored (with when it was given) and as chosen in a request.
namespace regiekamer::api {

struct Consent
{
    bool recording = false;
    bool marketing = false;
    QDateTime givenAt; // invalid: null (never given)

    QJsonObject toJson() const;
    static Result<Consent> fromJson(const QJsonObject &object);
};

struct ConsentChoice
{
    bool recording = false;
    bool marketing = false;
    QJsonObject toJson() const;
    static Result<ConsentChoice> fromJson(const QJsonObject &object);
    // The choice in member `key` of a request body.
    static Result<ConsentChoice> fromMember(const QJsonObject &object, QLatin1StringView key);
};

} // namespace regiekamer::api
