// Strict bodies: malformed, mistyped, oversized or unknown members are refused, and every refusal changes nothing.
#include "protocol/ApiPaths.h"
#include "tst_domain_api.h"

#include "base/ApiError.h"

#include <QJsonDocument>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

void TestDomainApi::badBodiesChangeNothing_data()
{
    QTest::addColumn<QString>("target"); // webinar, state, registration, question
    QTest::addColumn<QByteArray>("body"); // VERSION is replaced by the current version
    QTest::addColumn<int>("status");
    addWebinarBodyRows();
    addStateRegistrationAndQuestionBodyRows();
}

void TestDomainApi::addWebinarBodyRows()
{
    const QByteArray longTitle = '"' + QByteArray(501, 'x') + '"';
    QTest::newRow("webinar: not JSON") << u"webinar"_s << QByteArray("title=x&version=VERSION") << 400;
    QTest::newRow("webinar: truncated") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"x")") << 400;
    QTest::newRow("webinar: array") << u"webinar"_s << QByteArray(R"([{"version":VERSION}])") << 400;
    QTest::newRow("webinar: empty body") << u"webinar"_s << QByteArray() << 400;
    QTest::newRow("webinar: version as string")
        << u"webinar"_s << QByteArray(R"({"version":"VERSION","title":"x"})") << 400;
    QTest::newRow("webinar: version fractional")
        << u"webinar"_s << QByteArray(R"({"version":VERSION.5,"title":"x"})") << 400;
    QTest::newRow("webinar: title number") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":5})") << 400;
    QTest::newRow("webinar: title null") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":null})") << 400;
    QTest::newRow("webinar: duration string")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"durationMinutes":"60"})") << 400;
    QTest::newRow("webinar: startsAt garbage")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"startsAt":"tomorrow"})") << 400;
    QTest::newRow("webinar: unknown member")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"x","colour":"red"})") << 400;
    QTest::newRow("webinar: state smuggled in")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"state":"archived"})") << 400;
    QTest::newRow("webinar: missing version") << u"webinar"_s << QByteArray(R"({"title":"x"})") << 400;
    QTest::newRow("webinar: empty title") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":""})") << 400;
    QTest::newRow("webinar: blank title") << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":"   "})") << 400;
    QTest::newRow("webinar: 501 characters")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"title":)" + longTitle + "}") << 400;
    QTest::newRow("webinar: over 64 KiB")
        << u"webinar"_s << QByteArray(R"({"version":VERSION,"description":")" + QByteArray(70 * 1024, 'y') + R"("})")
        << 413;
}

void TestDomainApi::addStateRegistrationAndQuestionBodyRows()
{
    const QByteArray longAnswer = '"' + QByteArray(2001, 'x') + '"';
    QTest::newRow("state: unknown state") << u"state"_s << QByteArray(R"({"state":"flying","version":VERSION})") << 400;
    QTest::newRow("state: unknown member")
        << u"state"_s << QByteArray(R"({"state":"ended","version":VERSION,"force":true})") << 400;
    QTest::newRow("state: version string") << u"state"_s << QByteArray(R"({"state":"ended","version":"1"})") << 400;
    QTest::newRow("registration: unknown approval")
        << u"registration"_s << QByteArray(R"({"approvalState":"maybe","version":VERSION})") << 400;
    QTest::newRow("registration: unknown member")
        << u"registration"_s << QByteArray(R"({"approvalState":"approved","version":VERSION,"email":"x@y.z"})") << 400;
    QTest::newRow("registration: missing version")
        << u"registration"_s << QByteArray(R"({"approvalState":"approved"})") << 400;
    QTest::newRow("registration: over 64 KiB")
        << u"registration"_s
        << QByteArray(R"({"approvalState":"approved","version":VERSION,"x":")" + QByteArray(65 * 1024, 'z') + R"("})")
        << 413;
    QTest::newRow("question: 2001-character answer")
        << u"question"_s << QByteArray(R"({"version":VERSION,"answer":)" + longAnswer + "}") << 400;
    QTest::newRow("question: empty answer") << u"question"_s << QByteArray(R"({"version":VERSION,"answer":""})") << 400;
    QTest::newRow("question: unknown state")
        << u"question"_s << QByteArray(R"({"version":VERSION,"state":"rejected"})") << 400;
    QTest::newRow("question: answer object")
        << u"question"_s << QByteArray(R"({"version":VERSION,"answer":{"text":"x"}})") << 400;
    QTest::newRow("question: unknown member")
        << u"question"_s << QByteArray(R"({"version":VERSION,"state":"approved","askerName":"x"})") << 400;
}

void TestDomainApi::badBodiesChangeNothing()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    // What is changed, and how it is read back (as the role that changes it).
    Role role = Role::Director;
    QString path, readPath;
    QByteArray verb = "PATCH";
    if (target == "webinar"_L1 || target == "state"_L1) {
        path = target == "webinar"_L1 ? webinarPath(m_ended) : api::path::expand(api::path::webinarState, {m_ended});
        verb = target == "webinar"_L1 ? "PATCH" : "POST";
        readPath = webinarPath(m_ended);
    } else if (target == "registration"_L1) {
        const qint64 id = allRegistrations(role, m_ended).at(1).toObject().value("id"_L1).toInteger();
        path = readPath = api::path::expand(api::path::registration, {id});
    } else {
        path = api::path::expand(api::path::question, {firstQuestion(role, m_ended).value("id"_L1).toInteger()});
    }
    const auto snapshot = [&] {
        return readPath.isEmpty() ? get(role, questionsPath(m_ended), {{u"limit"_s, u"500"_s}}).body
                                  : get(role, readPath).body;
    };
    const QByteArray before = snapshot();
    QVERIFY(!before.isEmpty());
    const QJsonObject current = readPath.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(before).object();
    const qint64 version = readPath.isEmpty() ? firstQuestion(role, m_ended).value("version"_L1).toInteger()
                                              : current.value("version"_L1).toInteger();
    body.replace("VERSION", QByteArray::number(version));
    const ApiReply reply = send(verb, url(path), m_tokens.value(role), body);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(),
             status == 413 ? QString::fromLatin1(api::errc::payloadTooLarge)
                           : QString::fromLatin1(api::errc::badRequest));
    QVERIFY(!reply.json().value("message"_L1).toString().isEmpty());
    QCOMPARE(snapshot(), before);
}
