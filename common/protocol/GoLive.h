#pragma once

#include "base/Result.h"
#include "protocol/WebinarState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Going live (docs/api.md "Go-live"): the pre-flight checklist the server computes (GET …/preflight) and the
// webinar's timeline of state changes (GET …/timeline).
namespace regiekamer::api {

enum class PreflightCheck {
    RehearsalHeld, // the webinar has been in the rehearsal state
    ModeratorPresent, // a moderator is assigned and connected to the event stream now
    StreamKeySet, // the stream-key vault holds an ingest URL and a key
    RegistrationsHandled, // no registration waits for approval
};

QString preflightCheckToWire(PreflightCheck check);
std::optional<PreflightCheck> preflightCheckFromWire(const QString &wire);
QList<PreflightCheck> allPreflightChecks();
QString preflightCheckLabel(PreflightCheck check); // translated: what is checked
QString preflightCheckHint(PreflightCheck check); // translated: what to do while it fails

struct PreflightItem
{
    PreflightCheck check = PreflightCheck::RehearsalHeld;
    bool passed = false;

    bool operator==(const PreflightItem &other) const = default;
};

struct Preflight
{
    qint64 webinarId = 0;
    QList<PreflightItem> items; // every check, in the order of allPreflightChecks()
    qint64 pendingRegistrations = 0;
    qint64 moderatorsAssigned = 0;
    qint64 moderatorsConnected = 0;

    bool ready() const;
    QList<PreflightCheck> unmet() const;
    QJsonObject toJson() const;
    static Result<Preflight> fromJson(const QJsonObject &object);
};

// The unmet checks of a 409 "preflight_unmet" answer ({"error", "message", "unmet": [check]}).
QList<PreflightCheck> unmetFromErrorJson(const QJsonObject &object);

// One state change of a webinar: from, to, when and by whom (the account's display name as it is now; empty when
// the account is gone or the change came from the operator's command line).
struct TimelineEntry
{
    qint64 id = 0;
    WebinarState from = WebinarState::Draft;
    WebinarState to = WebinarState::Draft;
    QDateTime at;
    qint64 actorId = 0;
    QString actorName;
    QString actorRole; // role wire name, or "operator"
    bool overridden = false; // went live with unmet checks, by the director's explicit override

    bool operator==(const TimelineEntry &other) const = default;
    QJsonObject toJson() const;
    static Result<TimelineEntry> fromJson(const QJsonObject &object);
};

// A going-live override's reason: 4 to 500 characters (recorded in the access log entry).
inline constexpr qsizetype minimumOverrideReasonLength = 4;

} // namespace regiekamer::api
