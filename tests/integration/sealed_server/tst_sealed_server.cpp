// The sealed server (issue 18, docs/security.md "Sealed server") against the real regiekamer-server over TLS on
// loopback: a server started sealed serves nothing but health (sealed, with the progress) and unseal; k-1 shares
// leave it sealed; a wrong, foreign, malformed or repeated share is named and refused; the k-th share makes it
// serve (a signed-in read works); the attempts are in the access log after the unseal; POST /api/v1/seal (admin
// only) seals it again on the same port and the master key bytes of every version are gone from the process's
// memory (found there before the seal); a server restarted while sealed serves nothing; five wrong shares from one
// address are answered 429. Also measures the time from the k-th share to the first signed-in read.
#include "SealFixture.h"
#include "SecondFactorSteps.h"

#include "protocol/ApiPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {
#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer reserves terabytes of address space (its shadow and its allocator's heap) and makes mlock do
// nothing: the process memory checks run in the plain build, the rest of each test in both.
constexpr bool memoryChecks = false;
#else
constexpr bool memoryChecks = true;
#endif
} // namespace

class TestSealedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sealedServesNothing();
    void wrongForeignMalformedAndRepeatedSharesAreNamed();
    void restartedWhileSealedServesNothing();
    void fewerThanThresholdStaysSealed();
    void thresholdServesAndLogsTheAttempts();
    void onlyAnAdminSeals();
    void sealWipesTheMasterKeyFromMemory();
    void tooManyWrongSharesAreRefused();
    void adminCommandsUnsealAndSealOverPinnedTls();
    void timeFromLastShareToServing();
    void sealCommandAnswersTheSecondFactor();
    void cleanupTestCase();

private:
    ApiReply get(const char *path, const QString &token = {});
    ApiReply unseal(const QJsonObject &body);
    void restart();
    void expectSealed(int received);
    void unsealFully();
    QString signIn(Role role);
    // regiekamer-admin unseal with custodian `index`'s share file; the exit code.
    int adminUnseal(const QString &pin, int index, const QByteArray &passphrase, QByteArray *output);

    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
    ApiRequests m_api;
    SealedDataDir m_seal;
};

ApiReply TestSealedServer::get(const char *path, const QString &token)
{
    return m_api.send("GET", m_api.url(QString::fromLatin1(path)), token);
}

ApiReply TestSealedServer::unseal(const QJsonObject &body)
{
    return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::unseal)), {}, body);
}

void TestSealedServer::restart()
{
    if (m_server.isRunning())
        QCOMPARE(m_server.terminate(), 0);
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
}

QString TestSealedServer::signIn(Role role)
{
    const auto account = m_server.demoAccounts().value(role);
    return m_api.login(account.email, account.password);
}

void TestSealedServer::expectSealed(int received)
{
    const ApiReply health = get(api::path::health);
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json().value("status"_L1).toString(), u"sealed"_s);
    const QJsonObject progress = health.json().value("unseal"_L1).toObject();
    QCOMPARE(progress.value("shareSet"_L1).toString(), m_seal.shareSet);
    QCOMPARE(progress.value("threshold"_L1).toInt(), m_seal.threshold);
    QCOMPARE(progress.value("received"_L1).toInt(), received);
    // Everything else: 503 sealed, signing in included.
    for (const char *path : {api::path::me, api::path::webinars, api::path::auditLog, "/api/v1/no-such-thing"}) {
        const ApiReply reply = get(path);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.errorCode(), u"sealed"_s);
    }
    const ApiReply login = m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                                          {{"email"_L1, u"admin@example.org"_s}, {"password"_L1, u"x"_s}});
    QCOMPARE(login.status, 503);
    QCOMPARE(login.errorCode(), u"sealed"_s);
}

void TestSealedServer::unsealFully()
{
    const ApiReply first = unseal(m_seal.unsealBody(1));
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const ApiReply last = unseal(m_seal.unsealBody(3));
    QVERIFY2(last.status == 200, qPrintable(last.describe()));
    QCOMPARE(last.json().value("sealed"_L1).toBool(true), false);
}

void TestSealedServer::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    // A development mode start warns, every time.
    QVERIFY(m_server.lastOutput().contains("DEVELOPMENT MODE: the master key is stored unsealed in"));
    qint64 adminId = 0;
    const auto admin = m_server.demoAccounts().value(Role::Admin);
    QVERIFY(!m_api.login(admin.email, admin.password, &adminId).isEmpty());
    m_seal.adminId = adminId;
    // Development mode cannot be sealed: there are no shares to unseal it with.
    const QString token = signIn(Role::Admin);
    const ApiReply notSealable = m_api.send("POST", m_api.url(QString::fromLatin1(api::path::seal)), token);
    QCOMPARE(notSealable.status, 409);
    QCOMPARE(m_server.terminate(), 0);
    const QString failed = m_seal.create(m_server);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(!m_seal.masterKeys.isEmpty());
    restart();
    QVERIFY(!m_server.lastOutput().contains("DEVELOPMENT MODE"));
    QVERIFY(m_server.lastOutput().contains("SEALED"));
}

