// Matrix rows of issue 19's changed rows, written from docs/rights.md (question: read): GET /questions/{id} is what a
// client fetches when `questions.changed` names a question. Every role reads a question in its scope (a viewer only
// its own, without who moderated it; admin without the personal classes unless it gives a reason), 404 outside.
#include "tst_authorization_matrix.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

void addChangedRow(Role role, const char *endpoint, Where where, int expected)
{
    QTest::addRow("%s | %s | %s", endpoint, qPrintable(roleName(role)), where == Where::In ? "in" : "out")
        << QString::fromLatin1(endpoint) << int(role) << int(where) << expected;
}

} // namespace

namespace matrix {

void addChangedRowsRows()
{
    const std::array<int, 5> in {200, 200, 200, 200, 200}, out {404, 404, 404, 404, 404};
    for (int i = 0; i < 5; ++i) {
        addChangedRow(everyRole.at(i), "GET /questions/{id}", Where::In, in.at(i));
        addChangedRow(everyRole.at(i), "GET /questions/{id}", Where::Out, out.at(i));
    }
    addChangedRow(Role::Admin, "GET /questions/{id} +reason", Where::In, 200);
}

std::optional<AuditExpectation> changedRowsAuditExpectation(const QString &endpoint)
{
    if (endpoint == "GET /questions/{id}"_L1)
        return AuditExpectation {u"read"_s, u"question"_s, true};
    return std::nullopt;
}

} // namespace matrix

void TestAuthorizationMatrix::getQuestion(const MatrixRow &row)
{
    QVERIFY2(row.question > 0, "the demo data lacks a question for this case");
    const ApiReply reply = send("GET", u"/api/v1/questions/%1"_s.arg(row.question), {}, m_token.value(row.role),
                                row.reason ? accessReason : QByteArray());
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    const QJsonObject question = reply.json();
    QCOMPARE(question.value("id"_L1).toInteger(), row.question);
    QCOMPARE(question.value("webinarId"_L1).toInteger(), row.webinar);
    if (row.role == Role::Viewer) {
        QVERIFY2(isOwnRegistration(question.value("registrationId"_L1).toInteger()),
                 "a viewer reads another attendee's question");
        QVERIFY(question.value("moderatedBy"_L1).isNull());
    }
    checkRead(reply, Kind::Questions, row.role, row.reason, row.webinar);
}
