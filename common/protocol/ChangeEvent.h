#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// The data of the change events `webinar.changed`, `registrations.changed` and `questions.changed` (docs/api.md
// "Events"): which rows of which webinar changed and how, so a receiver fetches only those (through the API, where
// its rights apply). Ids and a kind only: never a name, an address, a question's text or any other field.
namespace regiekamer::api {

enum class ChangeKind { Created, Updated, Removed };
QString changeKindToWire(ChangeKind kind);
std::optional<ChangeKind> changeKindFromWire(const QString &wire);

// {"webinarId": 7, "kind": "updated", "ids": [12, 13]}; above maximumIds the ids are left out and "many" is true:
// the receiver loads the whole list again. An event without "kind" comes from an older server (webinarId only):
// fromJson refuses it, and the receiver reloads as before.
struct RowsChanged
{
    static constexpr qsizetype maximumIds = 200;

    qint64 webinarId = 0;
    ChangeKind kind = ChangeKind::Updated;
    QList<qint64> ids; // empty when many
    bool many = false;

    // The event for these rows: their ids, or many when there are more than maximumIds.
    static RowsChanged of(qint64 webinarId, ChangeKind kind, QList<qint64> ids);
    QJsonObject toJson() const;
    static Result<RowsChanged> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