void TestSealedServer::sealedServesNothing()
{
    expectSealed(0);
    if (memoryChecks) {
        // The shares it is about to receive go to locked memory (QCA's secure pool): the kernel counts it as locked.
        QFile status(u"/proc/%1/status"_s.arg(m_server.processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("VmLck:");
        QVERIFY(at >= 0);
        const qint64 lockedKiB =
            text.mid(at + 6, text.indexOf('\n', at) - at - 6).trimmed().split(' ').first().toLongLong();
        QVERIFY2(lockedKiB > 0, text.constData());
        QVERIFY2(!m_server.lastOutput().contains("no locked memory"), m_server.lastOutput().constData());
    }
}

void TestSealedServer::wrongForeignMalformedAndRepeatedSharesAreNamed()
{
    // A damaged share: its hash differs from the slot's; named by its index.
    QJsonObject wrong = m_seal.unsealBody(2);
    QByteArray damaged = m_seal.shares.at(1).toByteArray();
    damaged[5] = static_cast<char>(damaged.at(5) ^ 0x01);
    wrong["share"_L1] = QString::fromLatin1(damaged.toBase64());
    ApiReply reply = unseal(wrong);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), u"share_wrong"_s);
    QVERIFY2(reply.json().value("message"_L1).toString().contains(u"2"_s), qPrintable(reply.describe()));
    // A share of another set: names both sets.
    QJsonObject foreign = m_seal.unsealBody(2);
    const QString otherSet = u"00000000-0000-4000-8000-000000000000"_s;
    foreign["shareSet"_L1] = otherSet;
    reply = unseal(foreign);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"share_foreign"_s);
    QVERIFY2(reply.json().value("message"_L1).toString().contains(otherSet), qPrintable(reply.describe()));
    QVERIFY2(reply.json().value("message"_L1).toString().contains(m_seal.shareSet), qPrintable(reply.describe()));
    // Not 33 bytes.
    QJsonObject shortShare = m_seal.unsealBody(2);
    shortShare["share"_L1] = QString::fromLatin1(QByteArray(10, 'x').toBase64());
    reply = unseal(shortShare);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), u"share_malformed"_s);
    // Nothing was kept by the errors; a good share counts, the same one again is refused.
    expectSealed(0);
    QCOMPARE(unseal(m_seal.unsealBody(2)).status, 200);
    reply = unseal(m_seal.unsealBody(2));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), u"share_repeated"_s);
    expectSealed(1);
}

void TestSealedServer::restartedWhileSealedServesNothing()
{
    restart(); // forgets the share received above, and the wrong ones counted against this address
    expectSealed(0);
    // A plain key file beside seal.json defeats the seal: the server refuses to start.
    QCOMPARE(m_server.terminate(), 0);
    const QString plainKey = m_server.dataDir() + u"/master.key"_s;
    {
        QFile file(plainKey);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.write("1 " + m_seal.masterKeys.first().toBase64() + '\n');
    }
    QVERIFY(!m_server.start());
    QVERIFY2(m_server.lastOutput().contains("defeats the seal"), m_server.lastOutput().constData());
    QVERIFY(QFile::remove(plainKey));
    restart();
    expectSealed(0);
}

void TestSealedServer::fewerThanThresholdStaysSealed()
{
    const ApiReply reply = unseal(m_seal.unsealBody(1));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json().value("sealed"_L1).toBool(), true);
    QCOMPARE(reply.json().value("received"_L1).toInt(), 1);
    QCOMPARE(reply.json().value("threshold"_L1).toInt(), 2);
    expectSealed(1);
}

