#include "net/CertificateInfo.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString groupedFingerprint(const QString &fingerprint)
{
    const QStringList pairs = fingerprint.split(u':');
    QStringList lines;
    for (qsizetype index = 0; index < pairs.size(); index += 8)
        lines << pairs.mid(index, 8).join(u':');
    return lines.join(u'\n');
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.certificate = certificate;
    if (certificate.isNull())
        return info;
    info.fingerprint = sha256Fingerprint(certificate);
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
    info.issuer = certificate.issuerDisplayName();
    info.validFrom = certificate.effectiveDate();
    info.validUntil = certificate.expiryDate();
    return info;
}

} // namespace regiekamer::client
