// Issue 17's questions end to end over TLS: viewers' upvotes (once, withdrawn, never their own, only approved
// attendees of the question's webinar), the audience's view without askers, merging duplicates (both askers keep
// their link, votes summed without counting a voter twice, undone by unmerge), "answered live", and who moderated
// and when, for staff only.
#include "../domain_api/DomainFixture.h"
#include "WebPageClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

QString questionPath(const char *pathTemplate, qint64 id)
{
    return api::path::expand(pathTemplate, {id});
}

} // namespace

class TestQuestionVotes : public QObject, protected DomainFixture
{
    Q_OBJECT

    struct Viewer
    {
        QString token;
        qint64 registrationId = 0;
    };
    Viewer m_asker; // asks question A
    Viewer m_second; // asks question B (the duplicate)
    Viewer m_pending; // registered, not approved
    QString m_unregistered; // a viewer without a registration for the live webinar
    qint64 m_a = 0;
    qint64 m_b = 0;

    QString newViewer(const QString &email);
    Viewer registered(const QString &email, const QString &approval);
    qint64 ask(const Viewer &viewer, const QString &text);
    QJsonObject question(Role role, qint64 id);
    ApiReply as(const QString &token, const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QJsonObject ownQuestion(const Viewer &viewer, qint64 id);

private Q_SLOTS:
    void initTestCase();
    void voteOnceAndWithdraw();
    void noVoteForOwnQuestion();
    void noVoteWithoutApprovalOrOutsideTheWebinar();
    void audienceSeesQuestionsWithoutAskers();
    void mergeKeepsBothAskersAndSumsVotesOnce();
    void answeredLiveWithWhoAndWhen();
    void staffReadOnlyAndViewersCannotMerge();
    void cleanupTestCase();
};

QString TestQuestionVotes::newViewer(const QString &email)
{
    const QByteArray password = "question-test-password-1";
    const int added = m_server.runAdmin(
        {u"user"_s, u"add"_s, u"--email"_s, email, u"--role"_s, u"viewer"_s, u"--name"_s, email.section(u'@', 0, 0)},
        password + '\n');
    if (added != 0)
        return {};
    return login(email, QString::fromLatin1(password));
}

TestQuestionVotes::Viewer TestQuestionVotes::registered(const QString &email, const QString &approval)
{
    Viewer viewer {newViewer(email), 0};
    const ApiReply made = as(viewer.token, "POST", registrationsPath(m_live),
                             {{"consent"_L1, QJsonObject {{"recording"_L1, false}, {"marketing"_L1, false}}}});
    if (made.status != 201) {
        qWarning("registration: %s", qPrintable(made.describe()));
        return viewer;
    }
    viewer.registrationId = made.json().value("id"_L1).toInteger();
    const ApiReply current = get(Role::Director, questionPath(api::path::registration, viewer.registrationId));
    const ApiReply decided =
        change(Role::Director, "PATCH", questionPath(api::path::registration, viewer.registrationId),
               {{"approvalState"_L1, approval}, {"version"_L1, current.json().value("version"_L1).toInteger()}});
    if (decided.status != 200)
        qWarning("approval: %s", qPrintable(decided.describe()));
    return viewer;
}

ApiReply TestQuestionVotes::as(const QString &token, const QByteArray &verb, const QString &path,
                               const QJsonObject &body)
{
    return verb == "GET" || verb == "DELETE" ? send(verb, url(path), token)
                                             : m_api.sendJson(verb, url(path), token, body);
}

qint64 TestQuestionVotes::ask(const Viewer &viewer, const QString &text)
{
    const ApiReply asked = as(viewer.token, "POST", questionsPath(m_live), {{"text"_L1, text}});
    if (asked.status != 201)
        return 0;
    const qint64 id = asked.json().value("id"_L1).toInteger();
    const ApiReply approved = change(Role::Moderator, "PATCH", questionPath(api::path::question, id),
                                     {{"version"_L1, asked.json().value("version"_L1)}, {"state"_L1, u"approved"_s}});
    return approved.status == 200 ? id : 0;
}

QJsonObject TestQuestionVotes::question(Role role, qint64 id)
{
    const ApiReply list = get(role, questionsPath(m_live), {{u"limit"_s, u"500"_s}});
    for (const QJsonValue &item : list.items()) {
        if (item.toObject().value("id"_L1).toInteger() == id)
            return item.toObject();
    }
    return {};
}

QJsonObject TestQuestionVotes::ownQuestion(const Viewer &viewer, qint64 id)
{
    const ApiReply own = as(viewer.token, "GET", QString::fromLatin1(api::path::myQuestions));
    for (const QJsonValue &item : own.items()) {
        if (item.toObject().value("id"_L1).toInteger() == id)
            return item.toObject();
    }
    return {};
}

void TestQuestionVotes::initTestCase()
{
    setUpWorld();
    m_asker = registered(u"asker@example.com"_s, u"approved"_s);
    m_second = registered(u"second@example.com"_s, u"approved"_s);
    m_pending = registered(u"pending@example.com"_s, u"pending"_s);
    m_unregistered = newViewer(u"elsewhere@example.com"_s);
    QVERIFY(m_asker.registrationId && m_second.registrationId && m_pending.registrationId);
    QVERIFY(!m_unregistered.isEmpty());
    m_a = ask(m_asker, u"Hoe beveiligen jullie de stream?"_s);
    m_b = ask(m_second, u"Hoe is de uitzending beveiligd?"_s);
    QVERIFY(m_a && m_b);
}

void TestQuestionVotes::voteOnceAndWithdraw()
{
    const QString vote = questionPath(api::path::questionVote, m_a);
    ApiReply voted = as(m_second.token, "POST", vote);
    QVERIFY2(voted.status == 200, qPrintable(voted.describe()));
    QCOMPARE(voted.json().value("votes"_L1).toInteger(), 1);
    QCOMPARE(voted.json().value("voted"_L1).toBool(), true);
    const ApiReply again = as(m_second.token, "POST", vote);
    QCOMPARE(again.status, 409);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 1);
    const ApiReply withdrawn = as(m_second.token, "DELETE", vote);
    QVERIFY2(withdrawn.status == 200, qPrintable(withdrawn.describe()));
    QCOMPARE(withdrawn.json().value("votes"_L1).toInteger(), 0);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 0);
    voted = as(m_second.token, "POST", vote);
    QCOMPARE(voted.status, 200);
    const QJsonObject queued = question(Role::Moderator, m_a);
    QCOMPARE(queued.value("votes"_L1).toInteger(), 1);
    // Who voted is nobody's business: no member of the queue's question names a voter.
    const QByteArray body = QJsonDocument(queued).toJson(QJsonDocument::Compact);
    QVERIFY2(!body.contains("voter") && !body.contains("second"), body.constData());
}

