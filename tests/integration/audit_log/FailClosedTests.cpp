// Failing closed: with inserts into audit_log made to fail, no personal data leaves the server, no change and no
// session is made, and all works again once the fault is gone.
#include "tst_audit_log.h"

#include "SqlFile.h"
#include "base/ApiError.h"

#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

// (d) Fails closed. Runs late: it leaves the demo registration as it was, but not the log's last entries.
void TestAuditLogApi::failsClosed()
{
    const qint64 registration = m_viewerRegistrationWebinar.key(m_directorWebinar);
    QVERIFY(registration > 0);
    const QString registrationPath = u"/api/v1/registrations/%1"_s.arg(registration);
    const QJsonObject current = get(Role::Director, registrationPath).json();
    QVERIFY(current.contains("version"_L1));
    SqlFile db(databasePath());
    QVERIFY(db.isOpen());
    const QStringList lastBefore = db.rows(u"SELECT MAX(seq) FROM audit_log"_s);
    const QString rowSql = u"SELECT * FROM registrations WHERE id = ?"_s;
    const QStringList rowBefore = db.rows(rowSql, {registration});
    const QStringList sessionsBefore = db.rows(u"SELECT token_hash FROM sessions ORDER BY token_hash"_s);
    QCOMPARE(db.exec(u"CREATE TRIGGER audit_blocked BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, "
                     u"'injected'); END;"_s),
             QString());

    const ApiReply read = get(Role::Director, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar));
    QVERIFY2(read.status == 503, qPrintable(read.describe()));
    QCOMPARE(read.errorCode(), QString::fromLatin1(api::errc::accessLogUnavailable));
    QVERIFY2(!read.body.contains("@") && !read.body.contains("items") && !read.body.contains("fullName"),
             read.body.constData());
    const QSet<QString> members {u"error"_s, u"message"_s};
    for (const QString &key : read.json().keys())
        QVERIFY2(members.contains(key), read.body.constData());

    const QString next = current.value("approvalState"_L1).toString() == "approved"_L1 ? u"rejected"_s : u"approved"_s;
    const ApiReply patch = send(Role::Director, "PATCH", registrationPath,
                                {{"approvalState"_L1, next}, {"version"_L1, current.value("version"_L1)}});
    QVERIFY2(patch.status == 503, qPrintable(patch.describe()));
    QCOMPARE(patch.errorCode(), QString::fromLatin1(api::errc::accessLogUnavailable));

    const auto accounts = m_server.demoAccounts();
    const ApiReply login = postSession(accounts.value(Role::Director).email, accounts.value(Role::Director).password);
    QVERIFY2(login.status == 503, qPrintable(login.describe()));
    QVERIFY(!login.body.contains("token"));

    QCOMPARE(db.exec(u"DROP TRIGGER audit_blocked"_s), QString());
    QCOMPARE(db.rows(rowSql, {registration}), rowBefore);
    QCOMPARE(db.rows(u"SELECT token_hash FROM sessions ORDER BY token_hash"_s), sessionsBefore);
    QCOMPARE(db.rows(u"SELECT MAX(seq) FROM audit_log"_s), lastBefore); // nothing was appended

    const ApiReply again = get(Role::Director, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar));
    QCOMPARE(again.status, 200);
    QVERIFY(!again.items().isEmpty());
    QVERIFY(!entryOf(rid(again)).isEmpty());
    QByteArray output;
    QCOMPARE(m_server.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
    QVERIFY2(output.contains("intact"), output.constData());
}
