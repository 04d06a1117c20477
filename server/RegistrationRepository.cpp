#include "RegistrationRepository.h"

#include "ApiError.h"
#include "Database.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

const QString selectRegistration =
    u"SELECT r.id, r.webinar_id, r.version, r.full_name, r.email, r.phone, r.company, r.job_title, r.registered_at,"
    " r.approval_state, r.joined_at, r.left_at, r.minutes_watched, r.consent_recording, r.consent_marketing,"
    " r.consent_at, COALESCE(r.user_id, 0), w.organisation_id"
    " FROM registrations r JOIN webinars w ON w.id = r.webinar_id"_s;

QDateTime nullableTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromDatabaseTime(value);
}

StoredRegistration fromRow(const QSqlQuery &q)
{
    api::Registration r;
    r.id = q.value(0).toLongLong();
    r.webinarId = q.value(1).toLongLong();
    r.version = q.value(2).toLongLong();
    r.fullName = q.value(3).toString();
    r.contact = api::ContactFields {q.value(4).toString(), q.value(5).toString()};
    r.profile = api::ProfileFields {q.value(6).toString(), q.value(7).toString()};
    r.registration = api::RegistrationFields {
        fromDatabaseTime(q.value(8)),
        api::approvalStateFromWire(q.value(9).toString()).value_or(api::ApprovalState::Pending)};
    const QDateTime joined = nullableTime(q.value(10)), left = nullableTime(q.value(11));
    r.attendance = api::AttendanceFields {joined, left, q.value(12).toLongLong(), joined.isValid() && !left.isValid()};
    r.consent = api::Consent {q.value(13).toBool(), q.value(14).toBool(), nullableTime(q.value(15))};
    return StoredRegistration {r, ObjectScope {r.webinarId, q.value(17).toLongLong(), q.value(16).toLongLong()}};
}

auto badRequest(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::badRequest), message);
}

QString escapeLike(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

struct Clause
{
    QString where;
    QVariantList values;
    QString order;
};

Result<QString> orderFor(const RegistrationQuery &query)
{
    const auto readable = [&](FieldClass field) { return query.readable.contains(field); };
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    QString sort = query.sort;
    if (sort.isEmpty())
        sort = readable(FieldClass::Identity) ? u"name"_s : u"id"_s;
    if (sort == "id"_L1)
        return u"r.id"_s + direction;
    const std::array<std::tuple<const char *, const char *, FieldClass>, 4> keys {{
        {"name", "r.full_name COLLATE NOCASE", FieldClass::Identity},
        {"registeredAt", "r.registered_at", FieldClass::Registration},
        {"minutesWatched", "r.minutes_watched", FieldClass::Attendance},
        {"company", "r.company COLLATE NOCASE", FieldClass::Profile},
    }};
    for (const auto &[key, column, field] : keys) {
        if (sort == QLatin1StringView(key) && readable(field))
            return QString::fromLatin1(column) + direction + u", r.id"_s + direction;
    }
    return badRequest(u"Unknown sort key, or one on a field you cannot read."_s);
}

Result<Clause> clauseFor(const RegistrationQuery &query)
{
    const auto readable = [&](FieldClass field) { return query.readable.contains(field); };
    Clause clause {u"r.webinar_id = ?"_s, {query.webinarId}, {}};
    if (query.ownerUserId > 0) {
        clause.where += u" AND r.user_id = ?"_s;
        clause.values += query.ownerUserId;
    }
    if (!query.search.isEmpty()) {
        QStringList columns;
        if (readable(FieldClass::Identity))
            columns += u"rk_fold(r.full_name) LIKE ? ESCAPE '\\'"_s;
        if (readable(FieldClass::Contact))
            columns += u"rk_fold(r.email) LIKE ? ESCAPE '\\'"_s;
        if (readable(FieldClass::Profile))
            columns += u"rk_fold(r.company) LIKE ? ESCAPE '\\'"_s;
        if (columns.isEmpty())
            return badRequest(u"You cannot search these registrations."_s);
        clause.where += u" AND ("_s + columns.join(u" OR "_s) + u')';
        for (qsizetype i = 0; i < columns.size(); ++i)
            clause.values += escapeLike(query.search.toCaseFolded());
    }
    if (query.approval) {
        if (!readable(FieldClass::Registration))
            return badRequest(u"You cannot filter on the approval state."_s);
        clause.where += u" AND r.approval_state = ?"_s;
        clause.values += api::approvalStateToWire(*query.approval);
    }
    if (query.present) {
        if (!readable(FieldClass::Attendance))
            return badRequest(u"You cannot filter on presence."_s);
        clause.where += *query.present ? u" AND r.joined_at IS NOT NULL AND r.left_at IS NULL"_s
                                       : u" AND NOT (r.joined_at IS NOT NULL AND r.left_at IS NULL)"_s;
    }
    auto order = orderFor(query);
    if (!order)
        return std::unexpected(order.error());
    clause.order = *order;
    return clause;
}

} // namespace

