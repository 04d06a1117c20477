#include "protocol/AuditEntry.h"

#include "base/JsonRead.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

// The class of each member of an entry's JSON among the access log's own fields.
const QList<std::pair<QLatin1StringView, rights::LogField>> &memberClasses()
{
    using enum rights::LogField;
    static const QList<std::pair<QLatin1StringView, rights::LogField>> members {{"sequence"_L1, When},
                                                                                {"at"_L1, When},
                                                                                {"actorId"_L1, ActorIdentity},
                                                                                {"actorName"_L1, ActorIdentity},
                                                                                {"actorRole"_L1, ActorRole},
                                                                                {"clientAddress"_L1, ClientAddress},
                                                                                {"requestId"_L1, What},
                                                                                {"action"_L1, What},
                                                                                {"objectType"_L1, What},
                                                                                {"objectId"_L1, What},
                                                                                {"webinarId"_L1, What},
                                                                                {"organisationId"_L1, What},
                                                                                {"subjectUserId"_L1, What},
                                                                                {"fields"_L1, What},
                                                                                {"outcome"_L1, What},
                                                                                {"reason"_L1, Reason},
                                                                                {"rowCount"_L1, What},
                                                                                {"change"_L1, What},
                                                                                {"names"_L1, What}};
    return members;
}

QJsonObject namesToJson(const AuditNames &names)
{
    QJsonObject object;
    for (const auto &[key, value] : {std::pair {"webinar"_L1, names.webinar}, std::pair {"object"_L1, names.object},
                                     std::pair {"subject"_L1, names.subject}}) {
        if (!value.isEmpty())
            object.insert(key, value);
    }
    return object;
}

Result<AuditNames> namesFromJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return AuditNames {};
    const QJsonObject object = value.toObject();
    const auto text = [&object](QLatin1StringView key) { return object.value(key).toString(); };
    if (!value.isObject() || std::ranges::any_of(object, [](const QJsonValue &each) { return !each.isString(); }))
        return fail(u"bad_request"_s, u"\"names\" must be an object of strings."_s);
    return AuditNames {text("webinar"_L1), text("object"_L1), text("subject"_L1)};
}

QJsonObject allMembers(const AuditEntry &entry)
{
    return {{"sequence"_L1, entry.sequence},
            {"at"_L1, json::toWire(entry.at)},
            {"actorId"_L1, entry.actorId},
            {"actorName"_L1, entry.actorName},
            {"actorRole"_L1, entry.actorRole},
            {"clientAddress"_L1, entry.clientAddress},
            {"requestId"_L1, entry.requestId},
            {"action"_L1, entry.action},
            {"objectType"_L1, entry.objectType},
            {"objectId"_L1, entry.objectId},
            {"webinarId"_L1, entry.webinarId},
            {"organisationId"_L1, entry.organisationId},
            {"subjectUserId"_L1, entry.subjectUserId},
            {"fields"_L1, QJsonArray::fromStringList(entry.fields)},
            {"outcome"_L1, entry.outcome},
            {"reason"_L1, entry.reason},
            {"rowCount"_L1, entry.rowCount},
            {"change"_L1, entry.change},
            {"names"_L1, namesToJson(entry.names)}};
}

// The classes none of whose members the object carries; their members are filled in with an empty entry's values.
QList<rights::LogField> completeWithheld(QJsonObject &object)
{
    AuditEntry blank;
    blank.at = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    const QJsonObject empty = allMembers(blank);
    QList<rights::LogField> withheld;
    for (rights::LogField field : rights::allLogFields()) {
        const bool absent = std::ranges::none_of(memberClasses(), [&](const auto &member) {
            return member.second == field && object.contains(member.first);
        });
        if (!absent)
            continue;
        withheld.append(field);
        for (const auto &[member, ofClass] : memberClasses()) {
            if (ofClass == field)
                object.insert(member, empty.value(member));
        }
    }
    return withheld;
}

