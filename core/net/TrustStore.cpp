#include "net/TrustStore.h"

#include "net/NetLogging.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto group = "TrustedServers";

// Attack review finding 16: the settings do not list the servers by name. A pin is a group named by the SHA-256 of
// "host:port" (the app, which knows the server it connects to, finds it; someone with the settings file can confirm
// a guessed server, as nothing secret is available before the password). The pinned certificate itself still names
// its host (docs/security.md "Desktop offline cache").
QString settingsKey(const QString &server)
{
    QByteArray named("regiekamer trust store name v2\n");
    named.append(server.toUtf8());
    return QString::fromLatin1(QCryptographicHash::hash(named, QCryptographicHash::Sha256).toHex());
}

// Format 1 named the group by the hex of "host:port" and kept "server" in the clear; moved at its first lookup.
QString legacyKey(const QString &server)
{
    return QString::fromLatin1(server.toUtf8().toHex());
}

} // namespace

QString TrustStore::serverKey(const QUrl &server)
{
    QString host = server.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(server.port(443));
}

std::optional<QSslCertificate> TrustStore::lookup(const QString &server) const
{
    const auto settings = openSettings();
    settings->beginGroup(QLatin1StringView(group));
    const auto read = [&settings](const QString &key) {
        settings->beginGroup(key);
        auto pinned = fromStored(settings->value(u"pem"_s).toByteArray(), settings->value(u"sha256"_s).toString());
        settings->endGroup();
        return pinned;
    };
    if (auto pinned = read(settingsKey(server)))
        return pinned;
    auto legacy = read(legacyKey(server));
    if (legacy) {
        settings->remove(legacyKey(server));
        settings->beginGroup(settingsKey(server));
        settings->setValue(u"pem"_s, legacy->toPem());
        settings->setValue(u"sha256"_s, sha256Fingerprint(*legacy));
        settings->endGroup();
    }
    return legacy;
}

std::optional<QSslCertificate> TrustStore::fromStored(const QByteArray &pem, const QString &fingerprint)
{
    if (pem.isEmpty())
        return std::nullopt;
    QSslCertificate certificate(pem, QSsl::Pem);
    // A stored certificate that no longer matches its recorded fingerprint was tampered with: trust nothing.
    if (certificate.isNull() || sha256Fingerprint(certificate) != fingerprint)
        return std::nullopt;
    return certificate;
}

QString TrustStore::pinnedFingerprint(const QString &server) const
{
    const auto certificate = lookup(server);
    return certificate ? sha256Fingerprint(*certificate) : QString();
}

TrustStore::Verdict TrustStore::check(const QString &server, const QSslCertificate &presented) const
{
    const auto pinned = lookup(server);
    if (!pinned)
        return Verdict::Unknown;
    return sha256Fingerprint(*pinned) == sha256Fingerprint(presented) ? Verdict::Trusted : Verdict::Changed;
}

Status TrustStore::trust(const QString &server, const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return fail(u"certificate_invalid"_s,
                    QCoreApplication::translate("TrustStore", "The server did not present a usable certificate."));
    const auto settings = openSettings();
    settings->beginGroup(QLatin1StringView(group));
    settings->remove(legacyKey(server));
    settings->beginGroup(settingsKey(server));
    settings->setValue(u"pem"_s, certificate.toPem());
    settings->setValue(u"sha256"_s, sha256Fingerprint(certificate));
    settings->endGroup();
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError)
        return fail(u"settings_unwritable"_s,
                    QCoreApplication::translate("TrustStore",
                                                "Could not save the trusted certificate in %1. Check that the "
                                                "folder is writable.")
                        .arg(settings->fileName()));
    qCInfo(lcNet, "Certificate of %s trusted (SHA-256 %s)", qUtf8Printable(server),
           qUtf8Printable(sha256Fingerprint(certificate)));
    return {};
}

void TrustStore::forget(const QString &server)
{
    const auto settings = openSettings();
    settings->beginGroup(QLatin1StringView(group));
    settings->remove(settingsKey(server));
    settings->remove(legacyKey(server));
    settings->remove(server); // one of the names servers() gives
    settings->endGroup();
    settings->sync();
    qCInfo(lcNet, "Trust in the certificate of %s removed", qUtf8Printable(server));
}

QStringList TrustStore::servers() const
{
    const auto settings = openSettings();
    settings->beginGroup(QLatin1StringView(group));
    return settings->childGroups();
}

} // namespace regiekamer::client
