#include "crypto/TlsPolicy.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace regiekamer::tls {

QStringList modernCipherNames()
{
    return {u"TLS_AES_128_GCM_SHA256"_s, u"TLS_AES_256_GCM_SHA384"_s, u"TLS_CHACHA20_POLY1305_SHA256"_s};
}

QStringList modernGroupNames()
{
    return {u"X25519"_s, u"prime256v1"_s, u"secp384r1"_s};
}

bool postQuantumGroupAvailable()
{
    constexpr long openSsl35 = 0x30500000L;
    return QSslSocket::activeBackend() == "openssl"_L1 && QSslSocket::sslLibraryVersionNumber() >= openSsl35;
}

QList<QSslCipher> modernCiphers()
{
    QList<QSslCipher> ciphers;
    for (const QString &name : modernCipherNames()) {
        if (const QSslCipher cipher(name); !cipher.isNull())
            ciphers += cipher;
    }
    return ciphers;
}

QList<QSslEllipticCurve> modernGroups()
{
    QList<QSslEllipticCurve> groups;
    for (const QString &name : modernGroupNames()) {
        if (const auto group = QSslEllipticCurve::fromShortName(name); group.isValid())
            groups += group;
    }
    return groups;
}

void applyModernPolicy(QSslConfiguration &configuration)
{
    configuration.setProtocol(modernProtocol);
    configuration.setCiphers(modernCiphers());
    configuration.setEllipticCurves(modernGroups());
    if (postQuantumGroupAvailable()) {
        // OpenSSL's own names for the same list: P-256 is prime256v1, P-384 is secp384r1.
        const QByteArray groups = QByteArray(postQuantumGroupName) + ":X25519:P-256:P-384";
        configuration.setBackendConfigurationOption("Groups", groups);
    }
    configuration.setSslOption(QSsl::SslOptionDisableCompression, true);
    configuration.setSslOption(QSsl::SslOptionDisableLegacyRenegotiation, true);
    // As Mozilla's profile says: no stateless tickets sealed under a key that lives as long as the process; TLS 1.3
    // resumption then uses the server's own session cache.
    configuration.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
}

} // namespace regiekamer::tls
