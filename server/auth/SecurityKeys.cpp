#include "auth/SecurityKeys.h"

#include "auth/SecurityKeyVerifier.h"
#include "base/ApiError.h"
#include "crypto/SecureRandom.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"

#include <QCryptographicHash>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto table = "security_keys";
constexpr auto credentialColumn = "credential";
constexpr auto nameColumn = "name";

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString challengeHash(const QString &challenge)
{
    return sha256Hex(challenge.toUtf8());
}

std::unexpected<Error> challengeInvalid()
{
    return fail(QString::fromLatin1(api::errc::challengeInvalid),
                u"The security key's challenge is unknown, used or expired: ask for a new one."_s);
}

// The sealed credential: "<credential id>.<public key>", both base64url.
QString credentialText(const QByteArray &credentialId, const QByteArray &publicKey)
{
    return api::toBase64Url(credentialId) + u'.' + api::toBase64Url(publicKey);
}

} // namespace

SecurityKeys::SecurityKeys(Database &database, FieldCipher &cipher, std::chrono::seconds challengeLifetime, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_challengeLifetime(challengeLifetime)
    , m_clock(std::move(clock))
{
}

Result<int> SecurityKeys::count(qint64 userId)
{
    auto found = m_database.firstRow(u"SELECT COUNT(*) FROM security_keys WHERE user_id = ?"_s, {userId});
    if (!found)
        return std::unexpected(found.error());
    return *found ? (*found)->at(0).toInt() : 0;
}

Result<QList<SecurityKeys::Stored>> SecurityKeys::stored(qint64 userId)
{
    auto query = m_database.exec(
        u"SELECT id, credential, sign_count FROM security_keys WHERE user_id = ? ORDER BY id"_s, {userId});
    if (!query)
        return std::unexpected(query.error());
    QList<Stored> keys;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        auto key = m_cipher.subjectKey(userId);
        if (!key)
            return std::unexpected(key.error());
        auto text = FieldCipher::open(*key, query->value(1), table, credentialColumn, id);
        if (!text)
            return std::unexpected(text.error());
        const QStringList parts = text->split(u'.');
        const auto credentialId = api::fromBase64Url(parts.value(0));
        const auto publicKey = api::fromBase64Url(parts.value(1));
        if (parts.size() != 2 || !credentialId || !publicKey)
            return fail(QString::fromLatin1(api::errc::internal), u"A stored security key cannot be read."_s);
        keys.append(Stored {id, *credentialId, *publicKey, query->value(2).toLongLong()});
    }
    return keys;
}

Result<QList<QByteArray>> SecurityKeys::credentialIds(qint64 userId)
{
    auto keys = stored(userId);
    if (!keys)
        return std::unexpected(keys.error());
    QList<QByteArray> ids;
    for (const Stored &key : *keys)
        ids.append(key.credentialId);
    return ids;
}

Result<api::SecurityKeyRequest> SecurityKeys::createChallenge(qint64 userId, const QString &tokenHash,
                                                              const char *purpose)
{
    auto token = crypto::secureRandom::token();
    if (!token)
        return std::unexpected(token.error());
    const QDateTime now = m_clock();
    const QDateTime expires = now.addSecs(m_challengeLifetime.count());
    if (auto purged =
            m_database.run(u"DELETE FROM security_key_challenges WHERE expires_at <= ?"_s, {toDatabaseTime(now)});
        !purged)
        return std::unexpected(purged.error());
    auto stored = m_database.run(
        u"INSERT INTO security_key_challenges (challenge_hash, user_id, token_hash, purpose,"
        " expires_at) VALUES (?, ?, ?, ?, ?)"_s,
        {challengeHash(*token), userId, tokenHash, QString::fromLatin1(purpose), toDatabaseTime(expires)});
    if (!stored)
        return std::unexpected(stored.error());
    auto ids = credentialIds(userId);
    if (!ids)
        return std::unexpected(ids.error());
    api::SecurityKeyRequest request {*token, QString::fromLatin1(api::securityKey::rpId), {}, *ids, expires};
    if (qstrcmp(purpose, api::securityKey::registration) == 0) {
        // A user handle that says nothing about the account: the credentials are not discoverable anyway.
        auto handle = crypto::secureRandom::bytes(16);
        if (!handle)
            return std::unexpected(handle.error());
        request.userHandle = *handle;
    }
    return request;
}

Status SecurityKeys::takeChallenge(const QString &challenge, qint64 userId, const QString &tokenHash,
                                   const char *purpose)
{
    auto taken = m_database.exec(
        u"DELETE FROM security_key_challenges WHERE challenge_hash = ? AND user_id = ?"
        " AND token_hash = ? AND purpose = ? AND expires_at > ?"_s,
        {challengeHash(challenge), userId, tokenHash, QString::fromLatin1(purpose), toDatabaseTime(m_clock())});
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->numRowsAffected() != 1)
        return challengeInvalid();
    return {};
}

