// Attack review finding 1: the access log rewritten without its key, with the server stopped. The server must not
// serve data (503 access_log_broken, the reason in /api/v1/health), must not seal the forgery by appending to it,
// and `regiekamer-admin audit verify` must report the log broken.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "base/ApiError.h"

#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestAttackAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void forgedHeadOverCutTail();
    void emptiedLog();
    void removedAnchor();
    void forgedAnchor();
    void headChangedWhileRunning();
    void intactLogServesAgain();
    void userListIsLogged();
    void brokenLogStreamsNoEntries();

private:
    QString databasePath() const { return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s); }
    QString anchorPath() const { return QDir(m_server.dataDir()).filePath(u"audit.anchor"_s); }
    ApiReply failedSignIn();
    // Opens the admin's event stream and waits for its hello; then signs in wrongly once and reports whether the
    // stream brought that entry within waitMs.
    bool streamShowsFailedSignIn(int waitMs);
    void expectRefusedService(const QString &problemPart);
    void expectVerifyReports(const QString &problemPart);

    ServerProcess m_server;
    ApiRequests m_api;
    QTemporaryDir m_pristine;
    int m_signIns = 0;
};

namespace {

const QStringList dataFiles {u"regiekamer.sqlite"_s, u"audit.anchor"_s};

bool copyFiles(const QString &from, const QString &to)
{
    for (const QString &name : dataFiles) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

} // namespace

void TestAttackAuditLog::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    for (int i = 0; i < 6; ++i) // entries to cut
        QCOMPARE(failedSignIn().status, 401);
    QCOMPARE(m_server.terminate(), 0); // the WAL is checkpointed: the data is in the two files alone
    QVERIFY(copyFiles(m_server.dataDir(), m_pristine.path()));
}

// Every attack starts from the same intact log with the server stopped; the test starts the server itself.
void TestAttackAuditLog::init()
{
    QVERIFY(!m_server.isRunning());
    QVERIFY(copyFiles(m_pristine.path(), m_server.dataDir()));
}

void TestAttackAuditLog::cleanup()
{
    m_server.terminate();
}

ApiReply TestAttackAuditLog::failedSignIn()
{
    // A new address every time: the point is an entry in the log, not the throttle.
    const QString email = u"nobody%1@example.com"_s.arg(++m_signIns);
    return m_api.sendJson("POST", m_api.url(u"/api/v1/session"_s), {},
                          {{"email"_L1, email}, {"password"_L1, "wrong password"_L1}});
}

void TestAttackAuditLog::expectRefusedService(const QString &problemPart)
{
    QVERIFY2(m_server.lastOutput().contains("THE ACCESS LOG FAILED VERIFICATION"), m_server.lastOutput().constData());
    const ApiReply health = m_api.send("GET", m_api.url(u"/api/v1/health"_s));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json().value("status"_L1).toString(), QString::fromLatin1(api::errc::accessLogBroken));
    QVERIFY2(health.json().value("problem"_L1).toString().contains(problemPart), health.body.constData());

    const auto accounts = m_server.demoAccounts();
    const QString token = m_api.login(accounts.value(Role::Director).email, accounts.value(Role::Director).password);
    const ApiReply webinars = m_api.send("GET", m_api.url(u"/api/v1/webinars"_s), token);
    QVERIFY2(webinars.status == 503 || webinars.status == 401, qPrintable(webinars.describe()));
    if (webinars.status == 503)
        QCOMPARE(webinars.errorCode(), QString::fromLatin1(api::errc::accessLogBroken));
    QVERIFY(!webinars.body.contains("items"));
}

void TestAttackAuditLog::expectVerifyReports(const QString &problemPart)
{
    QCOMPARE(m_server.terminate(), 0);
    QByteArray output;
    QVERIFY(m_server.runAdmin({u"audit"_s, u"verify"_s}, {}, &output) != 0);
    QVERIFY2(output.contains("BROKEN") && QString::fromUtf8(output).contains(problemPart), output.constData());
}