void TestSealedServer::thresholdServesAndLogsTheAttempts()
{
    const ApiReply last = unseal(m_seal.unsealBody(3));
    QVERIFY2(last.status == 200, qPrintable(last.describe()));
    QCOMPARE(last.json().value("sealed"_L1).toBool(true), false);
    const ApiReply health = get(api::path::health);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("status"_L1).toString(), u"ok"_s);
    QCOMPARE(health.json().value("sealed"_L1).toBool(true), false);
    const QString token = signIn(Role::Admin);
    QVERIFY(!token.isEmpty());
    QCOMPARE(get(api::path::webinars, token).status, 200);
    // A further share: the server is not sealed.
    const ApiReply again = unseal(m_seal.unsealBody(2));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), u"not_sealed"_s);
    // Every attempt made while sealed (wrong ones included, before the restart too) and the unseal itself.
    const ApiReply log = m_api.send(
        "GET",
        m_api.url(QString::fromLatin1(api::path::auditLog), {{u"action"_s, u"unseal"_s}, {u"limit"_s, u"200"_s}}),
        token);
    QVERIFY2(log.status == 200, qPrintable(log.describe()));
    QStringList reasons;
    for (const QJsonValue &item : log.items()) {
        const QJsonObject entry = item.toObject();
        if (entry.value("objectType"_L1).toString() != "seal"_L1)
            continue;
        reasons.append(entry.value("reason"_L1).toString());
        // The actor of an attempt with a known index is that slot's custodian (here: the demo admin for all three);
        // the foreign share's index 2 is a slot as well.
        const QString reason = entry.value("reason"_L1).toString();
        if (reason.contains(u"while sealed"_s) || reason.contains(u"server unsealed"_s))
            QCOMPARE(entry.value("actorId"_L1).toInteger(), m_seal.adminId);
    }
    const QString all = reasons.join(u'\n');
    QVERIFY2(all.contains(u"share_wrong"_s), qPrintable(all));
    QVERIFY2(all.contains(u"share_foreign"_s), qPrintable(all));
    QVERIFY2(all.contains(u"share_repeated"_s), qPrintable(all));
    QVERIFY2(all.contains(u"share 3 of set %1"_s.arg(m_seal.shareSet)), qPrintable(all));
    QVERIFY2(all.contains(u"server unsealed"_s), qPrintable(all));
}

void TestSealedServer::onlyAnAdminSeals()
{
    for (const Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
        const QString token = signIn(role);
        QVERIFY(!token.isEmpty());
        const ApiReply reply = m_api.send("POST", m_api.url(QString::fromLatin1(api::path::seal)), token);
        QVERIFY2(reply.status == 403 || reply.status == 404, qPrintable(reply.describe()));
    }
    QCOMPARE(m_api.send("POST", m_api.url(QString::fromLatin1(api::path::seal))).status, 401);
    QCOMPARE(get(api::path::health).status, 200);
}

void TestSealedServer::sealWipesTheMasterKeyFromMemory()
{
    const qint64 pid = m_server.processId();
    if (memoryChecks) {
        const MemorySearch before = searchProcessMemory(pid, m_seal.masterKeys);
        QVERIFY2(before.bytesRead > 0, "cannot read the server's memory");
        // While serving, the key store holds every master version: the search must find them, or it proves nothing.
        QCOMPARE(before.found.size(), m_seal.masterKeys.size());
    }
    const QString token = signIn(Role::Admin);
    const ApiReply sealed = m_api.send("POST", m_api.url(QString::fromLatin1(api::path::seal)), token);
    QVERIFY2(sealed.status == 202, qPrintable(sealed.describe()));
    QCOMPARE(sealed.json().value("sealed"_L1).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(get(api::path::health).status, 503, 10000);
    QTest::qWait(2500); // the API's connections drain, then the services go
    expectSealed(0);
    QCOMPARE(get(api::path::me, token).errorCode(), u"sealed"_s);
    QCOMPARE(m_server.processId(), pid); // the same process, on the same port
    if (memoryChecks) {
        const MemorySearch after = searchProcessMemory(pid, m_seal.masterKeys);
        QVERIFY(after.bytesRead > 0);
        QVERIFY2(after.found.isEmpty(),
                 qPrintable(u"master key versions still in memory: %1 of %2"_s.arg(after.found.size())
                                .arg(m_seal.masterKeys.size())));
    }
    // The custodians unseal it again; the sessions ended with the seal, so everyone signs in again.
    unsealFully();
    QCOMPARE(get(api::path::me, token).status, 401);
    QCOMPARE(get(api::path::webinars, signIn(Role::Admin)).status, 200);
}

void TestSealedServer::tooManyWrongSharesAreRefused()
{
    QCOMPARE(m_server.terminate(), 0);
    restart();
    QJsonObject wrong = m_seal.unsealBody(1);
    wrong["share"_L1] = QString::fromLatin1(QByteArray(33, '\x01').toBase64());
    for (int i = 0; i < 5; ++i)
        QVERIFY(unseal(wrong).status >= 400);
    const ApiReply refused = unseal(m_seal.unsealBody(1));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"too_many_attempts"_s);
    QVERIFY(!refused.retryAfter.isEmpty());
    expectSealed(0);
}

int TestSealedServer::adminUnseal(const QString &pin, int index, const QByteArray &passphrase, QByteArray *output)
{
    return m_server.runAdmin({u"unseal"_s, u"--server"_s, m_server.baseUrl().toString(), u"--fingerprint"_s, pin,
                              u"--share"_s, m_seal.shareFiles.at(index - 1)},
                             passphrase + '\n', output);
}

