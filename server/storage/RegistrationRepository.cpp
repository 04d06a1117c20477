#include "storage/RegistrationRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "db/PreparedStatements.h"
#include "storage/ApprovalRuleRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RegistrationJson.h"

#include <QStringMatcher>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

QDateTime nullableTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromDatabaseTime(value);
}

QVariant nullableTimeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(toDatabaseTime(time)) : QVariant(QMetaType::fromType<QString>());
}

// A row of registrationRows::select, its sealed fields opened with the key of the webinar's organisation (column 17).
Result<StoredRegistration> registrationFromRow(const QSqlQuery &q, ReadKeys &keys)
{
    api::Registration r;
    r.id = q.value(0).toLongLong();
    auto key = keys.organisation(q.value(17).toLongLong());
    if (!key)
        return std::unexpected(key.error());
    const auto open = [&](int column, const char *name) {
        return FieldCipher::open(*key, q.value(column), "registrations", name, r.id);
    };
    auto name = open(3, "full_name"), email = open(4, "email"), phone = open(5, "phone"), company = open(6, "company"),
         jobTitle = open(7, "job_title");
    if (const auto error = firstError(name, email, phone, company, jobTitle))
        return std::unexpected(*error);
    r.webinarId = q.value(1).toLongLong();
    r.version = q.value(2).toLongLong();
    r.fullName = *name;
    r.contact = api::ContactFields {*email, *phone};
    r.profile = api::ProfileFields {*company, *jobTitle};
    r.registration = api::RegistrationFields {
        fromDatabaseTime(q.value(8)),
        api::approvalStateFromWire(q.value(9).toString()).value_or(api::ApprovalState::Pending),
        q.value(18).toLongLong()};
    const QDateTime joined = nullableTime(q.value(10)), left = nullableTime(q.value(11));
    r.attendance = api::AttendanceFields {
        joined, left, q.value(12).toLongLong(), joined.isValid() && !left.isValid(), false, {}, {}};
    r.consent = api::Consent {q.value(13).toBool(), q.value(14).toBool(), nullableTime(q.value(15))};
    if (!q.value(20).isNull()) { // banned from the room (AttendanceRepository)
        auto reason = FieldCipher::open(*key, q.value(19), "attendee_bans", "reason", r.id);
        if (!reason)
            return std::unexpected(reason.error());
        r.attendance->banned = true;
        r.attendance->banReason = *reason;
        r.attendance->bannedAt = fromDatabaseTime(q.value(20));
    }
    return StoredRegistration {r, ObjectScope {r.webinarId, q.value(17).toLongLong(), q.value(16).toLongLong()}};
}

const QString &selectById()
{
    static const QString sql = registrationRows::select() + u" WHERE r.id = ?"_s;
    return sql;
}

using Order = RegistrationIndex::Order;

Result<Order> orderFor(const RegistrationQuery &query)
{
    const auto readable = [&](FieldClass field) { return query.readable.contains(field); };
    QString sort = query.sort;
    if (sort.isEmpty())
        sort = readable(FieldClass::Identity) ? u"name"_s : u"id"_s;
    if (sort == "id"_L1)
        return Order::Id;
    const std::array<std::tuple<const char *, Order, FieldClass>, 4> keys {{
        {"name", Order::Name, FieldClass::Identity},
        {"registeredAt", Order::RegisteredAt, FieldClass::Registration},
        {"minutesWatched", Order::MinutesWatched, FieldClass::Attendance},
        {"company", Order::Company, FieldClass::Profile},
    }};
    for (const auto &[key, order, field] : keys) {
        if (sort == QLatin1StringView(key) && readable(field))
            return order;
    }
    return badRequest(u"Unknown sort key, or one on a field you cannot read."_s);
}

// The filter of a query over index entries. Only columns of readable classes are searched or filtered on.
struct Filter
{
    qint64 ownerUserId = 0;
    QStringMatcher search; // case-folded; an empty pattern: no search
    bool name = false, email = false, company = false;
    std::optional<api::ApprovalState> approval;
    std::optional<bool> present;

    bool found(const QString &text) const { return search.indexIn(text) >= 0; }
    bool matches(const RegistrationIndex::Entry &e) const
    {
        if ((ownerUserId > 0 && e.userId != ownerUserId) || (approval && e.approval != *approval) ||
            (present && e.present != *present))
            return false;
        if (search.pattern().isEmpty())
            return true;
        if (name && email && company)
            return found(e.searchable);
        return (name && found(e.name)) || (email && found(e.email)) || (company && found(e.company));
    }
};

