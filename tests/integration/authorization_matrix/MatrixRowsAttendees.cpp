// Matrix rows on attendee data (registrations, questions, the export) and on the viewer's own account: the status,
// the field-leak checks on every allowed read, and what an allowed change did or a refused one did not do.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

QString registrationPath(qint64 id)
{
    return u"/api/v1/registrations/%1"_s.arg(id);
}

} // namespace

void TestAuthorizationMatrix::listRegistrations(const MatrixRow &row)
{
    const ApiReply reply = send("GET", u"/api/v1/webinars/%1/registrations"_s.arg(row.webinar), {},
                                m_token.value(row.role), row.reason ? accessReason : QByteArray());
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    QVERIFY(!reply.items().isEmpty());
    for (const QJsonValue &item : reply.items()) {
        QCOMPARE(item.toObject().value("webinarId"_L1).toInteger(), row.webinar);
        if (row.role == Role::Viewer)
            QVERIFY2(isOwnRegistration(item.toObject().value("id"_L1).toInteger()),
                     "a viewer sees another attendee's registration");
    }
    checkRead(reply, Kind::Registrations, row.role, row.reason, row.webinar);
}

void TestAuthorizationMatrix::getRegistration(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    const ApiReply reply = send("GET", registrationPath(row.registration), {}, m_token.value(row.role),
                                row.reason ? accessReason : QByteArray());
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("id"_L1).toInteger(), row.registration);
        checkRead(reply, Kind::Registrations, row.role, row.reason, row.webinar);
    }
}

