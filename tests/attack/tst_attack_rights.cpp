// Attack review findings 3 (a viewer registers for any webinar and reads the staff's addresses and reasons in the
// access log), 4 (refused requests log what the server looked up about their target), 10 (GET /api/v1/users hands
// out viewers' names and e-mail addresses without a reason) and 12 (GET /api/v1/me reads personal data unlogged).
#include "tst_attack_rights.h"

#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Event.h"
#include "protocol/EventTypes.h"
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

// The members of an entry that name or place the person who acted, or carry an administrator's reason.
const QList<QLatin1StringView> personalMembers {"actorId"_L1, "actorName"_L1, "clientAddress"_L1, "reason"_L1};

QString registrationsOf(qint64 webinar)
{
    return api::path::expand(api::path::webinarRegistrations, {webinar});
}

QString rid(const ApiReply &reply)
{
    return QString::fromLatin1(reply.requestId);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
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

// Finding 3: a viewer sees when, what, and which role (and organisation) read their webinar's list; never the staff
// member's name or id, client address or reason, and no filter finds entries by them either.
void TestAttackRights::viewerSeesWhoReadNotWhereFromOrWhy()
{
    const QByteArray reason = "Attack review: a reason only administrators read";
    const QString list = registrationsOf(m_viewerWebinar);
    const QList<std::pair<Role, ApiReply>> reads {{Role::Admin, get(Role::Admin, list, reason)},
                                                  {Role::Director, get(Role::Director, list)},
                                                  {Role::ClientStaff, get(Role::ClientStaff, list)}};
    const ApiReply log = get(Role::Viewer, u"/api/v1/audit?webinar=%1&limit=500"_s.arg(m_viewerWebinar));
    QCOMPARE(log.status, 200);
    QStringList staffNames;
    for (const auto &[role, read] : reads) {
        QCOMPARE(read.status, 200);
        staffNames.append(entryOf(read).value("actorName"_L1).toString());
        QVERIFY(!staffNames.constLast().isEmpty());
        const QJsonObject entry = entryIn(log, read);
        QVERIFY2(!entry.isEmpty(), "the viewer does not see that their webinar's list was read");
        QCOMPARE(entry.value("actorRole"_L1).toString(), roleToWire(role));
        QCOMPARE(entry.value("action"_L1).toString(), u"read"_s);
        QCOMPARE(entry.value("webinarId"_L1).toInteger(), m_viewerWebinar);
        QVERIFY(entry.value("organisationId"_L1).toInteger() > 0 && entry.contains("at"_L1));
    }
    const qint64 viewer = m_userId.value(Role::Viewer);
    for (const QJsonValue &item : log.items()) {
        if (item.toObject().value("actorId"_L1).toInteger() == viewer)
            continue; // their own actions
        for (const QLatin1StringView member : personalMembers)
            QVERIFY2(!item.toObject().contains(member), show(item.toObject()).constData());
    }
    QVERIFY2(!log.body.contains(reason), log.body.constData());
    for (const QString &name : std::as_const(staffNames))
        QVERIFY2(!log.body.contains(name.toUtf8()), qPrintable(name));

    // Filters on what is withheld find only the viewer's own entries.
    for (const QString &probe : {QString::fromLatin1(reason.left(24)), staffNames.constFirst(), u"127.0.0.1"_s}) {
        const ApiReply found = get(Role::Viewer, u"/api/v1/audit?limit=500&q="_s + encoded(probe));
        QCOMPARE(found.status, 200);
        for (const QJsonValue &item : found.items())
            QVERIFY2(item.toObject().value("actorId"_L1).toInteger() == viewer, qPrintable(probe));
    }
    const ApiReply byActor =
        get(Role::Viewer, u"/api/v1/audit?actor=%1&limit=500"_s.arg(m_userId.value(Role::Director)));
    QCOMPARE(byActor.status, 200);
    QVERIFY2(byActor.items().isEmpty(), byActor.body.constData());
}

// Finding 3: the live audit.appended events go through the same filter as GET /api/v1/audit.
void TestAttackRights::viewerEventsCarryTheSameFields()
{
    const std::unique_ptr<QWebSocket> viewer(openEvents(Role::Viewer));
    const std::unique_ptr<QWebSocket> director(openEvents(Role::Director));
    QSignalSpy viewerFrames(viewer.get(), &QWebSocket::textMessageReceived);
    QSignalSpy directorFrames(director.get(), &QWebSocket::textMessageReceived);
    QVERIFY(viewerFrames.count() > 0 || viewerFrames.wait(10000)); // hello
    QVERIFY(directorFrames.count() > 0 || directorFrames.wait(10000));

    const QString list = registrationsOf(m_viewerWebinar);
    const ApiReply adminRead = get(Role::Admin, list, "Attack review: a reason for the live stream");
    const ApiReply directorRead = get(Role::Director, list);
    const ApiReply viewerRead = get(Role::Viewer, list);
    for (const ApiReply *read : {&adminRead, &directorRead, &viewerRead})
        QCOMPARE(read->status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(auditFrames(viewerFrames).contains(rid(adminRead)) &&
                                 auditFrames(viewerFrames).contains(rid(directorRead)) &&
                                 auditFrames(directorFrames).contains(rid(viewerRead)),
                             10000);
    for (const ApiReply *read : {&adminRead, &directorRead}) {
        const QJsonObject entry = auditFrames(viewerFrames).value(rid(*read));
        for (const QLatin1StringView member : personalMembers)
            QVERIFY2(!entry.contains(member), show(entry).constData());
    }
    const QJsonObject viewersOwn = auditFrames(viewerFrames).value(rid(viewerRead));
    QVERIFY2(!viewersOwn.value("clientAddress"_L1).toString().isEmpty(), show(viewersOwn).constData());
    const QJsonObject seenByDirector = auditFrames(directorFrames).value(rid(viewerRead));
    QVERIFY2(!seenByDirector.contains("clientAddress"_L1), show(seenByDirector).constData());
    QCOMPARE(seenByDirector.value("actorId"_L1).toInteger(), m_userId.value(Role::Viewer));
}

// Finding 3: directors and client staff see which attendee acted (they read attendee names anyway), never the
// attendee's client address: not in the list, not in the export, not through the free-text filter.
void TestAttackRights::staffSeeNoViewerAddresses()
{
    const ApiReply own = get(Role::Viewer, registrationsOf(m_viewerWebinar));
    QCOMPARE(own.status, 200);
    QVERIFY(!entryOf(own).value("clientAddress"_L1).toString().isEmpty()); // the administrator sees it
    const QString filter = u"webinar=%1"_s.arg(m_viewerWebinar);
    for (const Role role : {Role::Director, Role::ClientStaff}) {
        const ApiReply log = get(role, u"/api/v1/audit?limit=500&"_s + filter);
        QCOMPARE(log.status, 200);
        const QJsonObject entry = entryIn(log, own);
        QVERIFY2(!entry.isEmpty(), qPrintable(roleToWire(role)));
        QCOMPARE(entry.value("actorId"_L1).toInteger(), m_userId.value(Role::Viewer));
        for (const QJsonValue &item : log.items()) {
            if (item.toObject().value("actorRole"_L1).toString() == roleToWire(Role::Viewer))
                QVERIFY2(!item.toObject().contains("clientAddress"_L1), show(item.toObject()).constData());
        }
        const ApiReply probe = get(role, u"/api/v1/audit?limit=500&q=127.0.0.1&"_s + filter);
        QCOMPARE(probe.status, 200);
        for (const QJsonValue &item : probe.items())
            QVERIFY2(item.toObject().value("actorRole"_L1).toString() != roleToWire(Role::Viewer),
                     show(item.toObject()).constData());
        const ApiReply csv = get(role, u"/api/v1/audit/export?"_s + filter);
        QCOMPARE(csv.status, 200);
        const QList<QByteArray> lines = csv.body.split('\n');
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [&own](const QByteArray &each) { return each.contains(own.requestId); });
        QVERIFY(line != lines.cend());
        QVERIFY2(!line->contains("127.0.0.1"), line->constData());
    }
}

// Finding 3: a viewer sees the staff's reads of a whole list of their webinar, not another attendee's read of their
// own rows of it (that attendee is its subject, and it is theirs).
void TestAttackRights::viewersSeeNoOtherAttendeesReads()
{
    const QString email = u"second.attendee@example.com"_s, password = u"second attendee password"_s;
    const ApiReply created = send(Role::Admin, "POST", QString::fromLatin1(api::path::users),
                                  {{"email"_L1, email},
                                   {"displayName"_L1, u"Second Attendee"_s},
                                   {"role"_L1, roleToWire(Role::Viewer)},
                                   {"organisationId"_L1, 0},
                                   {"password"_L1, password}});
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString other = m_api.login(email, password);
    QVERIFY(!other.isEmpty());
    const QJsonObject consent {{"consent"_L1, QJsonObject {{"recording"_L1, false}, {"marketing"_L1, false}}}};
    const QString list = registrationsOf(m_viewerWebinar);
    QCOMPARE(m_api.send("POST", m_api.url(list), other, compactJson(consent)).status, 201);
    const ApiReply otherRead = m_api.send("GET", m_api.url(list), other);
    QCOMPARE(otherRead.status, 200);
    const ApiReply staffRead = get(Role::Director, list);
    QCOMPARE(staffRead.status, 200);

    const ApiReply log = get(Role::Viewer, u"/api/v1/audit?webinar=%1&limit=500"_s.arg(m_viewerWebinar));
    QCOMPARE(log.status, 200);
    QVERIFY(!entryIn(log, staffRead).isEmpty());
    QVERIFY2(entryIn(log, otherRead).isEmpty(), show(entryIn(log, otherRead)).constData());
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

// An event stream remembers which webinars it may hear about (issue 19), so a moderator taken off a webinar must
// hear nothing more of it: the change of its staff makes every stream decide again.
void TestAttackRights::streamsFollowTheStaffOfAWebinar()
{
    const qint64 moderator = m_userId.value(Role::Moderator);
    const QString staff = api::path::expand(api::path::webinarStaff, {m_viewerWebinar, moderator});
    const QJsonObject asModerator {{"role"_L1, u"moderator"_s}};
    QVERIFY(send(Role::Admin, "PUT", staff, asModerator).status / 100 == 2); // assigned (again) for the control
    const std::unique_ptr<QWebSocket> stream(openEvents(Role::Moderator));
    QSignalSpy frames(stream.get(), &QWebSocket::textMessageReceived);
    QVERIFY(frames.count() > 0 || frames.wait(10000)); // hello
    const auto questionEvents = [&frames, this] {
        int count = 0;
        for (const QList<QVariant> &arguments : std::as_const(frames)) {
            const auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
            count += event && event->type == QLatin1StringView(api::event::questionsChanged) &&
                event->data.value("webinarId"_L1).toInteger() == m_viewerWebinar;
        }
        return count;
    };
    const QString questions = api::path::expand(api::path::webinarQuestions, {m_viewerWebinar});
    const QJsonObject question {{"text"_L1, u"Attack review: is the stream's scope kept up to date?"_s}};
    QCOMPARE(send(Role::Viewer, "POST", questions, question).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(questionEvents(), 1, 10000); // the control: assigned, it hears of the question

    QVERIFY(send(Role::Admin, "DELETE", staff).status / 100 == 2);
    QCOMPARE(send(Role::Viewer, "POST", questions, question).status, 201);
    QTest::qWait(1500);
    QCOMPARE(questionEvents(), 1);
    QVERIFY(send(Role::Admin, "PUT", staff, asModerator).status / 100 == 2);
    QCOMPARE(send(Role::Viewer, "POST", questions, question).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(questionEvents(), 2, 10000);
}

QTEST_GUILESS_MAIN(TestAttackRights)
