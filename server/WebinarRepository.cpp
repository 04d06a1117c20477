#include "WebinarRepository.h"

#include "Database.h"

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

} // namespace

WebinarRepository::WebinarRepository(Database &database)
    : m_database(database)
{
}

Result<QList<api::WebinarSummary>> WebinarRepository::listVisibleTo(const api::UserInfo &user)
{
    const auto [condition, values] = scopeFor(user);
    auto query = m_database.exec(
        u"SELECT w.id, w.title, w.organisation_id, o.name, w.state, w.starts_at, w.duration_minutes,"
        " (SELECT COUNT(*) FROM registrations r2 WHERE r2.webinar_id = w.id),"
        " (SELECT COUNT(*) FROM questions q WHERE q.webinar_id = w.id AND q.state IN ('new', 'approved'))"
        " FROM webinars w JOIN organisations o ON o.id = w.organisation_id WHERE "_s +
            condition + u" ORDER BY w.starts_at, w.id"_s,
        values);
    if (!query)
        return std::unexpected(query.error());
    // Viewers reach only their own data: no counts about other attendees.
    const bool showCounts = user.role != Role::Viewer;
    QList<api::WebinarSummary> webinars;
    while (query->next()) {
        api::WebinarSummary webinar;
        webinar.id = query->value(0).toLongLong();
        webinar.title = query->value(1).toString();
        webinar.organisationId = query->value(2).toLongLong();
        webinar.organisationName = query->value(3).toString();
        webinar.state = webinarStateFromWire(query->value(4).toString()).value_or(WebinarState::Draft);
        webinar.startsAt = fromDatabaseTime(query->value(5));
        webinar.durationMinutes = query->value(6).toLongLong();
        webinar.registrationCount = showCounts ? query->value(7).toLongLong() : 0;
        webinar.openQuestionCount = showCounts ? query->value(8).toLongLong() : 0;
        webinars.append(webinar);
    }
    return webinars;
}

} // namespace regiekamer::server
