#include "RegistrationIndex.h"

#include "Database.h"
#include "FieldCipher.h"

#include <algorithm>
#include <numeric>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

template<typename Key> std::vector<int> sortedBy(const std::vector<RegistrationIndex::Entry> &entries, Key key)
{
    std::vector<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(order, [&](int a, int b) { return key(entries[a]) < key(entries[b]); });
    return order; // stable over entries ordered by id: ties stay by id
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

Result<std::shared_ptr<const RegistrationIndex>> RegistrationIndex::build(Database &database, FieldCipher &cipher,
                                                                          qint64 webinarId, qint64 organisationId,
                                                                          qint64 revision,
                                                                          const RegistrationIndex *previous)
{
    auto key = cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    auto rows = database.exec(u"SELECT id, COALESCE(user_id, 0), full_name, email, company, registered_at,"
                              " minutes_watched, approval_state, joined_at IS NOT NULL AND left_at IS NULL, version"
                              " FROM registrations WHERE webinar_id = ? ORDER BY id"_s,
                              {webinarId});
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
        index->orders[Order::Name] = sortedBy(entries, [](const Entry &e) -> const QString & { return e.name; });
        index->orders[Order::Company] = sortedBy(entries, [](const Entry &e) -> const QString & { return e.company; });
        index->orders[Order::RegisteredAt] =
            sortedBy(entries, [](const Entry &e) -> const QString & { return e.registeredAt; });
    }
    index->orders[Order::MinutesWatched] = sortedBy(entries, [](const Entry &e) { return e.minutesWatched; });
    return std::shared_ptr<const RegistrationIndex>(std::move(index));
}

const RegistrationIndex::Entry *RegistrationIndex::find(qint64 id) const
{
    const auto found = std::ranges::lower_bound(entries, id, {}, &Entry::id);
    return found != entries.end() && found->id == id ? &*found : nullptr;
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

void RegistrationIndexCache::store(qint64 webinarId, std::shared_ptr<const RegistrationIndex> index)
{
    m_indexes.insert_or_assign(webinarId, std::pair {++m_tick, std::move(index)});
    while (m_indexes.size() > capacity) {
        const auto oldest = std::ranges::min_element(m_indexes, {}, [](const auto &item) { return item.second.first; });
        m_indexes.erase(oldest);
    }
}

} // namespace regiekamer::server
