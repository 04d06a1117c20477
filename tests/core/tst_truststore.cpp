#include "TestCertificates.h"
#include "net/CertificateCheck.h"
#include "net/ClientTls.h"
#include "net/TrustStore.h"

#include <QRegularExpression>

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer::client;

namespace {

QSslCertificate certificateA()
{
    return QSslCertificate(QByteArray(testCertificatePem_a), QSsl::Pem);
}

QSslCertificate certificateB()
{
    return QSslCertificate(QByteArray(testCertificatePem_b), QSsl::Pem);
}

} // namespace

class TstTrustStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void serverKey();
    void saveLookupForget();
    void changedFingerprintDetected();
    void fingerprintFormat();
    void tlsConfigurationIsStrict();
    void classifiesErrors();
};

void TstTrustStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!certificateA().isNull());
    QVERIFY(!certificateB().isNull());
}

void TstTrustStore::init()
{
    TrustStore store;
    for (const QString &server : store.servers())
        store.forget(server);
    QVERIFY(store.servers().isEmpty());
}

void TstTrustStore::serverKey()
{
    QCOMPARE(TrustStore::serverKey(QUrl(u"https://127.0.0.1:8443"_s)), u"127.0.0.1:8443"_s);
    QCOMPARE(TrustStore::serverKey(QUrl(u"https://example.org"_s)), u"example.org:443"_s);
    QCOMPARE(TrustStore::serverKey(QUrl(u"wss://[::1]:9000/api/v1/events"_s)), u"[::1]:9000"_s);
}

void TstTrustStore::saveLookupForget()
{
    TrustStore store;
    const QString server = u"127.0.0.1:8443"_s;
    QVERIFY(!store.lookup(server));
    QCOMPARE(store.check(server, certificateA()), TrustStore::Verdict::Unknown);
    QVERIFY(store.trust(server, certificateA()));
    const auto stored = TrustStore().lookup(server); // a fresh instance reads the settings
    QVERIFY(stored);
    QCOMPARE(*stored, certificateA());
    QCOMPARE(store.pinnedFingerprint(server), sha256Fingerprint(certificateA()));
    QCOMPARE(store.check(server, certificateA()), TrustStore::Verdict::Trusted);
    QVERIFY(!store.lookup(u"127.0.0.1:8444"_s)); // per host:port
    QCOMPARE(store.servers(), QStringList {server});
    store.forget(server);
    QVERIFY(!store.lookup(server));
    QVERIFY(!store.trust(server, QSslCertificate()));
}

void TstTrustStore::changedFingerprintDetected()
{
    TrustStore store;
    const QString server = u"localhost:9443"_s;
    QVERIFY(store.trust(server, certificateA()));
    QCOMPARE(store.check(server, certificateB()), TrustStore::Verdict::Changed);
    const auto problem = checkPinnedCertificate(certificateB(), store, server);
    QVERIFY(problem);
    QCOMPARE(problem->kind, CertificateProblem::Kind::Changed);
    QCOMPARE(problem->pinnedFingerprint, sha256Fingerprint(certificateA()));
    QCOMPARE(problem->presented.fingerprint, sha256Fingerprint(certificateB()));
    const regiekamer::Error error = certificateError(*problem);
    QCOMPARE(error.code, QString::fromLatin1(errc::certificateChanged));
    QVERIFY(error.message.contains(problem->pinnedFingerprint));
    QVERIFY(error.message.contains(problem->presented.fingerprint));
    QVERIFY(!checkPinnedCertificate(certificateA(), store, server));
}

void TstTrustStore::fingerprintFormat()
{
    const QString fingerprint = sha256Fingerprint(certificateA());
    QCOMPARE(fingerprint.size(), 95);
    QVERIFY(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s).match(fingerprint).hasMatch());
    QCOMPARE(groupedFingerprint(fingerprint).split(u'\n').size(), 4);
}

void TstTrustStore::tlsConfigurationIsStrict()
{
    const QSslConfiguration configuration = clientTlsConfiguration({certificateA()});
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_3OrLater);
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(configuration.caCertificates().contains(certificateA()));
    QVERIFY(!clientTlsConfiguration({}).caCertificates().contains(certificateA()));
}

void TstTrustStore::classifiesErrors()
{
    TrustStore store;
    const QString server = u"localhost:9443"_s;
    const QList<QSslError> selfSigned {QSslError(QSslError::SelfSignedCertificate, certificateA())};
    QCOMPARE(classifySslErrors(selfSigned, certificateA(), store, server).kind, CertificateProblem::Kind::Untrusted);
    const QList<QSslError> wrongHost {QSslError(QSslError::HostNameMismatch, certificateA())};
    QCOMPARE(classifySslErrors(wrongHost, certificateA(), store, server).kind, CertificateProblem::Kind::Invalid);
    QVERIFY(store.trust(server, certificateB()));
    QCOMPARE(classifySslErrors(selfSigned, certificateA(), store, server).kind, CertificateProblem::Kind::Changed);
}

QTEST_GUILESS_MAIN(TstTrustStore)
#include "tst_truststore.moc"
