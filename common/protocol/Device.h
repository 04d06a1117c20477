#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>

// A computer an account signed in from with the desktop app (/api/v1/users/{id}/devices; docs/security.md
// "Devices"). `id` is the server's row id, never the id the app sent (the server keeps only a hash of that).
namespace regiekamer::api {

struct Device
{
    qint64 id = 0;
    QString label;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime revokedAt; // invalid (null on the wire) while the device may sign in

    QJsonObject toJson() const;
    static Result<Device> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
