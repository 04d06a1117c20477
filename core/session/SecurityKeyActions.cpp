#include "session/SecurityKeyActions.h"

#include "net/SecondFactorErrors.h"
#include "protocol/ApiPaths.h"
#include "session/SecurityKeyDevice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

QString path(const char *text)
{
    return QString::fromLatin1(text);
}

Error described(const Error &error)
{
    return describeSecondFactorError(error);
}

} // namespace

SecurityKeyActions::SecurityKeyActions(ApiClient *api, SecurityKeyDevice *device, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_device(device)
{
}

void SecurityKeyActions::cancel()
{
    m_device->cancel();
}

void SecurityKeyActions::addKey(const QString &name, const QString &pin, Callback<RegisteredSecurityKey> done)
{
    m_api->sendJson(
        "POST", path(api::path::mySecurityKeysChallenge), {}, {},
        [this, name, pin, done = std::move(done)](Result<QJsonObject> reply) {
            auto request = m_api->parsed<api::SecurityKeyRequest>(reply);
            if (!request)
                return done(std::unexpected(described(request.error())));
            m_device->makeCredential(*request, pin, [this, name, done](Result<api::SecurityKeyRegistration> made) {
                if (!made)
                    return done(std::unexpected(made.error()));
                made->name = name.trimmed();
                m_api->sendJson("POST", path(api::path::mySecurityKeys), {}, made->toJson(),
                                [this, done](Result<QJsonObject> registered) {
                                    if (!registered)
                                        return done(std::unexpected(described(registered.error())));
                                    auto key = m_api->parsed<api::SecurityKeyInfo>(
                                        Result<QJsonObject>(registered->value("securityKey"_L1).toObject()));
                                    if (!key)
                                        return done(std::unexpected(key.error()));
                                    RegisteredSecurityKey result {*key, {}};
                                    for (const QJsonValue &code : registered->value("recoveryCodes"_L1).toArray())
                                        result.recoveryCodes.append(code.toString());
                                    done(result);
                                });
            });
        });
}

void SecurityKeyActions::list(Callback<QList<api::SecurityKeyInfo>> done)
{
    m_api->sendJson("GET", path(api::path::mySecurityKeys), {}, {},
                    [this, done = std::move(done)](Result<QJsonObject> reply) {
                        if (!reply)
                            return done(std::unexpected(described(reply.error())));
                        QList<api::SecurityKeyInfo> keys;
                        for (const QJsonValue &item : reply->value("items"_L1).toArray()) {
                            auto key = m_api->parsed<api::SecurityKeyInfo>(Result<QJsonObject>(item.toObject()));
                            if (!key)
                                return done(std::unexpected(key.error()));
                            keys.append(*key);
                        }
                        done(keys);
                    });
}

void SecurityKeyActions::remove(qint64 keyId, std::function<void(Status)> done)
{
    QString keyPath = path(api::path::mySecurityKey);
    keyPath.replace(u"{id}"_s, QString::number(keyId));
    m_api->sendJson("DELETE", keyPath, {}, {}, [done = std::move(done)](Result<QJsonObject> reply) {
        done(reply ? Status() : Status(std::unexpected(described(reply.error()))));
    });
}

// The step-up's own challenge, the key's signature over it, then the step-up (no second step-up asked for it).
void SecurityKeyActions::stepUp(const QString &pin, Callback<QDateTime> done)
{
    m_api->sendJson(
        "POST", path(api::path::sessionStepUpChallenge), {}, {},
        [this, pin, done = std::move(done)](Result<QJsonObject> reply) {
            auto request = m_api->parsed<api::SecurityKeyRequest>(reply);
            if (!request)
                return done(std::unexpected(described(request.error())));
            m_device->getAssertion(
                request->challenge, api::securityKey::stepUp, request->credentialIds, pin,
                [this, challenge = request->challenge, done](Result<api::SecurityKeyAssertion> signedIt) {
                    if (!signedIt)
                        return done(std::unexpected(signedIt.error()));
                    const QJsonObject body {{"challenge"_L1, challenge}, {"securityKey"_L1, signedIt->toJson()}};
                    m_api->sendStepUp(path(api::path::sessionStepUp), body, [done](Result<QJsonObject> stepped) {
                        if (!stepped)
                            return done(std::unexpected(described(stepped.error())));
                        const auto until =
                            QDateTime::fromString(stepped->value("stepUpUntil"_L1).toString(), Qt::ISODateWithMs);
                        done(until);
                    });
                });
        });
}

} // namespace regiekamer::client
