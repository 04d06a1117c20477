#include "auth/SecondFactors.h"

#include "base/ApiError.h"
#include "crypto/SecureCompare.h"
#include "crypto/SecureRandom.h"
#include "crypto/Totp.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"

#include <QCryptographicHash>
#include <QUrl>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto secondFactorTable = "second_factors";
constexpr auto secretColumn = "totp_secret";
// Recovery codes: 12 characters of an alphabet without look-alikes (60 bits), shown as xxxx-xxxx-xxxx.
constexpr char recoveryAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";

std::unexpected<Error> noSecondFactor()
{
    return fail(QString::fromLatin1(api::errc::noSecondFactor), u"No second factor is set up for this account."_s);
}

QString normalisedRecoveryCode(const QString &code)
{
    QString normalised;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            normalised.append(c.toLower());
    }
    return normalised;
}

// Salted with the account, so one hash says nothing about another account's codes.
QString recoveryHash(qint64 userId, const QString &code)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray salt = QByteArray("regiekamer-recovery-code\n") + QByteArray::number(userId) + '\n';
    hash.addData(salt);
    hash.addData(normalisedRecoveryCode(code).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> newRecoveryCode()
{
    auto bytes = crypto::secureRandom::bytes(12);
    if (!bytes)
        return std::unexpected(bytes.error());
    QString code;
    for (int i = 0; i < bytes->size(); ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(u'-');
        code.append(QLatin1Char(recoveryAlphabet[static_cast<quint8>(bytes->at(i)) % 32]));
    }
    OPENSSL_cleanse(bytes->data(), static_cast<size_t>(bytes->size()));
    return code;
}

bool sixDigits(const QString &code)
{
    if (code.size() != crypto::totp::digits)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

struct SecondFactors::Row
{
    QVariant sealedSecret;
    bool confirmed = false;
    qint64 lastStep = 0;
    int failures = 0;
    QDateTime lockedUntil;
};

SecondFactors::SecondFactors(Database &database, FieldCipher &cipher, SecondFactorPolicy policy, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_policy(std::move(policy))
    , m_clock(std::move(clock))
    , m_keys(database, cipher, m_policy.challenge, m_clock)
{
}

QString SecondFactors::sessionStateColumns()
{
    return u"(COALESCE((SELECT confirmed_at IS NOT NULL FROM second_factors WHERE user_id = s.user_id), 0)"
           " OR EXISTS (SELECT 1 FROM security_keys WHERE user_id = s.user_id)),"
           " (SELECT until FROM session_step_ups WHERE token_hash = s.token_hash)"_s;
}

SecondFactors::SessionState SecondFactors::sessionStateOf(const QVariant &active, const QVariant &stepUpUntil)
{
    SessionState state;
    state.active = active.toBool();
    if (!stepUpUntil.isNull())
        state.stepUpUntil = fromDatabaseTime(stepUpUntil);
    return state;
}

Result<SecondFactors::SessionState> SecondFactors::sessionState(qint64 userId, const QString &tokenHash)
{
    auto found = m_database.firstRow(
        u"SELECT %1 FROM (SELECT ? AS user_id, ? AS token_hash) s"_s.arg(sessionStateColumns()), {userId, tokenHash});
    if (!found)
        return std::unexpected(found.error());
    return *found ? sessionStateOf((*found)->at(0), (*found)->at(1)) : SessionState {};
}

Result<bool> SecondFactors::isActive(qint64 userId)
{
    auto state = sessionState(userId, QString());
    if (!state)
        return std::unexpected(state.error());
    return state->active;
}

Result<api::SecondFactorChallenge> SecondFactors::createChallenge(qint64 userId, std::optional<qint64> deviceId)
{
    auto token = crypto::secureRandom::token();
    if (!token)
        return std::unexpected(token.error());
    const QDateTime now = m_clock();
    const QDateTime expires = now.addSecs(m_policy.challenge.count());
    // An account has at most a few open challenges: expired ones go as new ones come.
    auto purged =
        m_database.run(u"DELETE FROM second_factor_challenges WHERE expires_at <= ?"_s, {toDatabaseTime(now)});
    if (!purged)
        return std::unexpected(purged.error());
    auto stored = m_database.run(
        u"INSERT INTO second_factor_challenges (challenge_hash, user_id, device_id, expires_at)"
        " VALUES (?, ?, ?, ?)"_s,
        {QString::fromLatin1(QCryptographicHash::hash(token->toUtf8(), QCryptographicHash::Sha256).toHex()), userId,
         deviceId ? QVariant(*deviceId) : QVariant(QMetaType::fromType<qint64>()), toDatabaseTime(expires)});
    if (!stored)
        return std::unexpected(stored.error());
    auto factor = row(userId);
    auto keys = m_keys.credentialIds(userId);
    if (!factor || !keys)
        return std::unexpected(!factor ? factor.error() : keys.error());
    // What the account can answer with, so that the app offers the key when it has one.
    api::SecondFactorChallenge challenge {*token, {}, expires, *keys};
    if (*factor && (*factor)->confirmed)
        challenge.methods.append(QString::fromLatin1(api::secondFactor::totp));
    if (!keys->isEmpty())
        challenge.methods.append(QString::fromLatin1(api::securityKey::method));
    challenge.methods.append(QString::fromLatin1(api::secondFactor::recovery));
    return challenge;
}

Result<SecondFactors::ChallengeOwner> SecondFactors::findChallenge(const QString &challenge)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(challenge.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto found = m_database.firstRow(u"SELECT user_id, device_id FROM second_factor_challenges"
                                     " WHERE challenge_hash = ? AND expires_at > ?"_s,
                                     {hash, toDatabaseTime(m_clock())});
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(QString::fromLatin1(api::errc::challengeInvalid),
                    u"The sign-in's challenge is unknown, used or expired: sign in again."_s);
    ChallengeOwner owner {(*found)->at(0).toLongLong(), std::nullopt};
    if (!(*found)->at(1).isNull())
        owner.deviceId = (*found)->at(1).toLongLong();
    return owner;
}

Status SecondFactors::consumeChallenge(const QString &challenge)
{
    return m_database.run(
        u"DELETE FROM second_factor_challenges WHERE challenge_hash = ?"_s,
        {QString::fromLatin1(QCryptographicHash::hash(challenge.toUtf8(), QCryptographicHash::Sha256).toHex())});
}

Result<std::optional<SecondFactors::Row>> SecondFactors::row(qint64 userId)
{
    auto found = m_database.firstRow(u"SELECT totp_secret, confirmed_at IS NOT NULL, last_step, failures, locked_until"
                                     " FROM second_factors WHERE user_id = ?"_s,
                                     {userId});
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<Row>();
    const QVariantList &values = **found;
    return std::optional<Row>(Row {values.at(0), values.at(1).toBool(), values.at(2).toLongLong(), values.at(3).toInt(),
                                   values.at(4).isNull() ? QDateTime() : fromDatabaseTime(values.at(4))});
}

Result<SecondFactors::Check> SecondFactors::check(qint64 userId, const api::SecondFactorAnswer &answer,
                                                  const char *keyPurpose)
{
    auto factor = row(userId);
    auto keys = m_keys.count(userId);
    if (!factor || !keys)
        return std::unexpected(!factor ? factor.error() : keys.error());
    // A key-only account's row has no confirmed TOTP: only its count of wrong answers.
    if (!*factor || (!(*factor)->confirmed && *keys == 0))
        return noSecondFactor();
    const QDateTime now = m_clock();
    if ((*factor)->lockedUntil.isValid() && (*factor)->lockedUntil > now)
        return Check {Outcome::Locked, std::max<qint64>(1, now.secsTo((*factor)->lockedUntil))};
    if (!answer.securityKey.isEmpty())
        return checkSecurityKey(userId, **factor, answer, keyPurpose);
    if (!answer.code.isEmpty())
        return (*factor)->confirmed ? checkCode(userId, **factor, answer.code) : countFailure(userId, **factor);
    auto used = useRecoveryCode(userId, answer.recoveryCode);
    if (!used)
        return std::unexpected(used.error());
    if (!*used)
        return countFailure(userId, **factor);
    if (auto reset = m_database.run(u"UPDATE second_factors SET failures = 0, locked_until = NULL WHERE user_id = ?"_s,
                                    {userId});
        !reset)
        return std::unexpected(reset.error());
    return Check {Outcome::Accepted, 0};
}

// RFC 6238 with one step of drift either way; a step at or before the last one used is a replay.
Result<SecondFactors::Check> SecondFactors::checkCode(qint64 userId, const Row &factor, const QString &code)
{
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    auto secretText = FieldCipher::open(*key, factor.sealedSecret, secondFactorTable, secretColumn, userId);
    if (!secretText)
        return std::unexpected(secretText.error());
    const std::optional<QCA::SecureArray> secret = crypto::totp::base32Decode(*secretText);
    secretText->fill(u'\0');
    if (!secret)
        return fail(QString::fromLatin1(api::errc::internal), u"The stored second factor cannot be read."_s);
    const QString typed = QString(code).remove(u' ');
    std::optional<qint64> matched;
    const qint64 current = crypto::totp::stepAt(m_clock());
    for (qint64 step = current - 1; step <= current + 1; ++step) {
        const QString expected = crypto::totp::code(*secret, step);
        if (sixDigits(typed) && crypto::constantTimeEquals(expected.toLatin1(), typed.toLatin1()))
            matched = step;
    }
    if (!matched)
        return countFailure(userId, factor);
    if (*matched <= factor.lastStep)
        return Check {Outcome::Reused, 0};
    auto used = m_database.run(
        u"UPDATE second_factors SET last_step = ?, failures = 0, locked_until = NULL WHERE user_id = ?"_s,
        {*matched, userId});
    if (!used)
        return std::unexpected(used.error());
    return Check {Outcome::Accepted, 0};
}

Result<SecondFactors::Check> SecondFactors::checkSecurityKey(qint64 userId, const Row &factor,
                                                             const api::SecondFactorAnswer &answer, const char *purpose)
{
    auto checked = m_keys.check(userId, api::securityKeyClientDataHash(purpose, answer.challenge), answer.securityKey);
    if (!checked)
        return std::unexpected(checked.error());
    if (*checked == SecurityKeys::Outcome::Accepted) {
        if (auto reset = m_database.run(
                u"UPDATE second_factors SET failures = 0, locked_until = NULL WHERE user_id = ?"_s, {userId});
            !reset)
            return std::unexpected(reset.error());
        return Check {Outcome::Accepted, 0};
    }
    auto counted = countFailure(userId, factor);
    if (counted && counted->outcome == Outcome::Wrong && *checked == SecurityKeys::Outcome::CounterNotIncreased)
        counted->outcome = Outcome::CounterNotIncreased;
    return counted;
}

Result<bool> SecondFactors::useRecoveryCode(qint64 userId, const QString &code)
{
    auto used = m_database.exec(u"UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ?"
                                " AND used_at IS NULL"_s,
                                {toDatabaseTime(m_clock()), userId, recoveryHash(userId, code)});
    if (!used)
        return std::unexpected(used.error());
    return used->numRowsAffected() == 1;
}

Result<SecondFactors::Check> SecondFactors::countFailure(qint64 userId, const Row &factor)
{
    const int failures = factor.failures + 1;
    const bool locks = failures >= m_policy.maximumFailures;
    // The lock starts the count afresh: after it the owner has as many tries again (never locked out for good).
    auto counted = m_database.run(u"UPDATE second_factors SET failures = ?, locked_until = ? WHERE user_id = ?"_s,
                                  {locks ? 0 : failures,
                                   locks ? QVariant(toDatabaseTime(m_clock().addSecs(m_policy.lock.count())))
                                         : QVariant(QMetaType::fromType<QString>()),
                                   userId});
    if (!counted)
        return std::unexpected(counted.error());
    return locks ? Check {Outcome::NewlyLocked, static_cast<qint64>(m_policy.lock.count())} : Check {Outcome::Wrong, 0};
}

Result<api::TotpEnrolment> SecondFactors::beginEnrolment(qint64 userId, const QString &accountName)
{
    auto factor = row(userId);
    if (!factor)
        return std::unexpected(factor.error());
    if (*factor && (*factor)->confirmed)
        return fail(QString::fromLatin1(api::errc::secondFactorActive),
                    u"A second factor is active: remove it before enrolling a new one."_s);
    auto bytes = crypto::secureRandom::bytes(crypto::totp::secretBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QString secret = crypto::totp::base32Encode(*bytes);
    OPENSSL_cleanse(bytes->data(), static_cast<size_t>(bytes->size()));
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    // A key-only account keeps its count of wrong answers and its lock.
    auto stored = m_database.run(
        u"INSERT INTO second_factors (user_id, totp_secret, confirmed_at, last_step, failures, locked_until,"
        " created_at) VALUES (?, ?, NULL, 0, 0, NULL, ?) ON CONFLICT (user_id) DO UPDATE SET"
        " totp_secret = excluded.totp_secret, confirmed_at = NULL, last_step = 0"_s,
        {userId, FieldCipher::seal(*key, secret, secondFactorTable, secretColumn, userId), toDatabaseTime(m_clock())});
    if (!stored)
        return std::unexpected(stored.error());
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(u"Regiekamer:"_s + accountName, "@:"));
    return api::TotpEnrolment {
        secret,
        u"otpauth://totp/%1?secret=%2&issuer=Regiekamer&digits=6&period=30&algorithm=SHA1"_s.arg(label, secret)};
}

Result<SecondFactors::Check> SecondFactors::confirmEnrolment(qint64 userId, const QString &code)
{
    auto factor = row(userId);
    if (!factor)
        return std::unexpected(factor.error());
    if (!*factor || (*factor)->confirmed || (*factor)->sealedSecret.toByteArray().isEmpty())
        return noSecondFactor();
    const QDateTime now = m_clock();
    if ((*factor)->lockedUntil.isValid() && (*factor)->lockedUntil > now)
        return Check {Outcome::Locked, std::max<qint64>(1, now.secsTo((*factor)->lockedUntil))};
    auto checked = checkCode(userId, **factor, code);
    if (!checked || checked->outcome != Outcome::Accepted)
        return checked;
    auto confirmed = m_database.run(u"UPDATE second_factors SET confirmed_at = ? WHERE user_id = ?"_s,
                                    {toDatabaseTime(now), userId});
    if (!confirmed)
        return std::unexpected(confirmed.error());
    return checked;
}

Result<api::RecoveryCodes> SecondFactors::newRecoveryCodes(qint64 userId)
{
    if (auto active = isActive(userId); !active || !*active)
        return active ? noSecondFactor() : std::unexpected(active.error());
    if (auto cleared = m_database.run(u"DELETE FROM recovery_codes WHERE user_id = ?"_s, {userId}); !cleared)
        return std::unexpected(cleared.error());
    api::RecoveryCodes codes;
    while (codes.codes.size() < api::secondFactor::recoveryCodeCount) {
        auto code = newRecoveryCode();
        if (!code)
            return std::unexpected(code.error());
        auto stored = m_database.run(u"INSERT OR IGNORE INTO recovery_codes (user_id, code_hash) VALUES (?, ?)"_s,
                                     {userId, recoveryHash(userId, *code)});
        if (!stored)
            return std::unexpected(stored.error());
        codes.codes.append(*code);
    }
    return codes;
}

Result<api::SecondFactorStatus> SecondFactors::status(qint64 userId, const QString &tokenHash)
{
    auto state = sessionState(userId, tokenHash);
    if (!state)
        return std::unexpected(state.error());
    auto left =
        m_database.firstRow(u"SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"_s, {userId});
    auto factor = row(userId);
    auto keys = m_keys.count(userId);
    if (!left || !factor || !keys)
        return std::unexpected(!left ? left.error() : !factor ? factor.error() : keys.error());
    const QDateTime now = m_clock();
    return api::SecondFactorStatus {
        *factor && (*factor)->confirmed, *left ? (*left)->at(0).toInt() : 0,
        state->stepUpUntil.isValid() && state->stepUpUntil > now ? state->stepUpUntil : QDateTime(), *keys};
}

Result<QDateTime> SecondFactors::stepUp(const QString &tokenHash)
{
    const QDateTime until = m_clock().addSecs(m_policy.stepUp.count());
    auto stored = m_database.run(u"INSERT OR REPLACE INTO session_step_ups (token_hash, until) VALUES (?, ?)"_s,
                                 {tokenHash, toDatabaseTime(until)});
    if (!stored)
        return std::unexpected(stored.error());
    return until;
}

Result<bool> SecondFactors::remove(qint64 userId)
{
    auto removed = m_database.exec(u"DELETE FROM second_factors WHERE user_id = ?"_s, {userId});
    if (!removed)
        return std::unexpected(removed.error());
    auto keys = m_keys.count(userId);
    if (!keys)
        return std::unexpected(keys.error());
    const bool had = removed->numRowsAffected() > 0 || *keys > 0;
    if (auto gone = m_keys.removeAll(userId); !gone)
        return std::unexpected(gone.error());
    for (const QString &sql : {u"DELETE FROM recovery_codes WHERE user_id = ?"_s,
                               u"DELETE FROM second_factor_challenges WHERE user_id = ?"_s,
                               u"DELETE FROM session_step_ups WHERE token_hash IN"
                               " (SELECT token_hash FROM sessions WHERE user_id = ?)"_s}) {
        if (auto deleted = m_database.run(sql, {userId}); !deleted)
            return std::unexpected(deleted.error());
    }
    return had;
}

} // namespace regiekamer::server
