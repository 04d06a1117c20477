// Revocation: losing an assignment or having the account disabled ends access on the very next request.
#include "tst_authorization_matrix.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

void TestAuthorizationMatrix::removedModeratorLosesAccessAtOnce()
{
    const qint64 webinar = m_ctx[Role::Moderator].outWebinar != unknownId ? m_ctx[Role::Moderator].outWebinar
                                                                          : m_ctx[Role::Admin].inWebinar;
    const QString email = u"matrix.removed@example.com"_s;
    const qint64 id = scratchAccount(email, u"moderator"_s);
    QVERIFY(id > 0);
    const QString token = login(email, QString::fromLatin1(scratchPassword));
    QVERIFY(!token.isEmpty());
    const QString questions = u"/api/v1/webinars/%1/questions"_s.arg(webinar);
    QCOMPARE(send("GET", questions, {}, token).status, 404);
    QCOMPARE(assign(webinar, id, u"moderator"_s), 200);
    const ApiReply assigned = send("GET", questions, {}, token);
    QVERIFY2(assigned.status == 200, qPrintable(assigned.describe()));
    QCOMPARE(asAdmin("DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinar).arg(id)).status, 204);
    const ApiReply removed = send("GET", questions, {}, token);
    QVERIFY2(removed.status == 404, qPrintable(removed.describe()));
    QCOMPARE(send("GET", u"/api/v1/webinars/%1"_s.arg(webinar), {}, token).status, 404);
    QCOMPARE(send("GET", u"/api/v1/webinars/%1/registrations"_s.arg(webinar), {}, token).status, 404);
}

void TestAuthorizationMatrix::disabledAccountLosesItsSession()
{
    const QString email = u"matrix.disabled@example.com"_s;
    const qint64 id = scratchAccount(email, u"director"_s);
    QVERIFY(id > 0);
    const QString token = login(email, QString::fromLatin1(scratchPassword));
    QVERIFY(!token.isEmpty());
    QCOMPARE(send("GET", u"/api/v1/webinars"_s, {}, token).status, 200);
    const qint64 version = asAdmin("GET", u"/api/v1/users/%1"_s.arg(id)).json().value("version"_L1).toInteger(1);
    const ApiReply disabled =
        as(Role::Admin, "PATCH", u"/api/v1/users/%1"_s.arg(id), {{"disabled"_L1, true}, {"version"_L1, version}});
    QVERIFY2(disabled.status == 200, qPrintable(disabled.describe()));
    QCOMPARE(disabled.json().value("disabled"_L1).toBool(), true);
    const ApiReply next = send("GET", u"/api/v1/webinars"_s, {}, token);
    QVERIFY2(next.status == 401, qPrintable(next.describe()));
    QCOMPARE(send("GET", u"/api/v1/me"_s, {}, token).status, 401);
}
