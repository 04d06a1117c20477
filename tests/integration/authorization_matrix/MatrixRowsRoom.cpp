// Matrix rows on the live webinar's room (issue 17, docs/api.md "The room"; docs/rights.md: registration actions
// join, remove_from_room, ban). A viewer joins with the token of their own link (a token never issued: 404 for every
// role), ticks and leaves only with their own registration; the director and the moderator send an attendee out;
// only the director bans and lifts a ban. Each allowed change is checked and undone; each refused one changed
// nothing. The attendee is put in the room for a removal by writing an open stay into the database, as a join would.
#include "tst_authorization_matrix.h"

#include "SqlFile.h"

#include <QDir>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

QString roomPath(qint64 registration, QLatin1StringView what)
{
    return u"/api/v1/registrations/%1/%2"_s.arg(registration).arg(what);
}

} // namespace

void TestAuthorizationMatrix::setInRoom(qint64 registration, bool present)
{
    SqlFile file(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    QVERIFY(file.isOpen());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (present) {
        QCOMPARE(file.exec(u"INSERT INTO attendance_sessions (registration_id, webinar_id, joined_at, last_tick_at)"
                           " SELECT id, webinar_id, ?, ? FROM registrations WHERE id = ?"_s,
                           {now, now, registration}),
                 QString());
        QCOMPARE(
            file.exec(u"UPDATE registrations SET joined_at = ?, left_at = NULL WHERE id = ?"_s, {now, registration}),
            QString());
    } else {
        QCOMPARE(file.exec(u"UPDATE attendance_sessions SET left_at = ?, left_how = 'left'"
                           " WHERE registration_id = ? AND left_at IS NULL"_s,
                           {now, registration}),
                 QString());
        QCOMPARE(
            file.exec(u"UPDATE registrations SET left_at = ? WHERE id = ? AND left_at IS NULL"_s, {now, registration}),
            QString());
    }
}

void TestAuthorizationMatrix::joinRoom(const MatrixRow &row)
{
    const ApiReply reply = as(row.role, "POST", u"/api/v1/room/join"_s, {{"token"_L1, QString(43, u'q')}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
}

void TestAuthorizationMatrix::ownStay(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    const QLatin1StringView what(row.endpoint.contains("/presence"_L1) ? "presence" : "leave");
    const QString before = probeRegistration(row.registration);
    const bool wasPresent =
        asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(row.registration)).json().value("present"_L1).toBool();
    const ApiReply reply = as(row.role, "POST", roomPath(row.registration, what));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("registrationId"_L1).toInteger(), row.registration);
        // A tick keeps the stay as it was (the demo may have the viewer in the room); leaving ends it.
        QCOMPARE(reply.json().value("present"_L1).toBool(), what == "presence"_L1 && wasPresent);
    } else {
        QCOMPARE(probeRegistration(row.registration), before);
    }
}

void TestAuthorizationMatrix::removeFromRoom(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    setInRoom(row.registration, true);
    const QString before = probeRegistration(row.registration);
    const ApiReply reply = as(row.role, "POST", roomPath(row.registration, "removal"_L1));
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    const QJsonObject after = asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(row.registration)).json();
    if (row.allowed) {
        QCOMPARE(after.value("present"_L1).toBool(), false);
    } else {
        QCOMPARE(probeRegistration(row.registration), before);
        setInRoom(row.registration, false);
    }
}

void TestAuthorizationMatrix::banAttendee(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    const QString path = roomPath(row.registration, "ban"_L1);
    const QString before = probeRegistration(row.registration);
    const ApiReply reply = as(row.role, "PUT", path, {{"reason"_L1, u"Matrix: disturbed the session"_s}});
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QCOMPARE(reply.json().value("banned"_L1).toBool(), true);
        QCOMPARE(reply.json().value("banReason"_L1).toString(), u"Matrix: disturbed the session"_s);
        QCOMPARE(as(row.role, "DELETE", path).status, 200);
    }
    QCOMPARE(asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(row.registration)).json().value("banned"_L1).toBool(),
             false);
    if (!row.allowed)
        QCOMPARE(probeRegistration(row.registration), before);
}

void TestAuthorizationMatrix::unbanAttendee(const MatrixRow &row)
{
    QVERIFY2(row.registration > 0, "the demo data lacks a registration for this case");
    const QString path = roomPath(row.registration, "ban"_L1);
    if (row.allowed)
        QCOMPARE(as(row.role, "PUT", path, {{"reason"_L1, u"Matrix: to be lifted"_s}}).status, 200);
    const QString before = probeRegistration(row.registration);
    const ApiReply reply = as(row.role, "DELETE", path);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed)
        QCOMPARE(reply.json().value("banned"_L1).toBool(), false);
    else
        QCOMPARE(probeRegistration(row.registration), before);
}
