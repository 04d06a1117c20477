#pragma once

#include "http/RequestContext.h"
#include "protocol/ChangeEvent.h"
#include "protocol/EventTypes.h"

#include <QList>

namespace regiekamer::server {

// Queues a change event (protocol/EventTypes.h) that names the rows it is about and how they changed
// (api::RowsChanged: ids and a kind, never personal data); it leaves after the request's commit like every event.
inline void publishRows(RequestContext &context, const char *eventType, qint64 webinarId, api::ChangeKind kind,
                        const QList<qint64> &ids)
{
    context.publish(eventType, webinarId, api::RowsChanged::of(webinarId, kind, ids).toJson());
}

// webinar.changed for one webinar: its own id is the row.
inline void publishWebinar(RequestContext &context, qint64 webinarId, api::ChangeKind kind = api::ChangeKind::Updated)
{
    publishRows(context, api::event::webinarChanged, webinarId, kind, {webinarId});
}

} // namespace regiekamer::server
