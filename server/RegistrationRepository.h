#pragma once

#include "AccessPolicy.h"
#include "Domain.h"
#include "Result.h"

#include <optional>

namespace regiekamer::server {

class Database;

// A filtered, sorted page of one webinar's registrations. Only columns of readable classes are searched, sorted or
// filtered on (no oracle): the caller's readable classes go in `readable`.
struct RegistrationQuery
{
    qint64 webinarId = 0;
    qint64 ownerUserId = 0; // when set, only this user's own registration
    QString search;
    std::optional<api::ApprovalState> approval;
    std::optional<bool> present;
    QString sort; // name, registeredAt, minutesWatched, company; empty: name if readable, else id
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = api::defaultPageLimit;
    QList<rights::FieldClass> readable;
};

struct StoredRegistration
{
    api::Registration registration; // every class; filter before sending
    ObjectScope scope;
};

// Registrations (the attendee's personal data). Every change checks and increments the version in one statement.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(Database &database);

    // "bad_request" for a sort key or filter on a class outside query.readable.
    Result<api::Page<api::Registration>> list(const RegistrationQuery &query);
    Result<std::optional<StoredRegistration>> find(qint64 id);
    Result<QList<api::Registration>> listOwn(qint64 userId);
    // "conflict" when version is stale.
    Result<api::Registration> setApproval(qint64 id, qint64 version, api::ApprovalState state);
    Status remove(qint64 id);
    // "conflict" when the user is already registered. Profile and consent come from the viewer's account.
    Result<qint64> create(qint64 webinarId, const api::UserInfo &viewer, const api::ConsentChoice &consent);

private:
    Database &m_database;
};

Error conflict(const QString &message);

} // namespace regiekamer::server
