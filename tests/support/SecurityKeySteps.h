#pragma once

#include "base/Result.h"
#include "protocol/SecurityKey.h"
#include "session/SecurityKeyDevice.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// A security key as a test drives it: SecurityKeyDevice's operations (on its worker thread) awaited here, with the
// tests' software authenticator behind it (SoftAuthenticator, plugged in with SecurityKeyDevice::useTransport).
namespace securityKeySteps {

template<typename T, typename Start> regiekamer::Result<T> await(Start start, int timeoutMilliseconds = 20'000)
{
    std::optional<regiekamer::Result<T>> result;
    QEventLoop loop;
    start([&result, &loop](regiekamer::Result<T> done) {
        result = std::move(done);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMilliseconds, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return regiekamer::fail(QStringLiteral("timeout"), QStringLiteral("the security key did not answer"));
    return *result;
}

inline regiekamer::Result<regiekamer::api::SecurityKeyRegistration>
makeCredential(regiekamer::client::SecurityKeyDevice &device, const regiekamer::api::SecurityKeyRequest &request,
               const QString &name)
{
    auto made = await<regiekamer::api::SecurityKeyRegistration>(
        [&](auto done) { device.makeCredential(request, QString(), std::move(done)); });
    if (made)
        made->name = name;
    return made;
}

inline regiekamer::Result<regiekamer::api::SecurityKeyAssertion>
getAssertion(regiekamer::client::SecurityKeyDevice &device, const QString &challenge, const char *purpose,
             const QList<QByteArray> &credentialIds)
{
    return await<regiekamer::api::SecurityKeyAssertion>(
        [&](auto done) { device.getAssertion(challenge, purpose, credentialIds, QString(), std::move(done)); });
}

} // namespace securityKeySteps
