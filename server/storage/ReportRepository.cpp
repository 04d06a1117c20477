#include "storage/ReportRepository.h"

#include "db/Database.h"
#include "protocol/Question.h"

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QDateTime minuteOf(const QDateTime &time)
{
    const qint64 seconds = time.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(seconds - seconds % 60, QTimeZone::UTC);
}

struct Stay
{
    QDateTime joined, left;
};

// Per minute from the first join: how many stays overlap it (a difference array over the minutes).
QList<api::CountAt> countPerMinute(const QList<Stay> &stays, qint64 maximumMinutes)
{
    if (stays.isEmpty())
        return {};
    QDateTime first = minuteOf(stays.first().joined), last = minuteOf(stays.first().left);
    for (const Stay &stay : stays) {
        first = std::min(first, minuteOf(stay.joined));
        last = std::max(last, minuteOf(stay.left));
    }
    const qint64 minutes = std::min(first.secsTo(last) / 60 + 1, maximumMinutes);
    QList<qint64> change(minutes + 1, 0);
    for (const Stay &stay : stays) {
        const qint64 from = first.secsTo(minuteOf(stay.joined)) / 60;
        const qint64 to = std::min(first.secsTo(minuteOf(stay.left)) / 60, minutes - 1);
        if (from > to)
            continue;
        ++change[from];
        --change[to + 1];
    }
    QList<api::CountAt> perMinute;
    perMinute.reserve(minutes);
    qint64 present = 0;
    for (qint64 minute = 0; minute < minutes; ++minute) {
        present += change[minute];
        perMinute.append({first.addSecs(minute * 60), present});
    }
    return perMinute;
}

} // namespace

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

// An attendee still present counts up to the latest join or leave recorded for the webinar, not up to the clock: the
// same data always gives the same report (the chart reaches as far as the data does).
Result<QList<api::CountAt>> ReportRepository::viewersPerMinute(qint64 webinarId)
{
    auto rows = m_database.exec(u"SELECT joined_at, left_at FROM registrations"
                                u" WHERE webinar_id = ? AND joined_at IS NOT NULL"_s,
                                {webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<std::pair<QDateTime, QDateTime>> times;
    QDateTime latest;
    while (rows->next()) {
        const QDateTime joined = fromDatabaseTime(rows->value(0));
        const QDateTime left = rows->value(1).isNull() ? QDateTime() : fromDatabaseTime(rows->value(1));
        if (!joined.isValid())
            continue;
        times.append({joined, left});
        latest = std::max({latest, joined, left.isValid() ? left : joined});
    }
    QList<Stay> stays;
    for (const auto &[joined, left] : std::as_const(times)) {
        const QDateTime until = left.isValid() ? left : latest;
        if (until >= joined)
            stays.append({joined, until});
    }
    return countPerMinute(stays, maximumMinutes);
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
