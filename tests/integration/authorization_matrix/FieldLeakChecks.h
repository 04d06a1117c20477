#pragma once

// Field-leak checks on every allowed read: no member of a field class the role may not read, the readable members
// present, and no personal value the role may not read anywhere in the body (JSON or CSV).
#include "ApiRequests.h"
#include "MatrixFixture.h"
#include "protocol/Roles.h"

namespace matrix {

enum class Kind { Registrations, Questions, Webinar, Export, Own };

// reason: the request carried an access reason. webinarId: the webinar whose attendee data the body may hold.
void checkRead(const AdminView &view, const ApiReply &reply, Kind kind, regiekamer::Role role, bool reason,
               qint64 webinarId);

// Every member name anywhere in a JSON value.
QSet<QString> collectKeys(const QJsonValue &value);

} // namespace matrix
