#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Result.h"

namespace regiekamer::server {

class Database;

// A viewer's own account data (docs/api.md "A viewer's own account"): name and e-mail from users, the rest from
// viewer_profiles (a row is made on the first change; until then the profile is empty at version 1). Existing
// registrations keep the copy made when the viewer registered.
class ProfileRepository
{
public:
    explicit ProfileRepository(Database &database, Clock clock = systemClock());

    // "not_found" for an unknown account.
    Result<api::Profile> find(qint64 userId);
    // One transaction: "conflict" for a stale version. Consent given here is stamped with the current time.
    Result<api::Profile> update(qint64 userId, const api::ProfileUpdate &change);

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace regiekamer::server
