#include "ServerProcess.h"
#include "TestPki.h"
#include "TestsslReport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Scans the real regiekamer-server with testssl.sh (docs/transport.md). The server runs with a certificate from a
// test CA that the scan trusts, so the verdict is about the TLS policy and not about an unknown issuer.
class TstTlsScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onlyTls13IsOffered();
    void forwardSecrecy();
    void onlyAeadCiphers();
    void noFindingOfMediumOrWorse();

private:
    QStringList scanArguments(const QString &caFile, const QString &jsonFile) const;
    void runScan(const QString &caFile);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    TestsslReport m_report;
};

QStringList TstTlsScan::scanArguments(const QString &caFile, const QString &jsonFile) const
{
    // -p protocols, -f forward secrecy, -P every suite the server offers per protocol, -S server defaults and
    // certificate, -U vulnerabilities. Not -s (cipher categories): -P already lists every offered suite, and -s
    // costs as much as the others (timings in docs/transport.md).
    return {u"--jsonfile"_s,
            jsonFile,
            u"--quiet"_s,
            u"--color"_s,
            u"0"_s,
            u"--warnings"_s,
            u"off"_s,
            u"--sneaky"_s,
            u"--nodns"_s,
            u"none"_s,
            u"--connect-timeout"_s,
            u"10"_s,
            u"--openssl-timeout"_s,
            u"10"_s,
            u"--add-ca"_s,
            caFile,
            u"-p"_s,
            u"-f"_s,
            u"-P"_s,
            u"-S"_s,
            u"-U"_s,
            u"127.0.0.1:%1"_s.arg(m_server.port())};
}

void TstTlsScan::initTestCase()
{
    const QString testssl = QStandardPaths::findExecutable(u"testssl"_s);
    // The build root always has it: a missing scanner is a failure, never a silently skipped scan.
    QVERIFY2(!testssl.isEmpty(),
             "testssl is not installed (Debian package testssl.sh, in tools/buildroot/packages.txt)");
    QVERIFY(m_dir.isValid());
    const auto pki = makeTestPki(m_dir.path());
    QVERIFY2(pki, qPrintable(pki ? QString() : pki.error().message));
    QVERIFY2(m_server.start({u"--cert"_s, pki->certificateFile, u"--key"_s, pki->keyFile}),
             m_server.lastOutput().constData());
    runScan(pki->caCertificateFile);
}

void TstTlsScan::runScan(const QString &caFile)
{
    const QString jsonFile = m_dir.filePath(u"testssl.json"_s);
    QProcess scan;
    scan.setProcessChannelMode(QProcess::MergedChannels);
    scan.setWorkingDirectory(m_dir.path());
    QElapsedTimer clock;
    clock.start();
    scan.start(QStandardPaths::findExecutable(u"testssl"_s), scanArguments(caFile, jsonFile));
    // The event loop keeps running meanwhile, so the server's output pipe never fills up.
    const bool finished = QTest::qWaitFor([&] { return scan.state() == QProcess::NotRunning; }, 550000);
    if (!finished) {
        scan.kill();
        scan.waitForFinished();
    }
    const QByteArray output = scan.readAll();
    qInfo("testssl took %.1f s (exit code %d)", double(clock.elapsed()) / 1000, scan.exitCode());
    QVERIFY2(finished, output.right(4000).constData());
    auto report = TestsslReport::fromFile(jsonFile);
    QVERIFY2(report,
             qPrintable(report ? QString() : report.error().message + u'\n' + QString::fromUtf8(output.right(4000))));
    m_report = *report;
    QVERIFY2(m_report.problems().isEmpty(), qPrintable(m_report.problems().join(u'\n')));
}

void TstTlsScan::cleanupTestCase()
{
    if (m_server.isRunning())
        m_server.terminate();
}

// testssl.sh finds TLS 1.3 offered and every older protocol refused.
void TstTlsScan::onlyTls13IsOffered()
{
    for (const QString &old : {u"SSLv2"_s, u"SSLv3"_s, u"TLS1"_s, u"TLS1_1"_s, u"TLS1_2"_s})
        QVERIFY2(m_report.finding(old).startsWith(u"not offered"_s), qPrintable(old + u": "_s + m_report.finding(old)));
    QVERIFY2(m_report.finding(u"TLS1_3"_s).startsWith(u"offered"_s), qPrintable(m_report.finding(u"TLS1_3"_s)));
}

// Every suite has forward secrecy.
void TstTlsScan::forwardSecrecy()
{
    QCOMPARE(m_report.finding(u"FS"_s), u"offered"_s);
    QCOMPARE(m_report.severity(u"FS"_s), u"OK"_s);
}

// Every offered cipher is an AEAD.
void TstTlsScan::onlyAeadCiphers()
{
    const QStringList offered = m_report.offeredCipherNames();
    QVERIFY2(!offered.isEmpty(), "the scan listed no cipher the server offers");
    for (const QString &cipher : offered)
        QVERIFY2(TestsslReport::isAead(cipher), qPrintable(u"not AEAD: "_s + cipher));
}

// No testssl.sh finding of severity MEDIUM or higher.
void TstTlsScan::noFindingOfMediumOrWorse()
{
    const QStringList bad = m_report.findingsAtLeast(u"MEDIUM"_s);
    QVERIFY2(bad.isEmpty(), qPrintable(u"testssl findings of severity MEDIUM or worse:\n"_s + bad.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTlsScan)
#include "tst_tls_scan.moc"
