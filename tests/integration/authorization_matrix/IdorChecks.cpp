// IDOR checks: ids smuggled in through bodies, query strings and paths never reach an object outside the caller's
// scope, and filters are no oracle for fields the caller cannot read.
#include "tst_authorization_matrix.h"

#include <QJsonDocument>
#include <QTest>

using namespace regiekamer;
using namespace matrix;
using namespace Qt::StringLiterals;

void TestAuthorizationMatrix::idorBodies_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what : {"PATCH registration +webinarId", "PATCH registration +id", "PATCH question +webinarId",
                             "PATCH question +registrationId", "PATCH webinar +organisationId", "PATCH webinar +id",
                             "PATCH profile +email", "PATCH profile +id", "PATCH user +email",
                             "POST question +registrationId", "POST registration +email"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

// Valid bodies plus one member that is unknown or immutable: 400, and the objects are unchanged.
void TestAuthorizationMatrix::idorBodies()
{
    QFETCH(QString, what);
    Attempt attempt;
    if (what.startsWith("PATCH registration"_L1)) {
        QVERIFY(m_ctx[Role::Director].inRegistration > 0);
        attempt = patchRegistrationWithExtra(what);
    } else if (what.startsWith("PATCH question"_L1)) {
        QVERIFY(m_ctx[Role::Moderator].inQuestion > 0);
        attempt = patchQuestionWithExtra(what);
    } else if (what.startsWith("PATCH webinar"_L1)) {
        attempt = patchWebinarWithExtra(what);
    } else if (what.startsWith("PATCH profile"_L1)) {
        attempt = patchProfileWithExtra(what);
    } else {
        attempt = otherBodyWithExtra(what);
    }
    QVERIFY2(attempt.reply.status == 400, qPrintable(attempt.reply.describe()));
    QCOMPARE(attempt.after, attempt.before);
}

TestAuthorizationMatrix::Attempt TestAuthorizationMatrix::patchRegistrationWithExtra(const QString &what)
{
    const Context &director = m_ctx[Role::Director];
    const qint64 id = director.inRegistration;
    Attempt attempt;
    attempt.before = probeRegistration(id) + probeRegistration(director.outRegistration);
    const QJsonObject current = asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(id)).json();
    QJsonObject body {{"approvalState"_L1,
                       current.value("approvalState"_L1).toString() == "approved"_L1 ? u"rejected"_s : u"approved"_s},
                      {"version"_L1, current.value("version"_L1).toInteger(1)}};
    if (what.endsWith("webinarId"_L1))
        body.insert("webinarId"_L1, director.outWebinar);
    else
        body.insert("id"_L1, director.outRegistration);
    attempt.reply = as(Role::Director, "PATCH", u"/api/v1/registrations/%1"_s.arg(id), body);
    attempt.after = probeRegistration(id) + probeRegistration(director.outRegistration);
    return attempt;
}

TestAuthorizationMatrix::Attempt TestAuthorizationMatrix::patchQuestionWithExtra(const QString &what)
{
    const Context &moderator = m_ctx[Role::Moderator];
    const qint64 id = moderator.inQuestion;
    Attempt attempt;
    attempt.before = probeQuestion(id);
    const QJsonObject current = findQuestion(moderator.inWebinar, id);
    QJsonObject body {
        {"state"_L1, current.value("state"_L1).toString() == "approved"_L1 ? u"dismissed"_s : u"approved"_s},
        {"version"_L1, current.value("version"_L1).toInteger(1)}};
    if (what.endsWith("webinarId"_L1))
        body.insert("webinarId"_L1, moderator.outWebinar);
    else
        body.insert("registrationId"_L1, moderator.outRegistration);
    attempt.reply = as(Role::Moderator, "PATCH", u"/api/v1/questions/%1"_s.arg(id), body);
    attempt.after = probeQuestion(id);
    return attempt;
}

TestAuthorizationMatrix::Attempt TestAuthorizationMatrix::patchWebinarWithExtra(const QString &what)
{
    const Context &director = m_ctx[Role::Director];
    const qint64 id = director.inWebinar;
    Attempt attempt;
    attempt.before = probeWebinar(id);
    QJsonObject body {
        {"version"_L1, asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).json().value("version"_L1).toInteger(1)},
        {"description"_L1, u"matrix idor"_s}};
    if (what.endsWith("organisationId"_L1))
        body.insert("organisationId"_L1,
                    m_otherOrganisation == m_view.webinars.value(id).value("organisationId"_L1).toInteger()
                        ? m_clientOrganisation
                        : m_otherOrganisation);
    else
        body.insert("id"_L1, director.outWebinar);
    attempt.reply = as(Role::Director, "PATCH", u"/api/v1/webinars/%1"_s.arg(id), body);
    attempt.after = probeWebinar(id);
    return attempt;
}

