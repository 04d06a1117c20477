// The world of tst_attack_idor: one demo server (organisations A and B, webinars in every state), a second director,
// moderator, client staff account and viewer made over the API, everyone signed in, and admin's view of every object.
#include "tst_attack_idor.h"

#include "SqlFile.h"
#include "protocol/ApiPaths.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "protocol/Webinar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace regiekamer;
using namespace idor;
using namespace Qt::StringLiterals;

namespace {

const QByteArray accessReason = "IDOR sweep: admin's view of every object";
const QString password = u"idor-sweep-password-1"_s;

QString webinarListPath(const char *pathTemplate, qint64 webinar)
{
    return api::path::expand(pathTemplate, {webinar});
}

} // namespace

QString idor::kindName(Kind kind)
{
    static const QStringList names {u"webinar"_s,      u"registration"_s, u"question"_s,
                                    u"organisation"_s, u"user"_s,         u"device"_s};
    return names.value(int(kind));
}

QList<QJsonObject> World::staffOf(qint64 webinar) const
{
    QList<QJsonObject> staff;
    for (const QJsonValue &each : object(Kind::Webinar, webinar).value("staff"_L1).toArray())
        staff.append(each.toObject());
    return staff;
}

void TestAttackIdor::initTestCase()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    QFile openApi(QStringLiteral(REGIEKAMER_SOURCE_DIR "/docs/openapi.json"));
    QVERIFY2(openApi.open(QIODevice::ReadOnly), qPrintable(openApi.fileName()));
    m_openApiPaths = QJsonDocument::fromJson(openApi.readAll()).object().value("paths"_L1).toObject();
    QVERIFY(!m_openApiPaths.isEmpty());
    m_cases = routeCases();
    makeDataSet();
}

void TestAttackIdor::cleanupTestCase()
{
    qInfo("%lld id-taking path templates, %d requests", static_cast<long long>(m_cases.size()), m_requests);
    m_server.terminate();
}

void TestAttackIdor::makeDataSet()
{
    const auto accounts = m_server.demoAccounts();
    const QMap<Role, QString> names {{Role::Admin, u"admin"_s},
                                     {Role::Director, u"director A"_s},
                                     {Role::Moderator, u"moderator A"_s},
                                     {Role::ClientStaff, u"client staff A"_s},
                                     {Role::Viewer, u"viewer A"_s}};
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        Actor signedIn {names.value(it.key()), it.key(), {}, 0, 0, it->email, {}, it->password};
        signedIn.token = m_api.login(it->email, it->password, &signedIn.userId);
        QVERIFY2(!signedIn.token.isEmpty(), qPrintable(signedIn.name));
        m_actors.append(signedIn);
    }
    QCOMPARE(m_actors.size(), 5);
    for (const QJsonValue &each : asAdmin("GET", QString::fromLatin1(api::path::organisations)).items()) {
        const QJsonObject organisation = each.toObject();
        const bool isA = organisation.value("name"_L1).toString().startsWith("Zorggroep"_L1);
        m_organisation.insert(isA ? u"A"_s : u"B"_s, organisation.value("id"_L1).toInteger());
    }
    QVERIFY(m_organisation.value(u"A"_s) > 0 && m_organisation.value(u"B"_s) > 0);
    actor(u"client staff A"_s).organisationId = m_organisation.value(u"A"_s);
    createAccounts();
    createWebinarsAndAssignments();
    registerAndAsk();
    signInFromDevices();
    loadWorld();
    computeScopes();
    m_snapshot = snapshot();
}

Actor &TestAttackIdor::actor(const QString &name)
{
    for (Actor &each : m_actors) {
        if (each.name == name)
            return each;
    }
    qFatal("no actor %s", qPrintable(name));
    return m_actors.first();
}

qint64 TestAttackIdor::createAccount(const QString &name, Role role, qint64 organisation)
{
    Actor account {name, role,    {}, 0, organisation, name.toLower().replace(u' ', u'.') + u"@idor.example"_s,
                   {},   password};
    const api::StaffAccountCreate create {account.email, u"IDOR "_s + name, role, organisation, password};
    const ApiReply created = asAdmin("POST", QString::fromLatin1(api::path::users), create.toJson());
    if (created.status != 201)
        qWarning("create %s: %s", qPrintable(name), qPrintable(created.describe()));
    account.token = m_api.login(account.email, password, &account.userId);
    m_actors.append(account);
    return account.userId;
}