void TestQuestionVotes::noVoteForOwnQuestion()
{
    const ApiReply own = as(m_asker.token, "POST", questionPath(api::path::questionVote, m_a));
    QCOMPARE(own.status, 403);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 1);
}

void TestQuestionVotes::noVoteWithoutApprovalOrOutsideTheWebinar()
{
    const QString vote = questionPath(api::path::questionVote, m_a);
    QCOMPARE(as(m_pending.token, "POST", vote).status, 403);
    QCOMPARE(as(m_unregistered, "POST", vote).status, 404);
    QCOMPARE(change(Role::Moderator, "POST", vote, {}).status, 404); // staff have no votes
    // A question of another webinar, seen by a viewer registered for this one only.
    const QJsonObject elsewhere = firstQuestion(Role::Director, m_ended);
    QVERIFY(!elsewhere.isEmpty());
    const qint64 other = elsewhere.value("id"_L1).toInteger();
    QCOMPARE(as(m_asker.token, "POST", questionPath(api::path::questionVote, other)).status, 404);
    // A question the audience does not see yet (new) cannot be voted for.
    const ApiReply asked = as(m_pending.token, "POST", questionsPath(m_live), {{"text"_L1, u"Nog niet goedgekeurd"_s}});
    QCOMPARE(asked.status, 201);
    QCOMPARE(as(m_second.token, "POST", questionPath(api::path::questionVote, asked.json().value("id"_L1).toInteger()))
                 .status,
             404);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 1);
}

