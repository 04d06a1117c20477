#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

// Attendees in the live webinar's room (docs/api.md "The room"): joining with the personal join link, the presence
// tick, removal and bans, the `attendance.changed` event and the concurrent viewers per minute.
namespace regiekamer::api {

// Seconds between a joined viewer's presence ticks, and the silence after which the server's sweep counts them as left.
inline constexpr int presenceTickSeconds = 30;
inline constexpr int presenceTimeoutSeconds = 90;
inline constexpr qsizetype maximumBanReasonLength = 500;

// POST /api/v1/room/join: the token of the personal join link (only its SHA-256 is stored on the server).
struct RoomJoin
{
    QString token;
    QJsonObject toJson() const;
    static Result<RoomJoin> fromJson(const QJsonObject &object);
};

// The answer of join, tick and leave: the caller's own stay.
struct RoomStay
{
    qint64 registrationId = 0;
    qint64 webinarId = 0;
    bool present = false;
    QDateTime joinedAt; // invalid: not in the room
    int tickSeconds = presenceTickSeconds;
    QJsonObject toJson() const;
    static Result<RoomStay> fromJson(const QJsonObject &object);
};

// POST /api/v1/registrations/{id}/ban: why (required, 1..500 characters; shown to the director and client staff).
struct RoomBan
{
    QString reason;
    QJsonObject toJson() const;
    static Result<RoomBan> fromJson(const QJsonObject &object);
};

// The data of the event `attendance.changed`: ids and a count only, never a name.
struct AttendanceChange
{
    qint64 webinarId = 0;
    qint64 registrationId = 0;
    bool present = false;
    bool banned = false;
    qint64 presentCount = 0;
    QJsonObject toJson() const;
    static Result<AttendanceChange> fromJson(const QJsonObject &object);
};

// One minute of a webinar and how many viewers were in the room at any moment of it.
struct ConcurrentMinute
{
    QDateTime minute; // UTC, seconds zero
    qint64 viewers = 0;
    QJsonObject toJson() const;
};

} // namespace regiekamer::api
