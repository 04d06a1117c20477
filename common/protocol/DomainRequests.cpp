// The change requests of Domain.h: strict readers (docs/api.md "Bodies") and their writers.
#include "protocol/Domain.h"

#include "base/JsonRead.h"

#include <QCoreApplication>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

auto badValue(const QString &message)
{
    return fail(QStringLiteral("bad_request"), message);
}

Result<QString> requireName(const QJsonObject &object, QLatin1StringView key)
{
    return json::requireText(object, key, maximumStringLength);
}

Result<QString> freeText(const QJsonObject &object, QLatin1StringView key) // may be empty (clears the field)
{
    return json::requireText(object, key, maximumStringLength, true);
}

template<typename Enum>
Result<Enum> wireEnum(const QJsonObject &object, QLatin1StringView key,
                      std::optional<Enum> (*fromWire)(const QString &))
{
    auto wire = json::requireString(object, key);
    if (!wire)
        return std::unexpected(wire.error());
    const auto value = fromWire(*wire);
    if (!value)
        return badValue(QCoreApplication::translate("Json", "Unknown value \"%1\".").arg(wire->left(100)));
    return *value;
}

Result<Role> staffRole(const QJsonObject &object, QLatin1StringView key)
{
    return wireEnum<Role>(object, key, &roleFromWire);
}

Result<qint64> requireVersion(const QJsonObject &object)
{
    auto value = json::requireInteger(object, "version"_L1);
    if (value && *value < 1)
        return badValue(QCoreApplication::translate("Json", "Member \"version\" must be at least 1."));
    return value;
}

Result<qint64> duration(const QJsonObject &object, QLatin1StringView key)
{
    auto value = json::requireInteger(object, key);
    if (value && (*value < 1 || *value > qint64 {24} * 60))
        return badValue(QCoreApplication::translate("Json", "A duration is 1 to 1440 minutes."));
    return value;
}

Result<qint64> organisationReference(const QJsonObject &object, QLatin1StringView key)
{
    auto value = json::requireInteger(object, key);
    if (value && *value < 0)
        return badValue(QCoreApplication::translate("Json", "Member \"%1\" must not be negative.").arg(key));
    return value;
}

} // namespace

QJsonObject OrganisationCreate::toJson() const
{
    return {{"name"_L1, name}};
}

Result<OrganisationCreate> OrganisationCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"name"_L1}); !ok)
        return std::unexpected(ok.error());
    auto value = requireName(object, "name"_L1);
    if (!value)
        return std::unexpected(value.error());
    return OrganisationCreate {value->trimmed()};
}

QJsonObject OrganisationUpdate::toJson() const
{
    return {{"name"_L1, name}, {"version"_L1, version}};
}

Result<OrganisationUpdate> OrganisationUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"name"_L1, "version"_L1}); !ok)
        return std::unexpected(ok.error());
    auto value = requireName(object, "name"_L1);
    auto based = requireVersion(object);
    if (const auto error = firstError(value, based))
        return std::unexpected(*error);
    return OrganisationUpdate {value->trimmed(), *based};
}

