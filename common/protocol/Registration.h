#pragma once

#include "base/Result.h"
#include "protocol/Consent.h"
#include "protocol/Rights.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Registrations (an attendee of a webinar): the personal fields per field class (rights::FieldClass), each present or
// absent as a whole, and the change requests. Serialisation can never emit a class outside the caller's readable
// classes.
namespace regiekamer::api {

// Waitlisted: would be approved, but the webinar is full (its capacity, ApprovalRules.h); moves up to approved, in
// order of registration, when a place frees.
enum class ApprovalState { Pending, Approved, Rejected, Waitlisted };
QString approvalStateToWire(ApprovalState state);
std::optional<ApprovalState> approvalStateFromWire(const QString &wire);

struct ContactFields
{
    QString email;
    QString phone;
};
struct ProfileFields
{
    QString company;
    QString jobTitle;
};
struct RegistrationFields
{
    QDateTime registeredAt;
    ApprovalState approvalState = ApprovalState::Pending;
    qint64 waitlistPosition = 0; // 1 for the first on the waiting list; 0 unless waitlisted
};
struct AttendanceFields
{
    QDateTime joinedAt; // invalid: null
    QDateTime leftAt; // invalid: null
    qint64 minutesWatched = 0;
    bool present = false;
    // Banned from the webinar's room (cannot join until the ban is lifted); the reason the director gave, and when.
    bool banned = false;
    QString banReason; // empty unless banned
    QDateTime bannedAt; // invalid unless banned
};

struct Registration
{
    qint64 id = 0;
    qint64 webinarId = 0;
    qint64 version = 1;
    std::optional<QString> fullName; // identity
    std::optional<ContactFields> contact; // contact
    std::optional<ProfileFields> profile; // profile
    std::optional<RegistrationFields> registration; // registration
    std::optional<AttendanceFields> attendance; // attendance
    std::optional<Consent> consent; // consent

    QJsonObject toJson() const; // every present class
    static Result<Registration> fromJson(const QJsonObject &object);
};

// Serialisation that can never emit a class outside `readable` (the caller's rights::readableFields).
QJsonObject registrationToJson(const Registration &registration, const QList<rights::FieldClass> &readable);
// Drops the classes outside `readable` from the value itself (for CSV and other non-JSON output).
Registration filtered(Registration registration, const QList<rights::FieldClass> &readable);

struct RegistrationUpdate
{
    ApprovalState approvalState = ApprovalState::Pending;
    qint64 version = 0;
    // Why, for the attendee: mailed to them in their language with the decision (approved or rejected), stored
    // nowhere else (only in the sealed outbox until sent). Empty: no reason given.
    QString reason;
    static constexpr qsizetype maximumReasonLength = 1000;
    QJsonObject toJson() const;
    static Result<RegistrationUpdate> fromJson(const QJsonObject &object);
};

struct RegistrationCreate
{
    ConsentChoice consent;
    QJsonObject toJson() const;
    static Result<RegistrationCreate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
