#include "protocol/GoLive.h"

#include "base/WireNames.h"
#include "protocol/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

namespace {

constexpr WireTable<PreflightCheck, 4> checkNames {{
    {PreflightCheck::RehearsalHeld, "rehearsal_held"},
    {PreflightCheck::ModeratorPresent, "moderator_present"},
    {PreflightCheck::StreamKeySet, "stream_key_set"},
    {PreflightCheck::RegistrationsHandled, "registrations_handled"},
}};

Result<PreflightItem> itemFromJson(const QJsonObject &object)
{
    auto check = fields::requireEnum<PreflightCheck>(object, "check"_L1, &preflightCheckFromWire);
    auto passed = json::requireBool(object, "passed"_L1);
    if (const auto error = firstError(check, passed))
        return std::unexpected(*error);
    return PreflightItem {*check, *passed};
}

} // namespace

QString preflightCheckToWire(PreflightCheck check)
{
    return enumToWire(checkNames, check);
}

std::optional<PreflightCheck> preflightCheckFromWire(const QString &wire)
{
    return enumFromWire(checkNames, wire);
}

QList<PreflightCheck> allPreflightChecks()
{
    return {PreflightCheck::RehearsalHeld, PreflightCheck::ModeratorPresent, PreflightCheck::StreamKeySet,
            PreflightCheck::RegistrationsHandled};
}

QString preflightCheckLabel(PreflightCheck check)
{
    switch (check) {
    case PreflightCheck::RehearsalHeld:
        return QCoreApplication::translate("Preflight", "Rehearsal held");
    case PreflightCheck::ModeratorPresent:
        return QCoreApplication::translate("Preflight", "A moderator is present");
    case PreflightCheck::StreamKeySet:
        return QCoreApplication::translate("Preflight", "Stream key set");
    case PreflightCheck::RegistrationsHandled:
        return QCoreApplication::translate("Preflight", "No registrations waiting");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString preflightCheckHint(PreflightCheck check)
{
    switch (check) {
    case PreflightCheck::RehearsalHeld:
        return QCoreApplication::translate("Preflight", "Move the webinar to Rehearsal and test picture and sound.");
    case PreflightCheck::ModeratorPresent:
        return QCoreApplication::translate("Preflight",
                                           "Assign a moderator and ask them to sign in to Regiekamer now.");
    case PreflightCheck::StreamKeySet:
        return QCoreApplication::translate("Preflight", "Set the ingest URL and stream key in the stream-key panel.");
    case PreflightCheck::RegistrationsHandled:
        return QCoreApplication::translate("Preflight", "Approve or reject the registrations that are waiting.");
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool Preflight::ready() const
{
    return unmet().isEmpty();
}

QList<PreflightCheck> Preflight::unmet() const
{
    QList<PreflightCheck> checks;
    for (const PreflightItem &item : items) {
        if (!item.passed)
            checks.append(item.check);
    }
    return checks;
}

QJsonObject Preflight::toJson() const
{
    QJsonArray list;
    for (const PreflightItem &item : items)
        list.append(QJsonObject {{"check"_L1, preflightCheckToWire(item.check)}, {"passed"_L1, item.passed}});
    return {{"webinarId"_L1, webinarId},
            {"ready"_L1, ready()},
            {"items"_L1, list},
            {"pendingRegistrations"_L1, pendingRegistrations},
            {"moderatorsAssigned"_L1, moderatorsAssigned},
            {"moderatorsConnected"_L1, moderatorsConnected}};
}

Result<Preflight> Preflight::fromJson(const QJsonObject &object)
{
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto pending = json::requireInteger(object, "pendingRegistrations"_L1);
    auto assigned = json::requireInteger(object, "moderatorsAssigned"_L1);
    auto connected = json::requireInteger(object, "moderatorsConnected"_L1);
    if (const auto error = firstError(webinar, pending, assigned, connected))
        return std::unexpected(*error);
    Preflight preflight {*webinar, {}, *pending, *assigned, *connected};
    if (!object.value("items"_L1).isArray())
        return fields::badValue(QCoreApplication::translate("Json", "Member \"items\" must be a list."));
    for (const QJsonValue &value : object.value("items"_L1).toArray()) {
        auto item = itemFromJson(value.toObject());
        if (!item)
            return std::unexpected(item.error());
        preflight.items.append(*item);
    }
    return preflight;
}

QList<PreflightCheck> unmetFromErrorJson(const QJsonObject &object)
{
    QList<PreflightCheck> checks;
    for (const QJsonValue &value : object.value("unmet"_L1).toArray()) {
        if (const auto check = preflightCheckFromWire(value.toString()))
            checks.append(*check);
    }
    return checks;
}

QJsonObject TimelineEntry::toJson() const
{
    return {{"id"_L1, id},
            {"from"_L1, webinarStateToWire(from)},
            {"to"_L1, webinarStateToWire(to)},
            {"at"_L1, json::toWire(at)},
            {"actorId"_L1, actorId > 0 ? QJsonValue(actorId) : QJsonValue()},
            {"actorName"_L1, actorName},
            {"actorRole"_L1, actorRole},
            {"overridden"_L1, overridden}};
}

Result<TimelineEntry> TimelineEntry::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto from = fields::requireEnum<WebinarState>(object, "from"_L1, &webinarStateFromWire);
    auto to = fields::requireEnum<WebinarState>(object, "to"_L1, &webinarStateFromWire);
    auto at = json::requireDateTime(object, "at"_L1);
    auto name = json::requireString(object, "actorName"_L1);
    auto role = json::requireString(object, "actorRole"_L1);
    auto overridden = json::requireBool(object, "overridden"_L1);
    if (const auto error = firstError(id, from, to, at, name, role, overridden))
        return std::unexpected(*error);
    return TimelineEntry {*id, *from, *to, *at, object.value("actorId"_L1).toInteger(), *name, *role, *overridden};
}

} // namespace regiekamer::api
