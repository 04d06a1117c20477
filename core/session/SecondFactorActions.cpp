#include "session/SecondFactorActions.h"

#include "net/SecondFactorErrors.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

// docs/api.md "Second factor" (the server's part of issue 18).
constexpr auto statusPath = "/api/v1/me/second-factor";
constexpr auto totpPath = "/api/v1/me/second-factor/totp";
constexpr auto confirmPath = "/api/v1/me/second-factor/totp/confirm";
constexpr auto recoveryCodesPath = "/api/v1/me/second-factor/recovery-codes";
constexpr auto stepUpPath = "/api/v1/session/step-up";

QString path(const char *text)
{
    return QString::fromLatin1(text);
}

Error badResponse(ApiClient *api)
{
    // The generic text of ApiClient::parsed: a reply that does not have the documented shape.
    return api->parsed<api::UserInfo>(QJsonObject()).error();
}

Result<QStringList> recoveryCodes(const Result<QJsonObject> &reply, ApiClient *api)
{
    if (!reply)
        return std::unexpected(describeSecondFactorError(reply.error()));
    QStringList codes;
    for (const QJsonValue &code : reply->value("recoveryCodes"_L1).toArray())
        codes.append(code.toString());
    if (codes.isEmpty() || codes.contains(QString()))
        return std::unexpected(badResponse(api));
    return codes;
}

} // namespace

SecondFactorActions::SecondFactorActions(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void SecondFactorActions::fetchStatus(Callback<SecondFactorStatus> done)
{
    m_api->sendJson("GET", path(statusPath), {}, {}, [done = std::move(done)](Result<QJsonObject> reply) {
        if (!reply)
            return done(std::unexpected(describeSecondFactorError(reply.error())));
        SecondFactorStatus status;
        status.totp = reply->value("totp"_L1).toBool();
        status.recoveryCodesLeft = reply->value("recoveryCodesLeft"_L1).toInt();
        status.stepUpUntil = QDateTime::fromString(reply->value("stepUpUntil"_L1).toString(), Qt::ISODateWithMs);
        done(status);
    });
}

void SecondFactorActions::startEnrolment(Callback<TotpEnrolment> done)
{
    m_api->sendJson("POST", path(totpPath), {}, {}, [this, done = std::move(done)](Result<QJsonObject> reply) {
        if (!reply)
            return done(std::unexpected(describeSecondFactorError(reply.error())));
        TotpEnrolment enrolment {QCA::SecureArray(reply->value("secret"_L1).toString().toLatin1()),
                                 QCA::SecureArray(reply->value("uri"_L1).toString().toUtf8())};
        if (enrolment.secret.isEmpty() || !enrolment.uri.toByteArray().startsWith("otpauth://totp/"))
            return done(std::unexpected(badResponse(m_api)));
        done(std::move(enrolment));
    });
}

void SecondFactorActions::confirmEnrolment(const QString &code, Callback<QStringList> done)
{
    m_api->sendJson("POST", path(confirmPath), {}, QJsonObject {{u"code"_s, normalisedCode(code)}},
                    [this, done = std::move(done)](Result<QJsonObject> reply) { done(recoveryCodes(reply, m_api)); });
}

void SecondFactorActions::newRecoveryCodes(Callback<QStringList> done)
{
    m_api->sendJson("POST", path(recoveryCodesPath), {}, {},
                    [this, done = std::move(done)](Result<QJsonObject> reply) { done(recoveryCodes(reply, m_api)); });
}

void SecondFactorActions::remove(std::function<void(Status)> done)
{
    m_api->sendJson("DELETE", path(statusPath), {}, {}, [done = std::move(done)](Result<QJsonObject> reply) {
        done(reply ? Status() : Status(std::unexpected(describeSecondFactorError(reply.error()))));
    });
}

void SecondFactorActions::stepUp(const QString &code, Callback<QDateTime> done)
{
    m_api->sendStepUp(path(stepUpPath), QJsonObject {{u"code"_s, normalisedCode(code)}},
                      [this, done = std::move(done)](Result<QJsonObject> reply) {
                          if (!reply)
                              return done(std::unexpected(describeSecondFactorError(reply.error())));
                          const auto until =
                              QDateTime::fromString(reply->value("stepUpUntil"_L1).toString(), Qt::ISODateWithMs);
                          if (!until.isValid())
                              return done(std::unexpected(badResponse(m_api)));
                          done(until);
                      });
}

QString SecondFactorActions::normalisedCode(const QString &typed)
{
    QString code = typed.trimmed().toLower();
    code.remove(u' ');
    return code;
}

bool SecondFactorActions::isTotpCode(const QString &normalised)
{
    static const QRegularExpression digits(u"^[0-9]{6}$"_s);
    return digits.match(normalised).hasMatch();
}

bool SecondFactorActions::isRecoveryCode(const QString &normalised)
{
    static const QRegularExpression groups(u"^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$"_s);
    return groups.match(normalised).hasMatch();
}

} // namespace regiekamer::client
