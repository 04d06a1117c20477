#include "storage/StreamKeyRepository.h"

#include "base/ApiError.h"
#include "crypto/SecureRandom.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/WebinarTimeline.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto streamKeyTable = "webinar_stream_keys";

std::unexpected<Error> noKeyYet()
{
    return std::unexpected(conflict(u"No stream key is set for this webinar."_s));
}

} // namespace

StreamKeyRepository::StreamKeyRepository(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

Result<api::StreamKeyInfo> StreamKeyRepository::info(qint64 webinarId)
{
    auto query = m_database.exec(u"SELECT k.ingest_url, k.origin, k.changed_at, k.changed_by, w.organisation_id"
                                 " FROM webinar_stream_keys k JOIN webinars w ON w.id = k.webinar_id"
                                 " WHERE k.webinar_id = ?"_s,
                                 {webinarId});
    if (!query)
        return std::unexpected(query.error());
    api::StreamKeyInfo info;
    info.webinarId = webinarId;
    if (!query->next())
        return info;
    auto key = m_cipher.organisationKey(query->value(4).toLongLong());
    if (!key)
        return std::unexpected(key.error());
    auto url = FieldCipher::open(*key, query->value(0), streamKeyTable, "ingest_url", webinarId);
    if (!url)
        return std::unexpected(url.error());
    info.isSet = true;
    info.ingestUrl = *url;
    info.origin = api::streamKeyOriginFromWire(query->value(1).toString()).value_or(api::StreamKeyOrigin::Set);
    info.changedAt = fromDatabaseTime(query->value(2));
    info.changedById = query->value(3).toLongLong();
    if (info.changedById > 0) {
        auto name = currentDisplayName(m_database, m_cipher, info.changedById);
        if (!name)
            return std::unexpected(name.error());
        info.changedByName = *name;
    }
    return info;
}

Result<api::StreamKeyReveal> StreamKeyRepository::reveal(qint64 webinarId, qint64 organisationId)
{
    auto query =
        m_database.exec(u"SELECT ingest_url, stream_key FROM webinar_stream_keys WHERE webinar_id = ?"_s, {webinarId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return noKeyYet();
    auto key = m_cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    auto url = FieldCipher::open(*key, query->value(0), streamKeyTable, "ingest_url", webinarId);
    auto secret = FieldCipher::open(*key, query->value(1), streamKeyTable, "stream_key", webinarId);
    if (const auto error = firstError(url, secret))
        return std::unexpected(*error);
    return api::StreamKeyReveal {webinarId, *url, secret->toUtf8()};
}

Status StreamKeyRepository::store(qint64 webinarId, qint64 organisationId, const api::StreamKeyUpdate &update,
                                  api::StreamKeyOrigin origin, qint64 actorId, const QDateTime &at)
{
    auto key = m_cipher.organisationKey(organisationId);
    if (!key)
        return std::unexpected(key.error());
    const QByteArray url = FieldCipher::seal(*key, update.ingestUrl, streamKeyTable, "ingest_url", webinarId);
    const QByteArray secret =
        FieldCipher::seal(*key, QString::fromUtf8(update.streamKey), streamKeyTable, "stream_key", webinarId);
    auto written = m_database.exec(
        u"INSERT INTO webinar_stream_keys (webinar_id, ingest_url, stream_key, origin, changed_at, changed_by)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (webinar_id) DO UPDATE SET ingest_url = excluded.ingest_url,"
        " stream_key = excluded.stream_key, origin = excluded.origin, changed_at = excluded.changed_at,"
        " changed_by = excluded.changed_by"_s,
        {webinarId, url, secret, api::streamKeyOriginToWire(origin), toDatabaseTime(at),
         actorId > 0 ? QVariant(actorId) : QVariant()});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Status StreamKeyRepository::rotate(qint64 webinarId, qint64 organisationId, qint64 actorId, const QDateTime &at)
{
    auto current = reveal(webinarId, organisationId);
    if (!current)
        return std::unexpected(current.error());
    auto fresh = crypto::secureRandom::token();
    if (!fresh)
        return std::unexpected(fresh.error());
    const api::StreamKeyUpdate update {current->ingestUrl, fresh->toLatin1()};
    return store(webinarId, organisationId, update, api::StreamKeyOrigin::Rotated, actorId, at);
}

} // namespace regiekamer::server