Result<api::SecurityKeyInfo> SecurityKeys::add(qint64 userId, const api::SecurityKeyRegistration &registration)
{
    auto credential = securityKeyVerifier::verifyRegistration(
        registration, api::securityKeyClientDataHash(api::securityKey::registration, registration.challenge));
    if (!credential)
        return std::unexpected(credential.error());
    const QString lookup = sha256Hex(credential->credentialId);
    auto existing = m_database.firstRow(u"SELECT 1 FROM security_keys WHERE credential_hash = ?"_s, {lookup});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(QString::fromLatin1(api::errc::conflict), u"This security key is registered already."_s);
    auto id = m_database.reserveId(QString::fromLatin1(table));
    auto key = m_cipher.subjectKey(userId);
    if (!id || !key)
        return std::unexpected(!id ? id.error() : key.error());
    const QDateTime now = m_clock();
    auto inserted = m_database.run(
        u"INSERT INTO security_keys (id, user_id, credential_hash, credential, name, sign_count, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {*id, userId, lookup,
         FieldCipher::seal(*key, credentialText(credential->credentialId, credential->publicKey), table,
                           credentialColumn, *id),
         FieldCipher::seal(*key, registration.name, table, nameColumn, *id), qint64(credential->signCount),
         toDatabaseTime(now)});
    if (!inserted)
        return std::unexpected(inserted.error());
    // Where the wrong answers of an account without TOTP are counted (an empty secret: no TOTP).
    auto counted = m_database.run(u"INSERT OR IGNORE INTO second_factors (user_id, totp_secret, created_at)"
                                  " VALUES (?, X'', ?)"_s,
                                  {userId, toDatabaseTime(now)});
    if (!counted)
        return std::unexpected(counted.error());
    return api::SecurityKeyInfo {*id, registration.name, now, {}};
}

Result<QList<api::SecurityKeyInfo>> SecurityKeys::list(qint64 userId)
{
    auto query = m_database.exec(
        u"SELECT id, name, created_at, last_used_at FROM security_keys WHERE user_id = ? ORDER BY id"_s, {userId});
    if (!query)
        return std::unexpected(query.error());
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    QList<api::SecurityKeyInfo> keys;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        auto name = FieldCipher::open(*key, query->value(1), table, nameColumn, id);
        if (!name)
            return std::unexpected(name.error());
        keys.append({id, *name, fromDatabaseTime(query->value(2)),
                     query->value(3).isNull() ? QDateTime() : fromDatabaseTime(query->value(3))});
    }
    return keys;
}

Result<bool> SecurityKeys::remove(qint64 userId, qint64 keyId)
{
    auto removed = m_database.exec(u"DELETE FROM security_keys WHERE id = ? AND user_id = ?"_s, {keyId, userId});
    if (!removed)
        return std::unexpected(removed.error());
    return removed->numRowsAffected() == 1;
}

Status SecurityKeys::removeAll(qint64 userId)
{
    for (const QString &sql : {u"DELETE FROM security_keys WHERE user_id = ?"_s,
                               u"DELETE FROM security_key_challenges WHERE user_id = ?"_s}) {
        if (auto deleted = m_database.run(sql, {userId}); !deleted)
            return deleted;
    }
    return {};
}

Result<SecurityKeys::Outcome> SecurityKeys::check(qint64 userId, const QByteArray &clientDataHash,
                                                  const api::SecurityKeyAssertion &assertion)
{
    auto keys = stored(userId);
    if (!keys)
        return std::unexpected(keys.error());
    // Only the account's own keys: another account's credential is as wrong as an unknown one.
    const auto key = std::find_if(keys->cbegin(), keys->cend(), [&assertion](const Stored &candidate) {
        return candidate.credentialId == assertion.credentialId;
    });
    if (key == keys->cend())
        return Outcome::Wrong;
    const auto counter = securityKeyVerifier::verifyAssertion(key->publicKey, clientDataHash,
                                                              assertion.authenticatorData, assertion.signature);
    if (!counter)
        return Outcome::Wrong;
    if ((*counter != 0 || key->signCount != 0) && qint64(*counter) <= key->signCount)
        return Outcome::CounterNotIncreased;
    auto used = m_database.run(u"UPDATE security_keys SET sign_count = ?, last_used_at = ? WHERE id = ?"_s,
                               {qint64(*counter), toDatabaseTime(m_clock()), key->id});
    if (!used)
        return std::unexpected(used.error());
    return Outcome::Accepted;
}

} // namespace regiekamer::server
