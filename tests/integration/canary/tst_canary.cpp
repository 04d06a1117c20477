// The canary test of issue 5: distinct canary strings in every personal field, put in through the API of the real
// server (TLS on loopback, fresh data directory), then every file under the data directory (database, -wal, -shm,
// keys, certificates, logs) and the server's output are searched for each canary in every encoding
// (CanaryScan.h): zero hits, both while the server runs (the write-ahead log not checkpointed) and after it stopped.
// The access log records the canary names as actors and 127.0.0.1 as the address: neither may be stored plain.
// The desktop side too: the client core (SessionController) signs in as the canary director with its offline cache
// and its settings redirected to a temporary home (XDG_*), loads the webinar so its attendees and questions are
// cached, signs out; then the cache directory and every settings file are searched the same way.
// The scanner itself is checked on every run: it must find a synthetic canary in each encoding, and the webinar
// title (not personal, stored plain) in the real database.
#include "ApiRequests.h"
#include "CanaryScan.h"
#include "ServerProcess.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "protocol/ApiPaths.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Roles.h"
#include "session/SessionController.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QString password = u"Canary-Zq7x-Password-0123"_s;
const QString directorEmail = u"canary-zq7x-director@example.org"_s;
const QString directorName = u"Canary-Zq7x-DirectorName"_s;
const QString viewerEmail = u"canary-zq7x-viewer@example.org"_s;
const QString viewerName = u"Canary-Zq7x-ViewerName"_s;
const QString unknownEmail = u"canary-zq7x-unknown@example.org"_s;
const QString phone = u"Canary-Zq7x-Phone-0612345678"_s;
const QString company = u"Canary-Zq7x-Company"_s;
const QString jobTitle = u"Canary-Zq7x-JobTitle"_s;
const QString questionText = u"Canary-Zq7x-QuestionText: is this stored plain?"_s;
const QString answerText = u"Canary-Zq7x-AnswerText"_s;

constexpr int timeoutMs = 30000;
constexpr crypto::Argon2Parameters testKdf {8192, 1, 1};

// Every personal value the test puts in, and the password (a secret, never stored).
const QStringList canaries {password, directorEmail, directorName, viewerEmail,  viewerName, unknownEmail,
                            phone,    company,       jobTitle,     questionText, answerText};

QString report(const QList<canary::Hit> &hits)
{
    QStringList lines;
    for (const canary::Hit &hit : hits)
        lines.append(hit.describe());
    return lines.join(u'\n');
}

} // namespace

class TestCanary : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_crypto;
    QTemporaryDir m_home; // the desktop's XDG config, cache, data and state directories
    ServerProcess m_server;
    ApiRequests m_api;
    QString m_adminToken;
    qint64 m_webinarId = 0;
    QString m_webinarTitle;

    ApiReply send(const QByteArray &verb, const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_api.send(verb, m_api.urlWithQuery(path), token, body.isEmpty() ? QByteArray() : compactJson(body));
    }

    void findLiveWebinar();
    void createDirector();
    void createViewerWithProfile(QString &viewerToken);
    void askAndAnswer(const QString &viewerToken);
    void scanEverything(const QString &when);
    void signInAsDirector(client::SessionController &session);
    void cacheTheWebinar(client::SessionController &session);

private Q_SLOTS:
    void initTestCase();
    void scannerFindsEveryEncoding();
    void accessLogReadsTheNamesBack();
    void noCanaryInTheClientCache();
    void noCanaryWhileTheServerRuns();
    void noCanaryAfterTheServerStopped();
    void accessLogAddressesAreNotPlain();
};

void TestCanary::findLiveWebinar()
{
    const ApiReply list = send("GET", QString::fromLatin1(api::path::webinars), m_adminToken);
    QCOMPARE(list.status, 200);
    for (const QJsonValue &value : list.items()) {
        if (value.toObject().value("state"_L1).toString() == "live"_L1) {
            m_webinarId = value.toObject().value("id"_L1).toInteger();
            m_webinarTitle = value.toObject().value("title"_L1).toString();
        }
    }
    QVERIFY(m_webinarId > 0);
}

