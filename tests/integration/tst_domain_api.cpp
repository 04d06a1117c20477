// The domain API of docs/api.md against the real regiekamer-server with its demo data: optimistic concurrency,
// state transitions, strict bodies, paging, search/sort/filter, the CSV export, losing access, and events by scope.
// Every refused change is read back to prove that nothing changed. One login per role (Argon2id is slow on purpose).
#include "ApiError.h"
#include "Domain.h"
#include "Protocol.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentDisposition;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value("error"_L1).toString(); }
    QJsonArray items() const { return json().value("items"_L1).toArray(); }
    qsizetype total() const { return qsizetype(json().value("total"_L1).toInteger(-1)); }
    QString describe() const { return u"%1 %2"_s.arg(status).arg(QString::fromUtf8(body.left(400))); }
};

using Params = QList<std::pair<QString, QString>>;

// A minimal RFC 4180 reader: quoted fields with "" escapes, CRLF record ends; false on malformed input.
bool parseCsv(const QString &text, QList<QStringList> &rows)
{
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < text.size() && text.at(i + 1) != u',' && text.at(i + 1) != u'\r')
                        return false; // text after a closing quote
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row += field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return false; // a bare CR
            row += field;
            rows += row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            return false; // records end with CRLF
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && row.isEmpty() && field.isEmpty(); // the last record ends with CRLF too
}

// SQLite's NOCASE: ASCII letters folded, everything else compared by code point.
int compareNoCase(const QString &a, const QString &b)
{
    const auto fold = [](QString s) {
        for (QChar &c : s) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() + 32);
        }
        return s;
    };
    return QString::compare(fold(a), fold(b), Qt::CaseSensitive);
}

} // namespace

