#include "MatrixFixture.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace matrix {

namespace {

qint64 firstId(const QList<QJsonObject> &objects, const std::function<bool(const QJsonObject &)> &accept)
{
    for (const QJsonObject &object : objects) {
        if (accept(object))
            return object.value("id"_L1).toInteger();
    }
    return 0;
}

bool anyObject(const QJsonObject &)
{
    return true;
}

} // namespace

// ---- HTTP ----------------------------------------------------------------------------------------------------------

ApiReply MatrixFixture::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                             const QString &token, const QByteArray &reason)
{
    ApiHeaders headers;
    if (!reason.isEmpty())
        headers.append({"X-Access-Reason", reason});
    ApiReply reply = m_api.send(verb, m_api.urlWithQuery(pathAndQuery), token, body, headers);
    if (m_capture.active && !m_capture.taken && verb == m_capture.verb && token == m_capture.token &&
        reason == m_capture.reason && m_capture.path.match(pathAndQuery).hasMatch()) {
        m_capture.taken = true;
        m_capture.reply = reply;
        m_capture.sentPath = pathAndQuery;
    }
    return reply;
}

void MatrixFixture::captureRowRequest(const QString &endpoint, const QString &token, const QByteArray &reason)
{
    const qsizetype space = endpoint.indexOf(u' ');
    static const QRegularExpression placeholder(u"\\\\\\{[a-z]+\\\\\\}"_s);
    QString pattern = QRegularExpression::escape(u"/api/v1"_s + endpoint.mid(space + 1));
    pattern.replace(placeholder, u"[^/?]+"_s);
    m_capture = RowCapture {};
    m_capture.active = true;
    m_capture.token = token;
    m_capture.verb = endpoint.left(space).toLatin1();
    m_capture.path = QRegularExpression(u"^%1(\\?.*)?$"_s.arg(pattern));
    m_capture.reason = reason;
}

ApiReply MatrixFixture::as(Role role, const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return send(verb, path, body.isEmpty() ? QByteArray() : compactJson(body), m_token.value(role));
}

ApiReply MatrixFixture::asAdmin(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return send(verb, path, body.isEmpty() ? QByteArray() : compactJson(body), m_token.value(Role::Admin),
                accessReason);
}

QList<QJsonObject> MatrixFixture::listAll(const QString &path, const QString &token, const QByteArray &reason)
{
    QList<QJsonObject> items;
    for (int offset = 0;;) {
        const ApiReply reply = send("GET", u"%1?offset=%2&limit=500"_s.arg(path).arg(offset), {}, token, reason);
        if (reply.status != 200) {
            qWarning("list %s: %s", qPrintable(path), qPrintable(reply.describe()));
            break;
        }
        const QJsonArray page = reply.items();
        for (const QJsonValue &item : page)
            items.append(item.toObject());
        offset += int(page.size());
        if (page.isEmpty() || offset >= reply.json().value("total"_L1).toInt())
            break;
    }
    return items;
}

QString MatrixFixture::nextName(const QString &what)
{
    return u"Matrix %1 %2"_s.arg(what).arg(++m_counter);
}

// ---- admin's read-back
// -----------------------------------------------------------------------------------------------

QString MatrixFixture::probeRegistration(qint64 id)
{
    return asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(id)).describe();
}

QString MatrixFixture::probeWebinar(qint64 id)
{
    return asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).describe();
}

QString MatrixFixture::probeOrganisation(qint64 id)
{
    return asAdmin("GET", u"/api/v1/organisations/%1"_s.arg(id)).describe();
}

QString MatrixFixture::probeUser(qint64 id)
{
    return asAdmin("GET", u"/api/v1/users/%1"_s.arg(id)).describe();
}

QJsonObject MatrixFixture::findQuestion(qint64 webinarId, qint64 questionId)
{
    for (const QJsonObject &question :
         listAll(u"/api/v1/webinars/%1/questions"_s.arg(webinarId), m_token.value(Role::Admin), accessReason)) {
        if (question.value("id"_L1).toInteger() == questionId)
            return question;
    }
    return {};
}

QString MatrixFixture::probeQuestion(qint64 questionId)
{
    for (auto it = m_view.questions.cbegin(); it != m_view.questions.cend(); ++it) {
        for (const QJsonObject &question : it.value()) {
            if (question.value("id"_L1).toInteger() == questionId)
                return QString::fromUtf8(compactJson(findQuestion(it.key(), questionId)));
        }
    }
    return u"unknown"_s;
}