Result<Filter> filterFor(const RegistrationQuery &query)
{
    const auto readable = [&](FieldClass field) { return query.readable.contains(field); };
    Filter filter {query.ownerUserId, {}, false, false, false, query.approval, query.present};
    if (!query.search.isEmpty()) {
        filter.search.setPattern(query.search.toCaseFolded());
        filter.name = readable(FieldClass::Identity);
        filter.email = readable(FieldClass::Contact);
        filter.company = readable(FieldClass::Profile);
        if (!filter.name && !filter.email && !filter.company)
            return badRequest(u"You cannot search these registrations."_s);
    }
    if (query.approval && !readable(FieldClass::Registration))
        return badRequest(u"You cannot filter on the approval state."_s);
    if (query.present && !readable(FieldClass::Attendance))
        return badRequest(u"You cannot filter on presence."_s);
    return filter;
}

} // namespace

RegistrationRepository::RegistrationRepository(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

Result<std::shared_ptr<const RegistrationIndex>> RegistrationRepository::indexFor(qint64 webinarId)
{
    auto webinar =
        m_database.firstRow(u"SELECT registration_revision, organisation_id FROM webinars WHERE id = ?"_s, {webinarId});
    if (!webinar)
        return std::unexpected(webinar.error());
    if (!*webinar)
        return std::unexpected(notFound());
    const qint64 revision = (*webinar)->at(0).toLongLong(), organisationId = (*webinar)->at(1).toLongLong();
    if (auto cached = m_indexes.find(webinarId, revision))
        return cached;
    // Changed since only by this process's writes: those rows are read again. Otherwise rebuilt.
    auto updated = m_indexes.updated(m_database, m_cipher, webinarId, organisationId, revision);
    if (!updated || *updated)
        return updated;
    const auto previous = m_indexes.any(webinarId);
    auto built = RegistrationIndex::build(m_database, m_cipher, webinarId, organisationId, revision, previous.get());
    if (!built)
        return std::unexpected(built.error());
    m_indexes.store(webinarId, *built);
    return std::shared_ptr<const RegistrationIndex>(*built);
}

Result<QList<api::Registration>> RegistrationRepository::readPage(const QList<qint64> &ids)
{
    QList<api::Registration> page;
    if (ids.isEmpty())
        return page;
    auto rows = m_database.statements().exec(registrationRows::selectInOrder(), {registrationRows::idArray(ids)});
    if (!rows)
        return std::unexpected(rows.error());
    ReadKeys keys(m_cipher);
    while ((*rows)->next()) {
        auto stored = registrationFromRow(**rows, keys);
        if (!stored)
            return std::unexpected(stored.error());
        page.append(std::move(stored->registration));
    }
    return page;
}

Result<RegistrationRepository::PageIds> RegistrationRepository::pageIds(const RegistrationQuery &query)
{
    auto filter = filterFor(query);
    auto order = orderFor(query);
    if (const auto error = firstError(filter, order))
        return std::unexpected(*error);
    auto index = indexFor(query.webinarId);
    if (!index)
        return std::unexpected(index.error());
    const RegistrationIndex &entries = **index;
    const auto sorted = entries.orders.find(*order);
    const qsizetype size = static_cast<qsizetype>(entries.entries.size());
    PageIds page;
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype position = query.descending ? size - 1 - i : i;
        const int at = sorted == entries.orders.end() ? static_cast<int>(position) : sorted->second[position];
        const RegistrationIndex::Entry &entry = entries.entries[at];
        if (!filter->matches(entry))
            continue;
        if (page.total >= query.offset && page.total < query.offset + query.limit)
            page.ids.append(entry.id);
        ++page.total;
    }
    return page;
}

