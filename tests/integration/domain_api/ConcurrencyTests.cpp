// Optimistic concurrency (two changes based on the same version: the second is refused) and the state transitions
// of docs/api.md. Every refused change is read back to prove that nothing changed.
#include "protocol/ApiPaths.h"
#include "tst_domain_api.h"

#include "base/ApiError.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

void TestDomainApi::concurrentWebinarChanges()
{
    const QJsonObject before = get(Role::Admin, webinarPath(m_draft)).json();
    const qint64 version = before.value("version"_L1).toInteger();
    QVERIFY(version >= 1);
    const ApiReply first = change(Role::Admin, "PATCH", webinarPath(m_draft),
                                  {{"version"_L1, version}, {"title"_L1, u"First editor's title"_s}});
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.json().value("version"_L1).toInteger(), version + 1);
    const ApiReply second = change(Role::Admin, "PATCH", webinarPath(m_draft),
                                   {{"version"_L1, version}, {"title"_L1, u"Second editor's title"_s}});
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QString::fromLatin1(api::errc::conflict));
    const QJsonObject after = get(Role::Admin, webinarPath(m_draft)).json();
    QCOMPARE(after.value("title"_L1).toString(), u"First editor's title"_s);
    QCOMPARE(after.value("version"_L1).toInteger(), version + 1);
    QCOMPARE(after.value("description"_L1), before.value("description"_L1));
}

void TestDomainApi::concurrentRegistrationChanges()
{
    const QJsonObject registration = allRegistrations(Role::Director, m_live).first().toObject();
    const QString path = api::path::expand(api::path::registration, {registration.value("id"_L1).toInteger()});
    const qint64 version = registration.value("version"_L1).toInteger();
    const QString firstState =
        registration.value("approvalState"_L1).toString() == "rejected"_L1 ? u"approved"_s : u"rejected"_s;
    const ApiReply first =
        change(Role::Director, "PATCH", path, {{"approvalState"_L1, firstState}, {"version"_L1, version}});
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    QCOMPARE(first.json().value("version"_L1).toInteger(), version + 1);
    const ApiReply second =
        change(Role::Director, "PATCH", path, {{"approvalState"_L1, u"pending"_s}, {"version"_L1, version}});
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QString::fromLatin1(api::errc::conflict));
    const QJsonObject after = get(Role::Director, path).json();
    QCOMPARE(after.value("approvalState"_L1).toString(), firstState);
    QCOMPARE(after.value("version"_L1).toInteger(), version + 1);
}

void TestDomainApi::concurrentQuestionChanges()
{
    const QJsonObject question = firstQuestion(Role::Director, m_rehearsal);
    const qint64 id = question.value("id"_L1).toInteger(), version = question.value("version"_L1).toInteger();
    const QString path = api::path::expand(api::path::question, {id});
    const QString firstState = question.value("state"_L1).toString() == "pinned"_L1 ? u"approved"_s : u"pinned"_s;
    const ApiReply first = change(Role::Director, "PATCH", path, {{"version"_L1, version}, {"state"_L1, firstState}});
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const ApiReply second =
        change(Role::Moderator, "PATCH", path, {{"version"_L1, version}, {"state"_L1, u"dismissed"_s}});
    // The moderator is not assigned to the rehearsal: outside its scope the answer is 404, never a conflict.
    QCOMPARE(second.status, 404);
    const ApiReply third =
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

void TestDomainApi::stateTransitions()
{
    qint64 version = get(Role::Admin, webinarPath(m_draft)).json().value("version"_L1).toInteger();
    const QString statePath = api::path::expand(api::path::webinarState, {m_draft});
    const QList<std::pair<QString, int>> steps {
        {u"live"_s, 409},      {u"scheduled"_s, 200}, {u"rehearsal"_s, 200}, {u"scheduled"_s, 200}, {u"draft"_s, 200},
        {u"scheduled"_s, 200}, {u"ended"_s, 409},     {u"archived"_s, 409},  {u"live"_s, 200},      {u"draft"_s, 409},
        {u"scheduled"_s, 409}, {u"rehearsal"_s, 409}, {u"archived"_s, 409},  {u"ended"_s, 200},     {u"live"_s, 409},
        {u"archived"_s, 200},  {u"ended"_s, 409},     {u"draft"_s, 409},     {u"archived"_s, 409},
    };
    QString state = u"draft"_s;
    for (const auto &[target, expected] : steps) {
        QJsonObject body {{"state"_L1, target}, {"version"_L1, version}};
        if (target == "live"_L1 && expected == 200) // nobody connected as moderator: the pre-flight is overridden
            body.insert("overrideReason"_L1, u"Transition test"_s);
        const ApiReply reply = change(Role::Admin, "POST", statePath, body);
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

void TestDomainApi::liveToDraftRefusedForTheDirector()
{
    const QJsonObject before = get(Role::Director, webinarPath(m_live)).json();
    QCOMPARE(before.value("state"_L1).toString(), u"live"_s);
    const qint64 version = before.value("version"_L1).toInteger();
    const QString statePath = api::path::expand(api::path::webinarState, {m_live});
    const ApiReply refused =
        change(Role::Director, "POST", statePath, {{"state"_L1, u"draft"_s}, {"version"_L1, version}});
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QString::fromLatin1(api::errc::conflict));
    // A version that is not the current one is a conflict too, even for an allowed transition.
    const ApiReply stale =
        change(Role::Director, "POST", statePath, {{"state"_L1, u"ended"_s}, {"version"_L1, version + 1}});
    QCOMPARE(stale.status, 409);
    // Moderators may not change the state of their webinar (in scope, no right): 403.
    const ApiReply moderator =
        change(Role::Moderator, "POST", statePath, {{"state"_L1, u"ended"_s}, {"version"_L1, version}});
    QCOMPARE(moderator.status, 403);
    const QJsonObject after = get(Role::Director, webinarPath(m_live)).json();
    QCOMPARE(after.value("state"_L1).toString(), u"live"_s);
    QCOMPARE(after.value("version"_L1).toInteger(), version);
}