int MatrixFixture::registrationTotal(qint64 webinarId)
{
    return asAdmin("GET", u"/api/v1/webinars/%1/registrations?limit=1"_s.arg(webinarId))
        .json()
        .value("total"_L1)
        .toInt(-1);
}

int MatrixFixture::questionTotal(qint64 webinarId)
{
    return asAdmin("GET", u"/api/v1/webinars/%1/questions?limit=1"_s.arg(webinarId)).json().value("total"_L1).toInt(-1);
}

// ---- admin's changes
// -------------------------------------------------------------------------------------------------

qint64 MatrixFixture::createOrganisation()
{
    const ApiReply reply = asAdmin("POST", u"/api/v1/organisations"_s, {{"name"_L1, nextName(u"org"_s)}});
    if (reply.status != 201)
        qWarning("setup: create organisation: %s", qPrintable(reply.describe()));
    return reply.json().value("id"_L1).toInteger();
}

qint64 MatrixFixture::createWebinar()
{
    const QJsonObject body {{"organisationId"_L1, m_clientOrganisation},
                            {"title"_L1, nextName(u"webinar"_s)},
                            {"description"_L1, u"created by tst_authorization_matrix"_s},
                            {"startsAt"_L1, u"2031-05-01T09:00:00Z"_s},
                            {"durationMinutes"_L1, 45}};
    const ApiReply reply = asAdmin("POST", u"/api/v1/webinars"_s, body);
    if (reply.status != 201)
        qWarning("setup: create webinar: %s", qPrintable(reply.describe()));
    return reply.json().value("id"_L1).toInteger();
}

int MatrixFixture::assign(qint64 webinarId, qint64 userId, const QString &role)
{
    return asAdmin("PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(userId), {{"role"_L1, role}}).status;
}

void MatrixFixture::unassign(qint64 webinarId, qint64 userId)
{
    asAdmin("DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(userId));
}

bool MatrixFixture::staffContains(qint64 webinarId, qint64 userId)
{
    const QJsonArray staff = asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(webinarId)).json().value("staff"_L1).toArray();
    return std::any_of(staff.begin(), staff.end(), [&](const QJsonValue &entry) {
        return entry.toObject().value("userId"_L1).toInteger() == userId;
    });
}

qint64 MatrixFixture::scratchAccount(const QString &email, const QString &role)
{
    const int code = m_server.runAdmin(
        {u"user"_s, u"add"_s, u"--email"_s, email, u"--role"_s, role, u"--name"_s, u"Matrix "_s + role},
        scratchPassword + '\n');
    if (code != 0)
        qWarning("setup: regiekamer-admin user add %s failed", qPrintable(email));
    for (const QJsonObject &user : listAll(u"/api/v1/users"_s, m_token.value(Role::Admin))) {
        if (user.value("email"_L1).toString().compare(email, Qt::CaseInsensitive) == 0)
            return user.value("id"_L1).toInteger();
    }
    return 0;
}

// ---- setup
// -----------------------------------------------------------------------------------------------------------

void MatrixFixture::setUpWorld()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY2(m_api.connectTo(m_server), "the server's certificate file holds not exactly one certificate");
    logInEveryRole();
    if (QTest::currentTestFailed())
        return;
    QSet<qint64> all;
    loadAdminView(all);
    if (QTest::currentTestFailed())
        return;
    computeScopes(all);
    for (Role role : {Role::Director, Role::Moderator, Role::ClientStaff})
        fillWebinarIds(m_ctx[role], all);
    fillAdminAndViewer(all);
    // Organisations: in = the client's own, out = the other one.
    for (Role role : everyRole) {
        m_ctx[role].inOrganisation = m_clientOrganisation;
        m_ctx[role].outOrganisation = role == Role::Admin ? unknownId : m_otherOrganisation;
    }
    createScratchAccounts();
    pickSpareRegistration();
    for (Role role : everyRole) {
        const Context &c = m_ctx[role];
        qInfo("%s: webinar in %lld out %lld; registration in %lld out %lld; question in %lld out %lld",
              qPrintable(roleName(role)), c.inWebinar, c.outWebinar, c.inRegistration, c.outRegistration, c.inQuestion,
              c.outQuestion);
    }
}