void TestQuestionVotes::audienceSeesQuestionsWithoutAskers()
{
    const QString path = questionPath(api::path::webinarAudienceQuestions, m_live);
    const ApiReply seen = as(m_second.token, "GET", path);
    QVERIFY2(seen.status == 200, qPrintable(seen.describe()));
    bool found = false;
    for (const QJsonValue &item : seen.items()) {
        const QJsonObject q = item.toObject();
        QVERIFY(!q.contains("askerName"_L1) && !q.contains("registrationId"_L1));
        if (q.value("id"_L1).toInteger() == m_a) {
            found = true;
            QCOMPARE(q.value("votedByMe"_L1).toBool(), true);
            QCOMPARE(q.value("mine"_L1).toBool(), false);
            QCOMPARE(q.value("votes"_L1).toInteger(), 1);
        }
        if (q.value("id"_L1).toInteger() == m_b)
            QCOMPARE(q.value("mine"_L1).toBool(), true);
    }
    QVERIFY(found);
    QCOMPARE(as(m_pending.token, "GET", path).status, 403);
    QCOMPARE(as(m_unregistered, "GET", path).status, 404);
    QCOMPARE(get(Role::Moderator, path).status, 404);
}

void TestQuestionVotes::mergeKeepsBothAskersAndSumsVotesOnce()
{
    // Voters: second (A), the demo viewer (A and B), asker (B). Merged: three voters, not four.
    QCOMPARE(change(Role::Viewer, "POST", questionPath(api::path::questionVote, m_a), {}).status, 200);
    QCOMPARE(change(Role::Viewer, "POST", questionPath(api::path::questionVote, m_b), {}).status, 200);
    QCOMPARE(as(m_asker.token, "POST", questionPath(api::path::questionVote, m_b)).status, 200);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 2);
    const ApiReply merged =
        change(Role::Moderator, "POST", questionPath(api::path::questionMerge, m_b), {{"into"_L1, m_a}});
    QVERIFY2(merged.status == 200, qPrintable(merged.describe()));
    QCOMPARE(merged.json().value("state"_L1).toString(), u"merged"_s);
    QCOMPARE(merged.json().value("mergedInto"_L1).toObject().value("id"_L1).toInteger(), m_a);
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 3);
    // A merged question is not moderated or voted for; merging it again or into itself is refused.
    const QJsonObject b = question(Role::Moderator, m_b);
    QCOMPARE(change(Role::Moderator, "PATCH", questionPath(api::path::question, m_b),
                    {{"version"_L1, b.value("version"_L1)}, {"state"_L1, u"pinned"_s}})
                 .status,
             409);
    QCOMPARE(change(Role::Moderator, "POST", questionPath(api::path::questionMerge, m_a), {{"into"_L1, m_a}}).status,
             409);
    QCOMPARE(as(m_pending.token, "POST", questionPath(api::path::questionVote, m_b)).status, 403);
    // Both askers keep their question; B's asker reads A's text and, once answered, A's answer.
    QCOMPARE(ownQuestion(m_asker, m_a).value("state"_L1).toString(), u"approved"_s);
    QJsonObject own = ownQuestion(m_second, m_b);
    QCOMPARE(own.value("state"_L1).toString(), u"merged"_s);
    QCOMPARE(own.value("mergedInto"_L1).toObject().value("text"_L1).toString(), u"Hoe beveiligen jullie de stream?"_s);
    const QJsonObject a = question(Role::Moderator, m_a);
    QCOMPARE(change(Role::Moderator, "PATCH", questionPath(api::path::question, m_a),
                    {{"version"_L1, a.value("version"_L1)}, {"answer"_L1, u"Met TLS en een sleutelkluis."_s}})
                 .status,
             200);
    own = ownQuestion(m_second, m_b);
    QCOMPARE(own.value("mergedInto"_L1).toObject().value("answer"_L1).toString(), u"Met TLS en een sleutelkluis."_s);
    // The web portal shows B's asker the same (in Dutch, the portal's default).
    WebPageClient web(m_api.tls(), m_server.port());
    web.cookies().insert("__Host-regiekamer_session", m_second.token.toLatin1());
    const QString portal = QString::fromUtf8(web.get(u"/portal"_s).body);
    QVERIFY2(portal.contains(u"Samengevoegd met: Hoe beveiligen jullie de stream?"_s), qPrintable(portal.right(800)));
    QVERIFY(portal.contains(u"Met TLS en een sleutelkluis."_s));
    // Undo: B is back as it was, A counts its own voters again.
    const ApiReply unmerged = change(Role::Moderator, "POST", questionPath(api::path::questionUnmerge, m_b), {});
    QVERIFY2(unmerged.status == 200, qPrintable(unmerged.describe()));
    QCOMPARE(unmerged.json().value("state"_L1).toString(), u"approved"_s);
    QVERIFY(unmerged.json().value("mergedInto"_L1).isNull());
    QCOMPARE(question(Role::Moderator, m_a).value("votes"_L1).toInteger(), 2);
    QCOMPARE(change(Role::Moderator, "POST", questionPath(api::path::questionUnmerge, m_b), {}).status, 409);
}