void TestAttackIdor::createAccounts()
{
    const qint64 b = m_organisation.value(u"B"_s);
    for (const auto &[name, role, organisation] :
         {std::tuple {u"director B"_s, Role::Director, qint64 {0}},
          std::tuple {u"moderator B"_s, Role::Moderator, qint64 {0}},
          std::tuple {u"client staff B"_s, Role::ClientStaff, b}, std::tuple {u"viewer B"_s, Role::Viewer, qint64 {0}}})
        QVERIFY2(createAccount(name, role, organisation) > 0, qPrintable(name));
}

QMap<QString, qint64> TestAttackIdor::demoWebinarByState()
{
    QMap<QString, qint64> byState;
    for (const QJsonValue &each : asAdmin("GET", QString::fromLatin1(api::path::webinars)).items()) {
        const QJsonObject webinar = each.toObject();
        const qint64 id = webinar.value("id"_L1).toInteger();
        const QString state = webinar.value("state"_L1).toString();
        if (id != m_newWebinar && id != m_spareWebinar && (!byState.contains(state) || id < byState.value(state)))
            byState.insert(state, id);
    }
    return byState;
}

void TestAttackIdor::createWebinarsAndAssignments()
{
    const auto create = [this](const QString &organisation, const QString &title) {
        const api::WebinarCreate webinar {m_organisation.value(organisation), title, u"IDOR sweep"_s,
                                          QDateTime::currentDateTimeUtc().addDays(7), 60};
        return asAdmin("POST", QString::fromLatin1(api::path::webinars), webinar.toJson()).json();
    };
    const QJsonObject created = create(u"B"_s, u"IDOR: organisation B, scheduled"_s);
    m_newWebinar = created.value("id"_L1).toInteger();
    QVERIFY(m_newWebinar > 0);
    const ApiReply scheduled = asAdmin("POST", api::path::expand(api::path::webinarState, {m_newWebinar}),
                                       api::WebinarStateChange {WebinarState::Scheduled, 1, {}}.toJson());
    QVERIFY2(scheduled.status == 200, qPrintable(scheduled.describe()));
    m_spareWebinar =
        create(u"A"_s, u"IDOR: organisation A, draft, deleted by admin's control"_s).value("id"_L1).toInteger();
    QVERIFY(m_spareWebinar > 0);
    m_spare.insert(u"admin DELETE "_s + QLatin1StringView(api::path::webinar), m_spareWebinar);
    const QMap<QString, qint64> byState = demoWebinarByState();
    const QList<std::tuple<QString, qint64, Role>> assignments {
        {u"director B"_s, byState.value(u"draft"_s), Role::Director},
        {u"director B"_s, m_newWebinar, Role::Director},
        {u"moderator B"_s, m_newWebinar, Role::Moderator},
        {u"moderator B"_s, byState.value(u"ended"_s), Role::Moderator}};
    for (const auto &[name, webinar, role] : assignments) {
        const ApiReply assigned =
            asAdmin("PUT", api::path::expand(api::path::webinarStaff, {webinar, actor(name).userId}),
                    api::StaffAssignmentRequest {role}.toJson());
        QVERIFY2(assigned.status == 200, qPrintable(name + u": "_s + assigned.describe()));
    }
}

void TestAttackIdor::signInFromDevices()
{
    int computer = 0;
    for (const Actor &each : std::as_const(m_actors)) {
        for (const QString &which : {u"laptop"_s, u"desktop"_s}) {
            const api::DeviceInfo device {
                QString::number(++computer, 16).rightJustified(api::DeviceInfo::idLength, u'0'),
                each.name + u' ' + which};
            const ApiReply signedIn = send(QString(), "POST", QString::fromLatin1(api::path::session),
                                           api::LoginRequest {each.email, each.password, device}.toJson());
            QVERIFY2(signedIn.status == 200, qPrintable(each.name + u": "_s + signedIn.describe()));
        }
    }
}

