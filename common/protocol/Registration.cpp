#include "protocol/Registration.h"

#include "base/WireNames.h"
#include "protocol/JsonFields.h"

#include <QCoreApplication>

namespace regiekamer::api {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

constexpr WireTable<ApprovalState, 4> approvalNames {{
    {ApprovalState::Pending, "pending"},
    {ApprovalState::Approved, "approved"},
    {ApprovalState::Rejected, "rejected"},
    {ApprovalState::Waitlisted, "waitlisted"},
}};

} // namespace

QString approvalStateToWire(ApprovalState state)
{
    return enumToWire(approvalNames, state);
}

std::optional<ApprovalState> approvalStateFromWire(const QString &wire)
{
    return enumFromWire(approvalNames, wire);
}

QJsonObject Registration::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"webinarId"_L1, webinarId}, {"version"_L1, version}};
    if (fullName)
        object.insert("fullName"_L1, *fullName);
    if (contact) {
        object.insert("email"_L1, contact->email);
        object.insert("phone"_L1, contact->phone);
    }
    if (profile) {
        object.insert("company"_L1, profile->company);
        object.insert("jobTitle"_L1, profile->jobTitle);
    }
    if (registration) {
        object.insert("registeredAt"_L1, json::toWire(registration->registeredAt));
        object.insert("approvalState"_L1, approvalStateToWire(registration->approvalState));
        object.insert("waitlistPosition"_L1, registration->waitlistPosition);
    }
    if (attendance) {
        object.insert("joinedAt"_L1, fields::nullableTime(attendance->joinedAt));
        object.insert("leftAt"_L1, fields::nullableTime(attendance->leftAt));
        object.insert("minutesWatched"_L1, attendance->minutesWatched);
        object.insert("present"_L1, attendance->present);
        object.insert("banned"_L1, attendance->banned);
        object.insert("banReason"_L1, attendance->banned ? QJsonValue(attendance->banReason) : QJsonValue());
        object.insert("bannedAt"_L1, fields::nullableTime(attendance->bannedAt));
    }
    if (consent)
        object.insert("consent"_L1, consent->toJson());
    return object;
}

namespace {

Status readRegistrationClasses(const QJsonObject &object, Registration &result)
{
    auto contact = fields::readClass<ContactFields>(object, {"email"_L1, "phone"_L1}, [&]() -> Result<ContactFields> {
        auto email = json::requireString(object, "email"_L1);
        auto phone = json::requireString(object, "phone"_L1);
        if (const auto error = firstError(email, phone))
            return std::unexpected(*error);
        return ContactFields {*email, *phone};
    });
    auto profile =
        fields::readClass<ProfileFields>(object, {"company"_L1, "jobTitle"_L1}, [&]() -> Result<ProfileFields> {
            auto company = json::requireString(object, "company"_L1);
            auto job = json::requireString(object, "jobTitle"_L1);
            if (const auto error = firstError(company, job))
                return std::unexpected(*error);
            return ProfileFields {*company, *job};
        });
    auto registration = fields::readClass<RegistrationFields>(
        object, {"registeredAt"_L1, "approvalState"_L1, "waitlistPosition"_L1}, [&]() -> Result<RegistrationFields> {
            auto at = json::requireDateTime(object, "registeredAt"_L1);
            auto state = fields::requireEnum<ApprovalState>(object, "approvalState"_L1, &approvalStateFromWire);
            auto position = json::requireInteger(object, "waitlistPosition"_L1);
            if (const auto error = firstError(at, state, position))
                return std::unexpected(*error);
            return RegistrationFields {*at, *state, *position};
        });
    if (const auto error = firstError(contact, profile, registration))
        return std::unexpected(*error);
    result.contact = *contact;
    result.profile = *profile;
    result.registration = *registration;
    return {};
}

// The ban members of the attendance class; absent (an older server or offline copy): not banned.
Status readBan(const QJsonObject &object, std::optional<AttendanceFields> &attendance)
{
    if (!attendance || !object.contains("banned"_L1))
        return {};
    auto banned = json::requireBool(object, "banned"_L1);
    auto at = json::requireNullableDateTime(object, "bannedAt"_L1);
    auto reason = fields::requireNullableString(object, "banReason"_L1);
    if (const auto error = firstError(banned, at, reason))
        return std::unexpected(*error);
    attendance->banned = *banned;
    attendance->banReason = reason->value_or(QString());
    attendance->bannedAt = *at;
    return {};
}

Status readAttendanceAndConsent(const QJsonObject &object, Registration &result)
{
    auto attendance = fields::readClass<AttendanceFields>(
        object, {"joinedAt"_L1, "leftAt"_L1, "minutesWatched"_L1, "present"_L1}, [&]() -> Result<AttendanceFields> {
            auto joined = json::requireNullableDateTime(object, "joinedAt"_L1);
            auto left = json::requireNullableDateTime(object, "leftAt"_L1);
            auto minutes = json::requireInteger(object, "minutesWatched"_L1);
            auto present = json::requireBool(object, "present"_L1);
            if (const auto error = firstError(joined, left, minutes, present))
                return std::unexpected(*error);
            return AttendanceFields {*joined, *left, *minutes, *present, false, {}, {}};
        });
    if (!attendance)
        return std::unexpected(attendance.error());
    result.attendance = *attendance;
    if (auto ban = readBan(object, result.attendance); !ban)
        return ban;
    if (object.contains("consent"_L1)) {
        auto consentObject = json::requireObject(object, "consent"_L1);
        auto consent = consentObject ? Consent::fromJson(*consentObject) : Result<Consent>();
        if (!consentObject || !consent)
            return std::unexpected(consentObject ? consent.error() : consentObject.error());
        result.consent = *consent;
    }
    return {};
}

} // namespace