QJsonObject StaffAccountCreate::toJson() const
{
    return {{"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"password"_L1, password}};
}

Result<StaffAccountCreate> StaffAccountCreate::fromJson(const QJsonObject &object)
{
    if (auto ok =
            json::onlyMembers(object, {"email"_L1, "displayName"_L1, "role"_L1, "organisationId"_L1, "password"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto email = requireName(object, "email"_L1);
    auto display = requireName(object, "displayName"_L1);
    auto role = staffRole(object, "role"_L1);
    auto organisation = organisationReference(object, "organisationId"_L1);
    auto password = json::requireText(object, "password"_L1, 1024);
    if (const auto error = firstError(email, display, role, organisation, password))
        return std::unexpected(*error);
    return StaffAccountCreate {*email, display->trimmed(), *role, *organisation, *password};
}

QJsonObject StaffAccountUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (displayName)
        object.insert("displayName"_L1, *displayName);
    if (role)
        object.insert("role"_L1, roleToWire(*role));
    if (organisationId)
        object.insert("organisationId"_L1, *organisationId);
    if (disabled)
        object.insert("disabled"_L1, *disabled);
    return object;
}

Result<StaffAccountUpdate> StaffAccountUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok =
            json::onlyMembers(object, {"version"_L1, "displayName"_L1, "role"_L1, "organisationId"_L1, "disabled"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = requireVersion(object);
    auto display = json::optionalMember(object, "displayName"_L1, &requireName);
    auto role = json::optionalMember(object, "role"_L1, &staffRole);
    auto organisation = json::optionalMember(object, "organisationId"_L1, &organisationReference);
    auto disabled = json::optionalMember(object, "disabled"_L1, &json::requireBool);
    if (const auto error = firstError(based, display, role, organisation, disabled))
        return std::unexpected(*error);
    return StaffAccountUpdate {*based, *display, *role, *organisation, *disabled};
}

QJsonObject WebinarCreate::toJson() const
{
    return {{"organisationId"_L1, organisationId},
            {"title"_L1, title},
            {"description"_L1, description},
            {"startsAt"_L1, json::toWire(startsAt)},
            {"durationMinutes"_L1, durationMinutes}};
}

Result<WebinarCreate> WebinarCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(
            object, {"organisationId"_L1, "title"_L1, "description"_L1, "startsAt"_L1, "durationMinutes"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto organisation = organisationReference(object, "organisationId"_L1);
    auto title = requireName(object, "title"_L1);
    auto description = freeText(object, "description"_L1);
    auto starts = json::requireDateTime(object, "startsAt"_L1);
    auto minutes = duration(object, "durationMinutes"_L1);
    if (const auto error = firstError(organisation, title, description, starts, minutes))
        return std::unexpected(*error);
    return WebinarCreate {*organisation, title->trimmed(), *description, *starts, *minutes};
}

QJsonObject WebinarUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (title)
        object.insert("title"_L1, *title);
    if (description)
        object.insert("description"_L1, *description);
    if (startsAt)
        object.insert("startsAt"_L1, json::toWire(*startsAt));
    if (durationMinutes)
        object.insert("durationMinutes"_L1, *durationMinutes);
    return object;
}

Result<WebinarUpdate> WebinarUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object,
                                    {"version"_L1, "title"_L1, "description"_L1, "startsAt"_L1, "durationMinutes"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = requireVersion(object);
    auto title = json::optionalMember(object, "title"_L1, &requireName);
    auto description = json::optionalMember(object, "description"_L1, &freeText);
    auto starts = json::optionalMember(object, "startsAt"_L1, &json::requireDateTime);
    auto minutes = json::optionalMember(object, "durationMinutes"_L1, &duration);
    if (const auto error = firstError(based, title, description, starts, minutes))
        return std::unexpected(*error);
    return WebinarUpdate {*based, *title, *description, *starts, *minutes};
}

QJsonObject WebinarStateChange::toJson() const
{
    return {{"state"_L1, webinarStateToWire(state)}, {"version"_L1, version}};
}

Result<WebinarStateChange> WebinarStateChange::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"state"_L1, "version"_L1}); !ok)
        return std::unexpected(ok.error());
    auto state = wireEnum<WebinarState>(object, "state"_L1, &webinarStateFromWire);
    auto based = requireVersion(object);
    if (const auto error = firstError(state, based))
        return std::unexpected(*error);
    return WebinarStateChange {*state, *based};
}

QJsonObject StaffAssignmentRequest::toJson() const
{
    return {{"role"_L1, roleToWire(role)}};
}

Result<StaffAssignmentRequest> StaffAssignmentRequest::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"role"_L1}); !ok)
        return std::unexpected(ok.error());
    auto role = staffRole(object, "role"_L1);
    if (!role)
        return std::unexpected(role.error());
    if (*role != Role::Director && *role != Role::Moderator)
        return badValue(QCoreApplication::translate("Json", "Only directors and moderators are assigned."));
    return StaffAssignmentRequest {*role};
}

QJsonObject RegistrationUpdate::toJson() const
{
    return {{"approvalState"_L1, approvalStateToWire(approvalState)}, {"version"_L1, version}};
}

