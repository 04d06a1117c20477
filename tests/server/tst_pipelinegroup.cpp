// The request pipeline on the group commit (http/RequestPipeline.h, db/GroupCommit.h), through a real QHttpServer on
// loopback with the real Database and access log: an answer leaves only after its entry committed, with its events;
// when the group's COMMIT fails the request is answered 503 access_log_unavailable and none of its events, session
// closes or appended entries leave.
#include "AuditTestSupport.h"
#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/RequestPipeline.h"
#include "http/Router.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtCrypto>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::test;
using namespace Qt::StringLiterals;

class TestPipelineGroup : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    QTemporaryDir m_dir;
    OpenedLog m_log;
    std::unique_ptr<RequestPipeline> m_pipeline;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    QStringList m_sent; // what left through the outlets, in order
    QNetworkAccessManager m_network;

    QString committed(const QString &sql)
    {
        auto row = m_log.database->firstRow(sql);
        return row && *row ? (*row)->value(0).toString() : QString();
    }

    // POST path; returns the status and the error code.
    std::pair<int, QString> post(const QString &path)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tcp->serverPort()).arg(path)));
        QNetworkReply *reply = m_network.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qFatal("no answer");
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString code = QJsonDocument::fromJson(reply->readAll()).object().value("error"_L1).toString();
        if (reply->rawHeader("X-Request-Id").isEmpty())
            qFatal("no X-Request-Id");
        reply->deleteLater();
        return {status, code};
    }

    Route route(QString table)
    {
        Route route;
        route.audit = RouteAudit {api::auditAction::create, u"note"_s, std::nullopt, {}};
        route.access = Access::Anyone;
        route.handler = [this, table](RequestContext &context) {
            const QVariant value = table == "children"_L1 ? QVariant(999) : QVariant(u"kept"_s);
            if (!m_log.database->run(u"INSERT INTO %1 (parent) VALUES (?)"_s.arg(table), {value}))
                return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
            context.publish("note.created", 1);
            context.endSession(u"token-hash"_s);
            context.afterAnswer([this] { m_sent.append(u"after answer"_s); });
            return QHttpServerResponse(QJsonObject {{"ok"_L1, true}});
        };
        return route;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = openLog(m_dir.path());
        {
            Transaction transaction(*m_log.database);
            QVERIFY(m_log.database->exec(u"CREATE TABLE notes (parent TEXT)"_s));
            QVERIFY(m_log.database->exec(u"CREATE TABLE parents (id INTEGER PRIMARY KEY)"_s));
            QVERIFY(m_log.database->exec(u"CREATE TABLE children (parent INTEGER NOT NULL"
                                         " REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)"_s));
            QVERIFY(transaction.commit());
        }
        m_pipeline = std::make_unique<RequestPipeline>(
            *m_log.database, *m_log.log,
            [](const QHttpServerRequest &, Access) -> Result<Caller> { return fail(u"unauthenticated"_s, {}); },
            RequestPipeline::Outlets {
                [this](const QString &) { m_sent.append(u"session closed"_s); },
                [this](const QString &type, qint64, const QJsonObject &) { m_sent.append(type); },
                [this](const api::AuditEntry &entry) { m_sent.append(u"entry %1"_s.arg(entry.sequence)); },
                [this](const QString &) { m_sent.append(u"device revoked"_s); },
            },
            [] { return std::optional<Error>(); });
        Router router(m_http, this, *m_pipeline);
        router.add("/notes", QHttpServerRequest::Method::Post, route(u"notes"_s));
        router.add("/children", QHttpServerRequest::Method::Post, route(u"children"_s));
        m_tcp = new QTcpServer(this);
        QVERIFY(m_tcp->listen(QHostAddress::LocalHost));
        QVERIFY(m_http.bind(m_tcp));
    }

    void answeredAfterTheCommitWithItsEvents()
    {
        const qint64 before = committed(u"SELECT MAX(seq) FROM audit_log"_s).toLongLong();
        m_sent.clear();
        QCOMPARE(post(u"/notes"_s), std::make_pair(200, QString()));
        QCOMPARE(committed(u"SELECT COUNT(*) FROM notes"_s), u"1"_s);
        QCOMPARE(committed(u"SELECT MAX(seq) FROM audit_log"_s).toLongLong(), before + 1);
        QTRY_COMPARE(
            m_sent,
            (QStringList {u"session closed"_s, u"note.created"_s, u"entry %1"_s.arg(before + 1), u"after answer"_s}));
        QVERIFY(m_pipeline->groupCommit().groups() > 0);
    }

    void failedCommitAnswers503AndSendsNothing()
    {
        const QString before = committed(u"SELECT MAX(seq) FROM audit_log"_s);
        m_sent.clear();
        QCOMPARE(post(u"/children"_s), std::make_pair(503, QString::fromLatin1(api::errc::accessLogUnavailable)));
        QTest::qWait(50); // an action after the answer would have run by now
        QCOMPARE(m_sent, QStringList());
        QCOMPARE(committed(u"SELECT COUNT(*) FROM children"_s), u"0"_s);
        QCOMPARE(committed(u"SELECT MAX(seq) FROM audit_log"_s), before);
        // The next group works, and the chain is intact.
        QCOMPARE(post(u"/notes"_s).first, 200);
        const auto report = audit::AuditVerifier(m_dir.filePath(Database::fileName), testKey()).verify({});
        QVERIFY(report && report->intact);
    }

    void cleanupTestCase() { m_pipeline.reset(); }
};

QTEST_GUILESS_MAIN(TestPipelineGroup)
#include "tst_pipelinegroup.moc"
