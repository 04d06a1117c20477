#include "session/SecondFactorActions.h"

#include "net/SecondFactorErrors.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

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
    m_api->sendJson(
        "GET", path(api::path::mySecondFactor), {}, {}, [done = std::move(done)](Result<QJsonObject> reply) {
            if (!reply)
                return done(std::unexpected(describeSecondFactorError(reply.error())));
            SecondFactorStatus status;
            status.totp = reply->value("totp"_L1).toBool();
            status.recoveryCodesLeft = reply->value("recoveryCodesLeft"_L1).toInt();
            status.securityKeys = reply->value("securityKeys"_L1).toInt();
            status.stepUpUntil = QDateTime::fromString(reply->value("stepUpUntil"_L1).toString(), Qt::ISODateWithMs);
            done(status);
        });
}

void SecondFactorActions::startEnrolment(Callback<TotpEnrolment> done)
{
    m_api->sendJson("POST", path(api::path::mySecondFactorTotp), {}, {},
                    [this, done = std::move(done)](Result<QJsonObject> reply) {
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
    m_api->sendJson("POST", path(api::path::mySecondFactorTotpConfirm), {},
                    QJsonObject {{u"code"_s, normalisedCode(code)}},
                    [this, done = std::move(done)](Result<QJsonObject> reply) { done(recoveryCodes(reply, m_api)); });
}

void SecondFactorActions::newRecoveryCodes(Callback<QStringList> done)
{
    m_api->sendJson("POST", path(api::path::mySecondFactorRecoveryCodes), {}, {},
                    [this, done = std::move(done)](Result<QJsonObject> reply) { done(recoveryCodes(reply, m_api)); });
}

void SecondFactorActions::remove(std::function<void(Status)> done)
{
    m_api->sendJson("DELETE", path(api::path::mySecondFactor), {}, {},
                    [done = std::move(done)](Result<QJsonObject> reply) {
                        done(reply ? Status() : Status(std::unexpected(describeSecondFactorError(reply.error()))));
                    });
}

void SecondFactorActions::stepUp(const QString &code, Callback<QDateTime> done)
{
    const QString answer = normalisedCode(code);
    const auto field = isRecoveryCode(answer) ? u"recoveryCode"_s : u"code"_s;
    m_api->sendStepUp(path(api::path::sessionStepUp), QJsonObject {{field, answer}},
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
