#pragma once

#include "base/Result.h"
#include "protocol/StreamKey.h"

#include <QDateTime>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The stream-key vault (docs/security.md "Stream keys"): per webinar an ingest URL and a stream key, both sealed
// under the webinar's organisation key and bound to their place, so a sealed key copied to another webinar does not
// open. The key leaves this class only through reveal(); info() tells what may be known without it.
class StreamKeyRepository
{
public:
    StreamKeyRepository(Database &database, FieldCipher &cipher);

    Result<api::StreamKeyInfo> info(qint64 webinarId);
    // "conflict" when no key is set.
    Result<api::StreamKeyReveal> reveal(qint64 webinarId, qint64 organisationId);
    // Replaces URL and key (the old key is gone at once).
    Status store(qint64 webinarId, qint64 organisationId, const api::StreamKeyUpdate &update,
                 api::StreamKeyOrigin origin, qint64 actorId, const QDateTime &at);
    // A fresh random key of 256 bits (base64url) under the same URL; "conflict" when no URL is set yet.
    Status rotate(qint64 webinarId, qint64 organisationId, qint64 actorId, const QDateTime &at);

private:
    Database &m_database;
    FieldCipher &m_cipher;
};

} // namespace regiekamer::server
