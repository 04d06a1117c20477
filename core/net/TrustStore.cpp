#include "net/TrustStore.h"

#include "net/NetLogging.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr auto group = "TrustedServers";

// QSettings keys must not contain '/', '\\' or ':' reliably across formats; hex keeps them opaque and safe.
QString settingsKey(const QString &server)
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
    settings->beginGroup(settingsKey(server));
    return fromStored(settings->value(u"pem"_s).toByteArray(), settings->value(u"sha256"_s).toString());
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
    settings->beginGroup(settingsKey(server));
    settings->setValue(u"server"_s, server);
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
    settings->endGroup();
    settings->sync();
    qCInfo(lcNet, "Trust in the certificate of %s removed", qUtf8Printable(server));
}

QStringList TrustStore::servers() const
{
    const auto settings = openSettings();
    settings->beginGroup(QLatin1StringView(group));
    QStringList result;
    for (const QString &key : settings->childGroups())
        result << settings->value(key + u"/server"_s).toString();
    return result;
}

} // namespace regiekamer::client