TestAuthorizationMatrix::Attempt TestAuthorizationMatrix::patchProfileWithExtra(const QString &what)
{
    Attempt attempt;
    const QByteArray before = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body;
    attempt.before = QString::fromUtf8(before);
    QJsonObject body {{"version"_L1, QJsonDocument::fromJson(before).object().value("version"_L1).toInteger(1)},
                      {"jobTitle"_L1, u"matrix idor"_s}};
    if (what.endsWith("email"_L1))
        body.insert("email"_L1, u"someone.else@example.com"_s);
    else
        body.insert("id"_L1, 1);
    attempt.reply = as(Role::Viewer, "PATCH", u"/api/v1/me/profile"_s, body);
    attempt.after = QString::fromUtf8(as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body);
    return attempt;
}

// PATCH user +email, POST question +registrationId, POST registration +email.
TestAuthorizationMatrix::Attempt TestAuthorizationMatrix::otherBodyWithExtra(const QString &what)
{
    const Context &viewer = m_ctx[Role::Viewer];
    Attempt attempt;
    if (what == "PATCH user +email"_L1) {
        const QString path = u"/api/v1/users/%1"_s.arg(m_scratchModerator);
        attempt.before = probeUser(m_scratchModerator);
        attempt.reply = as(Role::Admin, "PATCH", path,
                           {{"version"_L1, asAdmin("GET", path).json().value("version"_L1).toInteger(1)},
                            {"displayName"_L1, u"Matrix idor"_s},
                            {"email"_L1, u"taken.over@example.com"_s}});
        attempt.after = probeUser(m_scratchModerator);
    } else if (what == "POST question +registrationId"_L1) {
        attempt.before = QString::number(questionTotal(viewer.inWebinar));
        attempt.reply = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/questions"_s.arg(viewer.inWebinar),
                           {{"text"_L1, u"Matrix idor question?"_s}, {"registrationId"_L1, viewer.outRegistration}});
        attempt.after = QString::number(questionTotal(viewer.inWebinar));
    } else if (what == "POST registration +email"_L1) {
        const qint64 webinar = viewer.outWebinar;
        attempt.before = QString::number(registrationTotal(webinar));
        attempt.reply = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/registrations"_s.arg(webinar),
                           {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}},
                            {"email"_L1, u"someone.else@example.com"_s}});
        attempt.after = QString::number(registrationTotal(webinar));
    }
    return attempt;
}

void TestAuthorizationMatrix::idorQueries_data()
{
    QTest::addColumn<int>("roleValue");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // registrations | questions | webinars | organisations | me
    const Context &director = m_ctx[Role::Director];
    const Context &moderator = m_ctx[Role::Moderator];
    const Context &client = m_ctx[Role::ClientStaff];
    const Context &viewer = m_ctx[Role::Viewer];
    QTest::newRow("director registrations ?webinarId=out")
        << int(Role::Director)
        << u"/api/v1/webinars/%1/registrations?webinarId=%2"_s.arg(director.inWebinar).arg(director.outWebinar)
        << u"registrations"_s;
    QTest::newRow("moderator questions ?webinarId=out")
        << int(Role::Moderator)
        << u"/api/v1/webinars/%1/questions?webinarId=%2"_s.arg(moderator.inWebinar).arg(moderator.outWebinar)
        << u"questions"_s;
    QTest::newRow("client registrations ?organisationId=other")
        << int(Role::ClientStaff)
        << u"/api/v1/webinars/%1/registrations?organisationId=%2&webinarId=%3"_s.arg(client.inWebinar)
               .arg(m_otherOrganisation)
               .arg(client.outWebinar)
        << u"registrations"_s;
    QTest::newRow("client webinars ?organisationId=other")
        << int(Role::ClientStaff) << u"/api/v1/webinars?organisationId=%1"_s.arg(m_otherOrganisation) << u"webinars"_s;
    QTest::newRow("client organisations ?id=other")
        << int(Role::ClientStaff) << u"/api/v1/organisations?id=%1"_s.arg(m_otherOrganisation) << u"organisations"_s;
    QTest::newRow("moderator webinars ?all=true")
        << int(Role::Moderator) << u"/api/v1/webinars?all=true&scope=all"_s << u"webinars"_s;
    QTest::newRow("viewer webinars ?userId=admin")
        << int(Role::Viewer) << u"/api/v1/webinars?userId=%1"_s.arg(m_ctx[Role::Admin].userId) << u"webinars"_s;
    QTest::newRow("viewer registrations ?registrationId=other")
        << int(Role::Viewer)
        << u"/api/v1/webinars/%1/registrations?registrationId=%2"_s.arg(viewer.inWebinar).arg(viewer.outRegistration)
        << u"registrations"_s;
    QTest::newRow("viewer me/registrations ?userId=other")
        << int(Role::Viewer) << u"/api/v1/me/registrations?userId=1&registrationId=%1"_s.arg(viewer.outRegistration)
        << u"me"_s;
    QTest::newRow("viewer me/questions ?registrationId=other")
        << int(Role::Viewer) << u"/api/v1/me/questions?registrationId=%1"_s.arg(viewer.outRegistration) << u"me"_s;
}