// The attack as reported: cut the tail, move the head onto the new last entry with a zeroed seal, and sign in
// once so that the server appends (and would seal the forged head with the real key).
void TestAttackAuditLog::forgedHeadOverCutTail()
{
    {
        SqlFile db(databasePath());
        const QStringList last = db.rows(u"SELECT MAX(seq) FROM audit_log"_s);
        const qint64 keep = last.constFirst().toLongLong() - 3;
        QVERIFY(keep > 1);
        QCOMPARE(db.exec(u"DELETE FROM audit_log WHERE seq > ?"_s, {keep}), QString());
        QCOMPARE(db.exec(u"DELETE FROM audit_checkpoints WHERE seq > ?"_s, {keep}), QString());
        QCOMPARE(db.exec(u"UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?), "
                         u"at_ms = (SELECT at_ms FROM audit_log WHERE seq = ?), mac = zeroblob(32)"_s,
                         {keep, keep, keep}),
                 QString());
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    expectRefusedService(u"forged"_s);
    const ApiReply signIn = failedSignIn();
    QCOMPARE(signIn.status, 503); // nothing can be appended to a forged head
    QCOMPARE(m_server.terminate(), 0);
    {
        SqlFile db(databasePath());
        QCOMPARE(db.rows(u"SELECT hex(mac) FROM audit_head"_s), QStringList {QString(64, u'0')}); // not re-sealed
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    expectVerifyReports(u"forged"_s);
}

// Every row of the log, its checkpoints and its head deleted: the anchor outside the database still vouches for
// the entries, so the empty log is broken, not "intact: 0 entries".
void TestAttackAuditLog::emptiedLog()
{
    {
        SqlFile db(databasePath());
        for (const QString &table : {u"audit_log"_s, u"audit_checkpoints"_s, u"audit_head"_s})
            QCOMPARE(db.exec(u"DELETE FROM "_s + table), QString());
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    expectRefusedService(u"anchor kept outside the database vouches for entry"_s);
    expectVerifyReports(u"anchor kept outside the database vouches for entry"_s);
}

// The anchor file deleted as well: a log without its anchor is not trusted.
void TestAttackAuditLog::removedAnchor()
{
    QVERIFY(QFile::remove(anchorPath()));
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    expectRefusedService(u"is missing"_s);
    expectVerifyReports(u"is missing"_s);
    // The operator's way back (a data directory from before anchors): only over a chain that verifies.
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"audit"_s, u"anchor"_s}, {}, &output), 0);
    QCOMPARE(m_server.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
    QCOMPARE(m_server.runAdmin({u"audit"_s, u"anchor"_s}, {}, &output), 2); // never over an existing anchor
}

// An anchor moved back to the start of the log (to hide a cut) without the key.
void TestAttackAuditLog::forgedAnchor()
{
    QFile file(anchorPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QVERIFY(lines.size() >= 5);
    lines[1] = "1";
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    expectRefusedService(u"forged"_s);
}

// A rewrite while the server runs: the next append refuses (fail closed) and the monitor stops serving within
// seconds.
void TestAttackAuditLog::headChangedWhileRunning()
{
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    QCOMPARE(failedSignIn().status, 401);
    {
        SqlFile db(databasePath());
        QCOMPARE(db.exec(u"UPDATE audit_head SET mac = zeroblob(32)"_s), QString());
    }
    const ApiReply signIn = failedSignIn();
    QCOMPARE(signIn.status, 503);
    QTRY_COMPARE_WITH_TIMEOUT(m_api.send("GET", m_api.url(u"/api/v1/health"_s)).status, 503, 20000);
}

// The control: the same files untouched serve normally, so the refusals above come from the attacks.
void TestAttackAuditLog::intactLogServesAgain()
{
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/health"_s)).status, 200);
    QCOMPARE(failedSignIn().status, 401);
    QCOMPARE(m_server.terminate(), 0);
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
}

// Finding 12 (command line): `regiekamer-admin user list` prints every account's e-mail address; the read is an
// entry of the log first, and nothing is printed when it cannot be written.
void TestAttackAuditLog::userListIsLogged()
{
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"user"_s, u"list"_s}, {}, &output), 0);
    const qsizetype accounts = output.count("@");
    QVERIFY2(accounts >= 5, output.constData());
    {
        SqlFile db(databasePath());
        const QStringList last = db.rows(u"SELECT action, object_type, actor_role, row_count, fields, reason FROM "
                                         u"audit_log ORDER BY seq DESC LIMIT 1"_s);
        QCOMPARE(last,
                 QStringList {
                     u"read|staff_account|operator|%1|identity,contact|regiekamer-admin user list"_s.arg(accounts)});
        QCOMPARE(db.exec(u"CREATE TRIGGER blocked BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END"_s),
                 QString());
    }
    output.clear();
    QVERIFY(m_server.runAdmin({u"user"_s, u"list"_s}, {}, &output) != 0);
    QVERIFY2(!output.contains("@"), output.constData());
}

bool TestAttackAuditLog::streamShowsFailedSignIn(int waitMs)
{
    const auto admin = m_server.demoAccounts().value(Role::Admin);
    const QString token = m_api.login(admin.email, admin.password);
    if (token.isEmpty())
        return false;
    QWebSocket socket;
    socket.setSslConfiguration(m_api.tls());
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), token));
    if (!frames.wait(10000)) // hello
        return false;
    const ApiReply signIn = failedSignIn();
    if (signIn.status != 401)
        return false;
    const QByteArray requestId = signIn.requestId;
    const auto arrived = [&frames, &requestId] {
        for (const QList<QVariant> &arguments : std::as_const(frames)) {
            const auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
            if (event && event->type == QLatin1StringView(api::event::auditAppended) &&
                event->data.value("requestId"_L1).toString().toUtf8() == requestId)
                return true;
        }
        return false;
    };
    return QTest::qWaitFor(arrived, waitMs);
}

// The server serves no data while its log is broken: the event stream, which carries new entries to the admins,
// neither. An entry in the middle changed (the head intact, so new entries are still written and chained).
void TestAttackAuditLog::brokenLogStreamsNoEntries()
{
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    QVERIFY2(streamShowsFailedSignIn(10000), "the control: an intact log streams the entry to the admin");
    QCOMPARE(m_server.terminate(), 0);
    {
        SqlFile db(databasePath());
        QCOMPARE(db.exec(u"UPDATE audit_log SET reason = 'edited afterwards' WHERE seq = 3"_s), QString());
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
    QCOMPARE(m_api.send("GET", m_api.url(u"/api/v1/health"_s)).status, 503);
    QVERIFY(!streamShowsFailedSignIn(2000));
}

QTEST_GUILESS_MAIN(TestAttackAuditLog)
#include "tst_attack_audit_log.moc"