Result<RegistrationUpdate> RegistrationUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"approvalState"_L1, "version"_L1}); !ok)
        return std::unexpected(ok.error());
    auto state = wireEnum<ApprovalState>(object, "approvalState"_L1, &approvalStateFromWire);
    auto based = requireVersion(object);
    if (const auto error = firstError(state, based))
        return std::unexpected(*error);
    return RegistrationUpdate {*state, *based};
}

QJsonObject ConsentChoice::toJson() const
{
    return {{"recording"_L1, recording}, {"marketing"_L1, marketing}};
}

Result<ConsentChoice> ConsentChoice::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"recording"_L1, "marketing"_L1}); !ok)
        return std::unexpected(ok.error());
    auto recording = json::requireBool(object, "recording"_L1);
    auto marketing = json::requireBool(object, "marketing"_L1);
    if (const auto error = firstError(recording, marketing))
        return std::unexpected(*error);
    return ConsentChoice {*recording, *marketing};
}

namespace {

Result<ConsentChoice> consentMember(const QJsonObject &object, QLatin1StringView key)
{
    auto inner = json::requireObject(object, key);
    if (!inner)
        return std::unexpected(inner.error());
    return ConsentChoice::fromJson(*inner);
}

} // namespace

QJsonObject RegistrationCreate::toJson() const
{
    return {{"consent"_L1, consent.toJson()}};
}

Result<RegistrationCreate> RegistrationCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"consent"_L1}); !ok)
        return std::unexpected(ok.error());
    auto consent = consentMember(object, "consent"_L1);
    if (!consent)
        return std::unexpected(consent.error());
    return RegistrationCreate {*consent};
}

QJsonObject QuestionUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (state)
        object.insert("state"_L1, questionStateToWire(*state));
    if (answer)
        object.insert("answer"_L1, *answer);
    return object;
}

Result<QuestionUpdate> QuestionUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"version"_L1, "state"_L1, "answer"_L1}); !ok)
        return std::unexpected(ok.error());
    auto based = requireVersion(object);
    auto state = json::optionalMember(object, "state"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return wireEnum<QuestionState>(o, key, &questionStateFromWire);
    });
    auto answer = json::optionalMember(object, "answer"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return json::requireText(o, key, maximumQuestionLength);
    });
    if (const auto error = firstError(based, state, answer))
        return std::unexpected(*error);
    return QuestionUpdate {*based, *state, *answer};
}

QJsonObject QuestionCreate::toJson() const
{
    return {{"text"_L1, text}};
}

Result<QuestionCreate> QuestionCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"text"_L1}); !ok)
        return std::unexpected(ok.error());
    auto text = json::requireText(object, "text"_L1, maximumQuestionLength);
    if (!text)
        return std::unexpected(text.error());
    return QuestionCreate {text->trimmed()};
}

QJsonObject ProfileUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (fullName)
        object.insert("fullName"_L1, *fullName);
    if (phone)
        object.insert("phone"_L1, *phone);
    if (company)
        object.insert("company"_L1, *company);
    if (jobTitle)
        object.insert("jobTitle"_L1, *jobTitle);
    if (consent)
        object.insert("consent"_L1, consent->toJson());
    return object;
}

Result<ProfileUpdate> ProfileUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(
            object, {"version"_L1, "fullName"_L1, "phone"_L1, "company"_L1, "jobTitle"_L1, "consent"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = requireVersion(object);
    auto full = json::optionalMember(object, "fullName"_L1, &requireName);
    auto phone = json::optionalMember(object, "phone"_L1, &freeText);
    auto company = json::optionalMember(object, "company"_L1, &freeText);
    auto job = json::optionalMember(object, "jobTitle"_L1, &freeText);
    auto consent = json::optionalMember(object, "consent"_L1, &consentMember);
    if (const auto error = firstError(based, full, phone, company, job, consent))
        return std::unexpected(*error);
    return ProfileUpdate {*based, *full, *phone, *company, *job, *consent};
}

} // namespace regiekamer::api
