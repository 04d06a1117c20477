#include "storage/WebinarRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// Returns the WHERE clause and its bound value for a user's scope.
std::pair<QString, QVariantList> scopeFor(const api::UserInfo &user)
{
    switch (user.role) {
    case Role::Admin:
        return {u"1 = 1"_s, {}};
    case Role::Director:
    case Role::Moderator:
        return {u"EXISTS (SELECT 1 FROM webinar_staff s WHERE s.webinar_id = w.id AND s.user_id = ?)"_s, {user.id}};
    case Role::ClientStaff:
        return {u"w.organisation_id = ?"_s, {user.organisationId}};
    case Role::Viewer:
        return {u"EXISTS (SELECT 1 FROM registrations r WHERE r.webinar_id = w.id AND r.user_id = ?)"_s, {user.id}};
    }
    return {u"1 = 0"_s, {}};
}

const QString selectSummary =
    u"SELECT w.id, w.title, w.organisation_id, o.name, w.state, w.starts_at, w.duration_minutes,"
    " (SELECT COUNT(*) FROM registrations r2 WHERE r2.webinar_id = w.id),"
    " (SELECT COUNT(*) FROM questions q WHERE q.webinar_id = w.id AND q.state IN ('new', 'approved', 'pinned')),"
    " w.version, w.description, w.requires_approval"
    " FROM webinars w JOIN organisations o ON o.id = w.organisation_id"_s;

api::WebinarSummary summaryFromRow(const QSqlQuery &query, bool showCounts)
{
    api::WebinarSummary webinar;
    webinar.id = query.value(0).toLongLong();
    webinar.title = query.value(1).toString();
    webinar.organisationId = query.value(2).toLongLong();
    webinar.organisationName = query.value(3).toString();
    webinar.state = webinarStateFromWire(query.value(4).toString()).value_or(WebinarState::Draft);
    webinar.startsAt = fromDatabaseTime(query.value(5));
    webinar.durationMinutes = query.value(6).toLongLong();
    webinar.registrationCount = showCounts ? query.value(7).toLongLong() : 0;
    webinar.openQuestionCount = showCounts ? query.value(8).toLongLong() : 0;
    webinar.version = query.value(9).toLongLong();
    webinar.description = query.value(10).toString();
    webinar.requiresApproval = query.value(11).toInt() != 0;
    return webinar;
}

} // namespace

WebinarRepository::WebinarRepository(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

Result<api::StaffAssignment> WebinarRepository::staffFromRow(const QSqlQuery &query)
{
    const qint64 userId = query.value(0).toLongLong();
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    auto name = FieldCipher::open(*key, query.value(1), "users", "display_name", userId);
    if (!name)
        return std::unexpected(name.error());
    return api::StaffAssignment {userId, *name, roleFromWire(query.value(2).toString()).value_or(Role::Moderator)};
}

Result<QList<api::WebinarSummary>> WebinarRepository::listVisibleTo(const api::UserInfo &user)
{
    const auto [condition, values] = scopeFor(user);
    auto query = m_database.exec(selectSummary + u" WHERE "_s + condition + u" ORDER BY w.starts_at, w.id"_s, values);
    if (!query)
        return std::unexpected(query.error());
    // Viewers reach only their own data: no counts about other attendees.
    const bool showCounts = user.role != Role::Viewer;
    QList<api::WebinarSummary> webinars;
    while (query->next())
        webinars.append(summaryFromRow(*query, showCounts));
    return webinars;
}

Result<std::optional<api::WebinarDetail>> WebinarRepository::find(qint64 id)
{
    auto query = m_database.exec(selectSummary + u" WHERE w.id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<api::WebinarDetail> {};
    api::WebinarDetail detail {summaryFromRow(*query, true), QList<api::StaffAssignment> {}};
    auto staff =
        m_database.exec(u"SELECT s.user_id, u.display_name, s.staff_role FROM webinar_staff s"
                        " JOIN users u ON u.id = s.user_id WHERE s.webinar_id = ? ORDER BY s.staff_role, u.id"_s,
                        {id});
    if (!staff)
        return std::unexpected(staff.error());
    while (staff->next()) {
        auto assignment = staffFromRow(*staff);
        if (!assignment)
            return std::unexpected(assignment.error());
        detail.staff->append(*assignment);
    }
    return std::optional<api::WebinarDetail> {detail};
}

Result<api::WebinarDetail> WebinarRepository::create(const api::WebinarCreate &webinar)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto organisation = m_database.exec(u"SELECT 1 FROM organisations WHERE id = ?"_s, {webinar.organisationId});
    if (!organisation)
        return std::unexpected(organisation.error());
    if (!organisation->next())
        return fail(QString::fromLatin1(api::errc::badRequest),
                    u"There is no organisation %1."_s.arg(webinar.organisationId));
    organisation->finish();
    auto inserted = m_database.exec(
        u"INSERT INTO webinars (organisation_id, title, description, state, starts_at, duration_minutes)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        {webinar.organisationId, webinar.title, webinar.description, webinarStateToWire(WebinarState::Draft),
         toDatabaseTime(webinar.startsAt), webinar.durationMinutes});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto detail = find(inserted->lastInsertId().toLongLong());
    if (!detail || !*detail)
        return std::unexpected(detail ? conflict(u"The webinar is gone."_s) : detail.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **detail;
}

Status WebinarRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    // Explicit, child tables first: the result does not depend on the engine's foreign-key settings.
    for (const QString &statement :
         {u"DELETE FROM questions WHERE webinar_id = ?"_s, u"DELETE FROM registrations WHERE webinar_id = ?"_s,
          u"DELETE FROM webinar_staff WHERE webinar_id = ?"_s}) {
        if (auto deleted = m_database.exec(statement, {id}); !deleted)
            return std::unexpected(deleted.error());
    }
    auto deleted = m_database.exec(u"DELETE FROM webinars WHERE id = ?"_s, {id});
    if (!deleted)
        return std::unexpected(deleted.error());
    if (deleted->numRowsAffected() != 1)
        return fail(QString::fromLatin1(api::errc::notFound), u"No such resource."_s);
    return transaction.commit();
}

