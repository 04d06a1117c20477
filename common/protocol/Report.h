#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// A webinar's report (GET /api/v1/webinars/{id}/report): counts only, never a person. What the desktop draws as
// charts and writes into the PDF report.
namespace regiekamer::api {

struct CountAt
{
    QDateTime at; // start of the bucket (UTC)
    qint64 count = 0;
    bool operator==(const CountAt &) const = default;
};

struct NamedCount
{
    QString name; // a wire name: a question state, a funnel stage
    qint64 count = 0;
    bool operator==(const NamedCount &) const = default;
};

// The stages of the approval funnel, in order: every registration, approved, joined the live webinar, watched at
// least half of its planned duration.
namespace funnelStage {
inline constexpr auto registered = "registered";
inline constexpr auto approved = "approved";
inline constexpr auto joined = "joined";
inline constexpr auto stayed = "stayed";
} // namespace funnelStage

struct WebinarReport
{
    qint64 webinarId = 0;
    QList<CountAt> registrationsPerDay; // new registrations per UTC day, days without any left out
    QList<CountAt> viewersPerMinute; // attendees present at any moment of each minute, from the first join on
    QList<NamedCount> questionsByState; // every state, zero counts included
    QList<NamedCount> funnel; // the funnelStage names in order

    qint64 peakViewers() const;
    qint64 registrationTotal() const;
    bool operator==(const WebinarReport &) const = default;

    QJsonObject toJson() const;
    static Result<WebinarReport> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
