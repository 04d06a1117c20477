#pragma once

#include <QtGlobal>

namespace regiekamer::server {

// Where an object sits, for the scope decision: its webinar, that webinar's organisation and, for a viewer's own
// data, the owning user (0: none).
struct ObjectScope
{
    qint64 webinarId = 0;
    qint64 organisationId = 0;
    qint64 ownerUserId = 0;
};

} // namespace regiekamer::server
