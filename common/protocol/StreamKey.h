#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// The stream-key vault of a webinar (/api/v1/webinars/{id}/stream-key…; docs/security.md "Stream keys"): the ingest
// URL the encoder sends to and the stream key that lets it in. The key leaves the server only in the answer to a
// reveal (StreamKeyReveal), never in a list, an event, an export or a log line.
namespace regiekamer::api {

// How the current key came: set by hand (PUT) or made by the server (rotation).
enum class StreamKeyOrigin { Set, Rotated };
QString streamKeyOriginToWire(StreamKeyOrigin origin);
std::optional<StreamKeyOrigin> streamKeyOriginFromWire(const QString &wire);

// What may be known about the key without revealing it (GET …/stream-key).
struct StreamKeyInfo
{
    qint64 webinarId = 0;
    bool isSet = false;
    QString ingestUrl; // empty while no key is set
    QDateTime changedAt; // invalid while no key is set
    qint64 changedById = 0; // 0 while no key is set, or when the account is gone
    QString changedByName;
    StreamKeyOrigin origin = StreamKeyOrigin::Set;

    QJsonObject toJson() const;
    static Result<StreamKeyInfo> fromJson(const QJsonObject &object);
};

// PUT …/stream-key: a new ingest URL and key, set by hand.
struct StreamKeyUpdate
{
    QString ingestUrl;
    QByteArray streamKey; // UTF-8; printable ASCII without spaces

    QJsonObject toJson() const;
    static Result<StreamKeyUpdate> fromJson(const QJsonObject &object);
};

// POST …/stream-key/reveal: the key itself.
struct StreamKeyReveal
{
    qint64 webinarId = 0;
    QString ingestUrl;
    QByteArray streamKey;

    QJsonObject toJson() const;
    static Result<StreamKeyReveal> fromJson(const QJsonObject &object);
};

namespace streamKeyLimits {
inline constexpr qsizetype minimumKeyLength = 8;
inline constexpr qsizetype maximumKeyLength = 256;
inline constexpr qsizetype maximumUrlLength = 1000;
} // namespace streamKeyLimits

// An ingest URL: rtmp://, rtmps:// or srt:// with a host, no user name or password in it, no spaces; bad_request
// with a translated message otherwise.
Status validateIngestUrl(const QString &url);
// A stream key: 8 to 256 printable ASCII characters without spaces.
Status validateStreamKey(QByteArrayView key);

} // namespace regiekamer::api