void MatrixFixture::logInEveryRole()
{
    const auto accounts = m_server.demoAccounts();
    QCOMPARE(accounts.size(), 5);
    m_viewerEmail = accounts.value(Role::Viewer).email;
    for (Role role : everyRole) {
        m_token.insert(role, login(accounts.value(role).email, accounts.value(role).password));
        QVERIFY2(!m_token.value(role).isEmpty(), qPrintable(roleName(role)));
        const QJsonObject me = as(role, "GET", u"/api/v1/me"_s).json();
        m_ctx[role].userId = me.value("id"_L1).toInteger();
        m_ctx[role].organisationId = me.value("organisationId"_L1).toInteger();
    }
    m_clientOrganisation = m_ctx[Role::ClientStaff].organisationId;
    QVERIFY(m_clientOrganisation > 0);
}

// Admin's view of everything (with a reason, so personal data comes along).
void MatrixFixture::loadAdminView(QSet<qint64> &all)
{
    const ApiReply webinars = asAdmin("GET", u"/api/v1/webinars"_s);
    QCOMPARE(webinars.status, 200);
    const QString adminToken = m_token.value(Role::Admin);
    for (const QJsonValue &item : webinars.items()) {
        const qint64 id = item.toObject().value("id"_L1).toInteger();
        all.insert(id);
        m_view.webinars.insert(id, asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).json());
        m_view.registrations.insert(id,
                                    listAll(u"/api/v1/webinars/%1/registrations"_s.arg(id), adminToken, accessReason));
        m_view.questions.insert(id, listAll(u"/api/v1/webinars/%1/questions"_s.arg(id), adminToken, accessReason));
        const qint64 organisation = item.toObject().value("organisationId"_L1).toInteger();
        if (organisation != m_clientOrganisation)
            m_otherOrganisation = organisation;
    }
    QCOMPARE(all.size(), 6);
    if (!m_otherOrganisation)
        m_otherOrganisation = unknownId;
}

// The scopes as the spec defines them, from admin's data (never from the role's own answers).
void MatrixFixture::computeScopes(const QSet<qint64> &all)
{
    for (auto it = m_view.webinars.cbegin(); it != m_view.webinars.cend(); ++it) {
        const QJsonObject webinar = it.value();
        for (const QJsonValue &entry : webinar.value("staff"_L1).toArray()) {
            const qint64 userId = entry.toObject().value("userId"_L1).toInteger();
            for (Role role : {Role::Director, Role::Moderator}) {
                if (userId == m_ctx[role].userId)
                    m_ctx[role].webinarScope.insert(it.key());
            }
        }
        if (webinar.value("organisationId"_L1).toInteger() == m_clientOrganisation)
            m_ctx[Role::ClientStaff].webinarScope.insert(it.key());
        for (const QJsonObject &registration : m_view.registrations.value(it.key())) {
            if (registration.value("email"_L1).toString().compare(m_viewerEmail, Qt::CaseInsensitive) == 0) {
                m_ctx[Role::Viewer].webinarScope.insert(it.key());
                m_view.viewerRegistrations.insert(registration.value("id"_L1).toInteger());
            }
        }
    }
    m_ctx[Role::Admin].webinarScope = all;
    for (Role role : everyRole)
        qInfo("scope of %s: %d webinars", qPrintable(roleName(role)), int(m_ctx[role].webinarScope.size()));
}

// A webinar of the set with registrations and questions, preferring ones with the most registrations.
qint64 MatrixFixture::richWebinar(const QSet<qint64> &candidates, const std::function<bool(qint64)> &extra) const
{
    qint64 best = 0;
    qsizetype bestScore = -1;
    for (qint64 id : candidates) {
        if (extra && !extra(id))
            continue;
        const qsizetype score =
            m_view.registrations.value(id).size() + (m_view.questions.value(id).isEmpty() ? 0 : 100000);
        if (score > bestScore) {
            best = id;
            bestScore = score;
        }
    }
    return best;
}

void MatrixFixture::fillWebinarIds(Context &context, const QSet<qint64> &all)
{
    context.inWebinar = richWebinar(context.webinarScope);
    context.outWebinar = richWebinar(all - context.webinarScope);
    context.inRegistration = firstId(m_view.registrations.value(context.inWebinar), anyObject);
    context.outRegistration = firstId(m_view.registrations.value(context.outWebinar), anyObject);
    context.inQuestion = firstId(m_view.questions.value(context.inWebinar), anyObject);
    context.outQuestion = firstId(m_view.questions.value(context.outWebinar), anyObject);
    if (!context.outQuestion) { // the out webinar has no questions: any question outside the scope
        for (auto it = m_view.questions.cbegin(); it != m_view.questions.cend() && !context.outQuestion; ++it) {
            if (!context.webinarScope.contains(it.key()) && !it.value().isEmpty())
                context.outQuestion = it.value().first().value("id"_L1).toInteger();
        }
    }
    if (!context.outWebinar) {
        context.outWebinar = unknownId;
        context.outRegistration = unknownId;
        context.outQuestion = unknownId;
    }
}

