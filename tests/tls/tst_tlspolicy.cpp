#include "TestPki.h"
#include "crypto/TlsPolicy.h"
#include "http/ServerTls.h"
#include "net/ClientTls.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

QStringList cipherNames(const QList<QSslCipher> &ciphers)
{
    QStringList names;
    for (const QSslCipher &cipher : ciphers)
        names += cipher.name();
    return names;
}

QStringList groupNames(const QList<QSslEllipticCurve> &groups)
{
    QStringList names;
    for (const QSslEllipticCurve &group : groups)
        names += group.shortName();
    return names;
}

bool isAead(const QSslCipher &cipher)
{
    return cipher.encryptionMethod().contains(u"GCM"_s) || cipher.encryptionMethod().contains(u"CHACHA20"_s) ||
        cipher.name().contains(u"CHACHA20_POLY1305"_s);
}

} // namespace

class TstTlsPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void policyIsExact();
    void bothSidesUseThePolicy();
    void policyHandshakeIsTls13Aead();
    void tls12ClientIsRefused();
    void otherGroupsAreRefused();
    void postQuantumKeyExchange();

private:
    QSslConfiguration serverConfiguration() const;
    QSslConfiguration trustingClient(QSsl::SslProtocol protocol) const;
    // The desktop app's client configuration, here trusting the test authority (the pinning is
    // tst_certificate_pinning's; this test is about protocol, suites and groups).
    QSslConfiguration appClient() const;
    std::unique_ptr<QSslServer> listen(std::optional<QSslConfiguration> configuration = std::nullopt);
    // Connects to the server and waits until the handshake ended either way; true when both sides finished it.
    bool handshake(QSslServer &server, QSslSocket &client);
    int runSClient(QSslServer &server, const QStringList &arguments);

    QTemporaryDir m_dir;
    QSslCertificate m_authority;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TstTlsPolicy::initTestCase()
{
    qRegisterMetaType<QSsl::AlertLevel>();
    qRegisterMetaType<QSsl::AlertType>();
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const auto pki = makeTestPki(m_dir.path());
    QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().message));
    m_authority = QSslCertificate::fromPath(pki->caCertificateFile).value(0);
    m_certificate = QSslCertificate::fromPath(pki->certificateFile).value(0);
    QFile keyFile(pki->keyFile);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec);
    QVERIFY(!m_authority.isNull());
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());
}

void TstTlsPolicy::policyIsExact()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setSslOption(QSsl::SslOptionDisableCompression, false);
    tls::applyModernPolicy(configuration);
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_3OrLater);
    QCOMPARE(
        cipherNames(configuration.ciphers()),
        QStringList({u"TLS_AES_128_GCM_SHA256"_s, u"TLS_AES_256_GCM_SHA384"_s, u"TLS_CHACHA20_POLY1305_SHA256"_s}));
    for (const QSslCipher &cipher : configuration.ciphers()) {
        QCOMPARE(cipher.protocol(), QSsl::TlsV1_3);
        QVERIFY2(isAead(cipher), qPrintable(cipher.name()));
    }
    QCOMPARE(groupNames(configuration.ellipticCurves()), QStringList({u"X25519"_s, u"prime256v1"_s, u"secp384r1"_s}));
    QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableCompression));
    QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableLegacyRenegotiation));
    QVERIFY(configuration.testSslOption(QSsl::SslOptionDisableSessionTickets));
}

void TstTlsPolicy::bothSidesUseThePolicy()
{
    QSslConfiguration expected = QSslConfiguration::defaultConfiguration();
    tls::applyModernPolicy(expected);
    const QSslConfiguration client = appClient();
    const QSslConfiguration server = serverConfiguration();
    for (const QSslConfiguration &side : {client, server}) {
        QCOMPARE(side.protocol(), expected.protocol());
        QCOMPARE(side.ciphers(), expected.ciphers());
        QCOMPARE(side.ellipticCurves(), expected.ellipticCurves());
        QVERIFY(side.testSslOption(QSsl::SslOptionDisableCompression));
        QVERIFY(side.testSslOption(QSsl::SslOptionDisableLegacyRenegotiation));
        QVERIFY(side.testSslOption(QSsl::SslOptionDisableSessionTickets));
        QVERIFY(side.peerVerifyMode() != QSslSocket::VerifyNone);
    }
}

void TstTlsPolicy::policyHandshakeIsTls13Aead()
{
    auto server = listen();
    QSslSocket client;
    client.setSslConfiguration(appClient());
    QVERIFY2(handshake(*server, client), qPrintable(client.errorString()));
    QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_3);
    QVERIFY2(tls::modernCipherNames().contains(client.sessionCipher().name()),
             qPrintable(client.sessionCipher().name()));
    QVERIFY2(isAead(client.sessionCipher()), qPrintable(client.sessionCipher().name()));
}

