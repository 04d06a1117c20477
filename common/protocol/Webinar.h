#pragma once

#include "base/Result.h"
#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Webinars (/api/v1/webinars…): summaries, details with their staff, and the change requests.
namespace regiekamer::api {

struct WebinarSummary
{
    qint64 id = 0;
    QString title;
    qint64 organisationId = 0;
    QString organisationName;
    WebinarState state = WebinarState::Draft;
    QDateTime startsAt;
    qint64 durationMinutes = 0;
    qint64 registrationCount = 0;
    qint64 openQuestionCount = 0;
    qint64 version = 1;
    QString description;
    // Whether a new registration waits for the director's approval (else it is approved at once). Absent in the
    // JSON of older servers and caches: true, as every registration waited before.
    bool requiresApproval = true;

    QJsonObject toJson() const;
    static Result<WebinarSummary> fromJson(const QJsonObject &object);
};

struct StaffAssignment
{
    qint64 userId = 0;
    QString displayName;
    Role role = Role::Moderator; // director or moderator

    QJsonObject toJson() const;
    static Result<StaffAssignment> fromJson(const QJsonObject &object);
};

// WebinarSummary plus its staff; staff is present only for admin and director.
struct WebinarDetail
{
    WebinarSummary summary;
    std::optional<QList<StaffAssignment>> staff;

    QJsonObject toJson() const;
    static Result<WebinarDetail> fromJson(const QJsonObject &object);
};

struct WebinarCreate
{
    qint64 organisationId = 0;
    QString title;
    QString description;
    QDateTime startsAt;
    qint64 durationMinutes = 0;
    QJsonObject toJson() const;
    static Result<WebinarCreate> fromJson(const QJsonObject &object);
};

struct WebinarUpdate
{
    qint64 version = 0;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QDateTime> startsAt;
    std::optional<qint64> durationMinutes;
    std::optional<bool> requiresApproval;
    QJsonObject toJson() const;
    static Result<WebinarUpdate> fromJson(const QJsonObject &object);
};

struct WebinarStateChange
{
    WebinarState state = WebinarState::Draft;
    qint64 version = 0;
    // Going live although the pre-flight checklist has unmet items (docs/api.md "Go-live"): why, 4..500 characters,
    // recorded in the access log entry. Empty: no override.
    QString overrideReason;
    QJsonObject toJson() const;
    static Result<WebinarStateChange> fromJson(const QJsonObject &object);
};

struct StaffAssignmentRequest
{
    Role role = Role::Moderator; // director or moderator
    QJsonObject toJson() const;
    static Result<StaffAssignmentRequest> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
