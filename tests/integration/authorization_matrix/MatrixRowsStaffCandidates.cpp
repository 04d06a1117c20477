// Matrix rows on GET /webinars/{id}/staff-candidates: the staff accounts the caller may assign to the webinar now.
// Spec: a director gets the active moderators not yet assigned to the webinar; admin gets the active directors and
// moderators not yet assigned. Items {userId, displayName, role}, sorted by displayName, never an "email".
#include "tst_authorization_matrix.h"

#include <QJsonArray>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

namespace {

// Staff user ids assigned to a webinar, from admin's WebinarDetail.
QSet<qint64> assignedStaff(const QJsonObject &webinar)
{
    QSet<qint64> ids;
    for (const QJsonValue &entry : webinar.value("staff"_L1).toArray())
        ids.insert(entry.toObject().value("userId"_L1).toInteger());
    return ids;
}

} // namespace

void TestAuthorizationMatrix::staffCandidates(const MatrixRow &row)
{
    QVERIFY2(m_scratchModerator > 0 && m_scratchDirector > 0 && m_assignedModerator > 0 && m_disabledModerator > 0,
             "setup: no scratch accounts");
    const bool exists = row.webinar != unknownId;
    // A moderator assigned to this webinar for the duration of the row: never a candidate.
    if (exists)
        QVERIFY2(assign(row.webinar, m_assignedModerator, u"moderator"_s) == 200, "setup: assigning a moderator");
    const ApiReply reply = as(row.role, "GET", u"/api/v1/webinars/%1/staff-candidates"_s.arg(row.webinar));
    const QJsonObject webinar =
        exists ? asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(row.webinar)).json() : QJsonObject();
    if (exists)
        unassign(row.webinar, m_assignedModerator);
    QVERIFY2(row.expect(reply), row.failure(reply).constData());
    if (row.allowed) {
        QVERIFY2(assignedStaff(webinar).contains(m_assignedModerator), "setup: the moderator was not assigned");
        checkStaffCandidates(row, reply);
    }
}

void TestAuthorizationMatrix::checkStaffCandidates(const MatrixRow &row, const ApiReply &reply)
{
    const QJsonObject json = reply.json();
    QVERIFY2(json.value("items"_L1).isArray(), qPrintable(reply.describe()));
    QVERIFY2(!collectKeys(json).contains(u"email"_s), "a staff candidate carries an e-mail address");
    const QStringList roles =
        row.role == Role::Admin ? QStringList {u"director"_s, u"moderator"_s} : QStringList {u"moderator"_s};
    const QSet<qint64> assigned = assignedStaff(asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(row.webinar)).json()) +
        QSet<qint64> {m_assignedModerator};
    QSet<qint64> listed;
    QString previous;
    for (const QJsonValue &value : reply.items()) {
        const QJsonObject item = value.toObject();
        const qint64 userId = item.value("userId"_L1).toInteger();
        const QString name = item.value("displayName"_L1).toString();
        QVERIFY2(item.value("userId"_L1).isDouble() && userId > 0, qPrintable(reply.describe()));
        QVERIFY2(item.value("displayName"_L1).isString(), qPrintable(reply.describe()));
        QVERIFY2(roles.contains(item.value("role"_L1).toString()),
                 qPrintable(u"%1 offered a candidate with role %2"_s.arg(roleName(row.role),
                                                                         item.value("role"_L1).toString())));
        QVERIFY2(!assigned.contains(userId), qPrintable(u"user %1 is already assigned"_s.arg(userId)));
        QVERIFY2(QString::compare(previous, name, Qt::CaseInsensitive) <= 0,
                 qPrintable(u"not sorted by displayName: \"%1\" before \"%2\""_s.arg(previous, name)));
        previous = name;
        listed.insert(userId);
    }
    QVERIFY2(listed.contains(m_scratchModerator), "an active, unassigned moderator is missing");
    QVERIFY2(!listed.contains(m_disabledModerator), "a disabled moderator is offered");
    if (row.role == Role::Admin)
        QVERIFY2(listed.contains(m_scratchDirector), "admin misses an active, unassigned director");
    else
        QVERIFY2(!listed.contains(m_scratchDirector), "a director is offered to a director");
}