void TestAttackIdor::registerAndAsk()
{
    const QMap<QString, qint64> byState = demoWebinarByState();
    const QJsonObject consent {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}};
    const auto enrol = [&](const QString &viewer, qint64 webinar) {
        const ApiReply reply =
            send(actor(viewer).token, "POST", webinarListPath(api::path::webinarRegistrations, webinar), consent);
        if (reply.status != 201)
            qWarning("%s registers for %lld: %s", qPrintable(viewer), webinar, qPrintable(reply.describe()));
        return reply.json().value("id"_L1).toInteger();
    };
    const auto ask = [&](const QString &viewer, qint64 webinar) {
        const ApiReply reply = send(actor(viewer).token, "POST", webinarListPath(api::path::webinarQuestions, webinar),
                                    {{"text"_L1, u"IDOR sweep: a question of %1"_s.arg(viewer)}});
        QVERIFY2(reply.status == 201, qPrintable(viewer + u": "_s + reply.describe()));
    };
    // Viewer B shares the live webinar with viewer A: each other's rows there are the closest target.
    QVERIFY(enrol(u"viewer B"_s, byState.value(u"live"_s)) > 0);
    QVERIFY(enrol(u"viewer B"_s, m_newWebinar) > 0);
    ask(u"viewer A"_s, byState.value(u"live"_s));
    ask(u"viewer B"_s, byState.value(u"live"_s));
    ask(u"viewer B"_s, m_newWebinar);
    // Registrations the controls of DELETE /api/v1/registrations/{id} may delete, one per actor with that right.
    const QString deleteRegistration = u" DELETE "_s + QLatin1StringView(api::path::registration);
    const QList<std::tuple<QString, QString, qint64>> spares {
        {u"director A"_s, u"viewer B"_s, byState.value(u"rehearsal"_s)},
        {u"director B"_s, u"viewer A"_s, m_newWebinar},
        {u"viewer A"_s, u"viewer A"_s, byState.value(u"scheduled"_s)},
        {u"viewer B"_s, u"viewer B"_s, byState.value(u"scheduled"_s)}};
    for (const auto &[deleter, viewer, webinar] : spares) {
        const qint64 id = enrol(viewer, webinar);
        QVERIFY(id > 0);
        m_spare.insert(deleter + deleteRegistration, id);
    }
}

void TestAttackIdor::loadWorld()
{
    auto &objects = m_world.objects;
    for (const QJsonValue &each : asAdmin("GET", QString::fromLatin1(api::path::webinars)).items()) {
        const qint64 id = each.toObject().value("id"_L1).toInteger();
        objects[Kind::Webinar].insert(id, asAdmin("GET", api::path::expand(api::path::webinar, {id})).json());
        for (const QJsonObject &registration : listAll(webinarListPath(api::path::webinarRegistrations, id)))
            objects[Kind::Registration].insert(registration.value("id"_L1).toInteger(), registration);
        for (const QJsonObject &question : listAll(webinarListPath(api::path::webinarQuestions, id)))
            objects[Kind::Question].insert(question.value("id"_L1).toInteger(), question);
    }
    for (const QJsonObject &organisation : listAll(QString::fromLatin1(api::path::organisations)))
        objects[Kind::Organisation].insert(organisation.value("id"_L1).toInteger(), organisation);
    for (const QJsonObject &user : listAll(QString::fromLatin1(api::path::users))) {
        const qint64 id = user.value("id"_L1).toInteger();
        objects[Kind::User].insert(id, user);
        for (const QJsonValue &each : asAdmin("GET", api::path::expand(api::path::userDevices, {id})).items()) {
            QJsonObject device = each.toObject();
            device.insert("userId"_L1, id);
            objects[Kind::Device].insert(device.value("id"_L1).toInteger(), device);
        }
    }
    QSet<QString> viewerEmails;
    for (const Actor &each : std::as_const(m_actors)) {
        if (each.role == Role::Viewer)
            viewerEmails.insert(each.email);
    }
    for (const QJsonObject &registration : objects.value(Kind::Registration)) {
        if (viewerEmails.contains(registration.value("email"_L1).toString()))
            m_world.viewerRegistrations.insert(registration.value("id"_L1).toInteger());
    }
    QVERIFY2(objects.value(Kind::Webinar).size() >= 8 && objects.value(Kind::Question).size() > 10 &&
                 m_world.viewerRegistrations.size() >= 8 && objects.value(Kind::Device).size() >= 18,
             "the data set is incomplete");
}

