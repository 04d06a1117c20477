#include "protocol/BackupStatus.h"

#include "base/JsonRead.h"
#include "protocol/JsonFields.h"

#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;

QString backupStateToWire(BackupState state)
{
    switch (state) {
    case BackupState::Off:
        return u"off"_s;
    case BackupState::Ok:
        return u"ok"_s;
    case BackupState::Degraded:
        break;
    }
    return u"degraded"_s;
}

Result<BackupState> backupStateFromWire(const QString &wire)
{
    for (const auto state : {BackupState::Off, BackupState::Ok, BackupState::Degraded}) {
        if (backupStateToWire(state) == wire)
            return state;
    }
    return json::unknownValue(wire);
}

QJsonObject BackupTargetStatus::toJson() const
{
    return {{"description"_L1, description},
            {"reachable"_L1, reachable},
            {"newestObjectAt"_L1, fields::nullableTime(newestObjectAt)},
            {"newestObjectAgeSeconds"_L1, newestObjectAgeSeconds},
            {"queuedObjects"_L1, queuedObjects},
            {"lastError"_L1, lastError}};
}

Result<BackupTargetStatus> BackupTargetStatus::fromJson(const QJsonObject &object)
{
    auto description = json::requireString(object, "description"_L1);
    auto reachable = json::requireBool(object, "reachable"_L1);
    auto newest = json::requireNullableDateTime(object, "newestObjectAt"_L1);
    auto age = json::requireInteger(object, "newestObjectAgeSeconds"_L1);
    auto queued = json::requireInteger(object, "queuedObjects"_L1);
    auto lastError = json::requireString(object, "lastError"_L1);
    if (const auto error = firstError(description, reachable, newest, age, queued, lastError))
        return std::unexpected(*error);
    return BackupTargetStatus {*description, *reachable, *newest, *age, *queued, *lastError};
}

QJsonObject BackupStatus::toJson() const
{
    QJsonArray targetArray;
    for (const BackupTargetStatus &target : targets)
        targetArray.append(target.toJson());
    return {{"state"_L1, backupStateToWire(state)},
            {"engine"_L1, engine},
            {"lastSnapshotAt"_L1, fields::nullableTime(lastSnapshotAt)},
            {"nextSnapshotAt"_L1, fields::nullableTime(nextSnapshotAt)},
            {"pendingChanges"_L1, pendingChanges},
            {"updatedAt"_L1, fields::nullableTime(updatedAt)},
            {"lastError"_L1, lastError},
            {"targets"_L1, targetArray}};
}

Result<BackupStatus> BackupStatus::fromJson(const QJsonObject &object)
{
    auto stateText = json::requireString(object, "state"_L1);
    auto engine = json::requireString(object, "engine"_L1);
    auto lastSnapshot = json::requireNullableDateTime(object, "lastSnapshotAt"_L1);
    auto nextSnapshot = json::requireNullableDateTime(object, "nextSnapshotAt"_L1);
    auto pending = json::requireInteger(object, "pendingChanges"_L1);
    auto updated = json::requireNullableDateTime(object, "updatedAt"_L1);
    auto lastError = json::requireString(object, "lastError"_L1);
    if (const auto error = firstError(stateText, engine, lastSnapshot, nextSnapshot, pending, updated, lastError))
        return std::unexpected(*error);
    auto state = backupStateFromWire(*stateText);
    if (!state)
        return std::unexpected(state.error());
    BackupStatus status {*state, *engine, *lastSnapshot, *nextSnapshot, *pending, *updated, *lastError, {}};
    const QJsonValue targetsValue = object.value("targets"_L1);
    if (!targetsValue.isArray())
        return json::unknownValue(u"targets"_s);
    for (const QJsonValue &value : targetsValue.toArray()) {
        auto target = BackupTargetStatus::fromJson(value.toObject());
        if (!target)
            return std::unexpected(target.error());
        status.targets.append(*target);
    }
    return status;
}

} // namespace regiekamer::api
