#include "storage/RegistrationIndex.h"

#include "db/Database.h"
#include "keys/FieldCipher.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

using Order = RegistrationIndex::Order;
using Entry = RegistrationIndex::Entry;

const QString indexColumns = u"SELECT id, COALESCE(user_id, 0), full_name, email, company, registered_at,"
                             " minutes_watched, approval_state, joined_at IS NOT NULL AND left_at IS NULL, version"
                             " FROM registrations"_s;

// Calls f with the sort key of `order` as a function of an entry. Every order ascends by (key, position), the
// position in the entries, which are by id: ties stay by id.
template<typename F> void withKey(Order order, const F &f)
{
    switch (order) {
    case Order::Name:
        return f([](const Entry &e) -> const QString & { return e.name; });
    case Order::Company:
        return f([](const Entry &e) -> const QString & { return e.company; });
    case Order::RegisteredAt:
        return f([](const Entry &e) -> const QString & { return e.registeredAt; });
    case Order::MinutesWatched:
        return f([](const Entry &e) { return e.minutesWatched; });
    case Order::Id:
        return; // the entries' own order
    }
}

std::vector<int> sortedBy(const std::vector<Entry> &entries, Order order)
{
    std::vector<int> sorted(entries.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    withKey(order, [&](auto key) {
        std::ranges::stable_sort(sorted, [&](int a, int b) { return key(entries[a]) < key(entries[b]); });
    });
    return sorted; // stable over entries ordered by id: ties stay by id
}

} // namespace

namespace {

// One row of the index query; the decrypted keys come from `known` (the same row in the previous index) when its
// version is unchanged. `sameKeys` stays true while every row's sort keys equal those of the previous index.
Result<RegistrationIndex::Entry> entryFromRow(const QSqlQuery &row, FieldCipher::Key key,
                                              const RegistrationIndex::Entry *known, bool &sameKeys)
{
    RegistrationIndex::Entry entry;
    entry.id = row.value(0).toLongLong();
    entry.userId = row.value(1).toLongLong();
    entry.version = row.value(9).toLongLong();
    if (known && known->version == entry.version) {
        entry.name = known->name;
        entry.email = known->email;
        entry.company = known->company;
        entry.searchable = known->searchable;
    } else {
        auto name = FieldCipher::open(key, row.value(2), "registrations", "full_name", entry.id);
        auto email = FieldCipher::open(key, row.value(3), "registrations", "email", entry.id);
        auto company = FieldCipher::open(key, row.value(4), "registrations", "company", entry.id);
        if (const auto error = firstError(name, email, company))
            return std::unexpected(*error);
        entry.name = name->toCaseFolded();
        entry.email = email->toCaseFolded();
        entry.company = company->toCaseFolded();
        entry.searchable = entry.name + QChar(1) + entry.email + QChar(1) + entry.company;
    }
    entry.registeredAt = row.value(5).toString();
    entry.minutesWatched = row.value(6).toLongLong();
    entry.approval = api::approvalStateFromWire(row.value(7).toString()).value_or(api::ApprovalState::Pending);
    entry.present = row.value(8).toBool();
    sameKeys = sameKeys && known && known->name == entry.name && known->company == entry.company &&
        known->registeredAt == entry.registeredAt;
    return entry;
}

} // namespace