Error conflict(const QString &message)
{
    return Error {QString::fromLatin1(api::errc::conflict), message};
}

RegistrationRepository::RegistrationRepository(Database &database)
    : m_database(database)
{
}

Result<api::Page<api::Registration>> RegistrationRepository::list(const RegistrationQuery &query)
{
    auto clause = clauseFor(query);
    if (!clause)
        return std::unexpected(clause.error());
    Transaction transaction(m_database); // one snapshot for the count and the page
    auto counted = m_database.exec(u"SELECT COUNT(*) FROM registrations r WHERE "_s + clause->where, clause->values);
    if (!counted)
        return std::unexpected(counted.error());
    api::Page<api::Registration> page {
        {}, counted->next() ? counted->value(0).toLongLong() : 0, query.offset, query.limit};
    QVariantList values = clause->values;
    values << query.limit << query.offset;
    auto rows = m_database.exec(selectRegistration + u" WHERE "_s + clause->where + u" ORDER BY "_s + clause->order +
                                    u" LIMIT ? OFFSET ?"_s,
                                values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        page.items.append(fromRow(*rows).registration);
    rows->finish();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return page;
}

Result<std::optional<StoredRegistration>> RegistrationRepository::find(qint64 id)
{
    auto query = m_database.exec(selectRegistration + u" WHERE r.id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredRegistration> {};
    return std::optional<StoredRegistration> {fromRow(*query)};
}

Result<QList<api::Registration>> RegistrationRepository::listOwn(qint64 userId)
{
    auto query =
        m_database.exec(selectRegistration + u" WHERE r.user_id = ? ORDER BY r.registered_at, r.id"_s, {userId});
    if (!query)
        return std::unexpected(query.error());
    QList<api::Registration> list;
    while (query->next())
        list.append(fromRow(*query).registration);
    return list;
}

Result<api::Registration> RegistrationRepository::setApproval(qint64 id, qint64 version, api::ApprovalState state)
{
    Transaction transaction(m_database);
    auto updated = m_database.exec(
        u"UPDATE registrations SET approval_state = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
        {api::approvalStateToWire(state), id, version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The registration was changed in the meantime."_s));
    auto stored = find(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return (*stored)->registration;
}

Status RegistrationRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    auto deleted = m_database.exec(u"DELETE FROM registrations WHERE id = ?"_s, {id});
    if (!deleted)
        return std::unexpected(deleted.error());
    return transaction.commit();
}

Result<qint64> RegistrationRepository::create(qint64 webinarId, const api::UserInfo &viewer,
                                              const api::ConsentChoice &consent)
{
    Transaction transaction(m_database);
    auto existing =
        m_database.exec(u"SELECT 1 FROM registrations WHERE webinar_id = ? AND user_id = ?"_s, {webinarId, viewer.id});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->next())
        return std::unexpected(conflict(u"You are already registered for this webinar."_s));
    const QString now = toDatabaseTime(QDateTime::currentDateTimeUtc());
    auto inserted = m_database.exec(
        u"INSERT INTO registrations (webinar_id, user_id, full_name, email, phone, company, job_title, registered_at,"
        " consent_recording, consent_marketing, consent_at, approval_state)"
        " SELECT ?, u.id, u.display_name, u.email, COALESCE(p.phone, ''), COALESCE(p.company, ''),"
        " COALESCE(p.job_title, ''), ?, ?, ?, ?, 'pending'"
        " FROM users u LEFT JOIN viewer_profiles p ON p.user_id = u.id WHERE u.id = ?"_s,
        {webinarId, now, consent.recording, consent.marketing, now, viewer.id});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace regiekamer::server
