#include "protocol/AuditEntry.h"

#include "base/JsonRead.h"

#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QJsonObject AuditEntry::toJson() const
{
    return {{"sequence"_L1, sequence},
            {"at"_L1, json::toWire(at)},
            {"actorId"_L1, actorId},
            {"actorName"_L1, actorName},
            {"actorRole"_L1, actorRole},
            {"clientAddress"_L1, clientAddress},
            {"requestId"_L1, requestId},
            {"action"_L1, action},
            {"objectType"_L1, objectType},
            {"objectId"_L1, objectId},
            {"webinarId"_L1, webinarId},
            {"organisationId"_L1, organisationId},
            {"subjectUserId"_L1, subjectUserId},
            {"fields"_L1, QJsonArray::fromStringList(fields)},
            {"outcome"_L1, outcome},
            {"reason"_L1, reason},
            {"rowCount"_L1, rowCount}};
}

namespace {

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

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
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
    if (const auto error =
            firstError(sequence, at, actorId, actorName, actorRole, address, requestId, action, objectType, objectId,
                       webinarId, organisationId, subjectUserId, fields, outcome, reason, rowCount))
        return std::unexpected(*error);
    return AuditEntry {*sequence,      *at,     *actorId,    *actorName, *actorRole, *address,
                       *requestId,     *action, *objectType, *objectId,  *webinarId, *organisationId,
                       *subjectUserId, *fields, *outcome,    *reason,    *rowCount};
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