void TstTlsPolicy::tls12ClientIsRefused()
{
    auto server = listen();
    QSslSocket control;
    control.setSslConfiguration(trustingClient(QSsl::TlsV1_2OrLater));
    QVERIFY2(handshake(*server, control), qPrintable(control.errorString()));
    QCOMPARE(control.sessionProtocol(), QSsl::TlsV1_3);

    QSslSocket client;
    client.setSslConfiguration(trustingClient(QSsl::TlsV1_2));
    QSignalSpy alerts(&client, &QSslSocket::alertReceived);
    QVERIFY(!handshake(*server, client));
    QVERIFY(!client.isEncrypted());
    QCOMPARE(client.error(), QAbstractSocket::SslHandshakeFailedError);
    QVERIFY(!alerts.isEmpty());
    QCOMPARE(alerts.first().at(1).value<QSsl::AlertType>(), QSsl::AlertType::ProtocolVersion);
}

void TstTlsPolicy::otherGroupsAreRefused()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("openssl is not installed");
    auto server = listen();
    QCOMPARE(runSClient(*server, {u"-groups"_s, u"X25519"_s}), 0);
    QCOMPARE(runSClient(*server, {u"-groups"_s, u"secp384r1"_s}), 0);
    QVERIFY(runSClient(*server, {u"-groups"_s, u"X448"_s}) != 0);
    QVERIFY(runSClient(*server, {u"-groups"_s, u"secp521r1"_s}) != 0);
    QVERIFY(runSClient(*server, {u"-tls1_2"_s}) != 0);
}

void TstTlsPolicy::postQuantumKeyExchange()
{
    if (!tls::postQuantumGroupAvailable())
        QSKIP("the TLS library has no ML-KEM (needs OpenSSL 3.5)");
    const QByteArray groupsCommand = "Groups";
    QCOMPARE(serverConfiguration().backendConfiguration().value(groupsCommand).toByteArray(),
             "X25519MLKEM768:X25519:P-256:P-384");
    // A server that accepts nothing but the hybrid group: our client must offer it, a classical client fails.
    QSslConfiguration hybridOnly = serverConfiguration();
    hybridOnly.setBackendConfigurationOption(groupsCommand, QByteArray(tls::postQuantumGroupName));
    auto server = listen(hybridOnly);
    QSslSocket client;
    client.setSslConfiguration(appClient());
    QVERIFY2(handshake(*server, client), qPrintable(client.errorString()));
    QCOMPARE(client.sessionProtocol(), QSsl::TlsV1_3);

    QSslConfiguration classical = appClient();
    classical.setBackendConfigurationOption(groupsCommand, QByteArrayLiteral("X25519:P-256:P-384"));
    QSslSocket classicalClient;
    classicalClient.setSslConfiguration(classical);
    QVERIFY(!handshake(*server, classicalClient));

    if (!QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        auto policyServer = listen();
        QCOMPARE(runSClient(*policyServer, {u"-groups"_s, QString::fromLatin1(tls::postQuantumGroupName)}), 0);
    }
}

QSslConfiguration TstTlsPolicy::serverConfiguration() const
{
    return server::serverTlsConfiguration(server::ServerIdentity {{m_certificate}, m_key});
}

QSslConfiguration TstTlsPolicy::trustingClient(QSsl::SslProtocol protocol) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(protocol);
    configuration.setCaCertificates({m_authority});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QSslConfiguration TstTlsPolicy::appClient() const
{
    QSslConfiguration configuration = client::clientTlsConfiguration(client::PeerTrust::SystemAuthorities);
    configuration.setCaCertificates({m_authority});
    return configuration;
}

std::unique_ptr<QSslServer> TstTlsPolicy::listen(std::optional<QSslConfiguration> configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration.value_or(serverConfiguration()));
    if (!server->listen(QHostAddress::LocalHost))
        qFatal("cannot listen on loopback");
    return server;
}

bool TstTlsPolicy::handshake(QSslServer &server, QSslSocket &client)
{
    QSignalSpy failed(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(u"localhost"_s, server.serverPort());
    const bool ended = QTest::qWaitFor([&] { return client.isEncrypted() || !failed.isEmpty(); }, 15000);
    const bool accepted =
        ended && client.isEncrypted() && QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000);
    while (server.hasPendingConnections())
        delete server.nextPendingConnection();
    return accepted;
}

// Runs `openssl s_client` (TLS 1.3 unless the arguments say otherwise) against the server, with the event loop
// running so the in-process server can answer. Returns its exit code.
int TstTlsPolicy::runSClient(QSslServer &server, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(u"openssl"_s),
                  QStringList {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(server.serverPort()), u"-brief"_s} +
                      arguments);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    while (server.hasPendingConnections())
        delete server.nextPendingConnection();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QTEST_GUILESS_MAIN(TstTlsPolicy)
#include "tst_tlspolicy.moc"