// Query strings never widen the scope: either 400 or an answer holding only in-scope data.
void TestAuthorizationMatrix::idorQueries()
{
    QFETCH(int, roleValue);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    const Role role = Role(roleValue);
    const Context &c = m_ctx[role];
    const ApiReply reply = as(role, "GET", path);
    QVERIFY2(reply.status == 200 || reply.status == 400, qPrintable(reply.describe()));
    if (reply.status != 200)
        return;
    for (const QJsonValue &value : reply.items()) {
        const QJsonObject item = value.toObject();
        if (kind == "registrations"_L1 || kind == "questions"_L1)
            QCOMPARE(item.value("webinarId"_L1).toInteger(), c.inWebinar);
        if (kind == "webinars"_L1)
            QVERIFY2(c.webinarScope.contains(item.value("id"_L1).toInteger()), "webinar outside the scope");
        if (kind == "organisations"_L1)
            QCOMPARE(item.value("id"_L1).toInteger(), m_clientOrganisation);
        if (role == Role::Viewer && kind != "webinars"_L1) {
            const qint64 registration =
                item.value(item.contains("registrationId"_L1) ? "registrationId"_L1 : "id"_L1).toInteger();
            QVERIFY2(isOwnRegistration(registration), "another attendee's data");
        }
    }
    if (kind == "registrations"_L1)
        checkRead(reply, Kind::Registrations, role, false, c.inWebinar);
    else if (kind == "questions"_L1)
        checkRead(reply, Kind::Questions, role, false, c.inWebinar);
    else if (kind == "me"_L1)
        checkRead(reply, Kind::Own, role, false, 0);
}

// Filters and sort keys are no oracle for fields the caller cannot read.
void TestAuthorizationMatrix::searchIsNoOracle()
{
    const Context &moderator = m_ctx[Role::Moderator];
    const QList<QJsonObject> registrations = m_view.registrations.value(moderator.inWebinar);
    QVERIFY(!registrations.isEmpty());
    const QJsonObject target = registrations.first();
    const QString email = target.value("email"_L1).toString();
    const QString company = target.value("company"_L1).toString();
    QVERIFY(!email.isEmpty());
    const auto total = [&](Role role, const QString &query, const QByteArray &reason = {}) {
        return send("GET", u"/api/v1/webinars/%1/registrations?%2"_s.arg(moderator.inWebinar).arg(query), {},
                    m_token.value(role), reason);
    };
    const auto search = [](const QString &term) {
        return u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(term));
    };
    // The moderator cannot read e-mail or company, so searching for them finds nobody (unless a name matches).
    for (const QString &term : {email, company}) {
        if (term.isEmpty())
            continue;
        bool inName = false;
        for (const QJsonObject &r : registrations)
            inName = inName || r.value("fullName"_L1).toString().contains(term, Qt::CaseInsensitive);
        if (inName)
            continue;
        const ApiReply reply = total(Role::Moderator, search(term));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QVERIFY2(reply.json().value("total"_L1).toInt() == 0 && reply.items().isEmpty(),
                 qPrintable(u"search on an unreadable field matched: "_s + term));
    }
    // Admin without a reason reads no names: a name search matches nothing.
    const ApiReply admin = total(Role::Admin, search(target.value("fullName"_L1).toString()));
    QVERIFY2(admin.status == 200 || admin.status == 400, qPrintable(admin.describe()));
    if (admin.status == 200)
        QVERIFY2(admin.items().isEmpty(), "admin without a reason found an attendee by name");
    // Sorting on an unreadable field: 400.
    for (const QString &sort : {u"company"_s, u"registeredAt"_s}) {
        const ApiReply sorted = total(Role::Moderator, u"sort="_s + sort);
        QVERIFY2(sorted.status == 400, qPrintable(sort + u": "_s + sorted.describe()));
    }
    const ApiReply adminSorted = total(Role::Admin, u"sort=name"_s);
    QVERIFY2(adminSorted.status == 400, qPrintable(adminSorted.describe()));
    // With the reason, admin reads everything, and the search finds the attendee.
    const ApiReply withReason = total(Role::Admin, search(email), accessReason);
    QVERIFY2(withReason.status == 200 && !withReason.items().isEmpty(), qPrintable(withReason.describe()));
}

void TestAuthorizationMatrix::pathIds_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"/api/v1/webinars/abc", "/api/v1/webinars/0", "/api/v1/webinars/-1", "/api/v1/webinars/1.0",
          "/api/v1/webinars/0x1", "/api/v1/registrations/abc", "/api/v1/registrations/-5", "/api/v1/organisations/abc",
          "/api/v1/users/1x", "/api/v1/webinars/99999999999999999999999/questions",
          "/api/v1/staff/abc/second-factor/reset", "/api/v1/staff/0/second-factor/reset",
          "/api/v1/staff/-1/second-factor/reset", "/api/v1/staff/1.0/second-factor/reset",
          "/api/v1/staff/99999999999999999999999/second-factor/reset"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestAuthorizationMatrix::pathIds()
{
    QFETCH(QString, path);
    // The second factor's reset is a POST (a GET of its path is unknown anyway).
    const QByteArray verb = path.endsWith("/second-factor/reset"_L1) ? "POST" : "GET";
    const ApiReply reply = send(verb, path, {}, m_token.value(Role::Admin), accessReason);
    QVERIFY2(reply.status == 404, qPrintable(reply.describe()));
}