Status WebinarRepository::bumpVersion(qint64 id, qint64 version)
{
    auto updated =
        m_database.exec(u"UPDATE webinars SET version = version + 1 WHERE id = ? AND version = ?"_s, {id, version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The webinar was changed in the meantime."_s));
    return {};
}

Result<api::WebinarDetail> WebinarRepository::update(qint64 id, const api::WebinarUpdate &change)
{
    Transaction transaction(m_database);
    if (auto bumped = bumpVersion(id, change.version); !bumped)
        return std::unexpected(bumped.error());
    auto updated = m_database.exec(
        u"UPDATE webinars SET title = COALESCE(?, title), description = COALESCE(?, description),"
        " starts_at = COALESCE(?, starts_at), duration_minutes = COALESCE(?, duration_minutes),"
        " requires_approval = COALESCE(?, requires_approval) WHERE id = ?"_s,
        {change.title ? QVariant(*change.title) : QVariant(QMetaType::fromType<QString>()),
         change.description ? QVariant(*change.description) : QVariant(QMetaType::fromType<QString>()),
         change.startsAt ? QVariant(toDatabaseTime(*change.startsAt)) : QVariant(QMetaType::fromType<QString>()),
         change.durationMinutes ? QVariant(*change.durationMinutes) : QVariant(QMetaType::fromType<qint64>()),
         change.requiresApproval ? QVariant(*change.requiresApproval ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
         id});
    if (!updated)
        return std::unexpected(updated.error());
    auto detail = find(id);
    if (!detail || !*detail)
        return std::unexpected(detail ? conflict(u"The webinar is gone."_s) : detail.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **detail;
}

Result<api::WebinarDetail> WebinarRepository::changeState(qint64 id, const api::WebinarStateChange &change)
{
    Transaction transaction(m_database);
    auto current = find(id);
    if (!current || !*current)
        return std::unexpected(current ? conflict(u"The webinar is gone."_s) : current.error());
    if ((*current)->summary.version != change.version)
        return std::unexpected(conflict(u"The webinar was changed in the meantime."_s));
    if (!isTransitionAllowed((*current)->summary.state, change.state))
        return std::unexpected(conflict(u"This state change is not allowed."_s));
    if (auto bumped = bumpVersion(id, change.version); !bumped)
        return std::unexpected(bumped.error());
    auto updated =
        m_database.exec(u"UPDATE webinars SET state = ? WHERE id = ?"_s, {webinarStateToWire(change.state), id});
    if (!updated)
        return std::unexpected(updated.error());
    auto detail = find(id);
    if (!detail || !*detail)
        return std::unexpected(detail ? conflict(u"The webinar is gone."_s) : detail.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **detail;
}

Result<std::optional<Role>> WebinarRepository::assignedRole(qint64 id, qint64 userId)
{
    auto query =
        m_database.exec(u"SELECT staff_role FROM webinar_staff WHERE webinar_id = ? AND user_id = ?"_s, {id, userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<Role> {};
    return roleFromWire(query->value(0).toString());
}

Result<QList<api::StaffAssignment>> WebinarRepository::staffCandidates(qint64 id, const QList<Role> &roles)
{
    QList<api::StaffAssignment> candidates;
    if (roles.isEmpty())
        return candidates;
    QVariantList values;
    for (const Role role : roles)
        values.append(roleToWire(role));
    values.append(id);
    const QString placeholders = QStringList(roles.size(), u"?"_s).join(u", "_s);
    auto query = m_database.exec(
        u"SELECT u.id, u.display_name, u.role FROM users u"
        " WHERE u.disabled = 0 AND u.role IN (%1) AND NOT EXISTS"
        " (SELECT 1 FROM webinar_staff s WHERE s.webinar_id = ? AND s.user_id = u.id)"_s.arg(placeholders),
        values);
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        auto candidate = staffFromRow(*query);
        if (!candidate)
            return std::unexpected(candidate.error());
        candidates.append(*candidate);
    }
    std::ranges::sort(candidates, [](const api::StaffAssignment &a, const api::StaffAssignment &b) {
        const int order = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.userId < b.userId;
    });
    return candidates;
}

Result<api::WebinarDetail> WebinarRepository::assign(qint64 id, qint64 userId, Role role)
{
    Transaction transaction(m_database);
    auto user = m_database.exec(u"SELECT role, disabled FROM users WHERE id = ?"_s, {userId});
    if (!user)
        return std::unexpected(user.error());
    if (!user->next() || user->value(0).toString() != roleToWire(role) || user->value(1).toBool())
        return badRequest(u"The account does not have this role."_s);
    auto inserted =
        m_database.exec(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role) VALUES (?, ?, ?)"
                        " ON CONFLICT (webinar_id, user_id) DO UPDATE SET staff_role = excluded.staff_role"_s,
                        {id, userId, roleToWire(role)});
    if (!inserted)
        return std::unexpected(inserted.error());
    auto bumped = m_database.exec(u"UPDATE webinars SET version = version + 1 WHERE id = ?"_s, {id});
    auto detail = bumped ? find(id) : Result<std::optional<api::WebinarDetail>>(std::unexpected(bumped.error()));
    if (!detail || !*detail)
        return std::unexpected(detail ? conflict(u"The webinar is gone."_s) : detail.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **detail;
}

Result<Role> WebinarRepository::unassign(qint64 id, qint64 userId)
{
    Transaction transaction(m_database);
    auto role = assignedRole(id, userId);
    if (!role)
        return std::unexpected(role.error());
    if (!*role)
        return fail(QString::fromLatin1(api::errc::notFound), u"The account is not assigned."_s);
    auto deleted = m_database.exec(u"DELETE FROM webinar_staff WHERE webinar_id = ? AND user_id = ?"_s, {id, userId});
    if (!deleted)
        return std::unexpected(deleted.error());
    auto bumped = m_database.exec(u"UPDATE webinars SET version = version + 1 WHERE id = ?"_s, {id});
    if (!bumped)
        return std::unexpected(bumped.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return **role;
}

Result<qint64> WebinarRepository::insert(const NewWebinar &webinar)
{
    auto inserted = m_database.exec(
        u"INSERT INTO webinars (organisation_id, title, description, state, starts_at, duration_minutes,"
        " requires_approval) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {webinar.organisationId, webinar.title, webinar.description, webinarStateToWire(webinar.state),
         toDatabaseTime(webinar.startsAt), webinar.durationMinutes, webinar.requiresApproval ? 1 : 0});
    if (!inserted)
        return std::unexpected(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

Status WebinarRepository::insertAssignment(qint64 id, qint64 userId, Role role)
{
    auto inserted = m_database.exec(u"INSERT INTO webinar_staff (webinar_id, user_id, staff_role) VALUES (?, ?, ?)"_s,
                                    {id, userId, roleToWire(role)});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

} // namespace regiekamer::server
