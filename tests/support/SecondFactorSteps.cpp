#include "SecondFactorSteps.h"

#include "crypto/Totp.h"
#include "protocol/ApiPaths.h"
#include "protocol/SecondFactor.h"
#include "protocol/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace secondFactorSteps {

QString code(const QString &secret, int stepOffset)
{
    const auto key = crypto::totp::base32Decode(secret);
    if (!key)
        return {};
    return crypto::totp::code(*key, crypto::totp::stepAt(QDateTime::currentDateTimeUtc()) + stepOffset);
}

void awaitStepWithRemaining(int seconds)
{
    const auto remaining = [] {
        return crypto::totp::periodSeconds -
            static_cast<int>(QDateTime::currentSecsSinceEpoch() % crypto::totp::periodSeconds);
    };
    while (remaining() < seconds)
        QTest::qWait(250);
}

QString wrongCode(const QString &secret)
{
    QStringList near;
    for (int offset = -3; offset <= 3; ++offset)
        near.append(code(secret, offset));
    for (int candidate = 0;; candidate += 111111) {
        const QString text = QString::number(candidate % 1000000).rightJustified(6, u'0');
        if (!near.contains(text))
            return text;
    }
}

Enrolment enrol(ApiRequests &api, const QString &token, int confirmOffset)
{
    Enrolment enrolment;
    const ApiReply begun = api.send("POST", api.url(QString::fromLatin1(api::path::mySecondFactorTotp)), token);
    auto pending = api::TotpEnrolment::fromJson(begun.json());
    if (begun.status != 200 || !pending) {
        qWarning("enrolment: %s", qPrintable(begun.describe()));
        return enrolment;
    }
    enrolment.secret = pending->secret;
    const ApiReply confirmed = api.sendJson("POST", api.url(QString::fromLatin1(api::path::mySecondFactorTotpConfirm)),
                                            token, QJsonObject {{"code"_L1, code(enrolment.secret, confirmOffset)}});
    auto codes = api::RecoveryCodes::fromJson(confirmed.json());
    if (confirmed.status != 200 || !codes) {
        qWarning("confirmation: %s", qPrintable(confirmed.describe()));
        return enrolment;
    }
    enrolment.recoveryCodes = codes->codes;
    enrolment.ok = true;
    return enrolment;
}

QString challengeOf(ApiRequests &api, const QString &email, const QString &password)
{
    const ApiReply reply = api.sendJson("POST", api.url(QString::fromLatin1(api::path::session)), {},
                                        api::LoginRequest {email, password, std::nullopt}.toJson());
    auto challenge = api::SecondFactorChallenge::fromJson(reply.json());
    if (reply.status != 200 || !challenge) {
        qWarning("sign-in of %s: %s", qPrintable(email), qPrintable(reply.describe()));
        return {};
    }
    return challenge->challenge;
}

ApiReply answer(ApiRequests &api, const QString &challenge, const QString &code, bool recovery)
{
    api::SecondFactorAnswer body {challenge, recovery ? QString() : code, recovery ? code : QString(), {}};
    return api.sendJson("POST", api.url(QString::fromLatin1(api::path::sessionSecondFactor)), {}, body.toJson());
}

QString signIn(ApiRequests &api, const QString &email, const QString &password, const QString &secret, int stepOffset)
{
    const ApiReply reply = answer(api, challengeOf(api, email, password), code(secret, stepOffset));
    if (reply.status != 200)
        qWarning("second step of %s: %s", qPrintable(email), qPrintable(reply.describe()));
    return reply.json().value("token"_L1).toString();
}

} // namespace secondFactorSteps
