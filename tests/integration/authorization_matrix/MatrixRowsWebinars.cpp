// Matrix rows on webinars, their state and their staff: the status, and what an allowed change did or a refused one
// did not do, read back as admin.
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

QString sortedIds(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    QStringList text;
    for (qint64 id : list)
        text.append(QString::number(id));
    return text.join(u',');
}

QString webinarPath(qint64 id)
{
    return u"/api/v1/webinars/%1"_s.arg(id);
}

} // namespace

void TestAuthorizationMatrix::listWebinars(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    QSet<qint64> listed;
    for (const QJsonValue &item : reply.items())
        listed.insert(item.toObject().value("id"_L1).toInteger());
    if (row.role == Role::Admin) // webinars created by earlier rows
        listed.intersect(QSet<qint64>(m_view.webinars.keyBegin(), m_view.webinars.keyEnd()));
    QVERIFY2(listed == row.c.webinarScope,
             qPrintable(u"listed %1, scope %2"_s.arg(sortedIds(listed), sortedIds(row.c.webinarScope))));
    checkRead(reply, Kind::Webinar, row.role, false, 0);
}

void TestAuthorizationMatrix::createWebinarRow(const MatrixRow &row)
{
    const QString title = nextName(u"webinar"_s);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/webinars"_s,
                              {{"organisationId"_L1, m_clientOrganisation},
                               {"title"_L1, title},
                               {"description"_L1, u"matrix"_s},
                               {"startsAt"_L1, u"2031-05-01T09:00:00Z"_s},
                               {"durationMinutes"_L1, 30}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(reply.json().value("state"_L1).toString(), u"draft"_s);
    const QJsonArray listed = asAdmin("GET", u"/api/v1/webinars"_s).items();
    const bool exists = std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &w) {
        return w.toObject().value("title"_L1).toString() == title;
    });
    QCOMPARE(exists, row.allowed);
}

void TestAuthorizationMatrix::getWebinar(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "GET", webinarPath(row.webinar));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("id"_L1).toInteger(), row.webinar);
        const bool seesStaff = row.role == Role::Admin || row.role == Role::Director;
        QVERIFY2(reply.json().contains("staff"_L1) == seesStaff, "staff list only for admin and director");
        checkRead(reply, Kind::Webinar, row.role, false, row.webinar);
    }
}

void TestAuthorizationMatrix::patchWebinar(const MatrixRow &row)
{
    const QString before = probeWebinar(row.webinar);
    const QJsonObject current = asAdmin("GET", webinarPath(row.webinar)).json();
    const QString description = nextName(u"description"_s);
    const ApiReply reply =
        as(row.role, "PATCH", webinarPath(row.webinar),
           {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"description"_L1, description}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        const QJsonObject after = asAdmin("GET", webinarPath(row.webinar)).json();
        QCOMPARE(after.value("description"_L1).toString(), description);
        asAdmin("PATCH", webinarPath(row.webinar),
                {{"version"_L1, after.value("version"_L1).toInteger()},
                 {"description"_L1, current.value("description"_L1).toString()}});
    } else {
        QCOMPARE(probeWebinar(row.webinar), before);
    }
}

void TestAuthorizationMatrix::deleteWebinar(const MatrixRow &row)
{
    const qint64 target = row.role == Role::Admin && row.in ? createWebinar() : row.webinar;
    QVERIFY2(target > 0, "setup: no webinar");
    checkDelete(row, webinarPath(target));
}

void TestAuthorizationMatrix::changeState(const MatrixRow &row)
{
    qint64 target = row.webinar;
    if (row.allowed) { // a fresh draft webinar, the director assigned to it
        target = createWebinar();
        QVERIFY2(target > 0, "setup: no webinar");
        if (row.role == Role::Director)
            QVERIFY2(assign(target, row.c.userId, u"director"_s) == 200, "setup: assigning the director");
    }
    const QJsonObject current = asAdmin("GET", webinarPath(target)).json();
    static const QMap<QString, QString> validNext {{u"draft"_s, u"scheduled"_s},
                                                   {u"scheduled"_s, u"draft"_s},
                                                   {u"rehearsal"_s, u"scheduled"_s},
                                                   {u"live"_s, u"ended"_s},
                                                   {u"ended"_s, u"archived"_s}};
    const QString next = validNext.value(current.value("state"_L1).toString(), u"scheduled"_s);
    const QString before = probeWebinar(target);
    const ApiReply reply = as(row.role, "POST", u"/api/v1/webinars/%1/state"_s.arg(target),
                              {{"state"_L1, next}, {"version"_L1, current.value("version"_L1).toInteger(1)}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(asAdmin("GET", webinarPath(target)).json().value("state"_L1).toString(), next);
    else
        QCOMPARE(probeWebinar(target), before);
}

void TestAuthorizationMatrix::assignStaff(const MatrixRow &row)
{
    const bool director = row.endpoint.endsWith("{director}"_L1);
    const qint64 target = director ? m_scratchDirector : m_scratchModerator;
    QVERIFY2(target > 0, "setup: no scratch account");
    const QString before = probeWebinar(row.webinar);
    const ApiReply reply = as(row.role, "PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(row.webinar).arg(target),
                              {{"role"_L1, director ? u"director"_s : u"moderator"_s}});
    const bool assigned = row.webinar != unknownId && staffContains(row.webinar, target);
    const bool unchanged = probeWebinar(row.webinar) == before;
    if (assigned)
        unassign(row.webinar, target);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QVERIFY(assigned);
    else
        QVERIFY2(!assigned && unchanged, "a refused assignment changed the staff");
}

void TestAuthorizationMatrix::unassignStaff(const MatrixRow &row)
{
    const qint64 webinar = row.webinar;
    const bool director = row.endpoint.endsWith("{director}"_L1);
    const qint64 target = director ? row.c.userId : m_scratchModerator;
    if (webinar != unknownId && !director)
        QVERIFY2(assign(webinar, target, u"moderator"_s) == 200, "setup: assigning the scratch moderator");
    const ApiReply reply = as(row.role, "DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinar).arg(target));
    const bool stillAssigned = webinar != unknownId && staffContains(webinar, target);
    if (webinar != unknownId && !director && stillAssigned)
        unassign(webinar, target);
    if (director && !stillAssigned) // restore the demo director's own assignment
        assign(webinar, target, u"director"_s);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (webinar != unknownId)
        QCOMPARE(stillAssigned, !row.allowed);
}