Result<Registration> Registration::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    auto name = json::optionalMember(object, "fullName"_L1, &json::requireString);
    if (const auto error = firstError(id, webinar, version, name))
        return std::unexpected(*error);
    Registration result;
    result.id = *id;
    result.webinarId = *webinar;
    result.version = *version;
    result.fullName = *name;
    if (auto ok = readRegistrationClasses(object, result); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readAttendanceAndConsent(object, result); !ok)
        return std::unexpected(ok.error());
    return result;
}

Registration filtered(Registration registration, const QList<FieldClass> &readable)
{
    if (!fields::has(readable, FieldClass::Identity))
        registration.fullName.reset();
    if (!fields::has(readable, FieldClass::Contact))
        registration.contact.reset();
    if (!fields::has(readable, FieldClass::Profile))
        registration.profile.reset();
    if (!fields::has(readable, FieldClass::Registration))
        registration.registration.reset();
    if (!fields::has(readable, FieldClass::Attendance))
        registration.attendance.reset();
    if (!fields::has(readable, FieldClass::Consent))
        registration.consent.reset();
    return registration;
}

QJsonObject registrationToJson(const Registration &registration, const QList<FieldClass> &readable)
{
    return filtered(registration, readable).toJson();
}

QJsonObject RegistrationUpdate::toJson() const
{
    QJsonObject object {{"approvalState"_L1, approvalStateToWire(approvalState)}, {"version"_L1, version}};
    if (!reason.isEmpty())
        object.insert("reason"_L1, reason);
    return object;
}

Result<RegistrationUpdate> RegistrationUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"approvalState"_L1, "version"_L1, "reason"_L1}); !ok)
        return std::unexpected(ok.error());
    auto state = fields::requireEnum<ApprovalState>(object, "approvalState"_L1, &approvalStateFromWire);
    auto based = fields::requireVersion(object);
    auto reason = json::optionalMember(object, "reason"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return json::requireText(o, key, maximumReasonLength, true);
    });
    if (const auto error = firstError(state, based, reason))
        return std::unexpected(*error);
    const QString given = reason->value_or(QString()).trimmed();
    if (!given.isEmpty() && *state != ApprovalState::Approved && *state != ApprovalState::Rejected)
        return fields::badValue(QCoreApplication::translate("Json", "A reason goes only with approving or rejecting."));
    return RegistrationUpdate {*state, *based, given};
}

QJsonObject RegistrationCreate::toJson() const
{
    return {{"consent"_L1, consent.toJson()}};
}

Result<RegistrationCreate> RegistrationCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"consent"_L1}); !ok)
        return std::unexpected(ok.error());
    auto consent = ConsentChoice::fromMember(object, "consent"_L1);
    if (!consent)
        return std::unexpected(consent.error());
    return RegistrationCreate {*consent};
}

} // namespace regiekamer::api
