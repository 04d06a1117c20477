#include "CryptoSelfTest.h"

#include "ApiError.h"
#include "PasswordHasher.h"

#include <QtCrypto>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Status runCryptoSelfTest()
{
    const auto broken = [](const QString &what) {
        return fail(QString::fromLatin1(api::errc::internal), u"Crypto self-test failed: %1"_s.arg(what));
    };
    if (!QCA::findProvider(u"qca-ossl"_s))
        return broken(u"the QCA OpenSSL provider (qca-ossl) is not installed."_s);
    for (const auto feature : {"sha256", "aes256-gcm", "hmac(sha256)"}) {
        if (!QCA::isSupported(feature))
            return broken(u"QCA does not support %1."_s.arg(QLatin1StringView(feature)));
    }
    const QByteArray digest = QCA::Hash(u"sha256"_s).hash(QByteArray("abc")).toByteArray();
    if (digest.toHex() != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        return broken(u"SHA-256 known answer mismatch."_s);
    if (auto argon = PasswordHasher::selfTest(); !argon)
        return broken(argon.error().message);
    return {};
}

} // namespace regiekamer::server
