#include "protocol/Webinar.h"

#include "protocol/GoLive.h"
#include "protocol/JsonFields.h"
#include "protocol/Limits.h"
#include "protocol/Lists.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject WebinarSummary::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"organisationId"_L1, organisationId},
            {"organisationName"_L1, organisationName},
            {"state"_L1, webinarStateToWire(state)},
            {"startsAt"_L1, json::toWire(startsAt)},
            {"durationMinutes"_L1, durationMinutes},
            {"registrationCount"_L1, registrationCount},
            {"openQuestionCount"_L1, openQuestionCount},
            {"version"_L1, version},
            {"description"_L1, description},
            {"requiresApproval"_L1, requiresApproval}};
}

Result<WebinarSummary> WebinarSummary::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto title = json::requireString(object, "title"_L1);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    auto stateWire = json::requireString(object, "state"_L1);
    auto starts = json::requireDateTime(object, "startsAt"_L1);
    auto duration = json::requireInteger(object, "durationMinutes"_L1);
    auto registrations = json::requireInteger(object, "registrationCount"_L1);
    auto questions = json::requireInteger(object, "openQuestionCount"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    auto description = json::requireString(object, "description"_L1);
    auto approval = json::optionalMember(object, "requiresApproval"_L1, &json::requireBool);
    if (const auto error = firstError(id, title, organisation, organisationName, stateWire, starts, duration,
                                      registrations, questions, version, description, approval))
        return std::unexpected(*error);
    const auto state = webinarStateFromWire(*stateWire);
    if (!state)
        return json::unknownValue(*stateWire);
    return WebinarSummary {*id,        *title,   *organisation, *organisationName,
                           *state,     *starts,  *duration,     *registrations,
                           *questions, *version, *description,  approval->value_or(true)};
}

QJsonObject StaffAssignment::toJson() const
{
    return {{"userId"_L1, userId}, {"displayName"_L1, displayName}, {"role"_L1, roleToWire(role)}};
}

Result<StaffAssignment> StaffAssignment::fromJson(const QJsonObject &object)
{
    auto user = json::requireInteger(object, "userId"_L1);
    auto name = json::requireString(object, "displayName"_L1);
    auto role = fields::requireEnum<Role>(object, "role"_L1, &roleFromWire);
    if (const auto error = firstError(user, name, role))
        return std::unexpected(*error);
    return StaffAssignment {*user, *name, *role};
}

QJsonObject WebinarDetail::toJson() const
{
    QJsonObject object = summary.toJson();
    if (staff) {
        QJsonArray array;
        for (const StaffAssignment &each : *staff)
            array.append(each.toJson());
        object.insert("staff"_L1, array);
    }
    return object;
}

Result<WebinarDetail> WebinarDetail::fromJson(const QJsonObject &object)
{
    auto summary = WebinarSummary::fromJson(object);
    if (!summary)
        return std::unexpected(summary.error());
    WebinarDetail detail {*summary, std::nullopt};
    if (object.contains("staff"_L1)) {
        auto list = listFromJson<StaffAssignment>(QJsonObject {{"items"_L1, object.value("staff"_L1)}});
        if (!list)
            return std::unexpected(list.error());
        detail.staff = *list;
    }
    return detail;
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
    auto organisation = fields::organisationReference(object, "organisationId"_L1);
    auto title = fields::requireName(object, "title"_L1);
    auto description = fields::freeText(object, "description"_L1);
    auto starts = json::requireDateTime(object, "startsAt"_L1);
    auto minutes = fields::duration(object, "durationMinutes"_L1);
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
    if (requiresApproval)
        object.insert("requiresApproval"_L1, *requiresApproval);
    return object;
}

Result<WebinarUpdate> WebinarUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(
            object,
            {"version"_L1, "title"_L1, "description"_L1, "startsAt"_L1, "durationMinutes"_L1, "requiresApproval"_L1});
        !ok)
        return std::unexpected(ok.error());
    auto based = fields::requireVersion(object);
    auto title = json::optionalMember(object, "title"_L1, &fields::requireName);
    auto description = json::optionalMember(object, "description"_L1, &fields::freeText);
    auto starts = json::optionalMember(object, "startsAt"_L1, &json::requireDateTime);
    auto minutes = json::optionalMember(object, "durationMinutes"_L1, &fields::duration);
    auto approval = json::optionalMember(object, "requiresApproval"_L1, &json::requireBool);
    if (const auto error = firstError(based, title, description, starts, minutes, approval))
        return std::unexpected(*error);
    return WebinarUpdate {*based, *title, *description, *starts, *minutes, *approval};
}

QJsonObject WebinarStateChange::toJson() const
{
    QJsonObject object {{"state"_L1, webinarStateToWire(state)}, {"version"_L1, version}};
    if (!overrideReason.isEmpty())
        object.insert("overrideReason"_L1, overrideReason);
    return object;
}

Result<WebinarStateChange> WebinarStateChange::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"state"_L1, "version"_L1, "overrideReason"_L1}); !ok)
        return std::unexpected(ok.error());
    auto state = fields::requireEnum<WebinarState>(object, "state"_L1, &webinarStateFromWire);
    auto based = fields::requireVersion(object);
    auto reason = json::optionalMember(object, "overrideReason"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return json::requireText(o, key, maximumStringLength);
    });
    if (const auto error = firstError(state, based, reason))
        return std::unexpected(*error);
    const QString why = reason->value_or(QString()).trimmed();
    if (reason->has_value() && why.size() < minimumOverrideReasonLength)
        return fields::badValue(
            QCoreApplication::translate("Json", "An override needs a reason of at least 4 characters."));
    return WebinarStateChange {*state, *based, why};
}

QJsonObject StaffAssignmentRequest::toJson() const
{
    return {{"role"_L1, roleToWire(role)}};
}

Result<StaffAssignmentRequest> StaffAssignmentRequest::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"role"_L1}); !ok)
        return std::unexpected(ok.error());
    auto role = fields::requireRole(object, "role"_L1);
    if (!role)
        return std::unexpected(role.error());
    if (*role != Role::Director && *role != Role::Moderator)
        return fields::badValue(QCoreApplication::translate("Json", "Only directors and moderators are assigned."));
    return StaffAssignmentRequest {*role};
}

} // namespace regiekamer::api