void TestCanary::createDirector()
{
    const ApiReply created = send("POST", u"/api/v1/users"_s, m_adminToken,
                                  {{"email"_L1, directorEmail},
                                   {"displayName"_L1, directorName},
                                   {"role"_L1, "director"_L1},
                                   {"organisationId"_L1, 0},
                                   {"password"_L1, password}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const qint64 id = created.json().value("id"_L1).toInteger();
    const ApiReply assigned = send("PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(m_webinarId).arg(id), m_adminToken,
                                   {{"role"_L1, "director"_L1}});
    QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
}

void TestCanary::createViewerWithProfile(QString &viewerToken)
{
    QByteArray output;
    QCOMPARE(m_server.runAdmin(
                 {u"user"_s, u"add"_s, u"--email"_s, viewerEmail, u"--role"_s, u"viewer"_s, u"--name"_s, viewerName},
                 password.toUtf8() + '\n', &output),
             0);
    viewerToken = m_api.login(viewerEmail, password);
    QVERIFY(!viewerToken.isEmpty());
    const ApiReply profile = send("GET", u"/api/v1/me/profile"_s, viewerToken);
    QVERIFY2(profile.status == 200, qPrintable(profile.describe()));
    const ApiReply changed = send("PATCH", u"/api/v1/me/profile"_s, viewerToken,
                                  {{"version"_L1, profile.json().value("version"_L1)},
                                   {"phone"_L1, phone},
                                   {"company"_L1, company},
                                   {"jobTitle"_L1, jobTitle}});
    QVERIFY2(changed.status == 200, qPrintable(changed.describe()));
    const ApiReply registered = send("POST", u"/api/v1/webinars/%1/registrations"_s.arg(m_webinarId), viewerToken,
                                     {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, true}}}});
    QVERIFY2(registered.status == 201, qPrintable(registered.describe()));
}

void TestCanary::askAndAnswer(const QString &viewerToken)
{
    const ApiReply asked =
        send("POST", u"/api/v1/webinars/%1/questions"_s.arg(m_webinarId), viewerToken, {{"text"_L1, questionText}});
    QVERIFY2(asked.status == 201, qPrintable(asked.describe()));
    const QString directorToken = m_api.login(directorEmail, password);
    QVERIFY(!directorToken.isEmpty());
    const ApiReply answered =
        send("PATCH", u"/api/v1/questions/%1"_s.arg(asked.json().value("id"_L1).toInteger()), directorToken,
             {{"version"_L1, asked.json().value("version"_L1)}, {"answer"_L1, answerText}});
    QVERIFY2(answered.status == 200, qPrintable(answered.describe()));
    // Reads by the director: access log entries with the director's name as the actor.
    QCOMPARE(send("GET", u"/api/v1/webinars/%1/registrations"_s.arg(m_webinarId), directorToken).status, 200);
    QCOMPARE(send("GET", u"/api/v1/webinars/%1/questions"_s.arg(m_webinarId), directorToken).status, 200);
}

void TestCanary::initTestCase()
{
    // Before anything reads a standard path: QSettings and the offline cache of the client go to m_home.
    QVERIFY(m_home.isValid());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
        const QString directory = m_home.filePath(QString::fromLatin1(name).toLower());
        QVERIFY(QDir().mkpath(directory));
        qputenv(name, directory.toUtf8());
    }
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    const auto admin = m_server.demoAccounts().value(Role::Admin);
    m_adminToken = m_api.login(admin.email, admin.password);
    QVERIFY(!m_adminToken.isEmpty());
    findLiveWebinar();
    createDirector();
    QString viewerToken;
    createViewerWithProfile(viewerToken);
    askAndAnswer(viewerToken);
    // Failed sign-ins: the throttle keeps a row per sign-in name, known or not.
    for (const QString &email : {unknownEmail, viewerEmail})
        QCOMPARE(m_api
                     .sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                               {{"email"_L1, email}, {"password"_L1, u"wrong-password-0123"_s}})
                     .status,
                 401);
}

void TestCanary::scannerFindsEveryEncoding()
{
    const QString probe = u"Canary-Zq7x-Probe"_s;
    const QList<canary::Pattern> patterns = canary::patternsFor(probe);
    QSet<QString> found;
    for (const QByteArray &prefix : {QByteArray(), QByteArray("\x01"), QByteArray("\x01\x02")}) {
        const QByteArray utf8 = probe.toUtf8();
        QByteArray utf16le, utf16be;
        for (const QChar c : probe) {
            utf16le.append(static_cast<char>(c.unicode())).append('\0');
            utf16be.append('\0').append(static_cast<char>(c.unicode()));
        }
        for (const QByteArray &encoded : {utf8, probe.toUpper().toUtf8(), utf16le, utf16be, utf8.toHex(),
                                          utf8.toHex().toUpper(), QByteArray(prefix + utf8).toBase64()}) {
            const QList<canary::Hit> hits =
                canary::scanBytes(u"probe"_s, QByteArray("junk" + prefix + encoded + "junk"), {probe});
            QVERIFY2(!hits.isEmpty(), encoded.constData());
            for (const canary::Hit &hit : hits)
                found.insert(hit.encoding);
        }
    }
    for (const canary::Pattern &pattern : patterns)
        QVERIFY2(found.contains(pattern.encoding), qPrintable(pattern.encoding));
    // A value the server stores plain (a webinar title is not personal) is found in the real database.
    const QList<canary::Hit> title = canary::scanDirectory(m_server.dataDir(), {m_webinarTitle});
    QVERIFY2(!title.isEmpty(), qPrintable(m_webinarTitle));
}

