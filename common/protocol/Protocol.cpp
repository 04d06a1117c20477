#include "protocol/Protocol.h"

#include "base/JsonRead.h"
#include "protocol/Domain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace regiekamer::api {
namespace {

using namespace Qt::StringLiterals;

Result<Role> requireRole(const QJsonObject &object)
{
    auto wire = json::requireString(object, "role"_L1);
    if (!wire)
        return std::unexpected(wire.error());
    const auto role = roleFromWire(*wire);
    if (!role)
        return json::unknownValue(*wire);
    return *role;
}

} // namespace

QJsonObject UserInfo::toJson() const
{
    return {{"id"_L1, id},
            {"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationId"_L1, organisationId},
            {"organisationName"_L1, organisationName}};
}

Result<UserInfo> UserInfo::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto name = json::requireString(object, "displayName"_L1);
    auto role = requireRole(object);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    if (const auto error = firstError(id, email, name, role, organisation, organisationName))
        return std::unexpected(*error);
    return UserInfo {*id, *email, *name, *role, *organisation, *organisationName};
}

QJsonObject LoginRequest::toJson() const
{
    return {{"email"_L1, email}, {"password"_L1, password}};
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &object)
{
    auto email = json::requireString(object, "email"_L1);
    if (!email)
        return std::unexpected(email.error());
    auto password = json::requireString(object, "password"_L1);
    if (!password)
        return std::unexpected(password.error());
    return LoginRequest {*email, *password};
}

QJsonObject SessionGrant::toJson() const
{
    return {{"token"_L1, token},
            {"expiresAt"_L1, json::toWire(expiresAt)},
            {"idleTimeoutSeconds"_L1, idleTimeoutSeconds},
            {"user"_L1, user.toJson()}};
}

Result<SessionGrant> SessionGrant::fromJson(const QJsonObject &object)
{
    auto token = json::requireString(object, "token"_L1);
    auto expires = json::requireDateTime(object, "expiresAt"_L1);
    auto idle = json::requireInteger(object, "idleTimeoutSeconds"_L1);
    auto userObject = json::requireObject(object, "user"_L1);
    if (const auto error = firstError(token, expires, idle, userObject))
        return std::unexpected(*error);
    auto user = UserInfo::fromJson(*userObject);
    if (!user)
        return std::unexpected(user.error());
    return SessionGrant {*token, *expires, *idle, *user};
}

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
            {"description"_L1, description}};
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
    if (const auto error = firstError(id, title, organisation, organisationName, stateWire, starts, duration,
                                      registrations, questions, version, description))
        return std::unexpected(*error);
    const auto state = webinarStateFromWire(*stateWire);
    if (!state)
        return json::unknownValue(*stateWire);
    return WebinarSummary {*id,       *title,         *organisation, *organisationName, *state,      *starts,
                           *duration, *registrations, *questions,    *version,          *description};
}

QJsonObject StaffAccount::toJson() const
{
    return {{"id"_L1, id},
            {"email"_L1, email},
            {"displayName"_L1, displayName},
            {"role"_L1, roleToWire(role)},
            {"organisationName"_L1, organisationName},
            {"disabled"_L1, disabled},
            {"organisationId"_L1, organisationId},
            {"version"_L1, version}};
}

Result<StaffAccount> StaffAccount::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto name = json::requireString(object, "displayName"_L1);
    auto role = requireRole(object);
    auto organisationName = json::requireString(object, "organisationName"_L1);
    auto disabled = json::requireBool(object, "disabled"_L1);
    auto organisation = json::requireInteger(object, "organisationId"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    if (const auto error = firstError(id, email, name, role, organisationName, disabled, organisation, version))
        return std::unexpected(*error);
    return StaffAccount {*id, *email, *name, *role, *organisationName, *disabled, *organisation, *version};
}

template<typename T> QJsonObject listToJson(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}};
}

template<typename T> Result<QList<T>> listFromJson(const QJsonObject &object)
{
    const QJsonValue items = object.value("items"_L1);
    if (!items.isArray()) {
        return fail(
            QStringLiteral("bad_request"),
            QCoreApplication::translate("Json", "Member \"%1\" is missing or is not a %2.").arg("items"_L1, "list"_L1));
    }
    QList<T> result;
    for (const QJsonValue value : items.toArray()) {
        auto item = T::fromJson(value.toObject());
        if (!item)
            return std::unexpected(item.error());
        result.append(*item);
    }
    return result;
}

template QJsonObject listToJson(const QList<WebinarSummary> &);
template QJsonObject listToJson(const QList<StaffAccount> &);
template QJsonObject listToJson(const QList<Organisation> &);
template QJsonObject listToJson(const QList<StaffAssignment> &);
template QJsonObject listToJson(const QList<Registration> &);
template QJsonObject listToJson(const QList<Question> &);
template Result<QList<WebinarSummary>> listFromJson(const QJsonObject &);
template Result<QList<StaffAccount>> listFromJson(const QJsonObject &);
template Result<QList<Organisation>> listFromJson(const QJsonObject &);
template Result<QList<StaffAssignment>> listFromJson(const QJsonObject &);
template Result<QList<Registration>> listFromJson(const QJsonObject &);
template Result<QList<Question>> listFromJson(const QJsonObject &);

QJsonObject ErrorBody::toJson() const
{
    QJsonObject object {{"error"_L1, code}, {"message"_L1, message}};
    if (retryAfterSeconds > 0)
        object.insert("retryAfterSeconds"_L1, retryAfterSeconds);
    return object;
}

Result<ErrorBody> ErrorBody::fromJson(const QJsonObject &object)
{
    auto code = json::requireString(object, "error"_L1);
    if (!code)
        return std::unexpected(code.error());
    return ErrorBody {*code, object.value("message"_L1).toString(), object.value("retryAfterSeconds"_L1).toInteger()};
}

QByteArray Event::toFrame() const
{
    return QJsonDocument(QJsonObject {{"type"_L1, type}, {"data"_L1, data}}).toJson(QJsonDocument::Compact);
}

Result<Event> Event::fromFrame(const QByteArray &frame)
{
    auto object = json::parseObject(frame);
    if (!object)
        return std::unexpected(object.error());
    auto type = json::requireString(*object, "type"_L1);
    if (!type)
        return std::unexpected(type.error());
    return Event {*type, object->value("data"_L1).toObject()};
}

} // namespace regiekamer::api
