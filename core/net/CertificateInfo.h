#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

namespace regiekamer::client {

// What a person needs to decide whether to trust a server certificate.
struct CertificateInfo
{
    QString fingerprint; // SHA-256, upper-case hex pairs joined by ':'
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QSslCertificate certificate;

    bool isNull() const { return certificate.isNull(); }
    static CertificateInfo fromCertificate(const QSslCertificate &certificate);
};

// "AB:CD:..." for the SHA-256 digest of the DER encoding, as the server prints it in its log.
QString sha256Fingerprint(const QSslCertificate &certificate);

// The fingerprint split into lines of eight pairs, for display.
QString groupedFingerprint(const QString &fingerprint);

} // namespace regiekamer::client
