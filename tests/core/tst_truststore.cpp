#include "TestCertificates.h"
#include "net/CertificateCheck.h"
#include "net/ClientTls.h"
#include "net/TrustStore.h"
#include "settings/AppSettings.h"

#include <QRegularExpression>

#include <QFile>
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
    void oneCheckForEveryConnection();
    void legacyPinIsMoved();
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

// A pin of the previous format (group named by the hex of "host:port", the server in the clear) still counts and is
// moved under the hashed name at its first lookup.
void TstTrustStore::legacyPinIsMoved()
{
    const QString server = u"127.0.0.1:9443"_s;
    {
        const auto settings = openSettings();
        settings->beginGroup(u"TrustedServers/"_s + QString::fromLatin1(server.toUtf8().toHex()));
        settings->setValue(u"server"_s, server);
        settings->setValue(u"pem"_s, certificateA().toPem());
        settings->setValue(u"sha256"_s, sha256Fingerprint(certificateA()));
    }
    TrustStore store;
    QCOMPARE(store.check(server, certificateA()), TrustStore::Verdict::Trusted);
    QCOMPARE(store.servers().size(), 1);
    QVERIFY(!store.servers().contains(QString::fromLatin1(server.toUtf8().toHex())));
    QCOMPARE(TrustStore().check(server, certificateB()), TrustStore::Verdict::Changed);
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
    QCOMPARE(store.servers().size(), 1);
    // Finding 16: the settings name no server (only the pinned certificate itself does).
    for (const QString &name : store.servers())
        QVERIFY2(!name.contains(server) && !name.contains(QString::fromLatin1(server.toUtf8().toHex())),
                 qPrintable(name));
    {
        const auto settings = openSettings();
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("127.0.0.1"));
        QVERIFY(!bytes.contains(server.toUtf8().toHex()));
    }
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
    const QSslConfiguration pinned = clientTlsConfiguration(PeerTrust::PinnedCertificate);
    QCOMPARE(pinned.protocol(), QSsl::TlsV1_3OrLater);
    QCOMPARE(pinned.peerVerifyMode(), QSslSocket::VerifyPeer);
    // A pinned server is verified against no root: no CA the system trusts can vouch for another server (a proxy)
    // at its address, nor can the pinned certificate for one it issued.
    QVERIFY(pinned.caCertificates().isEmpty());
    const QSslConfiguration unpinned = clientTlsConfiguration(PeerTrust::SystemAuthorities);
    QCOMPARE(unpinned.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(unpinned.caCertificates(), QSslConfiguration::systemCaCertificates());
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

// The HTTPS requests and the event stream share this object: its configuration and its verdict at the end of a
// handshake (errors reported, or none) are the whole certificate decision.
void TstTrustStore::oneCheckForEveryConnection()
{
    CertificateCheck check;
    const QString server = u"localhost:9443"_s;
    const QUrl url(u"wss://localhost:9443/api/v1/events"_s);
    QCOMPARE(check.configurationFor(url).caCertificates(), QSslConfiguration::systemCaCertificates());
    QVERIFY(!check.verdict(server, certificateA(), {})); // nothing pinned: a certificate that verified is accepted
    QVERIFY(check.trustStore().trust(server, certificateA()));
    QVERIFY(check.configurationFor(url).caCertificates().isEmpty());
    QVERIFY(!check.verdict(server, certificateA(), {}));
    const auto changed = check.verdict(server, certificateB(), {}); // verified, yet not the pinned certificate
    QVERIFY(changed);
    QCOMPARE(changed->kind, CertificateProblem::Kind::Changed);
    const QList<QSslError> selfSigned {QSslError(QSslError::SelfSignedCertificate, certificateB())};
    QCOMPARE(check.verdict(server, certificateB(), selfSigned)->kind, CertificateProblem::Kind::Changed);
    // The errors of a handshake with the pinned certificate itself (no root is trusted for it) let it through...
    const QList<QSslError> pinnedErrors {QSslError(QSslError::SelfSignedCertificate, certificateA()),
                                         QSslError(QSslError::CertificateUntrusted, certificateA())};
    QVERIFY(!check.verdict(server, certificateA(), pinnedErrors));
    QVERIFY(!check.verdict(server, QSslCertificate(), pinnedErrors)); // sslErrors before the peer is known
    // ...but no other error of it, and not when the errors or the peer name another certificate.
    const QList<QSslError> pinnedWrongHost {QSslError(QSslError::SelfSignedCertificate, certificateA()),
                                            QSslError(QSslError::HostNameMismatch, certificateA())};
    QCOMPARE(check.verdict(server, certificateA(), pinnedWrongHost)->kind, CertificateProblem::Kind::Invalid);
    const QList<QSslError> mixed {QSslError(QSslError::SelfSignedCertificate, certificateA()),
                                  QSslError(QSslError::CertificateUntrusted, certificateB())};
    QVERIFY(check.verdict(server, certificateA(), mixed));
    QCOMPARE(check.verdict(server, certificateB(), pinnedErrors)->kind, CertificateProblem::Kind::Changed);
    const QList<QSslError> issuedByPinned {QSslError(QSslError::UnableToGetLocalIssuerCertificate, certificateB())};
    QCOMPARE(check.verdict(server, certificateB(), issuedByPinned)->kind, CertificateProblem::Kind::Changed);
    QVERIFY(!check.lastProblem());
    check.record(*changed);
    QVERIFY(check.lastProblem());
    QCOMPARE(check.lastProblem()->presented.fingerprint, sha256Fingerprint(certificateB()));
}

QTEST_GUILESS_MAIN(TstTrustStore)
#include "tst_truststore.moc"
