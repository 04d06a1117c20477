#pragma once

#include "base/Result.h"

#include <QJsonObject>

namespace regiekamer::api {

// A message on the /api/v1/events WebSocket: {"type": ..., "data": {...}} (the types: protocol/EventTypes.h).
struct Event
{
    QString type;
    QJsonObject data;

    QByteArray toFrame() const;
    static Result<Event> fromFrame(const QByteArray &frame);
};

} // namespace regiekamer::api
