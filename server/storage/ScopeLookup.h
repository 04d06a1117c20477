#pragma once

#include "base/Result.h"
#include "storage/ObjectScope.h"

namespace regiekamer::server {

class Database;

// The facts a scope decision rests on, read from the database on every call (nothing cached: losing an assignment
// loses access on the next request).
class ScopeLookup
{
public:
    explicit ScopeLookup(Database &database);

    Result<bool> isAssigned(qint64 userId, qint64 webinarId);
    Result<bool> isRegistered(qint64 userId, qint64 webinarId);
    // Where a webinar sits (itself and its organisation); "not_found" when it does not exist.
    Result<ObjectScope> webinarScope(qint64 webinarId);
    // Whether a viewer may register for the webinar now (isOpenForRegistration of its state); false when it does not
    // exist.
    Result<bool> isOpenForRegistration(qint64 webinarId);

private:
    Database &m_database;
};

} // namespace regiekamer::server
