#include "storage/DeviceRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/SessionRows.h"

#include <QCryptographicHash>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QByteArray sealedLabel(FieldCipher::Key key, const QString &label, qint64 deviceId)
{
    return FieldCipher::seal(key, label, "devices", "label", deviceId);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

DeviceRepository::DeviceRepository(Database &database, FieldCipher &cipher, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(std::move(clock))
{
}

QString DeviceRepository::hashOf(qint64 userId, const QString &clientDeviceId)
{
    const QByteArray input = "regiekamer device\n" + QByteArray::number(userId) + '\n' + clientDeviceId.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

Result<qint64> DeviceRepository::signIn(qint64 userId, const api::DeviceInfo &device)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    const QString hash = hashOf(userId, device.id);
    auto found = m_database.firstRow(
        u"SELECT id, revoked_at IS NOT NULL FROM devices WHERE user_id = ? AND device_hash = ?"_s, {userId, hash});
    if (!found)
        return std::unexpected(found.error());
    if (*found && (**found).at(1).toBool())
        return fail(QString::fromLatin1(api::errc::deviceRevoked),
                    u"This computer was removed from the account. Sign in from another computer, or ask an "
                    "administrator."_s);
    auto id = *found ? Result<qint64>((**found).at(0).toLongLong()) : m_database.reserveId(u"devices"_s);
    auto key = m_cipher.subjectKey(userId);
    if (const auto error = firstError(id, key))
        return std::unexpected(*error);
    const QString now = toDatabaseTime(m_clock());
    const QByteArray label = sealedLabel(*key, device.label, *id);
    auto written = *found
        ? m_database.exec(u"UPDATE devices SET label = ?, last_seen_at = ? WHERE id = ?"_s, {label, now, *id})
        : m_database.exec(u"INSERT INTO devices (id, user_id, device_hash, label, first_seen_at,"
                          " last_seen_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {*id, userId, hash, label, now, now});
    if (!written)
        return std::unexpected(written.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *id;
}

Result<QList<api::Device>> DeviceRepository::list(qint64 userId)
{
    auto account = m_database.exec(u"SELECT 1 FROM users WHERE id = ?"_s, {userId});
    if (!account)
        return std::unexpected(account.error());
    if (!account->next())
        return std::unexpected(notFound());
    account->finish();
    auto query = m_database.exec(u"SELECT id, label, first_seen_at, last_seen_at, revoked_at FROM devices"
                                 " WHERE user_id = ? ORDER BY first_seen_at, id"_s,
                                 {userId});
    if (!query)
        return std::unexpected(query.error());
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    QList<api::Device> devices;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        auto label = FieldCipher::open(*key, query->value(1), "devices", "label", id);
        if (!label)
            return std::unexpected(label.error());
        const QVariant revoked = query->value(4);
        devices.append(api::Device {id, *label, fromDatabaseTime(query->value(2)), fromDatabaseTime(query->value(3)),
                                    revoked.isNull() ? QDateTime() : fromDatabaseTime(revoked)});
    }
    return devices;
}

Result<QList<QString>> DeviceRepository::revoke(qint64 userId, qint64 deviceId, std::optional<qint64> revokedBy)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto found = m_database.firstRow(u"SELECT 1 FROM devices WHERE id = ? AND user_id = ?"_s, {deviceId, userId});
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(notFound());
    auto marked =
        m_database.exec(u"UPDATE devices SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL"_s,
                        {toDatabaseTime(m_clock()), nullableId(revokedBy), deviceId});
    auto ended = marked ? sessionRows::remove(m_database, sessionRows::Owner::Device, deviceId)
                        : Result<QList<QString>>(std::unexpected(marked.error()));
    if (!ended)
        return std::unexpected(ended.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return ended;
}

} // namespace regiekamer::server