void TestAuthorizationMatrix::patchRegistration(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    const QString path = registrationPath(row.registration);
    const QString before = probeRegistration(row.registration);
    const QJsonObject current = asAdmin("GET", path).json();
    const QString old = current.value("approvalState"_L1).toString();
    const QString next = old == "approved"_L1 ? u"rejected"_s : u"approved"_s;
    const ApiReply reply = as(row.role, "PATCH", path,
                              {{"approvalState"_L1, next}, {"version"_L1, current.value("version"_L1).toInteger(1)}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        const QJsonObject after = asAdmin("GET", path).json();
        QCOMPARE(after.value("approvalState"_L1).toString(), next);
        checkRead(reply, Kind::Registrations, row.role, false, row.webinar);
        as(row.role, "PATCH", path, {{"approvalState"_L1, old}, {"version"_L1, after.value("version"_L1).toInteger()}});
    } else {
        QCOMPARE(probeRegistration(row.registration), before);
    }
}

void TestAuthorizationMatrix::deleteRegistration(const MatrixRow &row)
{
    const qint64 target = row.role == Role::Director && row.in ? m_spareRegistration : row.registration;
    QVERIFY2(target > 0, "the demo data lacks a registration for this case");
    checkDelete(row, registrationPath(target));
}

void TestAuthorizationMatrix::exportRegistrations(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars/%1/registrations/export"_s.arg(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    QVERIFY2(reply.contentType.startsWith("text/csv"), reply.contentType.constData());
    QVERIFY2(reply.contentDisposition.startsWith("attachment"), reply.contentDisposition.constData());
    const QList<QByteArray> lines = reply.body.trimmed().split('\n');
    QCOMPARE(lines.size(), m_view.registrations.value(row.webinar).size() + 1);
    for (const QJsonObject &r : m_view.registrations.value(row.webinar))
        QVERIFY(reply.body.contains(r.value("email"_L1).toString().toUtf8()));
    checkRead(reply, Kind::Export, row.role, false, row.webinar);
}

void TestAuthorizationMatrix::registerForWebinar(const MatrixRow &row)
{
    const int before = registrationTotal(row.webinar);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/webinars/%1/registrations"_s.arg(row.webinar),
                              {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.webinar != unknownId)
        QCOMPARE(registrationTotal(row.webinar), before + (row.allowed ? 1 : 0));
    if (row.allowed) {
        QCOMPARE(reply.json().value("webinarId"_L1).toInteger(), row.webinar);
        QCOMPARE(reply.json().value("email"_L1).toString(), m_viewerEmail);
    }
}

void TestAuthorizationMatrix::listQuestions(const MatrixRow &row)
{
    const ApiReply reply = send("GET", u"/api/v1/webinars/%1/questions"_s.arg(row.webinar), {}, m_token.value(row.role),
                                row.reason ? accessReason : QByteArray());
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    for (const QJsonValue &item : reply.items()) {
        QCOMPARE(item.toObject().value("webinarId"_L1).toInteger(), row.webinar);
        if (row.role == Role::Viewer)
            QVERIFY2(isOwnRegistration(item.toObject().value("registrationId"_L1).toInteger()),
                     "a viewer sees another attendee's question");
    }
    checkRead(reply, Kind::Questions, row.role, row.reason, row.webinar);
}

void TestAuthorizationMatrix::patchQuestion(const MatrixRow &row)
{
    QVERIFY2(row.question > 0, "the demo data lacks a question for this case");
    const QString before = probeQuestion(row.question);
    qint64 questionWebinar = unknownId;
    for (auto it = m_view.questions.cbegin(); it != m_view.questions.cend(); ++it) {
        for (const QJsonObject &q : it.value()) {
            if (q.value("id"_L1).toInteger() == row.question)
                questionWebinar = it.key();
        }
    }
    const QJsonObject current = row.question == unknownId ? QJsonObject() : findQuestion(questionWebinar, row.question);
    const QString old = current.value("state"_L1).toString(u"new"_s);
    const QString next = old == "approved"_L1 ? u"dismissed"_s : u"approved"_s;
    const QString path = u"/api/v1/questions/%1"_s.arg(row.question);
    const ApiReply reply =
        as(row.role, "PATCH", path, {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"state"_L1, next}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        const QJsonObject after = findQuestion(questionWebinar, row.question);
        QCOMPARE(after.value("state"_L1).toString(), next);
        checkRead(reply, Kind::Questions, row.role, false, questionWebinar);
        as(row.role, "PATCH", path, {{"version"_L1, after.value("version"_L1).toInteger()}, {"state"_L1, old}});
    } else {
        QCOMPARE(probeQuestion(row.question), before);
    }
}

void TestAuthorizationMatrix::askQuestion(const MatrixRow &row)
{
    const int before = row.webinar == unknownId ? 0 : questionTotal(row.webinar);
    const QString text = nextName(u"question: is there a recording?"_s);
    const ApiReply reply =
        as(row.role, "POST", u"/api/v1/webinars/%1/questions"_s.arg(row.webinar), {{"text"_L1, text}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.webinar != unknownId)
        QCOMPARE(questionTotal(row.webinar), before + (row.allowed ? 1 : 0));
    if (row.allowed) {
        QCOMPARE(reply.json().value("text"_L1).toString(), text);
        QVERIFY(isOwnRegistration(reply.json().value("registrationId"_L1).toInteger()));
    }
}

void TestAuthorizationMatrix::getProfile(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/me/profile"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("email"_L1).toString(), m_viewerEmail);
        checkRead(reply, Kind::Own, row.role, false, 0);
    }
}

void TestAuthorizationMatrix::patchProfile(const MatrixRow &row)
{
    const QJsonObject current = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).json();
    const QString jobTitle = nextName(u"tester"_s);
    const ApiReply reply = as(row.role, "PATCH", u"/api/v1/me/profile"_s,
                              {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"jobTitle"_L1, jobTitle}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    const QJsonObject after = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).json();
    if (row.allowed) {
        QCOMPARE(after.value("jobTitle"_L1).toString(), jobTitle);
        as(Role::Viewer, "PATCH", u"/api/v1/me/profile"_s,
           {{"version"_L1, after.value("version"_L1).toInteger()},
            {"jobTitle"_L1, current.value("jobTitle"_L1).toString()}});
    } else {
        QCOMPARE(after, current);
    }
}

// GET /me/registrations and GET /me/questions.
void TestAuthorizationMatrix::listOwn(const MatrixRow &row)
{
    const bool registrations = row.endpoint.endsWith("registrations"_L1);
    const ApiReply reply =
        as(row.role, "GET", registrations ? u"/api/v1/me/registrations"_s : u"/api/v1/me/questions"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    for (const QJsonValue &item : reply.items()) {
        const qint64 id = item.toObject().value(registrations ? "id"_L1 : "registrationId"_L1).toInteger();
        QVERIFY2(isOwnRegistration(id), "another attendee's data in /me");
    }
    if (registrations)
        QCOMPARE(reply.items().size(), m_view.viewerRegistrations.size());
    checkRead(reply, Kind::Own, row.role, false, 0);
}
