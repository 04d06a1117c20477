// Matrix rows of issue 17's stream-key vault and go-live endpoints, written from docs/rights.md (stream_key,
// webinar_timeline) and docs/api.md "Stream keys" and "Go-live":
// - stream_key: admin (all) read and update, never reveal; director (assigned webinars) read, reveal, update;
//   moderator, client staff and viewer have no scope: 404 even on a webinar they may read.
// - GET …/preflight: whoever may change the webinar's state (admin, director); others in scope 403.
// - webinar_timeline: admin, director and moderator (assigned), client staff (own organisation); a viewer none: 404.
// Every refused change is proven to have changed nothing; the key never appears in an answer but the reveal's.
#include "tst_authorization_matrix.h"

#include "MatrixSpec.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

QString streamKeyPath(qint64 webinar, const QString &tail = {})
{
    return u"/api/v1/webinars/%1/stream-key%2"_s.arg(webinar).arg(tail);
}

const QString matrixIngestUrl = u"rtmps://ingest.matrix.example:443/live"_s;

// One endpoint, a status per role for in / out of scope: {admin, director, moderator, client_staff, viewer}.
void addVaultRows(const char *endpoint, std::array<int, 5> in, std::array<int, 5> out)
{
    for (int i = 0; i < 5; ++i) {
        const Role role = everyRole.at(i);
        for (const auto &[where, name, status] :
             {std::tuple {Where::In, "in", in.at(i)}, std::tuple {Where::Out, "out", out.at(i)}})
            QTest::addRow("%s | %s | %s", endpoint, qPrintable(roleName(role)), name)
                << QString::fromLatin1(endpoint) << int(role) << int(where) << status;
    }
}

} // namespace

namespace matrix {

// clang-format off
void addStreamKeyRows()
{
    // Statuses per role: {admin, director, moderator, client_staff, viewer}; addRows: in scope, then out.
    addVaultRows("GET /webinars/{id}/stream-key",                 {200, 200, 404, 404, 404}, {404, 404, 404, 404, 404});
    addVaultRows("PUT /webinars/{id}/stream-key",                 {200, 200, 404, 404, 404}, {404, 404, 404, 404, 404});
    addVaultRows("POST /webinars/{id}/stream-key/reveal",         {403, 200, 404, 404, 404}, {404, 404, 404, 404, 404});
    addVaultRows("POST /webinars/{id}/stream-key/rotation",       {200, 200, 404, 404, 404}, {404, 404, 404, 404, 404});
    addVaultRows("GET /webinars/{id}/preflight",                  {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
    addVaultRows("GET /webinars/{id}/timeline",                   {200, 200, 200, 200, 404}, {404, 404, 404, 404, 404});
}

AuditExpectation streamKeyAuditExpectation(const QString &endpoint)
{
    static const QMap<QString, AuditExpectation> table {
        {u"GET /webinars/{id}/stream-key"_s,           {u"read"_s,   u"stream_key"_s,       true}},
        {u"PUT /webinars/{id}/stream-key"_s,           {u"update"_s, u"stream_key"_s,       true}},
        {u"POST /webinars/{id}/stream-key/reveal"_s,   {u"reveal"_s, u"stream_key"_s,       true}},
        {u"POST /webinars/{id}/stream-key/rotation"_s, {u"rotate"_s, u"stream_key"_s,       true}},
        {u"GET /webinars/{id}/preflight"_s,            {u"read"_s,   u"webinar"_s,          true}},
        {u"GET /webinars/{id}/timeline"_s,             {u"read"_s,   u"webinar_timeline"_s, true}},
    };
    return table.value(endpoint);
}
// clang-format on

} // namespace matrix

QString TestAuthorizationMatrix::setMatrixStreamKey(qint64 webinar)
{
    const QString key = nextName(u"matrix-key"_s).remove(u' ');
    if (webinar != unknownId)
        asAdmin("PUT", streamKeyPath(webinar), {{"ingestUrl"_L1, matrixIngestUrl}, {"streamKey"_L1, key}});
    return key;
}

void TestAuthorizationMatrix::getStreamKey(const MatrixRow &row)
{
    const QString key = setMatrixStreamKey(row.webinar);
    const ApiReply reply = as(row.role, "GET", streamKeyPath(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QVERIFY2(!reply.body.contains(key.toUtf8()), "the key in the metadata");
    if (row.allowed) {
        QCOMPARE(reply.json().value("isSet"_L1).toBool(), true);
        QCOMPARE(reply.json().value("ingestUrl"_L1).toString(), matrixIngestUrl);
        QVERIFY(!reply.json().contains("streamKey"_L1));
    }
}

void TestAuthorizationMatrix::putStreamKey(const MatrixRow &row)
{
    setMatrixStreamKey(row.webinar);
    const QString before = asAdmin("GET", streamKeyPath(row.webinar)).describe();
    const QString key = nextName(u"matrix-put"_s).remove(u' ');
    const ApiReply reply =
        as(row.role, "PUT", streamKeyPath(row.webinar), {{"ingestUrl"_L1, matrixIngestUrl}, {"streamKey"_L1, key}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QVERIFY2(!reply.body.contains(key.toUtf8()), "the key in the answer to a change");
    const QJsonObject after = asAdmin("GET", streamKeyPath(row.webinar)).json();
    if (row.allowed)
        QCOMPARE(after.value("changedBy"_L1).toInteger(), row.c.userId);
    else
        QCOMPARE(asAdmin("GET", streamKeyPath(row.webinar)).describe(), before);
}

void TestAuthorizationMatrix::revealStreamKey(const MatrixRow &row)
{
    const QString key = setMatrixStreamKey(row.webinar);
    const ApiReply reply = as(row.role, "POST", streamKeyPath(row.webinar, u"/reveal"_s));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(reply.json().value("streamKey"_L1).toString(), key);
    else
        QVERIFY2(!reply.body.contains(key.toUtf8()), "a refused reveal shows the key");
}

void TestAuthorizationMatrix::rotateStreamKey(const MatrixRow &row)
{
    setMatrixStreamKey(row.webinar);
    const QString before = asAdmin("GET", streamKeyPath(row.webinar)).describe();
    const ApiReply reply = as(row.role, "POST", streamKeyPath(row.webinar, u"/rotation"_s));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(asAdmin("GET", streamKeyPath(row.webinar)).json().value("origin"_L1).toString(), u"rotated"_s);
        QVERIFY(!reply.json().contains("streamKey"_L1));
    } else {
        QCOMPARE(asAdmin("GET", streamKeyPath(row.webinar)).describe(), before);
    }
}

void TestAuthorizationMatrix::getPreflight(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars/%1/preflight"_s.arg(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("items"_L1).toArray().size(), 4);
        QCOMPARE(reply.json().value("webinarId"_L1).toInteger(), row.webinar);
    }
}

void TestAuthorizationMatrix::getTimeline(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars/%1/timeline"_s.arg(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QVERIFY(reply.json().value("items"_L1).isArray());
        for (const QJsonValue &item : reply.items())
            QVERIFY(item.toObject().value("to"_L1).isString());
    }
}
