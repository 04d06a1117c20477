#pragma once

#include "Domain.h"
#include "Result.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The in-memory search and sort keys of one webinar's registrations. Name, e-mail and company are sealed in the
// database, so SQL can neither search nor order them: the index holds them decrypted and case-folded (Unicode,
// as the old rk_fold LIKE search did), with the orders by each sort key computed once. It is valid for one value of
// webinars.registration_revision, which triggers bump on every insert, update and delete of the webinar's
// registrations, so a change by any process is seen by the next list.
struct RegistrationIndex
{
    struct Entry
    {
        qint64 id = 0;
        qint64 version = 0; // registrations.version: a change of a sealed field always increments it
        qint64 userId = 0;
        QString name, email, company; // case-folded
        QString searchable; // name, e-mail and company joined by U+0001: one scan when all three are readable
        QString registeredAt; // ISO 8601 UTC text: orders like the time
        qint64 minutesWatched = 0;
        api::ApprovalState approval = api::ApprovalState::Pending;
        bool present = false;
    };
    enum class Order { Id, Name, RegisteredAt, MinutesWatched, Company };

    qint64 revision = -1;
    std::vector<Entry> entries; // by id
    std::map<Order, std::vector<int>> orders; // ascending by (key, id); Id is the entries' own order

    // Reads every registration of the webinar (inside the caller's transaction) and decrypts those that `previous`
    // (the webinar's index at an older revision, or null) does not hold at the same version; keeps its orders by
    // name, company and time when no row came, went or changed those.
    static Result<std::shared_ptr<const RegistrationIndex>> build(Database &database, FieldCipher &cipher,
                                                                  qint64 webinarId, qint64 organisationId,
                                                                  qint64 revision,
                                                                  const RegistrationIndex *previous = nullptr);
    // The entry of `id`, or null.
    const Entry *find(qint64 id) const;
};

// The indexes of the webinars listed last (a few, each ~100 bytes per registration), one per Database connection.
class RegistrationIndexCache
{
public:
    static constexpr std::size_t capacity = 4;

    std::shared_ptr<const RegistrationIndex> find(qint64 webinarId, qint64 revision);
    // The webinar's index at whatever revision, for reusing its decrypted entries; null when none.
    std::shared_ptr<const RegistrationIndex> any(qint64 webinarId) const;
    void store(qint64 webinarId, std::shared_ptr<const RegistrationIndex> index);

private:
    std::map<qint64, std::pair<quint64, std::shared_ptr<const RegistrationIndex>>> m_indexes; // use tick, index
    quint64 m_tick = 0;
};

} // namespace regiekamer::server