Result<api::Page<api::Registration>> RegistrationRepository::list(const RegistrationQuery &query)
{
    Transaction transaction(m_database); // one snapshot for the revision, the index and the page
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto ids = pageIds(query);
    if (!ids)
        return std::unexpected(ids.error());
    auto items = readPage(ids->ids);
    if (!items)
        return std::unexpected(items.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return api::Page<api::Registration> {*items, ids->total, query.offset, query.limit};
}

// The page's rows in the index's order, each written as its JSON object straight from the row (registrationRows).
Result<RegistrationRepository::PageBody> RegistrationRepository::listJson(const RegistrationQuery &query)
{
    Transaction transaction(m_database); // one snapshot for the revision, the index and the page
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto ids = pageIds(query);
    if (!ids)
        return std::unexpected(ids.error());
    PageBody page;
    page.json.reserve(64 + 512 * ids->ids.size());
    json::Writer out(page.json);
    out.beginObject();
    out.key("items"_L1);
    out.beginArray();
    if (!ids->ids.isEmpty()) {
        auto rows =
            m_database.statements().exec(registrationRows::selectInOrder(), {registrationRows::idArray(ids->ids)});
        if (!rows)
            return std::unexpected(rows.error());
        ReadKeys keys(m_cipher);
        while ((*rows)->next()) {
            if (auto written = registrationRows::writeJson(**rows, keys, query.readable, out); !written)
                return std::unexpected(written.error());
            ++page.rows;
        }
    }
    out.endArray();
    for (const auto &[name, value] : {std::pair {"limit"_L1, query.limit}, std::pair {"offset"_L1, query.offset},
                                      std::pair {"total"_L1, ids->total}}) {
        out.key(name);
        out.integer(value);
    }
    out.endObject();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return page;
}

Result<std::optional<StoredRegistration>> RegistrationRepository::find(qint64 id)
{
    auto query = m_database.statements().exec(selectById(), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!(*query)->next())
        return std::optional<StoredRegistration> {};
    ReadKeys keys(m_cipher);
    auto stored = registrationFromRow(**query, keys);
    if (!stored)
        return std::unexpected(stored.error());
    return std::optional<StoredRegistration> {*stored};
}

Result<std::optional<QByteArray>> RegistrationRepository::findJson(qint64 id, const Authorise &authorise)
{
    auto query = m_database.statements().exec(selectById(), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!(*query)->next())
        return std::optional<QByteArray> {};
    auto readable = authorise(registrationRows::scopeOf(**query));
    if (!readable)
        return std::unexpected(readable.error());
    QByteArray object;
    json::Writer out(object);
    ReadKeys keys(m_cipher);
    if (auto written = registrationRows::writeJson(**query, keys, *readable, out); !written)
        return std::unexpected(written.error());
    return std::optional<QByteArray> {std::move(object)};
}

Result<QHash<qint64, RegistrationRepository::Attendee>> RegistrationRepository::attendees(const QList<qint64> &ids)
{
    QHash<qint64, Attendee> found;
    if (ids.isEmpty())
        return found;
    // One statement for any number of ids (the access log's page), prepared once.
    auto rows = m_database.statements().exec(
        u"SELECT r.id, r.full_name, COALESCE(r.user_id, 0), w.organisation_id FROM registrations r"
        " JOIN webinars w ON w.id = r.webinar_id WHERE r.id IN (SELECT value FROM json_each(?))"_s,
        {registrationRows::idArray(ids)});
    if (!rows)
        return std::unexpected(rows.error());
    ReadKeys keys(m_cipher);
    while ((*rows)->next()) {
        const QSqlQuery &row = **rows;
        const qint64 id = row.value(0).toLongLong();
        auto key = keys.organisation(row.value(3).toLongLong());
        if (!key)
            return std::unexpected(key.error());
        auto name = FieldCipher::open(*key, row.value(1), "registrations", "full_name", id);
        if (!name)
            return std::unexpected(name.error());
        found.insert(id, Attendee {*name, row.value(2).toLongLong()});
    }
    return found;
}

Result<QList<api::Registration>> RegistrationRepository::listOwn(qint64 userId)
{
    auto query = m_database.exec(registrationRows::select() + u" WHERE r.user_id = ? ORDER BY r.registered_at, r.id"_s,
                                 {userId});
    if (!query)
        return std::unexpected(query.error());
    QList<api::Registration> list;
    ReadKeys keys(m_cipher);
    while (query->next()) {
        auto stored = registrationFromRow(*query, keys);
        if (!stored)
            return std::unexpected(stored.error());
        list.append(stored->registration);
    }
    return list;
}

Result<api::Registration> RegistrationRepository::setApproval(qint64 id, qint64 version, api::ApprovalState state)
{
    Transaction transaction(m_database);
    auto change = RegistrationIndexCache::Change::beginFor(m_database, m_indexes, id);
    if (!change)
        return std::unexpected(change.error());
    auto updated = m_database.exec(
        u"UPDATE registrations SET approval_state = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
        {api::approvalStateToWire(state), id, version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The registration was changed in the meantime."_s));
    if (auto recorded = change->commit(id); !recorded)
        return std::unexpected(recorded.error());
    auto stored = find(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return (*stored)->registration;
}

Status RegistrationRepository::setAttendance(qint64 id, const QDateTime &joinedAt, const QDateTime &leftAt,
                                             qint64 minutesWatched)
{
    // The attendance columns take part in the index (the present filter, the sort by minutes watched).
    auto change = RegistrationIndexCache::Change::beginFor(m_database, m_indexes, id);
    if (!change)
        return std::unexpected(change.error());
    auto updated =
        m_database.exec(u"UPDATE registrations SET joined_at = ?, left_at = ?, minutes_watched = ? WHERE id = ?"_s,
                        {nullableTimeValue(joinedAt), nullableTimeValue(leftAt), minutesWatched, id});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(notFound());
    return change->commit(id);
}

Status RegistrationRepository::setJoinTokenHash(qint64 id, const QString &tokenHash)
{
    // Every update of a row moves the webinar's index revision (schema 6's trigger); recorded as a change of this
    // row, the cached index stays usable.
    auto change = RegistrationIndexCache::Change::beginFor(m_database, m_indexes, id);
    if (!change)
        return std::unexpected(change.error());
    auto updated = m_database.exec(u"UPDATE registrations SET join_token_hash = ? WHERE id = ?"_s, {tokenHash, id});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(notFound());
    return change->commit(id);
}

Result<std::optional<RegistrationRepository::JoinTarget>>
RegistrationRepository::findByJoinTokenHash(const QString &tokenHash)
{
    auto row = m_database.firstRow(u"SELECT id, webinar_id, user_id, approval_state FROM registrations"
                                   " WHERE join_token_hash = ?"_s,
                                   {tokenHash});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<JoinTarget> {};
    const QList<QVariant> &values = **row;
    return std::optional<JoinTarget> {
        JoinTarget {values.at(0).toLongLong(), values.at(1).toLongLong(), values.at(2).toLongLong(),
                    api::approvalStateFromWire(values.at(3).toString()).value_or(api::ApprovalState::Pending)}};
}

Status RegistrationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    auto change = RegistrationIndexCache::Change::beginFor(m_database, m_indexes, id);
    if (!change)
        return std::unexpected(change.error());
    auto deleted = m_database.exec(u"DELETE FROM registrations WHERE id = ?"_s, {id});
    if (!deleted)
        return std::unexpected(deleted.error());
    if (auto recorded = change->commit(id); !recorded)
        return recorded;
    return transaction.commit();
}

Result<qint64> RegistrationRepository::insert(const NewRegistration &r, FieldCipher::Key organisationKey)
{
    auto id = m_database.reserveId(u"registrations"_s);
    if (!id)
        return id;
    const auto sealed = [&](const QString &text, const char *column) {
        return FieldCipher::seal(organisationKey, text, "registrations", column, *id);
    };
    auto inserted = m_database.run(
        u"INSERT INTO registrations (id, webinar_id, user_id, full_name, email, phone, company, job_title,"
        " registered_at, consent_recording, consent_marketing, consent_at, approval_state, joined_at, left_at,"
        " minutes_watched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {*id, r.webinarId, r.userId > 0 ? QVariant(r.userId) : QVariant(QMetaType::fromType<qint64>()),
         sealed(r.fullName, "full_name"), sealed(r.email, "email"), sealed(r.phone, "phone"),
         sealed(r.company, "company"), sealed(r.jobTitle, "job_title"), toDatabaseTime(r.registeredAt),
         r.consent.recording ? 1 : 0, r.consent.marketing ? 1 : 0, nullableTimeValue(r.consent.givenAt),
         api::approvalStateToWire(r.approval), nullableTimeValue(r.joinedAt), nullableTimeValue(r.leftAt),
         r.minutesWatched});
    if (!inserted)
        return std::unexpected(inserted.error());
    return id;
}

Result<qint64> RegistrationRepository::create(qint64 webinarId, const api::UserInfo &viewer,
                                              const api::ConsentChoice &consent)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto existing = m_database.firstRow(u"SELECT 1 FROM registrations WHERE webinar_id = ? AND user_id = ?"_s,
                                        {webinarId, viewer.id});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return std::unexpected(conflict(u"You are already registered for this webinar."_s));
    auto webinar =
        m_database.firstRow(u"SELECT organisation_id, requires_approval FROM webinars WHERE id = ?"_s, {webinarId});
    if (!webinar || !*webinar)
        return std::unexpected(webinar ? notFound() : webinar.error());
    // The viewer's own data (under the subject key) is copied, sealed again under the organisation's key.
    auto profile = ProfileRepository(m_database, m_cipher).find(viewer.id);
    auto key = m_cipher.organisationKey((*webinar)->at(0).toLongLong());
    if (const auto error = firstError(profile, key))
        return std::unexpected(*error);
    // The webinar's approval rules decide: approved at once, pending, or on the waiting list when it is full.
    auto admitted = ApprovalRuleRepository(m_database)
                        .admit(webinarId, (*webinar)->at(1).toInt() != 0, profile->email, profile->company);
    if (!admitted)
        return std::unexpected(admitted.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NewRegistration registration {webinarId,
                                  viewer.id,
                                  profile->fullName,
                                  profile->email,
                                  profile->phone,
                                  profile->company,
                                  profile->jobTitle,
                                  now,
                                  api::Consent {consent.recording, consent.marketing, now},
                                  *admitted,
                                  {},
                                  {},
                                  0};
    auto change = RegistrationIndexCache::Change::begin(m_database, m_indexes, webinarId);
    if (!change)
        return std::unexpected(change.error());
    auto id = insert(registration, *key);
    if (!id)
        return id;
    if (auto recorded = change->commit(*id); !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace regiekamer::server
