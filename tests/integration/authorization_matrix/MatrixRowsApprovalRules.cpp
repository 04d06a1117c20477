// Matrix rows on a webinar's approval rules (docs/api.md "Approval rules"). Spec: admin and the webinar's director
// read and replace them; its moderators and its client's staff read them (403 on PUT); a viewer has no grant (404).
// The answer is {webinarId, domains, organisations, capacity, version, approvedCount, waitlistCount} and carries no
// attendee's data. A refused PUT changes nothing; an allowed one stores the rules sent (the same as before, so the
// rows after it see the webinar as it was) and raises the version.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

QString rulesPath(qint64 webinar)
{
    return u"/api/v1/webinars/%1/approval-rules"_s.arg(webinar);
}

const QStringList ruleMembers {u"webinarId"_s, u"domains"_s,       u"organisations"_s, u"capacity"_s,
                               u"version"_s,   u"approvedCount"_s, u"waitlistCount"_s};

} // namespace

void TestAuthorizationMatrix::getApprovalRules(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", rulesPath(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed)
        return;
    const QJsonObject rules = reply.json();
    QStringList keys = rules.keys();
    keys.sort();
    QStringList expected = ruleMembers;
    expected.sort();
    QCOMPARE(keys, expected);
    QCOMPARE(rules.value("webinarId"_L1).toInteger(), row.webinar);
    QVERIFY(rules.value("domains"_L1).isArray() && rules.value("organisations"_L1).isArray());
    QVERIFY(rules.value("version"_L1).toInteger() >= 1);
}

void TestAuthorizationMatrix::putApprovalRules(const MatrixRow &row)
{
    const ApiReply current = asAdmin("GET", rulesPath(row.webinar));
    const bool exists = current.status == 200;
    const QJsonObject before = current.json();
    const qint64 version = exists ? before.value("version"_L1).toInteger() : 1;
    const QJsonObject change {{"domains"_L1, exists ? before.value("domains"_L1) : QJsonArray()},
                              {"organisations"_L1, exists ? before.value("organisations"_L1) : QJsonArray()},
                              {"capacity"_L1, exists ? before.value("capacity"_L1) : QJsonValue(QJsonValue::Null)},
                              {"version"_L1, version}};
    const ApiReply reply = as(row.role, "PUT", rulesPath(row.webinar), change);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!exists)
        return;
    const QJsonObject after = asAdmin("GET", rulesPath(row.webinar)).json();
    QCOMPARE(after.value("version"_L1).toInteger(), row.allowed ? version + 1 : version);
    QCOMPARE(after.value("domains"_L1), before.value("domains"_L1));
    QCOMPARE(after.value("capacity"_L1), before.value("capacity"_L1));
    if (row.allowed)
        QCOMPARE(reply.json().value("version"_L1).toInteger(), version + 1);
}
