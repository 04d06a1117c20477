#pragma once

#include "ApiRequests.h"
#include "ServerProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QtCrypto>

// RFC 6238 written out in the GUI tests themselves with QCA's HMAC-SHA1 (independent of the server's code): the
// six-digit code of a base32 secret for the 30-second step of `at` plus stepOffset.
namespace guitest::totp {

inline QByteArray base32Decode(const QString &text)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text.toUpper()) {
        const auto value = alphabet.indexOf(c);
        if (value < 0)
            continue; // spaces of the grouped display, padding
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

inline QString code(const QString &secret, int stepOffset = 0, QDateTime at = QDateTime::currentDateTimeUtc())
{
    const quint64 step = static_cast<quint64>(at.toSecsSinceEpoch() / 30 + stepOffset);
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i)
        counter[i] = static_cast<char>((step >> (8 * (7 - i))) & 0xff);
    QCA::MessageAuthenticationCode hmac(QStringLiteral("hmac(sha1)"), QCA::SymmetricKey(base32Decode(secret)));
    hmac.update(QCA::MemoryRegion(counter));
    const QByteArray digest = hmac.final().toByteArray();
    const int offset = digest.at(19) & 0x0f;
    const quint32 binary = ((static_cast<quint32>(digest.at(offset)) & 0x7f) << 24) |
        ((static_cast<quint32>(digest.at(offset + 1)) & 0xff) << 16) |
        ((static_cast<quint32>(digest.at(offset + 2)) & 0xff) << 8) |
        (static_cast<quint32>(digest.at(offset + 3)) & 0xff);
    return QString::number(binary % 1000000).rightJustified(6, u'0');
}

// A code that is none of steps -3..+3.
inline QString wrongCode(const QString &secret)
{
    QStringList near;
    for (int offset = -3; offset <= 3; ++offset)
        near.append(code(secret, offset));
    for (int candidate = 123456;; candidate += 111111) {
        const QString text = QString::number(candidate % 1000000).rightJustified(6, u'0');
        if (!near.contains(text))
            return text;
    }
}

// Waits until at least `seconds` of the current step remain (no step change inside a short sequence).
inline void awaitStepWithRemaining(int seconds)
{
    while (30 - QDateTime::currentSecsSinceEpoch() % 30 < seconds)
        QTest::qWait(200);
}

// TOTP enrolled through the API (the account's first sign-in is limited to enrolment), so that the app's sign-in goes
// to the code page; its recovery codes into recoveryCodes when given.
inline QString enrol(ApiRequests &api, const ServerProcess::DemoAccount &account, QStringList *recoveryCodes = nullptr)
{
    using namespace Qt::StringLiterals;
    const QString token = api.login(account.email, account.password);
    const ApiReply begun = api.send("POST", api.url(u"/api/v1/me/second-factor/totp"_s), token);
    const QString secret = begun.json().value("secret"_L1).toString();
    const ApiReply confirmed = api.sendJson("POST", api.url(u"/api/v1/me/second-factor/totp/confirm"_s), token,
                                            QJsonObject {{"code"_L1, code(secret, -1)}});
    for (const QJsonValue &recovery : confirmed.json().value("recoveryCodes"_L1).toArray()) {
        if (recoveryCodes)
            recoveryCodes->append(recovery.toString());
    }
    if (confirmed.status != 200)
        qWarning("enrolment: %s", qPrintable(confirmed.describe()));
    return secret;
}

} // namespace guitest::totp