Result<QStringList> requireStringList(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return fail(u"bad_request"_s, u"\"%1\" must be an array of strings."_s.arg(key));
    QStringList list;
    for (const QJsonValue each : value.toArray()) {
        if (!each.isString())
            return fail(u"bad_request"_s, u"\"%1\" must be an array of strings."_s.arg(key));
        list.append(each.toString());
    }
    return list;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object = allMembers(*this);
    if (change.isEmpty())
        object.remove("change"_L1); // as in entries written before changes were recorded
    if (names.isEmpty())
        object.remove("names"_L1);
    for (const auto &[member, field] : memberClasses()) {
        if (withheld.contains(field))
            object.remove(member);
    }
    return object;
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &received)
{
    QJsonObject object = received;
    const QList<rights::LogField> withheld = completeWithheld(object);
    auto sequence = json::requireInteger(object, "sequence"_L1);
    auto at = json::requireDateTime(object, "at"_L1);
    auto actorId = json::requireInteger(object, "actorId"_L1);
    auto actorName = json::requireString(object, "actorName"_L1);
    auto actorRole = json::requireString(object, "actorRole"_L1);
    auto address = json::requireString(object, "clientAddress"_L1);
    auto requestId = json::requireString(object, "requestId"_L1);
    auto action = json::requireString(object, "action"_L1);
    auto objectType = json::requireString(object, "objectType"_L1);
    auto objectId = json::requireInteger(object, "objectId"_L1);
    auto webinarId = json::requireInteger(object, "webinarId"_L1);
    auto organisationId = json::requireInteger(object, "organisationId"_L1);
    auto subjectUserId = json::requireInteger(object, "subjectUserId"_L1);
    auto fields = requireStringList(object, "fields"_L1);
    auto outcome = json::requireString(object, "outcome"_L1);
    auto reason = json::requireString(object, "reason"_L1);
    auto rowCount = json::requireInteger(object, "rowCount"_L1);
    // Both optional: an entry without a change, or read without names (an operator's export).
    auto change = object.contains("change"_L1) ? json::requireString(object, "change"_L1) : Result<QString>();
    auto names = namesFromJson(object.value("names"_L1));
    if (const auto error =
            firstError(sequence, at, actorId, actorName, actorRole, address, requestId, action, objectType, objectId,
                       webinarId, organisationId, subjectUserId, fields, outcome, reason, rowCount, change, names))
        return std::unexpected(*error);
    return AuditEntry {*sequence, *at,         *actorId,  *actorName, *actorRole,      *address,       *requestId,
                       *action,   *objectType, *objectId, *webinarId, *organisationId, *subjectUserId, *fields,
                       *outcome,  *reason,     *rowCount, *change,    *names,          withheld};
}

QJsonObject AuditPage::toJson() const
{
    QJsonArray array;
    for (const AuditEntry &entry : items)
        array.append(entry.toJson());
    return {{"items"_L1, array}, {"nextBefore"_L1, nextBefore > 0 ? QJsonValue(nextBefore) : QJsonValue()}};
}

Result<AuditPage> AuditPage::fromJson(const QJsonObject &object)
{
    if (!object.value("items"_L1).isArray())
        return fail(u"bad_request"_s, u"\"items\" must be an array."_s);
    AuditPage page;
    for (const QJsonValue each : object.value("items"_L1).toArray()) {
        auto entry = AuditEntry::fromJson(each.toObject());
        if (!entry)
            return std::unexpected(entry.error());
        page.items.append(*entry);
    }
    const QJsonValue next = object.value("nextBefore"_L1);
    if (!next.isNull() && !next.isDouble())
        return fail(u"bad_request"_s, u"\"nextBefore\" must be a number or null."_s);
    page.nextBefore = next.isNull() ? 0 : next.toInteger();
    return page;
}

QJsonObject AuditStatus::toJson() const
{
    return {{"lastSequence"_L1, lastSequence},
            {"verifiedUpTo"_L1, verifiedUpTo},
            {"verifiedAt"_L1, verifiedAt.isValid() ? QJsonValue(json::toWire(verifiedAt)) : QJsonValue()},
            {"intact"_L1, intact},
            {"problem"_L1, problem},
            {"firstBadSequence"_L1, firstBadSequence}};
}

Result<AuditStatus> AuditStatus::fromJson(const QJsonObject &object)
{
    auto last = json::requireInteger(object, "lastSequence"_L1);
    auto verified = json::requireInteger(object, "verifiedUpTo"_L1);
    auto at = json::requireNullableDateTime(object, "verifiedAt"_L1);
    auto intact = json::requireBool(object, "intact"_L1);
    auto problem = json::requireString(object, "problem"_L1);
    auto firstBad = json::requireInteger(object, "firstBadSequence"_L1);
    if (const auto error = firstError(last, verified, at, intact, problem, firstBad))
        return std::unexpected(*error);
    return AuditStatus {*last, *verified, *at, *intact, *problem, *firstBad};
}

} // namespace regiekamer::api
