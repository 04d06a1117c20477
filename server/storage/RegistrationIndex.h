#pragma once

#include "base/Result.h"
#include "protocol/Registration.h"

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
// registrations, so a change by any process is seen by the next list. A change made through this process's
// RegistrationRepository is recorded (RegistrationIndexCache::Change) and applied to the index by the next list,
// re-reading only the rows it changed; any other change makes the next list rebuild it.
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
    static Result<std::shared_ptr<RegistrationIndex>> build(Database &database, FieldCipher &cipher, qint64 webinarId,
                                                            qint64 organisationId, qint64 revision,
                                                            const RegistrationIndex *previous = nullptr);
    // The entry of `id`, or null.
    const Entry *find(qint64 id) const;
    // Re-reads the registrations `ids` of the webinar (inside the caller's transaction, whose snapshot is at
    // `atRevision`) and puts them in place: changed entries replaced, deleted ones removed, new ones inserted, each
    // order adjusted (binary search and one move of its tail) instead of sorted again. Only those rows are decrypted.
    // Nothing is changed when it fails.
    Status update(Database &database, FieldCipher &cipher, qint64 webinarId, qint64 organisationId, qint64 atRevision,
                  const std::vector<qint64> &ids);

private:
    void put(qint64 id, const Entry *entry);
};

// The indexes of the webinars listed last (a few, each ~100 bytes per registration), one per Database connection, and
// the changes this process made to their registrations since.
class RegistrationIndexCache
{
public:
    static constexpr std::size_t capacity = 4;
    static constexpr std::size_t maximumChanges = 1024; // recorded per webinar; beyond, the next list rebuilds

    // One write of one registration through the repository, inside the write's transaction (BEGIN IMMEDIATE holds
    // the write lock, so no other process writes in between). begin() reads the webinar's revision R; the write's
    // trigger makes it R + 1; commit() moves it on by a random step of 2^24..2^32 to a value that no other sequence
    // of changes reaches in practice, and records "R → that value: registration id". The index itself is changed
    // only by a later list, from the rows as they are then, and only when the recorded changes lead from the
    // index's revision to the current one: a write that rolled back (by itself or with the request around it)
    // left the revision at R, so its value is never reached and the index is rebuilt; so is one of another process.
    class Change
    {
    public:
        Change(Database &database, RegistrationIndexCache &cache)
            : m_database(&database)
            , m_cache(&cache)
        {
        }

        // Nothing is recorded unless an index of the webinar is cached (the next list builds one anyway).
        static Result<Change> begin(Database &database, RegistrationIndexCache &cache, qint64 webinarId);
        // The same for a change of the existing registration `registrationId` (of whatever webinar).
        static Result<Change> beginFor(Database &database, RegistrationIndexCache &cache, qint64 registrationId);
        // After the write of registration `id`. Records nothing if anything else moved the revision meanwhile.
        Status commit(qint64 id);

    private:
        Database *m_database;
        RegistrationIndexCache *m_cache;
        qint64 m_webinarId = 0;
        qint64 m_before = -1; // -1: not recorded
    };

    struct Statistics
    {
        int builds = 0; // full reads of a webinar's registrations
        int updates = 0; // indexes brought to the current revision from recorded changes
    };

    std::shared_ptr<const RegistrationIndex> find(qint64 webinarId, qint64 revision);
    // The webinar's index at whatever revision, for reusing its decrypted entries; null when none.
    std::shared_ptr<const RegistrationIndex> any(qint64 webinarId) const;
    // A newly built index.
    void store(qint64 webinarId, std::shared_ptr<RegistrationIndex> index);
    // The cached index brought to `revision` by the recorded changes (inside the caller's transaction at that
    // revision), null when they do not lead there from the cached revision; an error when re-reading a row failed.
    // The recorded changes of the webinar are dropped either way.
    Result<std::shared_ptr<const RegistrationIndex>> updated(Database &database, FieldCipher &cipher, qint64 webinarId,
                                                             qint64 organisationId, qint64 revision);
    const Statistics &statistics() const { return m_statistics; }

private:
    struct Recorded
    {
        qint64 after = 0;
        qint64 registrationId = 0;
    };
    std::map<qint64, std::pair<quint64, std::shared_ptr<RegistrationIndex>>> m_indexes; // use tick, index
    std::map<qint64, std::map<qint64, Recorded>> m_changes; // webinar → revision before → change
    quint64 m_tick = 0;
    Statistics m_statistics;
};

} // namespace regiekamer::server
