#pragma once

#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/Consent.h"
#include "protocol/Profile.h"

namespace regiekamer::server {

class Database;
class FieldCipher;

// A viewer's own account data (docs/api.md "A viewer's own account"): name and e-mail from users, the rest from
// viewer_profiles (a row is made on the first change; until then the profile is empty at version 1). Existing
// registrations keep the copy made when the viewer registered. Phone, company and job title are sealed under the
// viewer's subject key, like the name and e-mail address of the account.
class ProfileRepository
{
public:
    ProfileRepository(Database &database, FieldCipher &cipher, Clock clock = systemClock());

    // Inside the caller's transaction: the profile row of `userId` with the given fields (the demo seeder's path).
    Status store(qint64 userId, const QString &phone, const QString &company, const QString &jobTitle,
                 const api::ConsentChoice &consent, const QDateTime &consentAt);

    // "not_found" for an unknown account.
    Result<api::Profile> find(qint64 userId);
    // One transaction: "conflict" for a stale version. Consent given here is stamped with the current time.
    Result<api::Profile> update(qint64 userId, const api::ProfileUpdate &change);

private:
    Database &m_database;
    FieldCipher &m_cipher;
    Clock m_clock;
};

} // namespace regiekamer::server
