// Matrix rows of issue 17's question endpoints, written from docs/rights.md (question_vote; question: moderate):
// - votes (POST/DELETE /questions/{id}/vote) and the audience's view (GET /webinars/{id}/audience-questions) belong to
//   viewers alone: staff have no scope on question_vote, so any id answers 404 for them; a viewer votes for another
//   attendee's question of a webinar it is approved for, and outside that gets 404.
// - merge and unmerge are moderation: director and moderator of the webinar 200, admin and client staff (who read
//   questions) 403, a viewer 403 on its own question, everyone 404 outside their scope. A refused row changes nothing.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

void addQuestionRow(Role role, const char *endpoint, Where where, int expected)
{
    QTest::addRow("%s | %s | %s", endpoint, qPrintable(roleName(role)), where == Where::In ? "in" : "out")
        << QString::fromLatin1(endpoint) << int(role) << int(where) << expected;
}

void addQuestionRows(const char *endpoint, std::array<int, 5> in, std::array<int, 5> out)
{
    for (int i = 0; i < 5; ++i) {
        addQuestionRow(everyRole.at(i), endpoint, Where::In, in.at(i));
        addQuestionRow(everyRole.at(i), endpoint, Where::Out, out.at(i));
    }
}

bool audienceSees(const QJsonObject &question)
{
    const QString state = question.value("state"_L1).toString();
    return state == "approved"_L1 || state == "pinned"_L1 || state == "answered"_L1;
}

} // namespace

namespace matrix {

// clang-format off
void addQuestionRows17()
{
    addQuestionRows("POST /questions/{id}/vote",                     {404, 404, 404, 404, 200}, {404, 404, 404, 404, 404});
    addQuestionRows("DELETE /questions/{id}/vote",                   {404, 404, 404, 404, 200}, {404, 404, 404, 404, 404});
    addQuestionRows("GET /webinars/{id}/audience-questions",         {404, 404, 404, 404, 200}, {404, 404, 404, 404, 404});
    addQuestionRows("POST /questions/{id}/merge",                    {403, 200, 200, 403, 403}, {404, 404, 404, 404, 404});
    addQuestionRows("POST /questions/{id}/unmerge",                  {403, 200, 200, 403, 403}, {404, 404, 404, 404, 404});
}

std::optional<AuditExpectation> questions17AuditExpectation(const QString &endpoint)
{
    static const QMap<QString, AuditExpectation> table {
        {u"POST /questions/{id}/vote"_s,               {u"create"_s,         u"question_vote"_s, true}},
        {u"DELETE /questions/{id}/vote"_s,             {u"delete"_s,         u"question_vote"_s, true}},
        {u"GET /webinars/{id}/audience-questions"_s,   {u"read"_s,           u"question_vote"_s, true}},
        {u"POST /questions/{id}/merge"_s,              {u"moderate"_s,       u"question"_s,      true}},
        {u"POST /questions/{id}/unmerge"_s,            {u"moderate"_s,       u"question"_s,      true}},
    };
    return table.contains(endpoint) ? std::optional(table.value(endpoint)) : std::nullopt;
}
// clang-format on

} // namespace matrix

// A question of the webinar the audience sees and the demo viewer did not ask, for the viewer's in-scope rows; for
// its out rows one of a webinar it is not registered for; else the row's own question (in scope for staff on
// questions, never on votes).
qint64 TestAuthorizationMatrix::votableQuestion(const MatrixRow &row)
{
    if (row.role != Role::Viewer)
        return row.question;
    if (!row.in) {
        for (auto it = m_view.questions.cbegin(); it != m_view.questions.cend(); ++it) {
            if (!row.c.webinarScope.contains(it.key()) && !it.value().isEmpty())
                return it.value().first().value("id"_L1).toInteger();
        }
        return unknownId;
    }
    const QString path = u"/api/v1/webinars/%1/questions"_s.arg(row.webinar);
    for (const QJsonObject &q : listAll(path, m_token.value(Role::Admin), accessReason)) {
        if (audienceSees(q) && q.value("mergedInto"_L1).isNull() &&
            !m_view.isOwnRegistration(q.value("registrationId"_L1).toInteger()))
            return q.value("id"_L1).toInteger();
    }
    return 0;
}

