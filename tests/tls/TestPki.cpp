#include "TestPki.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using regiekamer::fail;
using regiekamer::Status;

namespace {

Status runOpenssl(const QStringList &arguments)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return fail(u"no_openssl"_s, u"The openssl command is not installed."_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(u"openssl_failed"_s,
                    u"openssl %1: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(process.readAll())));
    return {};
}

QStringList newEcKey(const QString &keyFile)
{
    return {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, keyFile};
}

// Lifetime and extensions of a certificate as a public CA issues it today (90 days, server use only, a CRL
// distribution point), so the scan judges the transport and not a certificate nobody would deploy.
QByteArray leafExtensions()
{
    return "basicConstraints = critical, CA:FALSE\n"
           "keyUsage = critical, digitalSignature\n"
           "extendedKeyUsage = serverAuth\n"
           "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
           "crlDistributionPoints = URI:http://127.0.0.1/regiekamer-test-ca.crl\n"_ba;
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return fail(u"io"_s, u"Cannot write %1."_s.arg(path));
    return {};
}

// `openssl req -x509` configuration of a self-signed server certificate that may also issue certificates.
QByteArray selfSignedConfiguration()
{
    return "[req]\n"
           "distinguished_name = name\n"
           "[name]\n"
           "[pinnable]\n"
           "basicConstraints = critical, CA:TRUE\n"
           "keyUsage = critical, digitalSignature, keyCertSign\n"
           "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
           "subjectKeyIdentifier = hash\n"_ba;
}

Status makeSelfSigned(const QString &configuration, const QString &subject, const QString &certificate,
                      const QString &key)
{
    return runOpenssl(QStringList {u"req"_s, u"-x509"_s, u"-days"_s, u"2"_s, u"-config"_s, configuration,
                                   u"-extensions"_s, u"pinnable"_s, u"-subj"_s, subject, u"-out"_s, certificate} +
                      newEcKey(key));
}

} // namespace

regiekamer::Result<PinningPki> makePinningPki(const QString &directory)
{
    const QDir dir(directory);
    const PinningPki pki {dir.filePath(u"authority.pem"_s), dir.filePath(u"authority.key"_s),
                          dir.filePath(u"issued.pem"_s),    dir.filePath(u"issued.key"_s),
                          dir.filePath(u"stranger.pem"_s),  dir.filePath(u"stranger.key"_s)};
    const QString configuration = dir.filePath(u"self-signed.cnf"_s);
    const QString extensions = dir.filePath(u"issued.ext"_s);
    const QString request = dir.filePath(u"issued.csr"_s);
    for (const auto &[path, content] :
         {std::pair {configuration, selfSignedConfiguration()}, std::pair {extensions, leafExtensions()}}) {
        if (const auto written = writeFile(path, content); !written)
            return std::unexpected(written.error());
    }
    const QList<Status> steps {
        makeSelfSigned(configuration, u"/CN=Regiekamer pinned authority"_s, pki.authorityCertificateFile,
                       pki.authorityKeyFile),
        runOpenssl(QStringList {u"req"_s, u"-new"_s, u"-subj"_s, u"/CN=localhost"_s, u"-out"_s, request} +
                   newEcKey(pki.issuedKeyFile)),
        runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, pki.authorityCertificateFile, u"-CAkey"_s,
                    pki.authorityKeyFile, u"-days"_s, u"2"_s, u"-sha256"_s, u"-extfile"_s, extensions, u"-out"_s,
                    pki.issuedCertificateFile}),
        makeSelfSigned(configuration, u"/CN=localhost"_s, pki.strangerCertificateFile, pki.strangerKeyFile),
    };
    for (const Status &step : steps) {
        if (!step)
            return std::unexpected(step.error());
    }
    return pki;
}

regiekamer::Result<TestPki> makeTestPki(const QString &directory)
{
    const QDir dir(directory);
    const TestPki pki {dir.filePath(u"test-ca.pem"_s), dir.filePath(u"server.pem"_s), dir.filePath(u"server.key"_s)};
    const QString caKey = dir.filePath(u"test-ca.key"_s);
    const QString request = dir.filePath(u"server.csr"_s);
    const QString extensions = dir.filePath(u"server.ext"_s);
    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly) || extensionFile.write(leafExtensions()) < 0)
        return fail(u"io"_s, u"Cannot write %1."_s.arg(extensions));
    extensionFile.close();

    const auto ca = runOpenssl(QStringList {u"req"_s, u"-x509"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                                            u"/CN=Regiekamer test CA"_s, u"-out"_s, pki.caCertificateFile} +
                               newEcKey(caKey));
    if (!ca)
        return std::unexpected(ca.error());
    const auto csr = runOpenssl(QStringList {u"req"_s, u"-new"_s, u"-subj"_s, u"/CN=localhost"_s, u"-out"_s, request} +
                                newEcKey(pki.keyFile));
    if (!csr)
        return std::unexpected(csr.error());
    const auto leaf =
        runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, pki.caCertificateFile, u"-CAkey"_s, caKey,
                    u"-days"_s, u"90"_s, u"-sha256"_s, u"-extfile"_s, extensions, u"-out"_s, pki.certificateFile});
    if (!leaf)
        return std::unexpected(leaf.error());
    return pki;
}