// Admin: an existing object in, an unknown id out. Viewer: own registration / own question in; another attendee's
// in the same webinar out.
void MatrixFixture::fillAdminAndViewer(const QSet<qint64> &all)
{
    Context &admin = m_ctx[Role::Admin];
    admin.inWebinar = richWebinar(all);
    admin.inRegistration = firstId(m_view.registrations.value(admin.inWebinar), anyObject);
    admin.inQuestion = firstId(m_view.questions.value(admin.inWebinar), anyObject);

    Context &viewer = m_ctx[Role::Viewer];
    const auto ownQuestion = [&](const QJsonObject &q) {
        return isOwnRegistration(q.value("registrationId"_L1).toInteger());
    };
    viewer.inWebinar = richWebinar(viewer.webinarScope, [&](qint64 id) {
        const QList<QJsonObject> questions = m_view.questions.value(id);
        return std::any_of(questions.cbegin(), questions.cend(), ownQuestion);
    });
    if (!viewer.inWebinar)
        viewer.inWebinar = richWebinar(viewer.webinarScope);
    viewer.outWebinar = richWebinar(all - viewer.webinarScope);
    const auto own = [&](const QJsonObject &r) { return isOwnRegistration(r.value("id"_L1).toInteger()); };
    const auto notOwn = [&](const QJsonObject &r) { return !own(r); };
    viewer.inRegistration = firstId(m_view.registrations.value(viewer.inWebinar), own);
    viewer.outRegistration = firstId(m_view.registrations.value(viewer.inWebinar), notOwn);
    viewer.inQuestion = firstId(m_view.questions.value(viewer.inWebinar), ownQuestion);
    viewer.outQuestion =
        firstId(m_view.questions.value(viewer.inWebinar), [&](const QJsonObject &q) { return !ownQuestion(q); });
    askViewerQuestionIfNone();
}

// The demo has no own question: the viewer asks one (the creation itself is a matrix row too).
void MatrixFixture::askViewerQuestionIfNone()
{
    Context &viewer = m_ctx[Role::Viewer];
    if (viewer.inQuestion || !viewer.inWebinar)
        return;
    const ApiReply asked = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/questions"_s.arg(viewer.inWebinar),
                              {{"text"_L1, u"Matrix setup: will the slides be shared afterwards?"_s}});
    viewer.inQuestion = asked.json().value("id"_L1).toInteger();
    if (viewer.inQuestion)
        m_view.questions[viewer.inWebinar].append(findQuestion(viewer.inWebinar, viewer.inQuestion));
    else
        qWarning("setup: viewer has no own question and could not ask one: %s", qPrintable(asked.describe()));
}

// Scratch staff accounts: the targets of assignments and account changes, and staff that is never a candidate.
void MatrixFixture::createScratchAccounts()
{
    m_scratchModerator = scratchAccount(u"matrix.moderator@example.com"_s, u"moderator"_s);
    m_scratchDirector = scratchAccount(u"matrix.director@example.com"_s, u"director"_s);
    for (Role role : everyRole)
        m_ctx[role].inUser = m_scratchModerator;
    m_assignedModerator = scratchAccount(u"matrix.assigned.moderator@example.com"_s, u"moderator"_s);
    m_disabledModerator = scratchAccount(u"matrix.disabled.moderator@example.com"_s, u"moderator"_s);
    const int disabled =
        m_server.runAdmin({u"user"_s, u"disable"_s, u"--email"_s, u"matrix.disabled.moderator@example.com"_s});
    if (disabled != 0)
        qWarning("setup: regiekamer-admin user disable failed");
}

// A registration only the director's DELETE row uses.
void MatrixFixture::pickSpareRegistration()
{
    const Context &director = m_ctx[Role::Director];
    QSet<qint64> used {director.inRegistration};
    for (Role role : everyRole) {
        used.insert(m_ctx[role].inRegistration);
        used.insert(m_ctx[role].outRegistration);
    }
    const QList<QJsonObject> directorRegistrations = m_view.registrations.value(director.inWebinar);
    for (auto it = directorRegistrations.crbegin(); it != directorRegistrations.crend(); ++it) {
        const qint64 id = it->value("id"_L1).toInteger();
        if (!used.contains(id) && !isOwnRegistration(id)) {
            m_spareRegistration = id;
            break;
        }
    }
}

} // namespace matrix
