// `regiekamer-admin webinar list | create | edit | delete` (issue 16): the administrator manages webinars without the
// desktop app. Each command is an access log entry in the same transaction; delete asks for --yes and says what it
// would remove; bad input changes nothing; and a running server serves what the command wrote.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Webinar.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

class TestAdminWebinars : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;

    QString databasePath() const { return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s); }

    int admin(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QByteArray ignored;
        return m_server.runAdmin(QStringList {u"webinar"_s} + arguments, {}, output ? output : &ignored);
    }

    // The newest access log entry: action, object type, object id, actor role, row count.
    QString lastEntry()
    {
        SqlFile db(databasePath());
        return db
            .rows(u"SELECT action, object_type, object_id, actor_role, row_count FROM audit_log "
                  u"ORDER BY seq DESC LIMIT 1"_s)
            .value(0);
    }

    // The webinar as the running server answers the admin.
    ApiReply fetched(qint64 id)
    {
        const auto accounts = m_server.demoAccounts();
        const QString token = m_api.login(accounts.value(Role::Admin).email, accounts.value(Role::Admin).password);
        return m_api.send("GET", m_api.url(api::path::expand(api::path::webinar, {id})), token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
    }

    void listShowsEveryWebinarAndIsLogged()
    {
        QByteArray output;
        QCOMPARE(admin({u"list"_s}, &output), 0);
        QVERIFY2(output.contains("Zorg op afstand") && output.contains("live"), output.constData());
        const int rows = int(output.count('\n')) - 1; // without the heading
        QCOMPARE(lastEntry(), u"read|webinar|0|operator|%1"_s.arg(rows));
    }

    // Create, edit and delete one webinar, each seen by the running server.
    void createEditDelete()
    {
        QByteArray output;
        QCOMPARE(admin({u"create"_s, u"--organisation"_s, u"Atlas Financial Services"_s, u"--title"_s,
                        u"Jaarcijfers 2026"_s, u"--starts"_s, u"2027-01-14T15:00:00+01:00"_s, u"--duration"_s, u"45"_s},
                       &output),
                 0);
        const auto created = QRegularExpression(u"Created webinar (\\d+)"_s).match(QString::fromUtf8(output));
        QVERIFY2(created.hasMatch(), output.constData());
        const qint64 id = created.captured(1).toLongLong();
        QCOMPARE(lastEntry(), u"create|webinar|%1|operator|-1"_s.arg(id));
        ApiReply reply = fetched(id);
        QCOMPARE(reply.status, 200);
        auto detail = api::WebinarDetail::fromJson(reply.json());
        QVERIFY(detail);
        QCOMPARE(detail->summary.title, u"Jaarcijfers 2026"_s);
        QCOMPARE(detail->summary.state, WebinarState::Draft);
        QCOMPARE(detail->summary.startsAt, QDateTime(QDate(2027, 1, 14), QTime(14, 0), QTimeZone::UTC));
        QCOMPARE(detail->summary.durationMinutes, 45);

        QCOMPARE(admin({u"edit"_s, QString::number(id), u"--title"_s, u"Jaarcijfers 2026 (Q&A)"_s, u"--duration"_s,
                        u"60"_s}),
                 0);
        QCOMPARE(lastEntry(), u"update|webinar|%1|operator|-1"_s.arg(id));
        detail = api::WebinarDetail::fromJson(fetched(id).json());
        QVERIFY(detail);
        QCOMPARE(detail->summary.title, u"Jaarcijfers 2026 (Q&A)"_s);
        QCOMPARE(detail->summary.durationMinutes, 60);

        // Without --yes it only says what it would delete.
        output.clear();
        QCOMPARE(admin({u"delete"_s, QString::number(id)}, &output), 1);
        QVERIFY2(output.contains("Jaarcijfers 2026 (Q&A)") && output.contains("--yes"), output.constData());
        QCOMPARE(fetched(id).status, 200);
        QCOMPARE(admin({u"delete"_s, QString::number(id), u"--yes"_s}), 0);
        QCOMPARE(lastEntry(), u"delete|webinar|%1|operator|-1"_s.arg(id));
        QCOMPARE(fetched(id).status, 404);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QStringList create {
            u"create"_s, u"--organisation"_s, u"Atlas Financial Services"_s, u"--title"_s, u"X"_s, u"--duration"_s,
            u"30"_s};
        QTest::newRow("no start") << create << 2;
        QTest::newRow("start without zone") << (create + QStringList {u"--starts"_s, u"2027-01-14T15:00:00"_s}) << 2;
        QTest::newRow("zero minutes") << QStringList {u"edit"_s, u"1"_s, u"--duration"_s, u"0"_s} << 2;
        QTest::newRow("edit nothing") << QStringList {u"edit"_s, u"1"_s} << 2;
        QTest::newRow("no such webinar") << QStringList {u"edit"_s, u"9999"_s, u"--title"_s, u"Y"_s} << 1;
        QTest::newRow("no such organisation")
            << QStringList {u"create"_s,   u"--organisation"_s,       u"Nobody Ltd"_s, u"--title"_s, u"X"_s,
                            u"--starts"_s, u"2027-01-14T15:00:00Z"_s, u"--duration"_s, u"30"_s}
            << 1;
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QByteArray before;
        QCOMPARE(admin({u"list"_s}, &before), 0);
        const QString entry = lastEntry();
        QByteArray output;
        QCOMPARE(admin(arguments, &output), exitCode);
        QVERIFY(!output.isEmpty()); // says why
        QCOMPARE(lastEntry(), entry); // nothing logged: nothing happened
        QByteArray after;
        QCOMPARE(admin({u"list"_s}, &after), 0);
        QCOMPARE(after, before);
    }

    // Fail closed: a change whose access log entry cannot be written is not made.
    void unloggedChangeIsNotMade()
    {
        {
            SqlFile db(databasePath());
            QCOMPARE(
                db.exec(u"CREATE TRIGGER blocked BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END"_s),
                QString());
        }
        QByteArray output;
        QVERIFY(admin({u"create"_s, u"--organisation"_s, u"Atlas Financial Services"_s, u"--title"_s, u"Unlogged"_s,
                       u"--starts"_s, u"2027-01-14T15:00:00Z"_s, u"--duration"_s, u"30"_s},
                      &output) != 0);
        {
            SqlFile db(databasePath());
            QCOMPARE(db.exec(u"DROP TRIGGER blocked"_s), QString());
        }
        QByteArray list;
        QCOMPARE(admin({u"list"_s}, &list), 0);
        QVERIFY2(!list.contains("Unlogged"), list.constData());
    }

    void cleanupTestCase() { m_server.terminate(); }
};

QTEST_GUILESS_MAIN(TestAdminWebinars)
#include "tst_admin_webinars.moc"
