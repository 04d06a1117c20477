// Matrix rows on accounts by e-mail (docs/accounts.md). Staff invitations: only admin lists, invites, sends again and
// revokes; every other role gets 403 for the collection and 404 for an id, and nothing changes. Each row acts on a
// fresh invitation. A change of the own address: every role may ask, and the address stays until the link is used.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

bool listed(const QJsonArray &items, qint64 id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value("id"_L1).toInteger() == id)
            return true;
    }
    return false;
}

} // namespace

qint64 TestAuthorizationMatrix::createInvitation()
{
    const QString email = nextName(u"invited"_s).remove(u' ') + u"@example.org"_s;
    return asAdmin("POST", u"/api/v1/invitations"_s,
                   {{"email"_L1, email}, {"displayName"_L1, u"Invited"_s}, {"role"_L1, u"moderator"_s}})
        .json()
        .value("id"_L1)
        .toInteger();
}

void TestAuthorizationMatrix::listInvitations(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/invitations"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
}

void TestAuthorizationMatrix::invite(const MatrixRow &row)
{
    const QString email = nextName(u"matrix invite"_s).remove(u' ') + u"@example.org"_s;
    const ApiReply reply = as(row.role, "POST", u"/api/v1/invitations"_s,
                              {{"email"_L1, email}, {"displayName"_L1, u"Matrix"_s}, {"role"_L1, u"director"_s}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    bool found = false;
    for (const QJsonValue &item : asAdmin("GET", u"/api/v1/invitations"_s).items())
        found = found || item.toObject().value("email"_L1).toString() == email.toLower();
    QCOMPARE(found, row.allowed);
}

void TestAuthorizationMatrix::resendInvitation(const MatrixRow &row)
{
    const qint64 id = createInvitation();
    QVERIFY2(id > 0, "setup: no invitation");
    const QByteArray before = asAdmin("GET", u"/api/v1/invitations"_s).body;
    const ApiReply reply = as(row.role, "POST", u"/api/v1/invitations/%1/resend"_s.arg(id));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        QCOMPARE(asAdmin("GET", u"/api/v1/invitations"_s).body, before);
}

void TestAuthorizationMatrix::revokeInvitation(const MatrixRow &row)
{
    const qint64 id = createInvitation();
    QVERIFY2(id > 0, "setup: no invitation");
    const ApiReply reply = as(row.role, "DELETE", u"/api/v1/invitations/%1"_s.arg(id));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(listed(asAdmin("GET", u"/api/v1/invitations"_s).items(), id), !row.allowed);
}

void TestAuthorizationMatrix::requestEmailChange(const MatrixRow &row)
{
    const QString before = as(row.role, "GET", u"/api/v1/me"_s).json().value("email"_L1).toString();
    const QString next = nextName(u"moved"_s).remove(u' ') + u"@example.org"_s;
    const ApiReply reply = as(row.role, "POST", u"/api/v1/me/email-change"_s,
                              {{"email"_L1, next}, {"password"_L1, m_server.demoAccounts().value(row.role).password}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QCOMPARE(as(row.role, "GET", u"/api/v1/me"_s).json().value("email"_L1).toString(), before);
}

// A form without a session, sent with the role's bearer token all the same: a registration for an open webinar and a
// reset for a new address (202; nothing is made before a link is used), or a link's form with a token that was never
// issued (400 invalid_token). The webinar's registrations stay as they were.
void TestAuthorizationMatrix::anonymousForm(const MatrixRow &row)
{
    qint64 open = 0;
    for (const QJsonValue &item : asAdmin("GET", u"/api/v1/webinars"_s).items()) {
        const QString state = item.toObject().value("state"_L1).toString();
        if (state == "scheduled"_L1 || state == "rehearsal"_L1 || state == "live"_L1)
            open = item.toObject().value("id"_L1).toInteger();
    }
    QVERIFY2(open > 0, "setup: no webinar open for registration");
    const int before = registrationTotal(open);
    const QString path = row.endpoint.section(u' ', 1);
    const QString address = nextName(u"visitor"_s).remove(u' ') + u"@example.org"_s;
    QJsonObject body {{"token"_L1, QString(43, u'A')}, {"password"_L1, u"a long enough password"_s}};
    if (path == "/sign-up"_L1)
        body = {{"webinarId"_L1, open}, {"fullName"_L1, u"Visitor"_s}, {"email"_L1, address}};
    else if (path == "/password-reset"_L1)
        body = {{"email"_L1, address}};
    else if (path.startsWith("/email-change/"_L1))
        body.remove("password"_L1);
    const ApiReply reply = as(row.role, "POST", u"/api/v1"_s + path, body);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        QCOMPARE(reply.errorCode(), u"invalid_token"_s);
    QCOMPARE(registrationTotal(open), before);
}
