#include "app/DemoGoLive.h"

#include "app/DemoData.h"
#include "crypto/SecureRandom.h"
#include "storage/StreamKeyRepository.h"
#include "storage/WebinarTimeline.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// The states a webinar passed through to reach `state`, in order.
QList<WebinarState> pathTo(WebinarState state)
{
    using enum WebinarState;
    static const QList<WebinarState> full {Draft, Scheduled, Rehearsal, Live, Ended, Archived};
    QList<WebinarState> path = full.mid(0, full.indexOf(state) + 1);
    return path;
}

// When the webinar entered `state`, given its start, duration and the moment of seeding (never in the future).
QDateTime enteredAt(WebinarState state, const QDateTime &starts, int minutes, const QDateTime &now)
{
    QDateTime at;
    switch (state) {
    case WebinarState::Draft:
    case WebinarState::Scheduled:
        at = std::min(starts, now).addDays(-14);
        break;
    case WebinarState::Rehearsal:
        at = std::min(starts.addSecs(-60 * 60), now.addSecs(-10 * 60));
        break;
    case WebinarState::Live:
        at = starts;
        break;
    case WebinarState::Ended:
        at = starts.addSecs(qint64 {minutes} * 60 + 120);
        break;
    case WebinarState::Archived:
        at = starts.addDays(7);
        break;
    }
    return std::min(at, now.addSecs(-60));
}

} // namespace

Status DemoGoLive::seed(const QList<qint64> &webinarIds, const QList<qint64> &organisationIds, qint64 adminId,
                        qint64 directorId)
{
    StreamKeyRepository keys(database, cipher);
    WebinarTimeline timeline(database, cipher);
    for (qsizetype i = 0; i < webinarIds.size(); ++i) {
        const auto &webinar = demoData::webinars().at(i);
        const QDateTime starts = now.addSecs(webinar.startOffsetMinutes * 60);
        const QList<WebinarState> path = pathTo(webinar.state);
        for (qsizetype step = 1; step < path.size(); ++step) {
            // The administrator schedules, and runs the webinars that have no director.
            const bool scheduling = path.at(step) == WebinarState::Scheduled || !webinar.director;
            const StateChangeRecord change {webinarIds.at(i),
                                            path.at(step - 1),
                                            path.at(step),
                                            enteredAt(path.at(step), starts, webinar.durationMinutes, now),
                                            scheduling ? adminId : directorId,
                                            scheduling ? u"admin"_s : u"director"_s,
                                            false};
            if (auto recorded = timeline.record(change); !recorded)
                return recorded;
        }
        const QString url = QString::fromUtf8(demoData::ingestUrls().value(i, ""));
        if (url.isEmpty())
            continue;
        auto secret = crypto::secureRandom::token();
        if (!secret)
            return std::unexpected(secret.error());
        const qint64 organisation = organisationIds.at(webinar.organisation);
        const api::StreamKeyUpdate key {url, secret->toLatin1()};
        const QDateTime set = std::min(starts.addDays(-2), now.addSecs(-30 * 60));
        if (auto stored = keys.store(webinarIds.at(i), organisation, key, api::StreamKeyOrigin::Set, directorId, set);
            !stored)
            return stored;
    }
    return {};
}

} // namespace regiekamer::server
