#pragma once

#include "base/Result.h"
#include "protocol/Report.h"

namespace regiekamer::server {

class Database;

// A webinar's report (protocol/Report.h), counted in SQL over the plain columns (times, states): no sealed field
// is opened, so a report never decrypts a person's data.
class ReportRepository
{
public:
    explicit ReportRepository(Database &database);

    // One snapshot of the webinar's registrations, attendance and questions; the webinar must exist. The same data
    // always gives the same report (no clock is read).
    Result<api::WebinarReport> report(qint64 webinarId);

    // Longest stretch of minutes a report counts viewers for (a webinar left open for days stays readable).
    static constexpr qint64 maximumMinutes = 24 * 60;

private:
    Result<QList<api::CountAt>> registrationsPerDay(qint64 webinarId);
    Result<QList<api::CountAt>> viewersPerMinute(qint64 webinarId);
    Result<QList<api::NamedCount>> questionsByState(qint64 webinarId);
    Result<QList<api::NamedCount>> funnel(qint64 webinarId);

    Database &m_database;
};

} // namespace regiekamer::server