Result<std::shared_ptr<RegistrationIndex>> RegistrationIndex::build(Database &database, FieldCipher &cipher,
                                                                    qint64 webinarId, qint64 organisationId,
                                                                    qint64 revision, const RegistrationIndex *previous)
{
    auto key = cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    auto rows = database.exec(indexColumns + u" WHERE webinar_id = ? ORDER BY id"_s, {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    auto index = std::make_shared<RegistrationIndex>();
    index->revision = revision;
    bool sameKeys = previous != nullptr;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        auto entry = entryFromRow(*rows, *key, previous ? previous->find(id) : nullptr, sameKeys);
        if (!entry)
            return std::unexpected(entry.error());
        index->entries.push_back(std::move(*entry));
    }
    rows->finish();
    const auto &entries = index->entries;
    // The same rows with the same names, companies and times (e.g. an approval or attendance changed): those orders
    // still hold; only minutes watched is sorted again.
    if (sameKeys && entries.size() == previous->entries.size()) {
        for (const Order order : {Order::Name, Order::Company, Order::RegisteredAt})
            index->orders[order] = previous->orders.at(order);
    } else {
        for (const Order order : {Order::Name, Order::Company, Order::RegisteredAt})
            index->orders[order] = sortedBy(entries, order);
    }
    index->orders[Order::MinutesWatched] = sortedBy(entries, Order::MinutesWatched);
    return index;
}

const RegistrationIndex::Entry *RegistrationIndex::find(qint64 id) const
{
    const auto found = std::ranges::lower_bound(entries, id, {}, &Entry::id);
    return found != entries.end() && found->id == id ? &*found : nullptr;
}

Status RegistrationIndex::update(Database &database, FieldCipher &cipher, qint64 webinarId, qint64 organisationId,
                                 qint64 atRevision, const std::vector<qint64> &ids)
{
    std::vector<qint64> changed = ids;
    std::ranges::sort(changed);
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    auto key = cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    QVariantList values {webinarId};
    for (qint64 id : changed)
        values.append(id);
    auto rows = database.exec(
        indexColumns +
            u" WHERE webinar_id = ? AND id IN (%1)"_s.arg(QStringList(qsizetype(changed.size()), u"?"_s).join(u", "_s)),
        values);
    if (!rows)
        return std::unexpected(rows.error());
    std::map<qint64, Entry> read; // every row is read and opened before the index is touched
    bool unused = false;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        auto entry = entryFromRow(*rows, *key, find(id), unused);
        if (!entry)
            return std::unexpected(entry.error());
        read.emplace(id, std::move(*entry));
    }
    rows->finish();
    for (qint64 id : changed) {
        const auto found = read.find(id);
        put(id, found == read.end() ? nullptr : &found->second);
    }
    revision = atRevision;
    return {};
}

// Puts `entry` (null: none) in the place of registration `id`: O(log n) searches and, per order, one pass over its
// positions (a row that comes or goes moves the positions behind it).
void RegistrationIndex::put(qint64 id, const Entry *entry)
{
    const auto at = std::ranges::lower_bound(entries, id, {}, &Entry::id);
    const int position = static_cast<int>(at - entries.begin());
    const bool present = at != entries.end() && at->id == id;
    if (!present && !entry)
        return;
    for (auto &[order, positions] : orders) {
        if (present)
            std::erase(positions, position);
        if (!present || !entry) {
            const int shift = entry ? 1 : -1;
            for (int &p : positions)
                p += p >= position ? shift : 0;
        }
    }
    if (present && entry)
        *at = *entry;
    else if (present)
        entries.erase(at);
    else
        entries.insert(at, *entry);
    if (!entry)
        return;
    for (auto &[order, positions] : orders) {
        withKey(order, [&](auto key) {
            const auto before = [&](int a, int b) {
                const auto &left = key(entries[a]);
                const auto &right = key(entries[b]);
                return left < right || (!(right < left) && a < b);
            };
            positions.insert(std::ranges::lower_bound(positions, position, before), position);
        });
    }
}

Result<RegistrationIndexCache::Change>
RegistrationIndexCache::Change::begin(Database &database, RegistrationIndexCache &cache, qint64 webinarId)
{
    Change change(database, cache);
    if (!cache.m_indexes.contains(webinarId))
        return change;
    auto row = database.firstRow(u"SELECT registration_revision FROM webinars WHERE id = ?"_s, {webinarId});
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        change.m_webinarId = webinarId;
        change.m_before = (*row)->at(0).toLongLong();
    }
    return change;
}

