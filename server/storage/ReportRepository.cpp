#include "storage/ReportRepository.h"

#include "db/Database.h"
#include "protocol/Question.h"
#include "storage/MinuteCounts.h"

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

ReportRepository::ReportRepository(Database &database)
    : m_database(database)
{
}

Result<api::WebinarReport> ReportRepository::report(qint64 webinarId)
{
    Transaction snapshot(m_database);
    auto perDay = registrationsPerDay(webinarId);
    auto perMinute = viewersPerMinute(webinarId);
    auto questions = questionsByState(webinarId);
    auto stages = funnel(webinarId);
    if (const auto error = firstError(perDay, perMinute, questions, stages))
        return std::unexpected(*error);
    if (auto committed = snapshot.commit(); !committed)
        return std::unexpected(committed.error());
    return api::WebinarReport {webinarId, *perDay, *perMinute, *questions, *stages};
}

Result<QList<api::CountAt>> ReportRepository::registrationsPerDay(qint64 webinarId)
{
    // Times are stored as ISO 8601 UTC text, so their first ten characters are the UTC day.
    auto rows = m_database.exec(u"SELECT substr(registered_at, 1, 10) AS day, COUNT(*) FROM registrations"
                                u" WHERE webinar_id = ? GROUP BY day ORDER BY day"_s,
                                {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<api::CountAt> days;
    while (rows->next()) {
        const QDate day = QDate::fromString(rows->value(0).toString(), Qt::ISODate);
        days.append({QDateTime(day, QTime(0, 0), QTimeZone::UTC), rows->value(1).toLongLong()});
    }
    return days;
}

// From the room's stays (attendance_sessions): one still open counts up to its latest presence tick, not up to the
// clock, so the same data always gives the same report and the chart reaches as far as the data does.
Result<QList<api::CountAt>> ReportRepository::viewersPerMinute(qint64 webinarId)
{
    auto rows = m_database.exec(
        u"SELECT joined_at, COALESCE(left_at, last_tick_at) FROM attendance_sessions WHERE webinar_id = ?"_s,
        {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<minuteCounts::Stay> stays;
    while (rows->next())
        stays.append({fromDatabaseTime(rows->value(0)), fromDatabaseTime(rows->value(1))});
    QList<api::CountAt> perMinute;
    for (const minuteCounts::Minute &minute : minuteCounts::perMinute(stays, maximumMinutes))
        perMinute.append({minute.start, minute.viewers});
    return perMinute;
}

Result<QList<api::NamedCount>> ReportRepository::questionsByState(qint64 webinarId)
{
    auto rows = m_database.exec(
        u"SELECT state, COUNT(*) FROM questions WHERE webinar_id = ? GROUP BY state ORDER BY state"_s, {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<api::NamedCount> states;
    for (api::QuestionState state : {api::QuestionState::New, api::QuestionState::Pinned, api::QuestionState::Approved,
                                     api::QuestionState::Answered, api::QuestionState::Dismissed})
        states.append({api::questionStateToWire(state), 0});
    while (rows->next()) {
        const QString name = rows->value(0).toString();
        auto known = std::ranges::find(states, name, &api::NamedCount::name);
        if (known == states.end())
            states.append({name, rows->value(1).toLongLong()});
        else
            known->count = rows->value(1).toLongLong();
    }
    return states;
}

Result<QList<api::NamedCount>> ReportRepository::funnel(qint64 webinarId)
{
    // "Stayed": watched at least half of the planned duration.
    auto rows =
        m_database.exec(u"SELECT COUNT(r.id), COALESCE(SUM(r.approval_state = 'approved'), 0),"
                        u" COALESCE(SUM(r.joined_at IS NOT NULL), 0),"
                        u" COALESCE(SUM(r.minutes_watched * 2 >= w.duration_minutes AND r.joined_at IS NOT NULL), 0)"
                        u" FROM webinars w LEFT JOIN registrations r ON r.webinar_id = w.id WHERE w.id = ?"_s,
                        {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    if (!rows->next())
        return QList<api::NamedCount> {};
    namespace stage = api::funnelStage;
    QList<api::NamedCount> stages;
    int column = 0;
    for (const char *name : {stage::registered, stage::approved, stage::joined, stage::stayed})
        stages.append({QString::fromLatin1(name), rows->value(column++).toLongLong()});
    return stages;
}

} // namespace regiekamer::server
