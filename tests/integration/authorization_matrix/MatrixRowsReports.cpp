// Matrix rows on a webinar's report (docs/reports.md): GET /webinars/{id}/report shows it, …/report/export fetches it
// to write out (the PDF), logged as an export. Spec: directors of the webinar and its client's staff read and export
// it, admin reads it, moderators and viewers have no report at all (404 as for an unknown webinar). The answer holds
// counts only: no member of any personal field class, no name or address of the demo world.
#include "tst_authorization_matrix.h"

#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

void TestAuthorizationMatrix::getReport(const MatrixRow &row)
{
    const QString path =
        row.endpoint.endsWith("/export"_L1) ? u"/api/v1/webinars/%1/report/export"_s : u"/api/v1/webinars/%1/report"_s;
    const ApiReply reply = as(row.role, "GET", path.arg(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (!row.allowed) {
        QVERIFY2(!reply.body.contains("funnel"), reply.describe().toUtf8().constData());
        return;
    }
    const QJsonObject report = reply.json();
    QCOMPARE(report.value("webinarId"_L1).toInteger(), row.webinar);
    for (const char *member : {"registrationsPerDay", "viewersPerMinute", "questionsByState", "funnel"})
        QVERIFY2(report.value(QLatin1StringView(member)).isArray(), member);
    for (int fieldClass : everyClass) {
        for (const QString &member : registrationMembers(fieldClass) + questionMembers(fieldClass))
            QVERIFY2(!reply.body.contains(QByteArray('"' + member.toUtf8() + '"')), qPrintable(member));
    }
    QVERIFY2(!reply.body.contains('@'), "an e-mail address in a report");
}