void TestAuthorizationMatrix::voteForQuestion(const MatrixRow &row)
{
    const qint64 id = votableQuestion(row);
    QVERIFY2(id > 0, "the demo data lacks a question to vote for");
    const QString path = u"/api/v1/questions/%1/vote"_s.arg(id);
    if (row.allowed)
        as(row.role, "DELETE", path); // a demo vote of the viewer's may be there already
    const qint64 before = row.in ? probeVotes(id) : -1;
    const ApiReply reply = as(row.role, "POST", path);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.in)
        QCOMPARE(probeVotes(id), row.allowed ? before + 1 : before);
}

void TestAuthorizationMatrix::withdrawVote(const MatrixRow &row)
{
    const qint64 id = votableQuestion(row);
    QVERIFY2(id > 0, "the demo data lacks a question to vote for");
    const QString path = u"/api/v1/questions/%1/vote"_s.arg(id);
    if (row.allowed)
        as(row.role, "POST", path); // a vote to withdraw
    const qint64 before = row.in ? probeVotes(id) : -1;
    const ApiReply reply = as(row.role, "DELETE", path);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.in)
        QCOMPARE(probeVotes(id), row.allowed ? before - 1 : before);
}

void TestAuthorizationMatrix::audienceQuestions(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars/%1/audience-questions"_s.arg(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    for (const QJsonValue &item : reply.items()) { // without askers
        QVERIFY(!item.toObject().contains("askerName"_L1));
        QVERIFY(!item.toObject().contains("registrationId"_L1));
    }
}

// Two questions of the row's webinar that can be merged: neither merged, the first without questions merged into it.
std::pair<qint64, qint64> TestAuthorizationMatrix::mergeablePair(const MatrixRow &row)
{
    const QList<QJsonObject> all =
        listAll(u"/api/v1/webinars/%1/questions"_s.arg(row.webinar), m_token.value(Role::Admin), accessReason);
    QSet<qint64> targets;
    for (const QJsonObject &q : all)
        targets.insert(q.value("mergedInto"_L1).toObject().value("id"_L1).toInteger());
    QList<qint64> free;
    for (const QJsonObject &q : all) {
        const qint64 id = q.value("id"_L1).toInteger();
        if (q.value("mergedInto"_L1).isNull() && !targets.contains(id))
            free.append(id);
    }
    return free.size() >= 2 ? std::pair(free.at(0), free.at(1)) : std::pair(qint64 {0}, qint64 {0});
}

void TestAuthorizationMatrix::mergeQuestion(const MatrixRow &row)
{
    auto [merged, into] = row.allowed ? mergeablePair(row) : std::pair(row.question, row.c.inQuestion);
    QVERIFY2(merged > 0 && into > 0, "the demo data lacks two questions to merge");
    const QString before = probeQuestion(merged);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/questions/%1/merge"_s.arg(merged), {{"into"_L1, into}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed) {
        QCOMPARE(probeQuestion(merged), before);
        return;
    }
    QCOMPARE(reply.json().value("state"_L1).toString(), u"merged"_s);
    QCOMPARE(as(row.role, "POST", u"/api/v1/questions/%1/unmerge"_s.arg(merged)).status, 200); // as it was
}

void TestAuthorizationMatrix::unmergeQuestion(const MatrixRow &row)
{
    qint64 merged = row.question;
    if (row.allowed) {
        const auto [b, a] = mergeablePair(row);
        QVERIFY2(b > 0 && a > 0, "the demo data lacks two questions to merge");
        QCOMPARE(as(row.role, "POST", u"/api/v1/questions/%1/merge"_s.arg(b), {{"into"_L1, a}}).status, 200);
        merged = b;
    }
    const QString before = probeQuestion(merged);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/questions/%1/unmerge"_s.arg(merged));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QVERIFY(reply.json().value("mergedInto"_L1).isNull());
    else
        QCOMPARE(probeQuestion(merged), before);
}

// The question's vote count as admin reads it (-1: not found).
qint64 TestAuthorizationMatrix::probeVotes(qint64 questionId)
{
    for (auto it = m_view.questions.cbegin(); it != m_view.questions.cend(); ++it) {
        for (const QJsonObject &q : it.value()) {
            if (q.value("id"_L1).toInteger() == questionId)
                return findQuestion(it.key(), questionId).value("votes"_L1).toInteger(-1);
        }
    }
    return -1;
}