Result<RegistrationIndexCache::Change>
RegistrationIndexCache::Change::beginFor(Database &database, RegistrationIndexCache &cache, qint64 registrationId)
{
    if (cache.m_indexes.empty())
        return Change(database, cache);
    auto row = database.firstRow(u"SELECT webinar_id FROM registrations WHERE id = ?"_s, {registrationId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row || !cache.m_indexes.contains((*row)->at(0).toLongLong()))
        return Change(database, cache);
    return begin(database, cache, (*row)->at(0).toLongLong());
}

Status RegistrationIndexCache::Change::commit(qint64 id)
{
    if (m_before < 0)
        return {};
    const qint64 step = QRandomGenerator::global()->bounded(qint64(1) << 24, qint64(1) << 32);
    auto moved = m_database->exec(u"UPDATE webinars SET registration_revision = registration_revision + ?"
                                  " WHERE id = ? AND registration_revision = ?"_s,
                                  {step, m_webinarId, m_before + 1});
    if (!moved)
        return std::unexpected(moved.error());
    if (moved->numRowsAffected() != 1)
        return {}; // not exactly this one write of the webinar's registrations since begin(): the next list rebuilds
    auto &changes = m_cache->m_changes[m_webinarId];
    if (changes.size() >= maximumChanges)
        changes.clear(); // the chain from the cached index breaks: the next list rebuilds
    else
        changes.insert_or_assign(m_before, Recorded {m_before + 1 + step, id});
    m_before = -1;
    return {};
}

std::shared_ptr<const RegistrationIndex> RegistrationIndexCache::any(qint64 webinarId) const
{
    const auto found = m_indexes.find(webinarId);
    return found == m_indexes.end() ? nullptr : found->second.second;
}

std::shared_ptr<const RegistrationIndex> RegistrationIndexCache::find(qint64 webinarId, qint64 revision)
{
    const auto found = m_indexes.find(webinarId);
    if (found == m_indexes.end() || found->second.second->revision != revision)
        return nullptr;
    found->second.first = ++m_tick;
    return found->second.second;
}

Result<std::shared_ptr<const RegistrationIndex>> RegistrationIndexCache::updated(Database &database,
                                                                                 FieldCipher &cipher, qint64 webinarId,
                                                                                 qint64 organisationId, qint64 revision)
{
    const auto recorded = m_changes.find(webinarId);
    const auto cached = m_indexes.find(webinarId);
    if (recorded == m_changes.end())
        return nullptr;
    const std::map<qint64, Recorded> changes = std::move(recorded->second);
    m_changes.erase(recorded);
    if (cached == m_indexes.end())
        return nullptr;
    // Follow the recorded changes from the index's revision; revisions only grow.
    std::vector<qint64> ids;
    qint64 at = cached->second.second->revision;
    while (at < revision) {
        const auto step = changes.find(at);
        if (step == changes.end())
            return nullptr;
        ids.push_back(step->second.registrationId);
        at = step->second.after;
    }
    if (at != revision || ids.empty())
        return nullptr;
    auto &index = cached->second.second;
    if (index.use_count() > 1) // still held by a caller: change a copy
        index = std::make_shared<RegistrationIndex>(*index);
    if (auto done = index->update(database, cipher, webinarId, organisationId, revision, ids); !done) {
        m_indexes.erase(cached);
        return std::unexpected(done.error());
    }
    cached->second.first = ++m_tick;
    ++m_statistics.updates;
    return std::shared_ptr<const RegistrationIndex>(index);
}

void RegistrationIndexCache::store(qint64 webinarId, std::shared_ptr<RegistrationIndex> index)
{
    ++m_statistics.builds;
    m_indexes.insert_or_assign(webinarId, std::pair {++m_tick, std::move(index)});
    while (m_indexes.size() > capacity) {
        const auto oldest = std::ranges::min_element(m_indexes, {}, [](const auto &item) { return item.second.first; });
        m_changes.erase(oldest->first);
        m_indexes.erase(oldest);
    }
}

} // namespace regiekamer::server
