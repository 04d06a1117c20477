// Sessions: sign-in, failed sign-in (known and unknown account), lockout and sign-out each leave their entry, with
// the right actor and never an e-mail address or password.
#include "protocol/ApiPaths.h"
#include "tst_audit_log.h"

#include "protocol/AuditEntry.h"
#include "protocol/Roles.h"

#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QString scratchPassword = u"audit-scratch-password-1"_s;

} // namespace

// (a) Sign-in, failed sign-in, lockout, sign-out.
void TestAuditLogApi::sessionEntries()
{
    const QString email = u"audit.session@example.com"_s;
    const ApiReply created = send(Role::Admin, "POST", u"/api/v1/users"_s,
                                  {{"email"_L1, email},
                                   {"displayName"_L1, u"Audit Session"_s},
                                   {"role"_L1, u"moderator"_s},
                                   {"organisationId"_L1, 0},
                                   {"password"_L1, scratchPassword}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const qint64 userId = created.json().value("id"_L1).toInteger();
    const QString wrongPassword = u"definitely-wrong-password-9"_s;
    const QString ghost = u"nobody.audit@example.com"_s;

    const auto check = [&](const ApiReply &reply, int status, const char *action, qint64 actor, const char *outcome) {
        QVERIFY2(reply.status == status, qPrintable(reply.describe()));
        const QJsonObject entry = entryOf(rid(reply));
        QVERIFY2(!entry.isEmpty(), qPrintable(u"no entry for %1"_s.arg(rid(reply))));
        const QByteArray text = show(entry);
        QCOMPARE(entry.value("action"_L1).toString(), QString::fromLatin1(action));
        QCOMPARE(entry.value("objectType"_L1).toString(), u"session"_s);
        QVERIFY2(entry.value("actorId"_L1).toInteger() == actor, text.constData());
        QVERIFY2(entry.value("outcome"_L1).toString() == QLatin1StringView(outcome), text.constData());
        QVERIFY2(entry.value("clientAddress"_L1).toString().contains(u"127.0.0.1"_s), text.constData());
        if (actor == 0) {
            QVERIFY2(entry.value("actorName"_L1).toString().isEmpty(), text.constData());
            QVERIFY2(entry.value("actorRole"_L1).toString().isEmpty(), text.constData());
        } else {
            QCOMPARE(entry.value("actorRole"_L1).toString(), u"moderator"_s);
        }
        for (const QString &secret : {email, ghost, scratchPassword, wrongPassword, u"@"_s})
            QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
    };

    const ApiReply ok = postSession(email, scratchPassword);
    check(ok, 200, api::auditAction::login, userId, api::auditOutcome::allowed);
    const QString token = ok.json().value("token"_L1).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!show(entryOf(rid(ok))).contains(token.toUtf8()));

    check(postSession(email, wrongPassword), 401, api::auditAction::loginFailed, userId, api::auditOutcome::denied);
    check(postSession(ghost, wrongPassword), 401, api::auditAction::loginFailed, 0, api::auditOutcome::denied);
    for (int attempt = 1; attempt < 3; ++attempt) {
        check(postSession(email, wrongPassword), 401, api::auditAction::loginFailed, userId, api::auditOutcome::denied);
        check(postSession(ghost, wrongPassword), 401, api::auditAction::loginFailed, 0, api::auditOutcome::denied);
    }
    check(postSession(email, scratchPassword), 429, api::auditAction::lockout, userId, api::auditOutcome::denied);
    check(postSession(ghost, scratchPassword), 429, api::auditAction::lockout, 0, api::auditOutcome::denied);

    const ApiReply out = m_api.send("DELETE", m_api.url(QString::fromLatin1(api::path::session)), token);
    check(out, 204, api::auditAction::logout, userId, api::auditOutcome::allowed);
}