void TestQuestionVotes::answeredLiveWithWhoAndWhen()
{
    const QJsonObject b = question(Role::Moderator, m_b);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const ApiReply live = change(Role::Moderator, "PATCH", questionPath(api::path::question, m_b),
                                 {{"version"_L1, b.value("version"_L1)}, {"answeredLive"_L1, true}});
    QVERIFY2(live.status == 200, qPrintable(live.describe()));
    QCOMPARE(live.json().value("state"_L1).toString(), u"answered"_s);
    QCOMPARE(live.json().value("answeredLive"_L1).toBool(), true);
    QVERIFY(live.json().value("answer"_L1).isNull());
    const QJsonObject me = get(Role::Moderator, QString::fromLatin1(api::path::me)).json();
    const QString moderator = me.value("displayName"_L1).toString();
    QVERIFY(!moderator.isEmpty());
    for (const Role staff : {Role::Moderator, Role::Director, Role::ClientStaff}) {
        const QJsonObject seen = question(staff, m_b);
        QCOMPARE(seen.value("moderatedBy"_L1).toString(), moderator);
        const QDateTime at = QDateTime::fromString(seen.value("moderatedAt"_L1).toString(), Qt::ISODateWithMs);
        QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(2), qPrintable(at.toString()));
    }
    const QJsonObject own = ownQuestion(m_second, m_b);
    QCOMPARE(own.value("answeredLive"_L1).toBool(), true);
    QVERIFY(own.value("moderatedBy"_L1).isNull()); // a staff member's name is for staff
}

void TestQuestionVotes::staffReadOnlyAndViewersCannotMerge()
{
    const QString merge = questionPath(api::path::questionMerge, m_b);
    QCOMPARE(change(Role::ClientStaff, "POST", merge, {{"into"_L1, m_a}}).status, 403);
    QCOMPARE(change(Role::ClientStaff, "POST", questionPath(api::path::questionUnmerge, m_b), {}).status, 403);
    QCOMPARE(as(m_second.token, "POST", merge, {{"into"_L1, m_a}}).status, 403); // their own question
    QCOMPARE(as(m_asker.token, "POST", merge, {{"into"_L1, m_a}}).status, 404); // someone else's
    QCOMPARE(get(Role::ClientStaff, questionsPath(m_live)).status, 200);
    QCOMPARE(question(Role::Moderator, m_b).value("state"_L1).toString(), u"answered"_s);
}

void TestQuestionVotes::cleanupTestCase()
{
    m_server.terminate();
}

QTEST_GUILESS_MAIN(TestQuestionVotes)
#include "tst_question_votes.moc"