// docs/rights.md applied to admin's view: what each actor may read, never taken from its own answers.
QSet<qint64> TestAttackIdor::scopeOf(const Actor &actor, Kind kind) const
{
    const auto &objects = m_world.objects.value(kind);
    QSet<qint64> scope;
    if (actor.role == Role::Admin) {
        for (auto it = objects.cbegin(); it != objects.cend(); ++it)
            scope.insert(it.key());
        return scope;
    }
    const QSet<qint64> webinars = actor.scope.value(Kind::Webinar);
    const QSet<qint64> own = actor.scope.value(Kind::Registration);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const QJsonObject &object = *it;
        bool reached = false;
        if (kind == Kind::Webinar && (actor.role == Role::Director || actor.role == Role::Moderator)) {
            for (const QJsonObject &staff : m_world.staffOf(it.key()))
                reached = reached || staff.value("userId"_L1).toInteger() == actor.userId;
        } else if (kind == Kind::Webinar && actor.role == Role::ClientStaff) {
            reached = object.value("organisationId"_L1).toInteger() == actor.organisationId;
        } else if (kind == Kind::Registration && actor.role == Role::Viewer) {
            reached = object.value("email"_L1).toString() == actor.email;
        } else if (kind == Kind::Question && actor.role == Role::Viewer) {
            reached = own.contains(object.value("registrationId"_L1).toInteger());
        } else if (kind == Kind::Registration || kind == Kind::Question) {
            reached = webinars.contains(object.value("webinarId"_L1).toInteger());
        } else if (kind == Kind::Device) {
            reached = object.value("userId"_L1).toInteger() == actor.userId;
        } else if (kind == Kind::Organisation) {
            reached = actor.role == Role::ClientStaff && it.key() == actor.organisationId;
        }
        if (reached)
            scope.insert(it.key());
    }
    return scope;
}

void TestAttackIdor::computeScopes()
{
    for (Actor &each : m_actors) {
        if (each.role == Role::Viewer) { // a viewer's webinars follow from their registrations
            each.scope[Kind::Registration] = scopeOf(each, Kind::Registration);
            for (const qint64 id : each.scope.value(Kind::Registration))
                each.scope[Kind::Webinar].insert(
                    m_world.object(Kind::Registration, id).value("webinarId"_L1).toInteger());
        } else {
            each.scope[Kind::Webinar] = scopeOf(each, Kind::Webinar);
            each.scope[Kind::Registration] = scopeOf(each, Kind::Registration);
        }
        for (const Kind kind : {Kind::Question, Kind::Organisation, Kind::User})
            each.scope[kind] = scopeOf(each, kind);
    }
}

ApiReply TestAttackIdor::send(const QString &token, const QByteArray &method, const QString &path,
                              const QJsonObject &body, const QByteArray &reason)
{
    ApiHeaders headers;
    if (!reason.isEmpty())
        headers.append({"X-Access-Reason", reason});
    ++m_requests;
    return m_api.send(method, m_api.urlWithQuery(path), token, body.isEmpty() ? QByteArray() : compactJson(body),
                      headers);
}

ApiReply TestAttackIdor::asAdmin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return send(actor(u"admin"_s).token, method, path, body, method == "GET" ? accessReason : QByteArray());
}

QList<QJsonObject> TestAttackIdor::listAll(const QString &path)
{
    QList<QJsonObject> all;
    for (int offset = 0;; offset += 500) {
        const ApiReply page = asAdmin("GET", u"%1?offset=%2&limit=500"_s.arg(path).arg(offset));
        for (const QJsonValue &each : page.items())
            all.append(each.toObject());
        if (page.status != 200 || page.items().size() < 500)
            return all;
    }
}

QStringList TestAttackIdor::snapshot() const
{
    SqlFile database(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    QStringList rows;
    for (const char *table : {"organisations", "users", "webinars", "webinar_staff", "registrations", "questions",
                              "viewer_profiles", "devices"}) {
        const QString name = QString::fromLatin1(table);
        for (const QString &row : database.rows(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(name)))
            rows.append(name + u": "_s + row);
    }
    return rows;
}
