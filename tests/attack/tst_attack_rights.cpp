// Attack review findings 3 (a viewer registers for any webinar and reads the staff's addresses and reasons in the
// access log), 4 (refused requests log what the server looked up about their target), 10 (GET /api/v1/users hands
// out viewers' names and e-mail addresses without a reason) and 12 (GET /api/v1/me reads personal data unlogged).
#include "tst_attack_rights.h"

#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Lists.h"
#include "protocol/StaffAccount.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

QString registrationsOf(qint64 webinar)
{
    return api::path::expand(api::path::webinarRegistrations, {webinar});
}

QJsonArray wire(const QStringList &names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace

// Finding 3: registering is open only for the states docs/api.md names; for any other webinar the answer is the 404
// of an id that does not exist (the id is not confirmed), and nothing is stored.
void TestAttackRights::viewerRegistersOnlyForOpenWebinars()
{
    const QJsonObject consent {{"consent"_L1, QJsonObject {{"recording"_L1, false}, {"marketing"_L1, false}}}};
    const ApiReply unknown = send(Role::Viewer, "POST", registrationsOf(987654321), consent);
    QCOMPARE(unknown.status, 404);
    for (const QString &state : {u"draft"_s, u"archived"_s}) {
        const qint64 webinar = m_webinarInState.value(state);
        QVERIFY2(webinar > 0, qPrintable(state));
        const qsizetype before = get(Role::Admin, registrationsOf(webinar)).total();
        const ApiReply refused = send(Role::Viewer, "POST", registrationsOf(webinar), consent);
        QVERIFY2(refused.status == 404 && refused.json() == unknown.json(),
                 qPrintable(state + u": "_s + refused.describe()));
        QCOMPARE(get(Role::Admin, registrationsOf(webinar)).total(), before);
        QCOMPARE(get(Role::Viewer, api::path::expand(api::path::webinar, {webinar})).status, 404);
    }
    const ApiReply open = send(Role::Viewer, "POST", registrationsOf(m_webinarInState.value(u"rehearsal"_s)), consent);
    QVERIFY2(open.status == 201, qPrintable(open.describe()));
}

// Finding 4: a refused request's entry names only the ids its path carried, never the webinar, organisation or data
// subject the server found behind them; the actor reads that entry in their own log.
void TestAttackRights::deniedEntriesHoldOnlyTheSentIds()
{
    const qint64 archived = m_webinarInState.value(u"archived"_s);
    const ApiReply others = get(Role::Admin, registrationsOf(archived)); // without a reason: ids only
    QVERIFY2(!others.items().isEmpty(), qPrintable(others.describe()));
    const qint64 target = others.items().first().toObject().value("id"_L1).toInteger();
    const ApiReply mine = get(Role::Viewer, QString::fromLatin1(api::path::myRegistrations));
    QVERIFY2(!mine.items().isEmpty(), qPrintable(mine.describe()));
    const qint64 ownRegistration = mine.items().first().toObject().value("id"_L1).toInteger();

    const QList<std::pair<ApiReply, qint64>> attempts {
        {get(Role::Viewer, api::path::expand(api::path::registration, {target})), target},
        {send(Role::Viewer, "DELETE", api::path::expand(api::path::registration, {target})), target},
        {get(Role::Viewer, api::path::expand(api::path::webinarQuestions, {archived})), archived},
        {send(Role::Viewer, "PATCH", api::path::expand(api::path::registration, {ownRegistration}),
              {{"approvalState"_L1, u"approved"_s}, {"version"_L1, 1}}),
         ownRegistration},
    };
    const ApiReply log = get(Role::Viewer, u"/api/v1/audit?actor=%1&limit=500"_s.arg(m_userId.value(Role::Viewer)));
    QCOMPARE(log.status, 200);
    for (const auto &[reply, sentId] : attempts) {
        QVERIFY2(reply.status == 404 || reply.status == 403, qPrintable(reply.describe()));
        for (const QJsonObject &entry : {entryIn(log, reply), entryOf(reply)}) {
            QVERIFY2(!entry.isEmpty(), qPrintable(reply.describe()));
            QCOMPARE(entry.value("outcome"_L1).toString(), u"denied"_s);
            QCOMPARE(entry.value("objectId"_L1).toInteger(), sentId);
            for (const QLatin1StringView member : {"webinarId"_L1, "organisationId"_L1, "subjectUserId"_L1})
                QVERIFY2(entry.value(member).toInteger() == 0, show(entry).constData());
        }
    }
}

// Finding 10: the account list without X-Access-Reason carries no viewer's name or e-mail address (the desktop app
// reads it as before); with a reason it does, and the entry records the reason and the classes read.
void TestAttackRights::userListWithholdsViewersWithoutReason()
{
    const qint64 viewer = m_userId.value(Role::Viewer);
    const QByteArray viewerEmail = m_server.demoAccounts().value(Role::Viewer).email.toUtf8();
    const QString users = u"/api/v1/users?limit=500"_s;
    const QString single = api::path::expand(api::path::user, {viewer});

    const ApiReply plain = get(Role::Admin, users);
    QCOMPARE(plain.status, 200);
    QVERIFY2(!plain.body.contains(viewerEmail), plain.body.constData());
    bool staffShown = false;
    for (const QJsonValue &item : plain.items()) {
        const QJsonObject account = item.toObject();
        if (account.value("id"_L1).toInteger() == viewer)
            QVERIFY2(!account.contains("email"_L1) && !account.contains("displayName"_L1), show(account).constData());
        if (account.value("role"_L1).toString() == roleToWire(Role::Director))
            staffShown = !account.value("email"_L1).toString().isEmpty();
    }
    QVERIFY(staffShown);
    QVERIFY(api::listFromJson<api::StaffAccount>(plain.json()));
    QCOMPARE(entryOf(plain).value("fields"_L1).toArray(), QJsonArray());
    const ApiReply plainSingle = get(Role::Admin, single);
    QCOMPARE(plainSingle.status, 200);
    QVERIFY2(!plainSingle.body.contains(viewerEmail), plainSingle.body.constData());

    const QByteArray reason = "Attack review: the viewer asked which account data we hold";
    for (const QString &path : {users, single}) {
        const ApiReply withReason = get(Role::Admin, path, reason);
        QCOMPARE(withReason.status, 200);
        QVERIFY2(withReason.body.contains(viewerEmail), qPrintable(path));
        const QJsonObject entry = entryOf(withReason);
        QCOMPARE(entry.value("reason"_L1).toString(), QString::fromLatin1(reason));
        QCOMPARE(entry.value("fields"_L1).toArray(), wire({u"identity"_s, u"contact"_s}));
    }
}

// Finding 12: every read of GET /api/v1/me is an entry (the actor reading their own account), and no answer leaves
// when the entry cannot be written.
void TestAttackRights::meIsLogged()
{
    for (const Role role : {Role::Viewer, Role::Director}) {
        const ApiReply me = get(role, QString::fromLatin1(api::path::me));
        QCOMPARE(me.status, 200);
        QVERIFY2(!me.requestId.isEmpty(), "GET /api/v1/me left no access log entry");
        const QJsonObject entry = entryOf(me);
        QVERIFY2(entry.value("actorId"_L1).toInteger() == m_userId.value(role), show(entry).constData());
        QCOMPARE(entry.value("subjectUserId"_L1).toInteger(), m_userId.value(role));
        QCOMPARE(entry.value("action"_L1).toString(), u"read"_s);
        QCOMPARE(entry.value("outcome"_L1).toString(), u"allowed"_s);
        QCOMPARE(entry.value("fields"_L1).toArray(), wire({u"identity"_s, u"contact"_s}));
    }
    const ApiReply own = get(Role::Viewer, QString::fromLatin1(api::path::me));
    QVERIFY(!entryIn(get(Role::Viewer, u"/api/v1/audit?limit=20"_s), own).isEmpty());

    {
        SqlFile db(databasePath());
        QCOMPARE(db.exec(u"CREATE TRIGGER blocked BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END"_s),
                 QString());
    }
    const ApiReply unlogged = get(Role::Viewer, QString::fromLatin1(api::path::me));
    QCOMPARE(unlogged.status, 503);
    QVERIFY2(!unlogged.body.contains(m_server.demoAccounts().value(Role::Viewer).email.toUtf8()),
             unlogged.body.constData());
    {
        SqlFile db(databasePath());
        QCOMPARE(db.exec(u"DROP TRIGGER blocked"_s), QString());
    }
    QCOMPARE(get(Role::Viewer, QString::fromLatin1(api::path::me)).status, 200);
}

QTEST_GUILESS_MAIN(TestAttackRights)