void TestSealedServer::adminCommandsUnsealAndSealOverPinnedTls()
{
    restart();
    const QString pin = m_server.fingerprint();
    QByteArray output;
    // A wrong pin: nothing is sent.
    QString wrongPin = pin;
    wrongPin[0] = wrongPin.at(0) == u'A' ? u'B' : u'A';
    QCOMPARE(adminUnseal(wrongPin, 1, "custodian passphrase 1", &output), 1);
    QVERIFY2(output.contains("fingerprint"), output.constData());
    expectSealed(0);
    // A wrong passphrase: the share file does not open, nothing is sent.
    QCOMPARE(adminUnseal(pin, 1, "not the passphrase", &output), 1);
    expectSealed(0);
    QCOMPARE(adminUnseal(pin, 1, "custodian passphrase 1", &output), 0);
    QVERIFY2(output.contains("1 of 2"), output.constData());
    expectSealed(1);
    QCOMPARE(adminUnseal(pin, 3, "custodian passphrase 3", &output), 0);
    QVERIFY2(output.contains("unsealed"), output.constData());
    QCOMPARE(get(api::path::health).status, 200);
    const auto admin = m_server.demoAccounts().value(Role::Admin);
    QCOMPARE(m_server.runAdmin({u"seal"_s, u"--server"_s, m_server.baseUrl().toString(), u"--fingerprint"_s, pin,
                                u"--email"_s, admin.email},
                               admin.password.toUtf8() + '\n', &output),
             0);
    QVERIFY2(output.contains("sealed"), output.constData());
    QTRY_COMPARE_WITH_TIMEOUT(get(api::path::health).status, 503, 10000);
}

void TestSealedServer::timeFromLastShareToServing()
{
    QStringList figures;
    for (int run = 0; run < 5; ++run) {
        restart();
        QCOMPARE(unseal(m_seal.unsealBody(1)).status, 200);
        const auto admin = m_server.demoAccounts().value(Role::Admin);
        QElapsedTimer clock;
        clock.start();
        const ApiReply last = unseal(m_seal.unsealBody(2));
        QCOMPARE(last.status, 200);
        const double answered = clock.nsecsElapsed() / 1e6; // the k-th share's answer: the API serves
        const QString token = m_api.login(admin.email, admin.password);
        QVERIFY(!token.isEmpty());
        QCOMPARE(get(api::path::webinars, token).status, 200);
        figures.append(
            u"%1 ms (answer after %2 ms)"_s.arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1).arg(answered, 0, 'f', 1));
    }
    qInfo("Time from the k-th share to the first signed-in read (incl. the sign-in): %s",
          qPrintable(figures.join(u", "_s)));
}

// An admin with a second factor seals through regiekamer-admin: a wrong code is refused and the server keeps
// serving; the right one seals.
void TestSealedServer::sealCommandAnswersTheSecondFactor()
{
    QCOMPARE(get(api::path::health).status, 200); // the timing runs left it serving
    const auto admin = m_server.demoAccounts().value(Role::Admin);
    const secondFactorSteps::Enrolment enrolment = secondFactorSteps::enrol(m_api, signIn(Role::Admin));
    QVERIFY(enrolment.ok);
    QTemporaryDir files;
    const auto writeCode = [&files](const QString &code) {
        const QString path = files.filePath(u"code"_s);
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(code.toLatin1() + '\n') > 0
            ? path
            : QString();
    };
    const auto seal = [&](const QString &codeFile, QByteArray *output) {
        return m_server.runAdmin({u"seal"_s, u"--server"_s, m_server.baseUrl().toString(), u"--fingerprint"_s,
                                  m_server.fingerprint(), u"--email"_s, admin.email, u"--code-file"_s, codeFile},
                                 admin.password.toUtf8() + '\n', output);
    };
    QByteArray output;
    secondFactorSteps::awaitStepWithRemaining(10);
    QCOMPARE(seal(writeCode(secondFactorSteps::wrongCode(enrolment.secret)), &output), 1);
    QVERIFY2(output.contains("second_factor_wrong"), output.constData());
    QCOMPARE(get(api::path::health).status, 200);
    QCOMPARE(seal(writeCode(secondFactorSteps::code(enrolment.secret)), &output), 0);
    QVERIFY2(output.contains("sealed"), output.constData());
    QTRY_COMPARE_WITH_TIMEOUT(get(api::path::health).status, 503, 10000);
}

void TestSealedServer::cleanupTestCase()
{
    if (m_server.isRunning())
        m_server.terminate();
    m_seal.shares.clear(); // before QCA goes
    delete m_crypto;
}

QTEST_MAIN(TestSealedServer)
#include "tst_sealed_server.moc"