void TestCanary::accessLogReadsTheNamesBack()
{
    const ApiReply entries = send("GET", u"/api/v1/audit?q=%1&limit=5"_s.arg(directorName), m_adminToken);
    QVERIFY2(entries.status == 200, qPrintable(entries.describe()));
    QVERIFY(!entries.items().isEmpty());
    for (const QJsonValue &item : entries.items()) {
        QCOMPARE(item.toObject().value("actorName"_L1).toString(), directorName);
        QCOMPARE(item.toObject().value("clientAddress"_L1).toString(), u"127.0.0.1"_s);
    }
}

void TestCanary::signInAsDirector(client::SessionController &session)
{
    const QString address = u"127.0.0.1:%1"_s.arg(m_server.port());
    QSignalSpy signedIn(&session, &client::SessionController::signedIn);
    QSignalSpy failed(&session, &client::SessionController::signInFailed);
    session.signIn(address, directorEmail, password);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.size() + failed.size() == 1, timeoutMs);
    if (!failed.isEmpty()) { // first contact: trust the certificate, then again
        QVERIFY(session.trustPresentedCertificate());
        session.signIn(address, directorEmail, password);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, timeoutMs);
    }
    QTRY_COMPARE_WITH_TIMEOUT(session.connection(), client::SessionController::Connection::Live, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.cache()->isUnlocked(), timeoutMs);
}

void TestCanary::cacheTheWebinar(client::SessionController &session)
{
    QTRY_VERIFY_WITH_TIMEOUT(session.webinars()->rowCount() > 0, timeoutMs);
    session.workspace()->setWebinar(m_webinarId);
    QTRY_VERIFY_WITH_TIMEOUT(session.workspace()->detail().has_value(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!session.workspace()->registrationLoader()->isLoading() &&
                                 session.workspace()->registrations()->rowCount() > 0,
                             timeoutMs);
    // The canary attendee and the canary question reached the (encrypted) cache.
    const auto hasViewer = [&] {
        const auto cached = client::CacheRecords(*session.cache()).loadRegistrations(m_webinarId).items;
        return std::any_of(cached.cbegin(), cached.cend(),
                           [](const api::Registration &r) { return r.fullName == viewerName; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasViewer(), timeoutMs);
    const auto hasQuestion = [&] {
        const auto cached = client::CacheRecords(*session.cache()).loadQuestions(m_webinarId).items;
        return std::any_of(cached.cbegin(), cached.cend(),
                           [](const api::Question &q) { return q.question && q.question->text == questionText; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasQuestion(), timeoutMs);
}

void TestCanary::noCanaryInTheClientCache()
{
    const QString cacheDirectory = m_home.filePath(u"offline-cache"_s);
    {
        client::SessionController session;
        session.setCacheConfig({cacheDirectory, testKdf});
        signInAsDirector(session);
        cacheTheWebinar(session);
        // Signed in, the cache open (its write-ahead log not checkpointed).
        const QList<canary::Hit> open = canary::scanDirectory(m_home.path(), canaries);
        QVERIFY2(open.isEmpty(), qPrintable(u"client signed in: %1 hits\n%2"_s.arg(open.size()).arg(report(open))));
        session.signOut();
        QVERIFY(!session.cache()->isUnlocked());
    }
    QVERIFY2(!canary::filesUnder(cacheDirectory).isEmpty(), "the client wrote no cache");
    const QList<canary::Hit> hits = canary::scanDirectory(m_home.path(), canaries);
    QVERIFY2(hits.isEmpty(),
             qPrintable(u"client: %1 hits in %2\n%3"_s.arg(hits.size())
                            .arg(canary::filesUnder(m_home.path()).join(u", "_s), report(hits))));
}

void TestCanary::scanEverything(const QString &when)
{
    const QStringList files = canary::filesUnder(m_server.dataDir());
    QVERIFY2(files.contains(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s)), qPrintable(files.join(u' ')));
    QList<canary::Hit> hits = canary::scanDirectory(m_server.dataDir(), canaries);
    hits += canary::scanBytes(u"(server output)"_s, m_server.lastOutput(), canaries);
    QVERIFY2(hits.isEmpty(),
             qPrintable(u"%1: %2 hits in %3\n%4"_s.arg(when).arg(hits.size()).arg(files.join(u", "_s), report(hits))));
}

void TestCanary::noCanaryWhileTheServerRuns()
{
    QVERIFY(m_server.isRunning());
    QVERIFY(QFile::exists(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite-wal"_s)));
    scanEverything(u"server running"_s);
}

void TestCanary::noCanaryAfterTheServerStopped()
{
    QCOMPARE(m_server.terminate(), 0);
    scanEverything(u"server stopped"_s);
}

void TestCanary::accessLogAddressesAreNotPlain()
{
    QVERIFY(!m_server.isRunning());
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"canary"_s);
        database.setDatabaseName(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"SELECT COUNT(*), SUM(instr(client_address, '127.0.0.1') > 0), "
                           "SUM(instr(actor_name, 'Canary') > 0) FROM audit_log"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() > 10);
        QCOMPARE(query.value(1).toLongLong(), 0);
        QCOMPARE(query.value(2).toLongLong(), 0);
    }
    QSqlDatabase::removeDatabase(u"canary"_s);
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