class TestDomainApi : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QMap<Role, QString> m_tokens;
    QMap<Role, qint64> m_userIds;
    // Demo webinars by their place in server/DemoData.cpp.
    qint64 m_live = 0; // org 0, live: director, moderator, viewer registered
    qint64 m_rehearsal = 0; // org 0: director
    qint64 m_scheduled = 0; // org 0, 211 registrations: moderator
    qint64 m_ended = 0; // org 1: director, viewer registered
    qint64 m_draft = 0; // org 1, no registrations, no staff

    QUrl url(const QString &path, const Params &params = {}) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        QStringList query;
        for (const auto &[key, value] : params)
            query += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        if (!query.isEmpty())
            url.setQuery(query.join(u'&'));
        return url;
    }

    Reply send(const QByteArray &verb, const QUrl &target, const QString &token, const QByteArray &body = {},
               QNetworkAccessManager *network = nullptr)
    {
        QNetworkRequest request(target);
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = (network ? network : &m_network)->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            qWarning("%s %s timed out", verb.constData(), qPrintable(target.toString()));
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.contentDisposition = reply->rawHeader("Content-Disposition");
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            qWarning("%s %s: %s", verb.constData(), qPrintable(target.toString()), qPrintable(reply->errorString()));
        reply->deleteLater();
        return result;
    }

    Reply get(Role role, const QString &path, const Params &params = {})
    {
        return send("GET", url(path, params), m_tokens.value(role));
    }

    Reply change(Role role, const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        return send(verb, url(path), m_tokens.value(role), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static QString webinarPath(qint64 id) { return api::path::expand(api::path::webinar, {id}); }
    static QString registrationsPath(qint64 id) { return api::path::expand(api::path::webinarRegistrations, {id}); }
    static QString questionsPath(qint64 id) { return api::path::expand(api::path::webinarQuestions, {id}); }

    // Every registration of a webinar as the role sees it (limit 500 is enough for the demo data).
    QJsonArray allRegistrations(Role role, qint64 webinarId, Params params = {})
    {
        params.append({u"limit"_s, u"500"_s});
        const Reply reply = get(role, registrationsPath(webinarId), params);
        if (reply.status != 200)
            qWarning("all registrations: %s", qPrintable(reply.describe()));
        return reply.items();
    }

    QJsonObject firstQuestion(Role role, qint64 webinarId)
    {
        const Reply reply = get(role, questionsPath(webinarId));
        if (reply.status != 200 || reply.items().isEmpty())
            qWarning("questions of %lld: %s", static_cast<long long>(webinarId), qPrintable(reply.describe()));
        return reply.items().first().toObject();
    }

    QWebSocket *openEvents(Role role)
    {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        socket->setSslConfiguration(m_tls);
        QUrl target = url(QString::fromLatin1(api::path::events));
        target.setScheme(u"wss"_s);
        QNetworkRequest request(target);
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(role).toLatin1());
        socket->open(request);
        return socket;
    }

    QString login(const QString &email, const QString &password, qint64 *userId = nullptr)
    {
        const QByteArray body = QJsonDocument(api::LoginRequest {email, password}.toJson()).toJson();
        const Reply reply = send("POST", url(QString::fromLatin1(api::path::session)), {}, body);
        if (reply.status != 200)
            qWarning("login %s: %s", qPrintable(email), qPrintable(reply.describe()));
        if (userId)
            *userId = reply.json().value("user"_L1).toObject().value("id"_L1).toInteger();
        return reply.json().value("token"_L1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        const auto certificates = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s);
        QCOMPARE(certificates.size(), 1);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(certificates);
        m_tls.setProtocol(QSsl::TlsV1_3OrLater);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        const auto accounts = m_server.demoAccounts();
        QCOMPARE(accounts.size(), 5);
        for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
            qint64 id = 0;
            m_tokens.insert(it.key(), login(it->email, it->password, &id));
            QVERIFY2(!m_tokens.value(it.key()).isEmpty(), qPrintable(roleToWire(it.key())));
            m_userIds.insert(it.key(), id);
        }
        const Reply list = get(Role::Admin, QString::fromLatin1(api::path::webinars));
        QCOMPARE(list.status, 200);
        for (const QJsonValue &value : list.items()) {
            const QJsonObject webinar = value.toObject();
            const QString title = webinar.value("title"_L1).toString();
            const qint64 id = webinar.value("id"_L1).toInteger();
            if (title.startsWith("Zorg op afstand"_L1))
                m_live = id;
            else if (title.startsWith("Valpreventie"_L1))
                m_rehearsal = id;
            else if (title.startsWith("Medewerkersbijeenkomst"_L1))
                m_scheduled = id;
            else if (title.startsWith("Outlook 2025"_L1))
                m_ended = id;
            else if (title.startsWith("ESG Reporting"_L1))
                m_draft = id;
        }
        QVERIFY(m_live && m_rehearsal && m_scheduled && m_ended && m_draft);
    }

    // ---- Optimistic concurrency: two changes based on the same version, the second is refused. ----

    void concurrentWebinarChanges()
    {
        const QJsonObject before = get(Role::Admin, webinarPath(m_draft)).json();
        const qint64 version = before.value("version"_L1).toInteger();
        QVERIFY(version >= 1);
        const Reply first = change(Role::Admin, "PATCH", webinarPath(m_draft),
                                   {{"version"_L1, version}, {"title"_L1, u"First editor's title"_s}});
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        QCOMPARE(first.json().value("version"_L1).toInteger(), version + 1);
        const Reply second = change(Role::Admin, "PATCH", webinarPath(m_draft),
                                    {{"version"_L1, version}, {"title"_L1, u"Second editor's title"_s}});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QString::fromLatin1(api::errc::conflict));
        const QJsonObject after = get(Role::Admin, webinarPath(m_draft)).json();
        QCOMPARE(after.value("title"_L1).toString(), u"First editor's title"_s);
        QCOMPARE(after.value("version"_L1).toInteger(), version + 1);
        QCOMPARE(after.value("description"_L1), before.value("description"_L1));
    }

    void concurrentRegistrationChanges()
    {
        const QJsonObject registration = allRegistrations(Role::Director, m_live).first().toObject();
        const QString path = api::path::expand(api::path::registration, {registration.value("id"_L1).toInteger()});
        const qint64 version = registration.value("version"_L1).toInteger();
        const QString firstState =
            registration.value("approvalState"_L1).toString() == "rejected"_L1 ? u"approved"_s : u"rejected"_s;
        const Reply first =
            change(Role::Director, "PATCH", path, {{"approvalState"_L1, firstState}, {"version"_L1, version}});
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        QCOMPARE(first.json().value("version"_L1).toInteger(), version + 1);
        const Reply second =
            change(Role::Director, "PATCH", path, {{"approvalState"_L1, u"pending"_s}, {"version"_L1, version}});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QString::fromLatin1(api::errc::conflict));
        const QJsonObject after = get(Role::Director, path).json();
        QCOMPARE(after.value("approvalState"_L1).toString(), firstState);
        QCOMPARE(after.value("version"_L1).toInteger(), version + 1);
    }

    void concurrentQuestionChanges()
    {
        const QJsonObject question = firstQuestion(Role::Director, m_rehearsal);
        const qint64 id = question.value("id"_L1).toInteger(), version = question.value("version"_L1).toInteger();
        const QString path = api::path::expand(api::path::question, {id});
        const QString firstState = question.value("state"_L1).toString() == "pinned"_L1 ? u"approved"_s : u"pinned"_s;
        const Reply first = change(Role::Director, "PATCH", path, {{"version"_L1, version}, {"state"_L1, firstState}});
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        const Reply second =
            change(Role::Moderator, "PATCH", path, {{"version"_L1, version}, {"state"_L1, u"dismissed"_s}});
        // The moderator is not assigned to the rehearsal: outside its scope the answer is 404, never a conflict.
        QCOMPARE(second.status, 404);
        const Reply third =
            change(Role::Director, "PATCH", path, {{"version"_L1, version}, {"answer"_L1, u"Too late."_s}});
        QCOMPARE(third.status, 409);
        QCOMPARE(third.errorCode(), QString::fromLatin1(api::errc::conflict));
        const QJsonArray after = get(Role::Director, questionsPath(m_rehearsal), {{u"limit"_s, u"500"_s}}).items();
        const auto found = std::find_if(after.begin(), after.end(),
                                        [&](const QJsonValue &v) { return v.toObject().value("id"_L1) == id; });
        QVERIFY(found != after.end());
        QCOMPARE(found->toObject().value("state"_L1).toString(), firstState);
        QCOMPARE(found->toObject().value("version"_L1).toInteger(), version + 1);
        QCOMPARE(found->toObject().value("answer"_L1), question.value("answer"_L1));
    }

    // ---- State transitions of docs/api.md. ----

    void stateTransitions()
    {
        qint64 version = get(Role::Admin, webinarPath(m_draft)).json().value("version"_L1).toInteger();
        const QString statePath = api::path::expand(api::path::webinarState, {m_draft});
        const QList<std::pair<QString, int>> steps {
            {u"live"_s, 409},     {u"scheduled"_s, 200}, {u"rehearsal"_s, 200}, {u"scheduled"_s, 200},
            {u"draft"_s, 200},    {u"scheduled"_s, 200}, {u"ended"_s, 409},     {u"archived"_s, 409},
            {u"live"_s, 200},     {u"draft"_s, 409},     {u"scheduled"_s, 409}, {u"rehearsal"_s, 409},
            {u"archived"_s, 409}, {u"ended"_s, 200},     {u"live"_s, 409},      {u"archived"_s, 200},
            {u"ended"_s, 409},    {u"draft"_s, 409},     {u"archived"_s, 409},
        };
        QString state = u"draft"_s;
        for (const auto &[target, expected] : steps) {
            const Reply reply = change(Role::Admin, "POST", statePath, {{"state"_L1, target}, {"version"_L1, version}});
            QVERIFY2(reply.status == expected, qPrintable(u"%1 -> %2: %3"_s.arg(state, target, reply.describe())));
            if (expected == 200) {
                QCOMPARE(reply.json().value("state"_L1).toString(), target);
                QCOMPARE(reply.json().value("version"_L1).toInteger(), version + 1);
                state = target;
                ++version;
            } else {
                QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::conflict));
            }
            const QJsonObject now = get(Role::Admin, webinarPath(m_draft)).json();
            QCOMPARE(now.value("state"_L1).toString(), state);
            QCOMPARE(now.value("version"_L1).toInteger(), version);
        }
    }

    void liveToDraftRefusedForTheDirector()
    {
        const QJsonObject before = get(Role::Director, webinarPath(m_live)).json();
        QCOMPARE(before.value("state"_L1).toString(), u"live"_s);
        const qint64 version = before.value("version"_L1).toInteger();
        const QString statePath = api::path::expand(api::path::webinarState, {m_live});
        const Reply refused =
            change(Role::Director, "POST", statePath, {{"state"_L1, u"draft"_s}, {"version"_L1, version}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QString::fromLatin1(api::errc::conflict));
        // A version that is not the current one is a conflict too, even for an allowed transition.
        const Reply stale =
            change(Role::Director, "POST", statePath, {{"state"_L1, u"ended"_s}, {"version"_L1, version + 1}});
        QCOMPARE(stale.status, 409);
        // Moderators may not change the state of their webinar (in scope, no right): 403.
        const Reply moderator =
            change(Role::Moderator, "POST", statePath, {{"state"_L1, u"ended"_s}, {"version"_L1, version}});
        QCOMPARE(moderator.status, 403);
        const QJsonObject after = get(Role::Director, webinarPath(m_live)).json();
        QCOMPARE(after.value("state"_L1).toString(), u"live"_s);
        QCOMPARE(after.value("version"_L1).toInteger(), version);
    }

    // ---- Strict bodies: every refusal changes nothing. ----

    void badBodiesChangeNothing_data()
    {
        QTest::addColumn<QString>("target"); // webinar, state, registration, question
        QTest::addColumn<QByteArray>("body"); // VERSION is replaced by the current version
        QTest::addColumn<int>("status");
        const QByteArray longTitle = '"' + QByteArray(501, 'x') + '"';
        const QByteArray longAnswer = '"' + QByteArray(2001, 'x') + '"';
        QTest::newRow("webinar: not JSON") << u"webinar"_s << QByteArray("title=x&version=VERSION") << 400;
        QTest::newRow("webinar: truncated") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"x")") << 400;
        QTest::newRow("webinar: array") << u"webinar"_s << QByteArray(R"([{"version":VERSION}])") << 400;
        QTest::newRow("webinar: empty body") << u"webinar"_s << QByteArray() << 400;
        QTest::newRow("webinar: version as string")
            << u"webinar"_s << QByteArray(R"({"version":"VERSION","title":"x"})") << 400;
        QTest::newRow("webinar: version fractional")
            << u"webinar"_s << QByteArray(R"({"version":VERSION.5,"title":"x"})") << 400;
        QTest::newRow("webinar: title number") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":5})") << 400;
        QTest::newRow("webinar: title null")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":null})") << 400;
        QTest::newRow("webinar: duration string")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"durationMinutes":"60"})") << 400;
        QTest::newRow("webinar: startsAt garbage")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"startsAt":"tomorrow"})") << 400;
        QTest::newRow("webinar: unknown member")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"x","colour":"red"})") << 400;
        QTest::newRow("webinar: state smuggled in")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"state":"archived"})") << 400;
        QTest::newRow("webinar: missing version") << u"webinar"_s << QByteArray(R"({"title":"x"})") << 400;
        QTest::newRow("webinar: empty title") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":""})") << 400;
        QTest::newRow("webinar: blank title")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"   "})") << 400;
        QTest::newRow("webinar: 501 characters")
            << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":)" + longTitle + "}") << 400;
        QTest::newRow("webinar: over 64 KiB")
            << u"webinar"_s
            << QByteArray(R"({"version":VERSION,"description":")" + QByteArray(70 * 1024, 'y') + R"("})") << 413;
        QTest::newRow("state: unknown state")
            << u"state"_s << QByteArray(R"({"state":"flying","version":VERSION})") << 400;
        QTest::newRow("state: unknown member")
            << u"state"_s << QByteArray(R"({"state":"ended","version":VERSION,"force":true})") << 400;
        QTest::newRow("state: version string") << u"state"_s << QByteArray(R"({"state":"ended","version":"1"})") << 400;
        QTest::newRow("registration: unknown approval")
            << u"registration"_s << QByteArray(R"({"approvalState":"maybe","version":VERSION})") << 400;
        QTest::newRow("registration: unknown member")
            << u"registration"_s << QByteArray(R"({"approvalState":"approved","version":VERSION,"email":"x@y.z"})")
            << 400;
        QTest::newRow("registration: missing version")
            << u"registration"_s << QByteArray(R"({"approvalState":"approved"})") << 400;
        QTest::newRow("registration: over 64 KiB")
            << u"registration"_s
            << QByteArray(R"({"approvalState":"approved","version":VERSION,"x":")" + QByteArray(65 * 1024, 'z') +
                          R"("})")
            << 413;
        QTest::newRow("question: 2001-character answer")
            << u"question"_s << QByteArray(R"({"version":VERSION,"answer":)" + longAnswer + "}") << 400;
        QTest::newRow("question: empty answer")
            << u"question"_s << QByteArray(R"({"version":VERSION,"answer":""})") << 400;
        QTest::newRow("question: unknown state")
            << u"question"_s << QByteArray(R"({"version":VERSION,"state":"rejected"})") << 400;
        QTest::newRow("question: answer object")
            << u"question"_s << QByteArray(R"({"version":VERSION,"answer":{"text":"x"}})") << 400;
        QTest::newRow("question: unknown member")
            << u"question"_s << QByteArray(R"({"version":VERSION,"state":"approved","askerName":"x"})") << 400;
    }

    void badBodiesChangeNothing()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        // What is changed, and how it is read back (as the role that changes it).
        Role role = Role::Director;
        QString path, readPath;
        QByteArray verb = "PATCH";
        if (target == "webinar"_L1 || target == "state"_L1) {
            path =
                target == "webinar"_L1 ? webinarPath(m_ended) : api::path::expand(api::path::webinarState, {m_ended});
            verb = target == "webinar"_L1 ? "PATCH" : "POST";
            readPath = webinarPath(m_ended);
        } else if (target == "registration"_L1) {
            const qint64 id = allRegistrations(role, m_ended).at(1).toObject().value("id"_L1).toInteger();
            path = readPath = api::path::expand(api::path::registration, {id});
        } else {
            path = api::path::expand(api::path::question, {firstQuestion(role, m_ended).value("id"_L1).toInteger()});
        }
        const auto snapshot = [&] {
            return readPath.isEmpty() ? get(role, questionsPath(m_ended), {{u"limit"_s, u"500"_s}}).body
                                      : get(role, readPath).body;
        };
        const QByteArray before = snapshot();
        QVERIFY(!before.isEmpty());
        const QJsonObject current = readPath.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(before).object();
        const qint64 version = readPath.isEmpty() ? firstQuestion(role, m_ended).value("version"_L1).toInteger()
                                                  : current.value("version"_L1).toInteger();
        body.replace("VERSION", QByteArray::number(version));
        const Reply reply = send(verb, url(path), m_tokens.value(role), body);
        QVERIFY2(reply.status == status, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(),
                 status == 413 ? QString::fromLatin1(api::errc::payloadTooLarge)
                               : QString::fromLatin1(api::errc::badRequest));
        QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
        QCOMPARE(snapshot(), before);
    }

    // ---- Paging. ----

    void pagingOutOfRange_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *query : {"limit=0", "limit=501", "limit=-1", "offset=-1", "limit=abc", "offset=abc",
                                  "limit=1.5", "limit=", "offset=", "limit=%2B5", "limit=1e2", "limit=0x10",
                                  "offset=99999999999999999999", "limit=%205"})
            QTest::newRow(query) << QString::fromLatin1(query);
    }

    void pagingOutOfRange()
    {
        QFETCH(QString, query);
        for (const QString &path : {registrationsPath(m_scheduled), questionsPath(m_live)}) {
            const QByteArray before = get(Role::ClientStaff, path).body;
            QUrl target = url(path);
            target.setQuery(query, QUrl::StrictMode);
            const Reply reply = send("GET", target, m_tokens.value(Role::ClientStaff));
            QVERIFY2(reply.status == 400, qPrintable(path + u": "_s + reply.describe()));
            QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::badRequest));
            QCOMPARE(get(Role::ClientStaff, path).body, before);
        }
    }

    void pagingLimitsAccepted()
    {
        for (const int limit : {1, 500}) {
            const Reply reply =
                get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"limit"_s, QString::number(limit)}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.items().size(), std::min<qsizetype>(limit, reply.total()));
            QCOMPARE(reply.json().value("limit"_L1).toInteger(), qint64(limit));
        }
        const Reply defaults = get(Role::ClientStaff, registrationsPath(m_scheduled));
        QCOMPARE(defaults.json().value("limit"_L1).toInteger(), api::defaultPageLimit);
        QCOMPARE(defaults.json().value("offset"_L1).toInteger(), 0);
        QCOMPARE(defaults.items().size(), std::min<qsizetype>(api::defaultPageLimit, defaults.total()));
    }

    void pagesAreDisjointAndComplete_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("limit");
        QTest::newRow("default") << QString() << QString() << 50;
        QTest::newRow("name desc, 37") << u"name"_s << u"desc"_s << 37;
        QTest::newRow("registeredAt") << u"registeredAt"_s << u"asc"_s << 64;
        QTest::newRow("company (ties)") << u"company"_s << u"asc"_s << 23;
        QTest::newRow("minutesWatched (all 0)") << u"minutesWatched"_s << u"desc"_s << 40;
    }

    void pagesAreDisjointAndComplete()
    {
        QFETCH(QString, sort);
        QFETCH(QString, order);
        QFETCH(int, limit);
        Params sorting;
        if (!sort.isEmpty())
            sorting = {{u"sort"_s, sort}, {u"order"_s, order}};
        const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled, sorting);
        QCOMPARE(all.size(), 211); // server/DemoData.cpp
        QSet<qint64> everyId;
        for (const QJsonValue &value : all)
            everyId.insert(value.toObject().value("id"_L1).toInteger());
        QCOMPARE(everyId.size(), all.size());
        QSet<qint64> seen;
        QList<qint64> inOrder;
        for (qint64 offset = 0; offset < all.size() + limit; offset += limit) {
            Params params = sorting;
            params += {{u"offset"_s, QString::number(offset)}, {u"limit"_s, QString::number(limit)}};
            const Reply page = get(Role::ClientStaff, registrationsPath(m_scheduled), params);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.total(), all.size());
            QCOMPARE(page.json().value("offset"_L1).toInteger(), offset);
            QCOMPARE(page.json().value("limit"_L1).toInteger(), qint64(limit));
            QCOMPARE(page.items().size(), std::clamp<qsizetype>(all.size() - offset, 0, limit));
            for (const QJsonValue &value : page.items()) {
                const qint64 id = value.toObject().value("id"_L1).toInteger();
                QVERIFY2(!seen.contains(id), qPrintable(u"registration %1 on two pages"_s.arg(id)));
                seen.insert(id);
                inOrder.append(id);
            }
        }
        QCOMPARE(seen, everyId);
        // The pages follow the order of the full list.
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(inOrder.at(i), all.at(i).toObject().value("id"_L1).toInteger());
    }

    // ---- Search, sort, filter. ----

    void searchFindsWhatWasReadFirst()
    {
        const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
        QVERIFY(all.size() > 20);
        // An ASCII name, searched in another case.
        QString name;
        qint64 id = 0;
        for (const QJsonValue &value : all) {
            const QString candidate = value.toObject().value("fullName"_L1).toString();
            if (std::all_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.unicode() < 128; })) {
                name = candidate;
                id = value.toObject().value("id"_L1).toInteger();
                break;
            }
        }
        QVERIFY(!name.isEmpty());
        const QString needle = name.toUpper();
        const auto matches = [&](const QJsonObject &r) {
            for (const char *key : {"fullName", "email", "company"}) {
                if (r.value(QLatin1StringView(key)).toString().contains(needle, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
        const qsizetype expected =
            std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) { return matches(v.toObject()); });
        const Reply found = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, needle}});
        QCOMPARE(found.status, 200);
        QCOMPARE(found.total(), expected);
        bool hasPicked = false;
        for (const QJsonValue &value : found.items()) {
            QVERIFY(matches(value.toObject()));
            hasPicked = hasPicked || value.toObject().value("id"_L1).toInteger() == id;
        }
        QVERIFY(hasPicked);
        // An e-mail domain is found for client staff (contact readable) ...
        const Reply byMail = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, u"@example."_s}});
        QCOMPARE(byMail.total(), all.size());
        // ... but never for a moderator, who cannot read e-mail: the search is no oracle for hidden fields.
        const Reply moderator = get(Role::Moderator, registrationsPath(m_scheduled), {{u"search"_s, u"@example."_s}});
        QCOMPARE(moderator.status, 200);
        QCOMPARE(moderator.total(), 0);
        const Reply company =
            get(Role::Moderator, registrationsPath(m_scheduled), {{u"search"_s, u"Zorggroep Noorderlicht"_s}});
        QCOMPARE(company.total(), 0);
    }

    void searchTreatsWildcardsLiterally_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("percent") << u"%"_s;
        QTest::newRow("underscore") << u"_"_s;
        QTest::newRow("backslash") << u"\\"_s;
        QTest::newRow("quote") << u"' OR 1=1 --"_s;
        QTest::newRow("501 characters") << QString(501, u'a');
    }

    void searchTreatsWildcardsLiterally()
    {
        QFETCH(QString, search);
        const Reply reply = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, search}});
        if (search.size() > api::maximumStringLength) {
            QCOMPARE(reply.status, 400);
            return;
        }
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QCOMPARE(reply.total(), 0);
    }

    // Dutch, German and Turkish names: "case-insensitive" (docs/api.md) must hold beyond ASCII.
    void searchIsCaseInsensitiveBeyondAscii()
    {
        const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
        QString name;
        for (const QJsonValue &value : all) {
            const QString candidate = value.toObject().value("fullName"_L1).toString();
            if (candidate.contains(u"ü"_s) || candidate.contains(u"í"_s)) {
                name = candidate;
                break;
            }
        }
        if (name.isEmpty())
            QSKIP("No demo name with ü or í in this webinar.");
        const Reply exact = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, name}});
        QVERIFY(exact.total() >= 1);
        const Reply upper = get(Role::ClientStaff, registrationsPath(m_scheduled), {{u"search"_s, name.toUpper()}});
        QVERIFY2(upper.total() == exact.total(),
                 qPrintable(u"search \"%1\" finds %2, \"%3\" finds %4"_s.arg(name)
                                .arg(exact.total())
                                .arg(name.toUpper())
                                .arg(upper.total())));
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("order");
        QTest::newRow("client: name asc") << int(Role::ClientStaff) << u"name"_s << u"asc"_s;
        QTest::newRow("client: name desc") << int(Role::ClientStaff) << u"name"_s << u"desc"_s;
        QTest::newRow("client: company asc") << int(Role::ClientStaff) << u"company"_s << u"asc"_s;
        QTest::newRow("director: registeredAt desc") << int(Role::Director) << u"registeredAt"_s << u"desc"_s;
        QTest::newRow("director: minutesWatched desc") << int(Role::Director) << u"minutesWatched"_s << u"desc"_s;
        QTest::newRow("moderator: name asc") << int(Role::Moderator) << u"name"_s << u"asc"_s;
        QTest::newRow("moderator: minutesWatched asc") << int(Role::Moderator) << u"minutesWatched"_s << u"asc"_s;
    }

    void sortOrders()
    {
        QFETCH(int, role);
        QFETCH(QString, sort);
        QFETCH(QString, order);
        const QJsonArray items = allRegistrations(Role(role), m_live, {{u"sort"_s, sort}, {u"order"_s, order}});
        QCOMPARE(items.size(), 148); // server/DemoData.cpp
        const bool descending = order == "desc"_L1;
        for (qsizetype i = 1; i < items.size(); ++i) {
            const QJsonObject a = items.at(i - 1).toObject(), b = items.at(i).toObject();
            int cmp = 0;
            if (sort == "name"_L1)
                cmp = compareNoCase(a.value("fullName"_L1).toString(), b.value("fullName"_L1).toString());
            else if (sort == "company"_L1)
                cmp = compareNoCase(a.value("company"_L1).toString(), b.value("company"_L1).toString());
            else if (sort == "registeredAt"_L1)
                cmp = QString::compare(a.value("registeredAt"_L1).toString(), b.value("registeredAt"_L1).toString());
            else
                cmp = a.value("minutesWatched"_L1).toInteger() < b.value("minutesWatched"_L1).toInteger() ? -1
                    : a.value("minutesWatched"_L1).toInteger() > b.value("minutesWatched"_L1).toInteger() ? 1
                                                                                                          : 0;
            if (cmp == 0) // ties in id order, in the same direction
                cmp = a.value("id"_L1).toInteger() < b.value("id"_L1).toInteger() ? -1 : 1;
            QVERIFY2(descending ? cmp > 0 : cmp < 0,
                     qPrintable(u"items %1 and %2 out of order: %3 / %4"_s.arg(i - 1).arg(i).arg(
                         QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)))));
        }
    }

    void sortOrFilterOnHiddenFieldsRefused_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("moderator sorts by company") << int(Role::Moderator) << u"sort"_s << u"company"_s;
        QTest::newRow("moderator sorts by registeredAt") << int(Role::Moderator) << u"sort"_s << u"registeredAt"_s;
        QTest::newRow("moderator filters approval") << int(Role::Moderator) << u"approval"_s << u"pending"_s;
        QTest::newRow("unknown sort key") << int(Role::Director) << u"sort"_s << u"email"_s;
        QTest::newRow("empty sort key") << int(Role::Director) << u"sort"_s << QString();
        QTest::newRow("bad order") << int(Role::Director) << u"order"_s << u"up"_s;
        QTest::newRow("bad approval") << int(Role::Director) << u"approval"_s << u"maybe"_s;
        QTest::newRow("bad present") << int(Role::Director) << u"present"_s << u"yes"_s;
    }

    void sortOrFilterOnHiddenFieldsRefused()
    {
        QFETCH(int, role);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const Reply reply = get(Role(role), registrationsPath(m_live), {{key, value}});
        QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(), QString::fromLatin1(api::errc::badRequest));
    }

    void filters()
    {
        const QJsonArray all = allRegistrations(Role::Director, m_live);
        for (const char *approval : {"pending", "approved", "rejected"}) {
            const qsizetype expected = std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) {
                return v.toObject().value("approvalState"_L1).toString() == QLatin1StringView(approval);
            });
            const QJsonArray items =
                allRegistrations(Role::Director, m_live, {{u"approval"_s, QString::fromLatin1(approval)}});
            QCOMPARE(items.size(), expected);
            for (const QJsonValue &v : items)
                QCOMPARE(v.toObject().value("approvalState"_L1).toString(), QString::fromLatin1(approval));
        }
        for (const bool present : {true, false}) {
            const qsizetype expected = std::count_if(all.begin(), all.end(), [&](const QJsonValue &v) {
                return v.toObject().value("present"_L1).toBool() == present;
            });
            const QJsonArray items =
                allRegistrations(Role::Moderator, m_live, {{u"present"_s, present ? u"true"_s : u"false"_s}});
            QCOMPARE(items.size(), expected);
            for (const QJsonValue &v : items)
                QCOMPARE(v.toObject().value("present"_L1).toBool(), present);
        }
        // Questions: ?state= filter, newest first.
        const QJsonArray questions = get(Role::Moderator, questionsPath(m_live), {{u"limit"_s, u"500"_s}}).items();
        QVERIFY(!questions.isEmpty());
        for (qsizetype i = 1; i < questions.size(); ++i)
            QVERIFY(questions.at(i - 1).toObject().value("askedAt"_L1).toString() >=
                    questions.at(i).toObject().value("askedAt"_L1).toString());
        const QJsonArray fresh =
            get(Role::Moderator, questionsPath(m_live), {{u"state"_s, u"new"_s}, {u"limit"_s, u"500"_s}}).items();
        QCOMPARE(fresh.size(), std::count_if(questions.begin(), questions.end(), [](const QJsonValue &v) {
                     return v.toObject().value("state"_L1).toString() == "new"_L1;
                 }));
        QCOMPARE(get(Role::Moderator, questionsPath(m_live), {{u"state"_s, u"rejected"_s}}).status, 400);
    }

    // ---- CSV export. ----

    void csvExport()
    {
        // A registration whose name is a spreadsheet formula with a comma and quotes: a viewer made by the operator.
        const QString evilName = uR"(=HYPERLINK("http://evil.example","x"), Jr.)"_s;
        const QByteArray password = "domain-test-password-1";
        QByteArray output;
        QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, u"formula@example.com"_s, u"--role"_s,
                                    u"viewer"_s, u"--name"_s, evilName},
                                   password + '\n', &output),
                 0);
        const QString viewer = login(u"formula@example.com"_s, QString::fromLatin1(password));
        QVERIFY(!viewer.isEmpty());
        const Reply registered = send(
            "POST", url(registrationsPath(m_scheduled)), viewer,
            QJsonDocument(QJsonObject {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}})
                .toJson());
        QVERIFY2(registered.status == 201, qPrintable(registered.describe()));

        const QJsonArray all = allRegistrations(Role::ClientStaff, m_scheduled);
        const Reply list = get(Role::ClientStaff, registrationsPath(m_scheduled));
        QCOMPARE(all.size(), list.total());
        const Reply csv = send("GET", url(api::path::expand(api::path::webinarRegistrationsExport, {m_scheduled})),
                               m_tokens.value(Role::ClientStaff));
        QVERIFY2(csv.status == 200, qPrintable(csv.describe()));
        QCOMPARE(csv.contentType, QByteArray("text/csv; charset=utf-8"));
        QVERIFY2(csv.contentDisposition.startsWith("attachment"), csv.contentDisposition.constData());
        QList<QStringList> rows;
        QVERIFY2(parseCsv(QString::fromUtf8(csv.body), rows), csv.body.left(300).constData());
        QCOMPARE(rows.size(), list.total() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header,
                 (QStringList {u"id"_s, u"fullName"_s, u"email"_s, u"phone"_s, u"company"_s, u"jobTitle"_s,
                               u"registeredAt"_s, u"approvalState"_s, u"joinedAt"_s, u"leftAt"_s, u"minutesWatched"_s,
                               u"present"_s, u"consentRecording"_s, u"consentMarketing"_s, u"consentGivenAt"_s}));
        QMap<qint64, QJsonObject> byId;
        for (const QJsonValue &value : all)
            byId.insert(value.toObject().value("id"_L1).toInteger(), value.toObject());
        QSet<qint64> exported;
        const auto unneutralised = [](const QString &cell) {
            return cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1))
                ? cell.mid(1)
                : cell;
        };
        bool sawFormula = false;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.size(), header.size());
            for (const QString &cell : row) {
                QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()),
                         qPrintable(u"formula not neutralised: "_s + cell));
            }
            const qint64 id = row.at(0).toLongLong();
            QVERIFY(byId.contains(id));
            exported.insert(id);
            const QJsonObject r = byId.value(id);
            for (qsizetype c = 1; c < 6; ++c)
                QCOMPARE(unneutralised(row.at(c)), r.value(header.at(c)).toString());
            QCOMPARE(row.at(7), r.value("approvalState"_L1).toString());
            QCOMPARE(row.at(10).toLongLong(), r.value("minutesWatched"_L1).toInteger());
            if (r.value("fullName"_L1).toString() == evilName) {
                sawFormula = true;
                QCOMPARE(row.at(1), u"'"_s + evilName);
            }
        }
        QCOMPARE(exported.size(), list.total());
        QVERIFY(sawFormula);
        // The quoted form on the wire: the leading quote goes inside the RFC 4180 quotes, inner quotes doubled.
        const QByteArray onTheWire = ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\"), Jr.\",";
        QVERIFY(csv.body.contains(onTheWire));

        // Only client staff of the webinar's organisation export.
        const QString exportPath = api::path::expand(api::path::webinarRegistrationsExport, {m_live});
        QCOMPARE(get(Role::Director, exportPath).status, 403);
        QCOMPARE(get(Role::Moderator, exportPath).status, 403);
        QCOMPARE(get(Role::Admin, exportPath).status, 403);
        QCOMPARE(get(Role::ClientStaff, api::path::expand(api::path::webinarRegistrationsExport, {m_ended})).status,
                 404);
    }

    // ---- Events by scope. ----

    void eventsReachOnlySessionsInScope()
    {
        // Ended (org 1): director assigned; moderator not assigned, client staff of org 0: out of scope.
        // Rehearsal (org 0): director and client staff in scope; moderator and viewer out.
        std::map<Role, std::unique_ptr<QWebSocket>> sockets;
        std::map<Role, std::unique_ptr<QSignalSpy>> spies;
        for (const Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            sockets[role].reset(openEvents(role));
            spies[role] = std::make_unique<QSignalSpy>(sockets[role].get(), &QWebSocket::textMessageReceived);
        }
        for (const Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            QVERIFY2(!spies[role]->isEmpty() || spies[role]->wait(10000), qPrintable(roleToWire(role)));
            QCOMPARE(api::Event::fromFrame(spies[role]->first().first().toString().toUtf8())->type, u"hello"_s);
            spies[role]->clear();
        }
        const auto typesOf = [&](Role role) {
            QStringList types;
            for (const auto &arguments : *spies[role]) {
                auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
                types +=
                    event ? u"%1:%2"_s.arg(event->type).arg(event->data.value("webinarId"_L1).toInteger()) : u"?"_s;
            }
            return types;
        };
        const auto moderate = [&](qint64 webinarId) {
            const QJsonObject question = firstQuestion(Role::Director, webinarId);
            const QString path = api::path::expand(api::path::question, {question.value("id"_L1).toInteger()});
            const Reply reply =
                change(Role::Director, "PATCH", path,
                       {{"version"_L1, question.value("version"_L1).toInteger()}, {"state"_L1, u"approved"_s}});
            return reply.status;
        };

        QCOMPARE(moderate(m_ended), 200);
        QVERIFY2(!spies[Role::Director]->isEmpty() || spies[Role::Director]->wait(5000),
                 qPrintable(u"director: %1; viewer: %2; moderator: %3; client: %4"_s.arg(
                     typesOf(Role::Director).join(u' '), typesOf(Role::Viewer).join(u' '),
                     typesOf(Role::Moderator).join(u' '), typesOf(Role::ClientStaff).join(u' '))));
        QTest::qWait(1000);
        const QString endedFrame = u"questions.changed:%1"_s.arg(m_ended);
        QCOMPARE(typesOf(Role::Director), QStringList {endedFrame});
        QCOMPARE(typesOf(Role::Viewer), QStringList {endedFrame}); // registered for it
        QCOMPARE(typesOf(Role::Moderator), QStringList {});
        QCOMPARE(typesOf(Role::ClientStaff), QStringList {});
        for (auto &[role, spy] : spies)
            spy->clear();

        QCOMPARE(moderate(m_rehearsal), 200);
        QVERIFY(!spies[Role::ClientStaff]->isEmpty() || spies[Role::ClientStaff]->wait(5000));
        QTest::qWait(1000);
        const QString rehearsalFrame = u"questions.changed:%1"_s.arg(m_rehearsal);
        QCOMPARE(typesOf(Role::Director), QStringList {rehearsalFrame});
        QCOMPARE(typesOf(Role::ClientStaff), QStringList {rehearsalFrame});
        QCOMPARE(typesOf(Role::Moderator), QStringList {});
        QCOMPARE(typesOf(Role::Viewer), QStringList {});
        for (auto &[role, socket] : sockets)
            socket->close();
    }

    // ---- Losing access. ----

    void removedModeratorLosesAccessOnNextRequest()
    {
        const qint64 moderator = m_userIds.value(Role::Moderator);
        QVERIFY(moderator > 0);
        QCOMPARE(get(Role::Moderator, webinarPath(m_scheduled)).status, 200);
        QCOMPARE(get(Role::Moderator, registrationsPath(m_scheduled)).status, 200);
        const QString staffPath = api::path::expand(api::path::webinarStaff, {m_scheduled, moderator});
        const Reply removed = send("DELETE", url(staffPath), m_tokens.value(Role::Admin));
        QVERIFY2(removed.status == 204, qPrintable(removed.describe()));
        for (const QString &path :
             {webinarPath(m_scheduled), registrationsPath(m_scheduled), questionsPath(m_scheduled)}) {
            const Reply gone = get(Role::Moderator, path);
            QVERIFY2(gone.status == 404, qPrintable(path + u": "_s + gone.describe()));
            QCOMPARE(gone.errorCode(), QString::fromLatin1(api::errc::notFound));
        }
        const QJsonArray visible = get(Role::Moderator, QString::fromLatin1(api::path::webinars)).items();
        for (const QJsonValue &value : visible)
            QVERIFY(value.toObject().value("id"_L1).toInteger() != m_scheduled);
        // Assigned again: access is back, with the same session.
        const Reply assigned = change(Role::Admin, "PUT", staffPath, {{"role"_L1, roleToWire(Role::Moderator)}});
        QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
        QCOMPARE(get(Role::Moderator, webinarPath(m_scheduled)).status, 200);
    }

    void disabledAccountLosesItsSession()
    {
        const QByteArray password = "domain-test-password-2";
        QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, u"disable.me@example.com"_s, u"--role"_s,
                                    u"director"_s, u"--name"_s, u"Dirk Disabled"_s},
                                   password + '\n'),
                 0);
        qint64 id = 0;
        const QString token = login(u"disable.me@example.com"_s, QString::fromLatin1(password), &id);
        QVERIFY(!token.isEmpty());
        QCOMPARE(change(Role::Admin, "PUT", api::path::expand(api::path::webinarStaff, {m_live, id}),
                        {{"role"_L1, u"director"_s}})
                     .status,
                 200);
        QCOMPARE(send("GET", url(webinarPath(m_live)), token).status, 200);
        QByteArray output;
        QCOMPARE(m_server.runAdmin({u"user"_s, u"disable"_s, u"--email"_s, u"disable.me@example.com"_s}, {}, &output),
                 0);
        for (const QString &path : {webinarPath(m_live), registrationsPath(m_live),
                                    QString::fromLatin1(api::path::webinars), QString::fromLatin1(api::path::me)}) {
            const Reply refused = send("GET", url(path), token);
            QVERIFY2(refused.status == 401, qPrintable(path + u": "_s + refused.describe()));
        }
        const QString statePath = api::path::expand(api::path::webinarState, {m_live});
        const qint64 version = get(Role::Admin, webinarPath(m_live)).json().value("version"_L1).toInteger();
        QCOMPARE(send("POST", url(statePath), token,
                      QJsonDocument(QJsonObject {{"state"_L1, u"ended"_s}, {"version"_L1, version}}).toJson())
                     .status,
                 401);
        QCOMPARE(get(Role::Admin, webinarPath(m_live)).json().value("state"_L1).toString(), u"live"_s);
    }

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestDomainApi)
#include "tst_domain_api.moc"
