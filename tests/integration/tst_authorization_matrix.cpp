// Authorization matrix: every endpoint of docs/api.md × every role × an object inside / outside the role's scope.
//
// The expected statuses and the readable field classes below are written by hand from the SPEC (docs/api.md,
// docs/rights.md and the table in common/Rights.cpp); nothing here is derived from the server's code or from
// regiekamer::rights at run time, so the test judges the implementation instead of repeating it.
//
// Reading of the spec used throughout:
// - collection endpoint, role's scope on the resource is none          → 403
// - object outside the role's scope (incl. scope none, unknown ids)    → 404
// - object inside the scope, action missing                            → 403
// - admin "out of scope" does not exist (scope all): an unknown id is used instead → 404
#include "Roles.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>
#include <array>
#include <functional>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 unknownId = 987654321;
const QByteArray accessReason = "matrix test";
const QByteArray scratchPassword = "matrix-scratch-password-1";

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentDisposition;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray items() const { return json().value("items"_L1).toArray(); }
    QByteArray describe() const { return QByteArray::number(status) + ' ' + body.left(300); }
};

enum class Where { In, Out, None };

// Field classes of attendee data (docs/rights.md) and the member names carrying them (docs/api.md).
enum FieldClass : int { Identity, Contact, Profile, RegistrationClass, Attendance, QuestionsClass, Consent };
using Classes = QSet<int>;
const Classes everyClass {Identity, Contact, Profile, RegistrationClass, Attendance, QuestionsClass, Consent};

QStringList registrationMembers(int fieldClass)
{
    switch (fieldClass) {
    case Identity:
        return {u"fullName"_s};
    case Contact:
        return {u"email"_s, u"phone"_s};
    case Profile:
        return {u"company"_s, u"jobTitle"_s};
    case RegistrationClass:
        return {u"registeredAt"_s, u"approvalState"_s};
    case Attendance:
        return {u"joinedAt"_s, u"leftAt"_s, u"minutesWatched"_s, u"present"_s};
    case Consent:
        return {u"consent"_s, u"recording"_s, u"marketing"_s, u"givenAt"_s};
    default:
        return {};
    }
}

QStringList questionMembers(int fieldClass)
{
    switch (fieldClass) {
    case Identity:
        return {u"askerName"_s};
    case QuestionsClass:
        return {u"text"_s, u"askedAt"_s, u"state"_s, u"answer"_s};
    default:
        return {};
    }
}

// Hand-written from the spec: which classes of a registration each role reads.
Classes registrationReadable(Role role, bool reason)
{
    switch (role) {
    case Role::Admin:
        return reason ? everyClass : Classes {};
    case Role::Director:
        return {Identity, Contact, Profile, RegistrationClass, Attendance};
    case Role::Moderator:
        return {Identity, Attendance};
    case Role::ClientStaff:
        return everyClass;
    case Role::Viewer:
        return everyClass; // own registrations only
    }
    return {};
}

Classes questionReadable(Role role, bool reason)
{
    if (role == Role::Admin && !reason)
        return {};
    return {Identity, QuestionsClass};
}

void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectKeys(element, keys);
    }
}

void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString()) {
        strings.append(value.toString());
    } else if (value.isObject()) {
        for (const QJsonValue &member : value.toObject())
            collectStrings(member, strings);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectStrings(element, strings);
    }
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString roleName(Role role)
{
    return roleToWire(role);
}

const QList<Role> everyRole {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer};

// Everything a role's rows need: its scope as the spec defines it, computed from admin's view of the data.
struct Context
{
    qint64 userId = 0;
    qint64 organisationId = 0;
    QSet<qint64> webinarScope;
    qint64 inWebinar = 0, outWebinar = unknownId;
    qint64 inRegistration = 0, outRegistration = unknownId;
    qint64 inQuestion = 0, outQuestion = unknownId;
    qint64 inOrganisation = 0, outOrganisation = unknownId;
    qint64 inUser = 0, outUser = unknownId;
};

} // namespace

class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QMap<Role, QString> m_token;
    QMap<Role, Context> m_ctx;
    QString m_viewerEmail;
    int m_counter = 0;

    // Admin's view (with an access reason) of all data, taken once before the rows run.
    QMap<qint64, QJsonObject> m_webinars; // id → WebinarDetail
    QMap<qint64, QList<QJsonObject>> m_registrations; // webinar id → registrations
    QMap<qint64, QList<QJsonObject>> m_questions; // webinar id → questions
    QSet<qint64> m_viewerRegistrations; // the demo viewer's own registration ids
    qint64 m_clientOrganisation = 0, m_otherOrganisation = 0;
    qint64 m_scratchModerator = 0, m_scratchDirector = 0; // accounts used as assignment targets
    qint64 m_spareRegistration = 0; // deleted by the director's DELETE row

    // ---- HTTP ----------------------------------------------------------------------------------------------------

    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
               const QString &token = {}, const QByteArray &reason = {})
    {
        QUrl url = m_server.baseUrl();
        const qsizetype question = pathAndQuery.indexOf(u'?');
        url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        request.setSslConfiguration(m_tls);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!reason.isEmpty())
            request.setRawHeader("X-Access-Reason", reason);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(8000))
            qWarning("%s %s timed out", verb.constData(), qPrintable(pathAndQuery));
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.contentDisposition = reply->rawHeader("Content-Disposition");
        reply->deleteLater();
        return result;
    }

    Reply as(Role role, const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return send(verb, path, body.isEmpty() ? QByteArray() : compact(body), m_token.value(role));
    }

    Reply asAdmin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return send(verb, path, body.isEmpty() ? QByteArray() : compact(body), m_token.value(Role::Admin),
                    accessReason);
    }

    QString login(const QString &email, const QString &password)
    {
        const Reply reply =
            send("POST", u"/api/v1/session"_s, compact(QJsonObject {{"email"_L1, email}, {"password"_L1, password}}));
        if (reply.status != 200)
            qWarning("login %s: %s", qPrintable(email), reply.describe().constData());
        return reply.json().value("token"_L1).toString();
    }

    // Every item of a paged list (limit 500 per page).
    QList<QJsonObject> listAll(const QString &path, const QString &token, const QByteArray &reason = {})
    {
        QList<QJsonObject> items;
        for (int offset = 0;;) {
            const Reply reply = send("GET", u"%1?offset=%2&limit=500"_s.arg(path).arg(offset), {}, token, reason);
            if (reply.status != 200) {
                qWarning("list %s: %s", qPrintable(path), reply.describe().constData());
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

    QString nextName(const QString &what) { return u"Matrix %1 %2"_s.arg(what).arg(++m_counter); }

    // ---- admin's read-back of single objects, for "nothing changed" -----------------------------------------------

    QByteArray probeRegistration(qint64 id) { return asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(id)).describe(); }
    QByteArray probeWebinar(qint64 id) { return asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).describe(); }
    QByteArray probeOrganisation(qint64 id) { return asAdmin("GET", u"/api/v1/organisations/%1"_s.arg(id)).describe(); }
    QByteArray probeUser(qint64 id) { return asAdmin("GET", u"/api/v1/users/%1"_s.arg(id)).describe(); }

    QJsonObject findQuestion(qint64 webinarId, qint64 questionId)
    {
        for (const QJsonObject &question :
             listAll(u"/api/v1/webinars/%1/questions"_s.arg(webinarId), m_token.value(Role::Admin), accessReason)) {
            if (question.value("id"_L1).toInteger() == questionId)
                return question;
        }
        return {};
    }

    QByteArray probeQuestion(qint64 questionId)
    {
        for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
            for (const QJsonObject &question : it.value()) {
                if (question.value("id"_L1).toInteger() == questionId)
                    return compact(findQuestion(it.key(), questionId));
            }
        }
        return "unknown";
    }

    int registrationTotal(qint64 webinarId)
    {
        return asAdmin("GET", u"/api/v1/webinars/%1/registrations?limit=1"_s.arg(webinarId))
            .json()
            .value("total"_L1)
            .toInt(-1);
    }

    int questionTotal(qint64 webinarId)
    {
        return asAdmin("GET", u"/api/v1/webinars/%1/questions?limit=1"_s.arg(webinarId))
            .json()
            .value("total"_L1)
            .toInt(-1);
    }

    qint64 createOrganisation()
    {
        const Reply reply = asAdmin("POST", u"/api/v1/organisations"_s, {{"name"_L1, nextName(u"org"_s)}});
        if (reply.status != 201)
            qWarning("setup: create organisation: %s", reply.describe().constData());
        return reply.json().value("id"_L1).toInteger();
    }

    qint64 createWebinar()
    {
        const QJsonObject body {{"organisationId"_L1, m_clientOrganisation},
                                {"title"_L1, nextName(u"webinar"_s)},
                                {"description"_L1, u"created by tst_authorization_matrix"_s},
                                {"startsAt"_L1, u"2031-05-01T09:00:00Z"_s},
                                {"durationMinutes"_L1, 45}};
        const Reply reply = asAdmin("POST", u"/api/v1/webinars"_s, body);
        if (reply.status != 201)
            qWarning("setup: create webinar: %s", reply.describe().constData());
        return reply.json().value("id"_L1).toInteger();
    }

    int assign(qint64 webinarId, qint64 userId, const QString &role)
    {
        return asAdmin("PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(userId), {{"role"_L1, role}}).status;
    }

    void unassign(qint64 webinarId, qint64 userId)
    {
        asAdmin("DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(userId));
    }

    bool staffContains(qint64 webinarId, qint64 userId)
    {
        const QJsonArray staff =
            asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(webinarId)).json().value("staff"_L1).toArray();
        return std::any_of(staff.begin(), staff.end(), [&](const QJsonValue &entry) {
            return entry.toObject().value("userId"_L1).toInteger() == userId;
        });
    }

    qint64 scratchAccount(const QString &email, const QString &role)
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

    // ---- the field and value checks ------------------------------------------------------------------------------

    enum class Kind { Registrations, Questions, Webinar, Export, Own };

    // Values of an attendee's registration per class that are distinctive enough to search for in a raw body.
    static QStringList registrationValues(const QJsonObject &registration, int fieldClass)
    {
        QStringList values;
        for (const QString &member : registrationMembers(fieldClass)) {
            const QJsonValue value = registration.value(member);
            if (value.isString() && (fieldClass == Identity || fieldClass == Contact || fieldClass == Profile))
                values.append(value.toString());
        }
        return values;
    }

    static QStringList questionValues(const QJsonObject &question, int fieldClass)
    {
        QStringList values;
        if (fieldClass == Identity)
            values.append(question.value("askerName"_L1).toString());
        if (fieldClass == QuestionsClass) {
            values.append(question.value("text"_L1).toString());
            values.append(question.value("answer"_L1).toString());
        }
        return values;
    }

    bool isOwnRegistration(qint64 registrationId) const { return m_viewerRegistrations.contains(registrationId); }

    // The body may contain only personal values the role may read on the objects it may see (allowed), and none
    // of all other personal values in the demo data (forbidden).
    void checkValues(const QByteArray &body, Kind kind, Role role, bool reason, qint64 webinarId)
    {
        QSet<QString> allowed;
        QSet<QString> everything;
        const bool ownOnly = role == Role::Viewer || kind == Kind::Own;
        for (auto it = m_registrations.cbegin(); it != m_registrations.cend(); ++it) {
            for (const QJsonObject &registration : it.value()) {
                const bool visible = (kind == Kind::Own || it.key() == webinarId) &&
                    (!ownOnly || isOwnRegistration(registration.value("id"_L1).toInteger()));
                for (int fieldClass : everyClass) {
                    const QStringList values = registrationValues(registration, fieldClass);
                    for (const QString &value : values)
                        everything.insert(value);
                    const bool readable = (kind == Kind::Registrations || kind == Kind::Export || kind == Kind::Own) &&
                        registrationReadable(role, reason).contains(fieldClass);
                    if (visible && readable) {
                        for (const QString &value : values)
                            allowed.insert(value);
                    }
                }
            }
        }
        for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
            for (const QJsonObject &question : it.value()) {
                const bool visible = (kind == Kind::Own || it.key() == webinarId) &&
                    (!ownOnly || isOwnRegistration(question.value("registrationId"_L1).toInteger()));
                for (int fieldClass : {int(Identity), int(QuestionsClass)}) {
                    const QStringList values = questionValues(question, fieldClass);
                    for (const QString &value : values)
                        everything.insert(value);
                    const bool readable = (kind == Kind::Questions || kind == Kind::Own) &&
                        questionReadable(role, reason).contains(fieldClass);
                    if (visible && readable) {
                        for (const QString &value : values)
                            allowed.insert(value);
                    }
                }
            }
        }
        QStringList strings;
        collectStrings(QJsonDocument::fromJson(body).object(), strings);
        const QString text = strings.join(u'\n');
        const QSet<QString> exact(strings.cbegin(), strings.cend());
        QSet<QString> fields; // CSV cells
        for (const QString &cell : QString::fromUtf8(body).split(QRegularExpression(u"[,;\"\r\n]"_s)))
            fields.insert(cell.trimmed());
        for (const QString &value : std::as_const(everything)) {
            if (value.size() < 5 || allowed.contains(value))
                continue;
            // E-mail addresses and phone numbers are distinctive: not even a substring may appear. Names, companies
            // and texts must not appear as a value (a forbidden "Jan Smit" inside an allowed "Jan Smits" is no leak).
            const bool distinctive = value.contains(u'@') || value.count(QRegularExpression(u"[0-9]"_s)) >= 6;
            if ((kind == Kind::Webinar || kind == Kind::Own) && !distinctive)
                continue; // a webinar's texts may share a word with a company; two people may share a company
            const bool found = distinctive ? body.contains(value.toUtf8()) || text.contains(value)
                                           : exact.contains(value) || fields.contains(value) ||
                    body.contains(QByteArray('"' + value.toUtf8() + '"'));
            QVERIFY2(!found, qPrintable(u"forbidden value \"%1\" in the body for %2"_s.arg(value, roleName(role))));
        }
    }

    // No member of a class the role may not read appears anywhere in the JSON; the readable ones are there.
    void checkMembers(const QByteArray &body, Kind kind, Role role, bool reason)
    {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QVERIFY2(!json.isEmpty(), body.left(200).constData());
        QSet<QString> keys;
        collectKeys(json, keys);
        if (kind == Kind::Registrations) {
            const Classes readable = registrationReadable(role, reason);
            for (int fieldClass : everyClass) {
                const bool mayRead = readable.contains(fieldClass);
                for (const QString &member : registrationMembers(fieldClass))
                    QVERIFY2(mayRead || !keys.contains(member),
                             qPrintable(u"member %1 present for %2"_s.arg(member, roleName(role))));
            }
            // Question members never belong in a registration.
            for (const QString &member : {u"askerName"_s, u"text"_s, u"answer"_s})
                QVERIFY2(!keys.contains(member), qPrintable(member));
            // Positive: each item carries the members of every readable class (fields are omitted, not blanked).
            QJsonArray items = json.value("items"_L1).toArray();
            if (!json.contains("items"_L1))
                items.append(json);
            for (const QJsonValue &item : std::as_const(items)) {
                const QJsonObject object = item.toObject();
                for (const QString &member : {u"id"_s, u"webinarId"_s, u"version"_s})
                    QVERIFY2(object.contains(member), qPrintable(u"missing %1"_s.arg(member)));
                for (int fieldClass : readable) {
                    const QStringList members = registrationMembers(fieldClass);
                    const QStringList direct = fieldClass == Consent ? QStringList {u"consent"_s} : members;
                    for (const QString &member : direct)
                        QVERIFY2(object.contains(member),
                                 qPrintable(u"readable member %1 missing for %2"_s.arg(member, roleName(role))));
                }
            }
        } else if (kind == Kind::Questions) {
            const Classes readable = questionReadable(role, reason);
            for (int fieldClass : {int(Identity), int(QuestionsClass)}) {
                const bool mayRead = readable.contains(fieldClass);
                for (const QString &member : questionMembers(fieldClass))
                    QVERIFY2(mayRead || !keys.contains(member),
                             qPrintable(u"member %1 present for %2"_s.arg(member, roleName(role))));
            }
            // Registration data never leaks through a question.
            for (int fieldClass : {int(Contact), int(Profile), int(RegistrationClass), int(Attendance), int(Consent)}) {
                for (const QString &member : registrationMembers(fieldClass))
                    QVERIFY2(!keys.contains(member), qPrintable(u"member %1 in a question"_s.arg(member)));
            }
            for (const QJsonValue &item : json.value("items"_L1).toArray()) {
                const QJsonObject object = item.toObject();
                for (const QString &member : {u"id"_s, u"webinarId"_s, u"registrationId"_s, u"version"_s})
                    QVERIFY2(object.contains(member), qPrintable(u"missing %1"_s.arg(member)));
                for (int fieldClass : readable) {
                    for (const QString &member : questionMembers(fieldClass))
                        QVERIFY2(object.contains(member),
                                 qPrintable(u"readable member %1 missing for %2"_s.arg(member, roleName(role))));
                }
            }
        } else if (kind == Kind::Webinar) {
            for (int fieldClass : everyClass) {
                for (const QString &member : registrationMembers(fieldClass) + questionMembers(fieldClass)) {
                    if (member == "state"_L1)
                        continue; // a webinar has a state of its own
                    QVERIFY2(!keys.contains(member), qPrintable(u"attendee member %1 in a webinar"_s.arg(member)));
                }
            }
        }
    }

    void checkRead(const Reply &reply, Kind kind, Role role, bool reason, qint64 webinarId)
    {
        if (kind != Kind::Export && kind != Kind::Own) {
            checkMembers(reply.body, kind, role, reason);
            if (QTest::currentTestFailed())
                return;
        }
        checkValues(reply.body, kind, role, reason, webinarId);
    }

    // ---- setup of the contexts ---------------------------------------------------------------------------------

    static qint64 firstId(const QList<QJsonObject> &objects, const std::function<bool(const QJsonObject &)> &accept)
    {
        for (const QJsonObject &object : objects) {
            if (accept(object))
                return object.value("id"_L1).toInteger();
        }
        return 0;
    }

    // A webinar of the set with registrations and questions, preferring ones with the most registrations.
    qint64 richWebinar(const QSet<qint64> &candidates, const std::function<bool(qint64)> &extra = {}) const
    {
        qint64 best = 0;
        qsizetype bestScore = -1;
        for (qint64 id : candidates) {
            if (extra && !extra(id))
                continue;
            const qsizetype score = m_registrations.value(id).size() + (m_questions.value(id).isEmpty() ? 0 : 100000);
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        return best;
    }

    void fillWebinarIds(Context &context, const QSet<qint64> &all)
    {
        context.inWebinar = richWebinar(context.webinarScope);
        context.outWebinar = richWebinar(all - context.webinarScope);
        const auto anyRegistration = [](const QJsonObject &) { return true; };
        context.inRegistration = firstId(m_registrations.value(context.inWebinar), anyRegistration);
        context.outRegistration = firstId(m_registrations.value(context.outWebinar), anyRegistration);
        context.inQuestion = firstId(m_questions.value(context.inWebinar), anyRegistration);
        context.outQuestion = firstId(m_questions.value(context.outWebinar), anyRegistration);
        if (!context.outQuestion) { // the out webinar has no questions: any question outside the scope
            for (auto it = m_questions.cbegin(); it != m_questions.cend() && !context.outQuestion; ++it) {
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

    static void addRow(Role role, const char *endpoint, Where where, int expected)
    {
        const QString whereName = where == Where::In ? u"in"_s : where == Where::Out ? u"out"_s : u"-"_s;
        QTest::addRow("%s | %s | %s", endpoint, qPrintable(roleName(role)), qPrintable(whereName))
            << QString::fromLatin1(endpoint) << int(role) << int(where) << expected;
    }

    // One endpoint, a status per role for in / out of scope: {admin, director, moderator, client_staff, viewer}.
    static void addRows(const char *endpoint, std::array<int, 5> in, std::array<int, 5> out)
    {
        for (int i = 0; i < 5; ++i) {
            addRow(everyRole.at(i), endpoint, Where::In, in.at(i));
            addRow(everyRole.at(i), endpoint, Where::Out, out.at(i));
        }
    }

    static void addCollectionRows(const char *endpoint, std::array<int, 5> status)
    {
        for (int i = 0; i < 5; ++i)
            addRow(everyRole.at(i), endpoint, Where::None, status.at(i));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        const auto certificates = QSslCertificate::fromPath(m_server.dataDir() + u"/server-certificate.pem"_s);
        QCOMPARE(certificates.size(), 1);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(certificates);
        m_tls.setProtocol(QSsl::TlsV1_3OrLater);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);

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

        // Admin's view of everything (with a reason, so personal data comes along).
        const Reply webinars = asAdmin("GET", u"/api/v1/webinars"_s);
        QCOMPARE(webinars.status, 200);
        QSet<qint64> all;
        for (const QJsonValue &item : webinars.items()) {
            const qint64 id = item.toObject().value("id"_L1).toInteger();
            all.insert(id);
            m_webinars.insert(id, asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).json());
            m_registrations.insert(
                id, listAll(u"/api/v1/webinars/%1/registrations"_s.arg(id), m_token.value(Role::Admin), accessReason));
            m_questions.insert(
                id, listAll(u"/api/v1/webinars/%1/questions"_s.arg(id), m_token.value(Role::Admin), accessReason));
            const qint64 organisation = item.toObject().value("organisationId"_L1).toInteger();
            if (organisation != m_clientOrganisation)
                m_otherOrganisation = organisation;
        }
        QCOMPARE(all.size(), 6);
        if (!m_otherOrganisation)
            m_otherOrganisation = unknownId;

        // The scopes as the spec defines them, from admin's data (never from the role's own answers).
        for (auto it = m_webinars.cbegin(); it != m_webinars.cend(); ++it) {
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
            for (const QJsonObject &registration : m_registrations.value(it.key())) {
                if (registration.value("email"_L1).toString().compare(m_viewerEmail, Qt::CaseInsensitive) == 0) {
                    m_ctx[Role::Viewer].webinarScope.insert(it.key());
                    m_viewerRegistrations.insert(registration.value("id"_L1).toInteger());
                }
            }
        }
        m_ctx[Role::Admin].webinarScope = all;
        for (Role role : everyRole)
            qInfo("scope of %s: %d webinars", qPrintable(roleName(role)), int(m_ctx[role].webinarScope.size()));

        for (Role role : {Role::Director, Role::Moderator, Role::ClientStaff})
            fillWebinarIds(m_ctx[role], all);

        // Admin: an existing object in, an unknown id out.
        Context &admin = m_ctx[Role::Admin];
        admin.inWebinar = richWebinar(all);
        admin.inRegistration =
            firstId(m_registrations.value(admin.inWebinar), [](const QJsonObject &) { return true; });
        admin.inQuestion = firstId(m_questions.value(admin.inWebinar), [](const QJsonObject &) { return true; });

        // Viewer: own registration / own question in; another attendee's in the same webinar out.
        Context &viewer = m_ctx[Role::Viewer];
        viewer.inWebinar = richWebinar(viewer.webinarScope, [&](qint64 id) {
            const QList<QJsonObject> questions = m_questions.value(id);
            return std::any_of(questions.cbegin(), questions.cend(), [&](const QJsonObject &q) {
                return isOwnRegistration(q.value("registrationId"_L1).toInteger());
            });
        });
        if (!viewer.inWebinar)
            viewer.inWebinar = richWebinar(viewer.webinarScope);
        viewer.outWebinar = richWebinar(all - viewer.webinarScope);
        const auto own = [&](const QJsonObject &r) { return isOwnRegistration(r.value("id"_L1).toInteger()); };
        const auto notOwn = [&](const QJsonObject &r) { return !isOwnRegistration(r.value("id"_L1).toInteger()); };
        viewer.inRegistration = firstId(m_registrations.value(viewer.inWebinar), own);
        viewer.outRegistration = firstId(m_registrations.value(viewer.inWebinar), notOwn);
        viewer.inQuestion = firstId(m_questions.value(viewer.inWebinar), [&](const QJsonObject &q) {
            return isOwnRegistration(q.value("registrationId"_L1).toInteger());
        });
        viewer.outQuestion = firstId(m_questions.value(viewer.inWebinar), [&](const QJsonObject &q) {
            return !isOwnRegistration(q.value("registrationId"_L1).toInteger());
        });
        if (!viewer.inQuestion && viewer.inWebinar) {
            // The demo has no own question: the viewer asks one (the creation itself is a matrix row too).
            const Reply asked = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/questions"_s.arg(viewer.inWebinar),
                                   {{"text"_L1, u"Matrix setup: will the slides be shared afterwards?"_s}});
            viewer.inQuestion = asked.json().value("id"_L1).toInteger();
            if (viewer.inQuestion)
                m_questions[viewer.inWebinar].append(findQuestion(viewer.inWebinar, viewer.inQuestion));
            else
                qWarning("setup: viewer has no own question and could not ask one: %s", asked.describe().constData());
        }

        // Organisations: in = the client's own, out = the other one.
        for (Role role : everyRole) {
            m_ctx[role].inOrganisation = m_clientOrganisation;
            m_ctx[role].outOrganisation = role == Role::Admin ? unknownId : m_otherOrganisation;
        }

        // Scratch staff accounts, the targets of assignments and account changes.
        m_scratchModerator = scratchAccount(u"matrix.moderator@example.com"_s, u"moderator"_s);
        m_scratchDirector = scratchAccount(u"matrix.director@example.com"_s, u"director"_s);
        for (Role role : everyRole)
            m_ctx[role].inUser = m_scratchModerator;

        // A registration only the director's DELETE row uses.
        const Context &director = m_ctx[Role::Director];
        QSet<qint64> used {director.inRegistration};
        for (Role role : everyRole) {
            used.insert(m_ctx[role].inRegistration);
            used.insert(m_ctx[role].outRegistration);
        }
        const QList<QJsonObject> directorRegistrations = m_registrations.value(director.inWebinar);
        for (auto it = directorRegistrations.crbegin(); it != directorRegistrations.crend(); ++it) {
            const qint64 id = it->value("id"_L1).toInteger();
            if (!used.contains(id) && !isOwnRegistration(id)) {
                m_spareRegistration = id;
                break;
            }
        }

        for (Role role : everyRole) {
            const Context &c = m_ctx[role];
            qInfo("%s: webinar in %lld out %lld; registration in %lld out %lld; question in %lld out %lld",
                  qPrintable(roleName(role)), c.inWebinar, c.outWebinar, c.inRegistration, c.outRegistration,
                  c.inQuestion, c.outQuestion);
        }
    }

    // ---- 3: IDOR through bodies, query strings and paths ----------------------------------------------------------

    void idorBodies_data()
    {
        QTest::addColumn<QString>("what");
        for (const char *what : {"PATCH registration +webinarId", "PATCH registration +id", "PATCH question +webinarId",
                                 "PATCH question +registrationId", "PATCH webinar +organisationId", "PATCH webinar +id",
                                 "PATCH profile +email", "PATCH profile +id", "PATCH user +email",
                                 "POST question +registrationId", "POST registration +email"})
            QTest::newRow(what) << QString::fromLatin1(what);
    }

    // Valid bodies plus one member that is unknown or immutable: 400, and the objects are unchanged.
    void idorBodies()
    {
        QFETCH(QString, what);
        const Context &director = m_ctx[Role::Director];
        const Context &moderator = m_ctx[Role::Moderator];
        const Context &viewer = m_ctx[Role::Viewer];
        Reply reply;
        QByteArray before, after;
        if (what.startsWith("PATCH registration"_L1)) {
            const qint64 id = director.inRegistration;
            QVERIFY(id > 0);
            before = probeRegistration(id) + probeRegistration(director.outRegistration);
            const QJsonObject current = asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(id)).json();
            QJsonObject body {
                {"approvalState"_L1,
                 current.value("approvalState"_L1).toString() == "approved"_L1 ? u"rejected"_s : u"approved"_s},
                {"version"_L1, current.value("version"_L1).toInteger(1)}};
            if (what.endsWith("webinarId"_L1))
                body.insert("webinarId"_L1, director.outWebinar);
            else
                body.insert("id"_L1, director.outRegistration);
            reply = as(Role::Director, "PATCH", u"/api/v1/registrations/%1"_s.arg(id), body);
            after = probeRegistration(id) + probeRegistration(director.outRegistration);
        } else if (what.startsWith("PATCH question"_L1)) {
            const qint64 id = moderator.inQuestion;
            QVERIFY(id > 0);
            before = probeQuestion(id);
            const QJsonObject current = findQuestion(moderator.inWebinar, id);
            QJsonObject body {
                {"state"_L1, current.value("state"_L1).toString() == "approved"_L1 ? u"dismissed"_s : u"approved"_s},
                {"version"_L1, current.value("version"_L1).toInteger(1)}};
            if (what.endsWith("webinarId"_L1))
                body.insert("webinarId"_L1, moderator.outWebinar);
            else
                body.insert("registrationId"_L1, moderator.outRegistration);
            reply = as(Role::Moderator, "PATCH", u"/api/v1/questions/%1"_s.arg(id), body);
            after = probeQuestion(id);
        } else if (what.startsWith("PATCH webinar"_L1)) {
            const qint64 id = director.inWebinar;
            before = probeWebinar(id);
            QJsonObject body {
                {"version"_L1,
                 asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(id)).json().value("version"_L1).toInteger(1)},
                {"description"_L1, u"matrix idor"_s}};
            if (what.endsWith("organisationId"_L1))
                body.insert("organisationId"_L1,
                            m_otherOrganisation == m_webinars.value(id).value("organisationId"_L1).toInteger()
                                ? m_clientOrganisation
                                : m_otherOrganisation);
            else
                body.insert("id"_L1, director.outWebinar);
            reply = as(Role::Director, "PATCH", u"/api/v1/webinars/%1"_s.arg(id), body);
            after = probeWebinar(id);
        } else if (what.startsWith("PATCH profile"_L1)) {
            before = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body;
            QJsonObject body {{"version"_L1, QJsonDocument::fromJson(before).object().value("version"_L1).toInteger(1)},
                              {"jobTitle"_L1, u"matrix idor"_s}};
            if (what.endsWith("email"_L1))
                body.insert("email"_L1, u"someone.else@example.com"_s);
            else
                body.insert("id"_L1, 1);
            reply = as(Role::Viewer, "PATCH", u"/api/v1/me/profile"_s, body);
            after = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).body;
        } else if (what == "PATCH user +email"_L1) {
            before = probeUser(m_scratchModerator);
            reply = as(Role::Admin, "PATCH", u"/api/v1/users/%1"_s.arg(m_scratchModerator),
                       {{"version"_L1,
                         asAdmin("GET", u"/api/v1/users/%1"_s.arg(m_scratchModerator))
                             .json()
                             .value("version"_L1)
                             .toInteger(1)},
                        {"displayName"_L1, u"Matrix idor"_s},
                        {"email"_L1, u"taken.over@example.com"_s}});
            after = probeUser(m_scratchModerator);
        } else if (what == "POST question +registrationId"_L1) {
            before = QByteArray::number(questionTotal(viewer.inWebinar));
            reply = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/questions"_s.arg(viewer.inWebinar),
                       {{"text"_L1, u"Matrix idor question?"_s}, {"registrationId"_L1, viewer.outRegistration}});
            after = QByteArray::number(questionTotal(viewer.inWebinar));
        } else if (what == "POST registration +email"_L1) {
            const qint64 webinar = viewer.outWebinar;
            before = QByteArray::number(registrationTotal(webinar));
            reply = as(Role::Viewer, "POST", u"/api/v1/webinars/%1/registrations"_s.arg(webinar),
                       {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}},
                        {"email"_L1, u"someone.else@example.com"_s}});
            after = QByteArray::number(registrationTotal(webinar));
        }
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QCOMPARE(after, before);
    }

    void idorQueries_data()
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
            << int(Role::ClientStaff) << u"/api/v1/webinars?organisationId=%1"_s.arg(m_otherOrganisation)
            << u"webinars"_s;
        QTest::newRow("client organisations ?id=other")
            << int(Role::ClientStaff) << u"/api/v1/organisations?id=%1"_s.arg(m_otherOrganisation)
            << u"organisations"_s;
        QTest::newRow("moderator webinars ?all=true")
            << int(Role::Moderator) << u"/api/v1/webinars?all=true&scope=all"_s << u"webinars"_s;
        QTest::newRow("viewer webinars ?userId=admin")
            << int(Role::Viewer) << u"/api/v1/webinars?userId=%1"_s.arg(m_ctx[Role::Admin].userId) << u"webinars"_s;
        QTest::newRow("viewer registrations ?registrationId=other")
            << int(Role::Viewer)
            << u"/api/v1/webinars/%1/registrations?registrationId=%2"_s.arg(viewer.inWebinar)
                   .arg(viewer.outRegistration)
            << u"registrations"_s;
        QTest::newRow("viewer me/registrations ?userId=other")
            << int(Role::Viewer) << u"/api/v1/me/registrations?userId=1&registrationId=%1"_s.arg(viewer.outRegistration)
            << u"me"_s;
        QTest::newRow("viewer me/questions ?registrationId=other")
            << int(Role::Viewer) << u"/api/v1/me/questions?registrationId=%1"_s.arg(viewer.outRegistration) << u"me"_s;
    }

    // Query strings never widen the scope: either 400 or an answer holding only in-scope data.
    void idorQueries()
    {
        QFETCH(int, roleValue);
        QFETCH(QString, path);
        QFETCH(QString, kind);
        const Role role = Role(roleValue);
        const Context &c = m_ctx[role];
        const Reply reply = as(role, "GET", path);
        QVERIFY2(reply.status == 200 || reply.status == 400, reply.describe().constData());
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
    void searchIsNoOracle()
    {
        const Context &moderator = m_ctx[Role::Moderator];
        const QList<QJsonObject> registrations = m_registrations.value(moderator.inWebinar);
        QVERIFY(!registrations.isEmpty());
        const QJsonObject target = registrations.first();
        const QString email = target.value("email"_L1).toString();
        const QString company = target.value("company"_L1).toString();
        QVERIFY(!email.isEmpty());
        const auto total = [&](Role role, const QString &query, const QByteArray &reason = {}) {
            return send("GET", u"/api/v1/webinars/%1/registrations?%2"_s.arg(moderator.inWebinar).arg(query), {},
                        m_token.value(role), reason);
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
            const Reply reply =
                total(Role::Moderator, u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(term)));
            QVERIFY2(reply.status == 200, reply.describe().constData());
            QVERIFY2(reply.json().value("total"_L1).toInt() == 0 && reply.items().isEmpty(),
                     qPrintable(u"search on an unreadable field matched: "_s + term));
        }
        // Admin without a reason reads no names: a name search matches nothing.
        const QString name = target.value("fullName"_L1).toString();
        const Reply admin = total(Role::Admin, u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(name)));
        QVERIFY2(admin.status == 200 || admin.status == 400, admin.describe().constData());
        if (admin.status == 200)
            QVERIFY2(admin.items().isEmpty(), "admin without a reason found an attendee by name");
        // Sorting on an unreadable field: 400.
        for (const QString &sort : {u"company"_s, u"registeredAt"_s}) {
            const Reply sorted = total(Role::Moderator, u"sort="_s + sort);
            QVERIFY2(sorted.status == 400, qPrintable(sort + u": "_s + QString::fromUtf8(sorted.describe())));
        }
        const Reply adminSorted = total(Role::Admin, u"sort=name"_s);
        QVERIFY2(adminSorted.status == 400, adminSorted.describe().constData());
        // With the reason, admin reads everything, and the search finds the attendee.
        const Reply withReason =
            total(Role::Admin, u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(email)), accessReason);
        QVERIFY2(withReason.status == 200 && !withReason.items().isEmpty(), withReason.describe().constData());
    }

    void pathIds_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/api/v1/webinars/abc", "/api/v1/webinars/0", "/api/v1/webinars/-1", "/api/v1/webinars/1.0",
              "/api/v1/webinars/0x1", "/api/v1/registrations/abc", "/api/v1/registrations/-5",
              "/api/v1/organisations/abc", "/api/v1/users/1x", "/api/v1/webinars/99999999999999999999999/questions"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void pathIds()
    {
        QFETCH(QString, path);
        const Reply reply = send("GET", path, {}, m_token.value(Role::Admin), accessReason);
        QVERIFY2(reply.status == 404, reply.describe().constData());
    }

    // ---- 4: lifecycle -----------------------------------------------------------------------------------------------

    void removedModeratorLosesAccessAtOnce()
    {
        const qint64 webinar = m_ctx[Role::Moderator].outWebinar != unknownId ? m_ctx[Role::Moderator].outWebinar
                                                                              : m_ctx[Role::Admin].inWebinar;
        const QString email = u"matrix.removed@example.com"_s;
        const qint64 id = scratchAccount(email, u"moderator"_s);
        QVERIFY(id > 0);
        const QString token = login(email, QString::fromLatin1(scratchPassword));
        QVERIFY(!token.isEmpty());
        const QString questions = u"/api/v1/webinars/%1/questions"_s.arg(webinar);
        QCOMPARE(send("GET", questions, {}, token).status, 404);
        QCOMPARE(assign(webinar, id, u"moderator"_s), 200);
        const Reply assigned = send("GET", questions, {}, token);
        QVERIFY2(assigned.status == 200, assigned.describe().constData());
        QCOMPARE(asAdmin("DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinar).arg(id)).status, 204);
        const Reply removed = send("GET", questions, {}, token);
        QVERIFY2(removed.status == 404, removed.describe().constData());
        QCOMPARE(send("GET", u"/api/v1/webinars/%1"_s.arg(webinar), {}, token).status, 404);
        QCOMPARE(send("GET", u"/api/v1/webinars/%1/registrations"_s.arg(webinar), {}, token).status, 404);
    }

    void disabledAccountLosesItsSession()
    {
        const QString email = u"matrix.disabled@example.com"_s;
        const qint64 id = scratchAccount(email, u"director"_s);
        QVERIFY(id > 0);
        const QString token = login(email, QString::fromLatin1(scratchPassword));
        QVERIFY(!token.isEmpty());
        QCOMPARE(send("GET", u"/api/v1/webinars"_s, {}, token).status, 200);
        const qint64 version = asAdmin("GET", u"/api/v1/users/%1"_s.arg(id)).json().value("version"_L1).toInteger(1);
        const Reply disabled =
            as(Role::Admin, "PATCH", u"/api/v1/users/%1"_s.arg(id), {{"disabled"_L1, true}, {"version"_L1, version}});
        QVERIFY2(disabled.status == 200, disabled.describe().constData());
        QCOMPARE(disabled.json().value("disabled"_L1).toBool(), true);
        const Reply next = send("GET", u"/api/v1/webinars"_s, {}, token);
        QVERIFY2(next.status == 401, next.describe().constData());
        QCOMPARE(send("GET", u"/api/v1/me"_s, {}, token).status, 401);
    }

    // ---- 1 + 2: the matrix, with field checks on every allowed read ----------------------------------------------

    void matrix_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("roleValue");
        QTest::addColumn<int>("whereValue");
        QTest::addColumn<int>("expected");

        // clang-format off
        // Statuses per role: {admin, director, moderator, client_staff, viewer}; addRows: in scope, then out.
        addCollectionRows("GET /organisations",                          {200, 403, 403, 200, 403});
        addCollectionRows("POST /organisations",                         {201, 403, 403, 403, 403});
        addRows(          "GET /organisations/{id}",                     {200, 404, 404, 200, 404}, {404, 404, 404, 404, 404});
        addRows(          "PATCH /organisations/{id}",                   {200, 404, 404, 403, 404}, {404, 404, 404, 404, 404});
        addRows(          "DELETE /organisations/{id}",                  {204, 404, 404, 403, 404}, {404, 404, 404, 404, 404});

        addCollectionRows("GET /users",                                  {200, 403, 403, 403, 403});
        addCollectionRows("POST /users",                                 {201, 403, 403, 403, 403});
        addRows(          "GET /users/{id}",                             {200, 404, 404, 404, 404}, {404, 404, 404, 404, 404});
        addRows(          "PATCH /users/{id}",                           {200, 404, 404, 404, 404}, {404, 404, 404, 404, 404});

        addCollectionRows("GET /webinars",                               {200, 200, 200, 200, 200});
        addCollectionRows("POST /webinars",                              {201, 403, 403, 403, 403});
        addRows(          "GET /webinars/{id}",                          {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
        addRows(          "PATCH /webinars/{id}",                        {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRows(          "DELETE /webinars/{id}",                       {204, 403, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRows(          "POST /webinars/{id}/state",                   {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRows(          "PUT /webinars/{id}/staff/{moderator}",        {200, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRow(Role::Admin, "PUT /webinars/{id}/staff/{director}", Where::In, 200);
        addRow(Role::Director, "PUT /webinars/{id}/staff/{director}", Where::In, 403);
        addRows(          "DELETE /webinars/{id}/staff/{moderator}",     {204, 204, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRow(Role::Director, "DELETE /webinars/{id}/staff/{director}", Where::In, 403);

        addRows(          "GET /webinars/{id}/registrations",            {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
        addRow(Role::Admin, "GET /webinars/{id}/registrations +reason", Where::In, 200);
        addRows(          "GET /registrations/{id}",                     {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
        addRow(Role::Admin, "GET /registrations/{id} +reason", Where::In, 200);
        addRows(          "PATCH /registrations/{id}",                   {403, 200, 403, 403, 403}, {404, 404, 404, 404, 404});
        addRows(          "GET /webinars/{id}/registrations/export",     {403, 403, 403, 200, 403}, {404, 404, 404, 404, 404});
        addRows(          "GET /webinars/{id}/questions",                {200, 200, 200, 200, 200}, {404, 404, 404, 404, 404});
        addRow(Role::Admin, "GET /webinars/{id}/questions +reason", Where::In, 200);
        addRows(          "PATCH /questions/{id}",                       {403, 200, 200, 403, 403}, {404, 404, 404, 404, 404});
        addRows(          "POST /webinars/{id}/questions",               {403, 403, 403, 403, 201}, {404, 404, 404, 404, 404});

        addCollectionRows("GET /me/profile",                             {403, 403, 403, 403, 200});
        addCollectionRows("PATCH /me/profile",                           {403, 403, 403, 403, 200});
        addCollectionRows("GET /me/registrations",                       {403, 403, 403, 403, 200});
        addCollectionRows("GET /me/questions",                           {403, 403, 403, 403, 200});
        // clang-format on

        // Rows that change the viewer's own scope run last: the viewer registering (in: already registered → 409;
        // out: a webinar it is not registered for → 201, see the report), then deleting registrations.
        for (int i = 0; i < 4; ++i) {
            addRow(everyRole.at(i), "POST /webinars/{id}/registrations", Where::In, 403);
            addRow(everyRole.at(i), "POST /webinars/{id}/registrations", Where::Out, 404);
        }
        addRow(Role::Viewer, "POST /webinars/{id}/registrations", Where::In, 409);
        for (int i = 0; i < 4; ++i) {
            addRow(everyRole.at(i), "DELETE /registrations/{id}", Where::In, i == 1 ? 204 : 403);
            addRow(everyRole.at(i), "DELETE /registrations/{id}", Where::Out, 404);
        }
        addRow(Role::Viewer, "DELETE /registrations/{id}", Where::Out, 404);
        addRow(Role::Viewer, "DELETE /registrations/{id}", Where::In, 204);
        addRow(Role::Viewer, "POST /webinars/{id}/registrations", Where::Out, 201);
    }

    void matrix()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, roleValue);
        QFETCH(int, whereValue);
        QFETCH(int, expected);
        const Role role = Role(roleValue);
        const bool in = Where(whereValue) != Where::Out;
        const Context &c = m_ctx[role];
        QVERIFY2(!m_token.value(role).isEmpty(), "no session for this role");
        const bool allowed = expected >= 200 && expected < 300;
        const auto expect = [&](const Reply &reply) { return reply.status == expected; };
        const auto failure = [&](const Reply &reply) -> QByteArray {
            return QByteArray("expected ") + QByteArray::number(expected) + ", got " + reply.describe();
        };
        const qint64 webinar = in ? c.inWebinar : c.outWebinar;
        const qint64 registration = in ? c.inRegistration : c.outRegistration;
        const qint64 question = in ? c.inQuestion : c.outQuestion;
        const qint64 organisation = in ? c.inOrganisation : c.outOrganisation;
        const qint64 user = in ? c.inUser : c.outUser;
        if (endpoint.contains("{id}"_L1) && endpoint.contains("webinars"_L1))
            QVERIFY2(webinar > 0, "the demo data lacks a webinar for this case");

        // ---- organisations ----
        if (endpoint == "GET /organisations"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/organisations"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            if (role == Role::ClientStaff) {
                QCOMPARE(reply.items().size(), 1);
                QCOMPARE(reply.items().first().toObject().value("id"_L1).toInteger(), m_clientOrganisation);
            } else if (allowed) {
                QVERIFY(reply.items().size() >= 2);
            }
        } else if (endpoint == "POST /organisations"_L1) {
            const QString name = nextName(u"org"_s);
            const Reply reply = as(role, "POST", u"/api/v1/organisations"_s, {{"name"_L1, name}});
            QVERIFY2(expect(reply), failure(reply).constData());
            const auto names = listAll(u"/api/v1/organisations"_s, m_token.value(Role::Admin));
            const bool exists = std::any_of(names.cbegin(), names.cend(), [&](const QJsonObject &o) {
                return o.value("name"_L1).toString() == name;
            });
            QCOMPARE(exists, allowed);
        } else if (endpoint == "GET /organisations/{id}"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/organisations/%1"_s.arg(organisation));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(reply.json().value("id"_L1).toInteger(), organisation);
        } else if (endpoint == "PATCH /organisations/{id}"_L1 || endpoint == "DELETE /organisations/{id}"_L1) {
            const qint64 target = role == Role::Admin && in ? createOrganisation() : organisation;
            QVERIFY2(target > 0, "setup: no organisation");
            const QByteArray before = probeOrganisation(target);
            const QString name = nextName(u"renamed org"_s);
            const qint64 version =
                asAdmin("GET", u"/api/v1/organisations/%1"_s.arg(target)).json().value("version"_L1).toInteger(1);
            const bool patch = endpoint.startsWith("PATCH"_L1);
            const Reply reply = patch ? as(role, "PATCH", u"/api/v1/organisations/%1"_s.arg(target),
                                           {{"name"_L1, name}, {"version"_L1, version}})
                                      : as(role, "DELETE", u"/api/v1/organisations/%1"_s.arg(target));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed && patch)
                QCOMPARE(asAdmin("GET", u"/api/v1/organisations/%1"_s.arg(target)).json().value("name"_L1).toString(),
                         name);
            else if (allowed)
                QCOMPARE(asAdmin("GET", u"/api/v1/organisations/%1"_s.arg(target)).status, 404);
            else
                QCOMPARE(probeOrganisation(target), before);
        }
        // ---- staff accounts ----
        else if (endpoint == "GET /users"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/users"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            QVERIFY(!reply.body.contains("argon2") && !reply.body.contains("password"));
        } else if (endpoint == "POST /users"_L1) {
            const QString email = u"matrix.created.%1@example.com"_s.arg(++m_counter);
            const Reply reply = as(role, "POST", u"/api/v1/users"_s,
                                   {{"email"_L1, email},
                                    {"displayName"_L1, u"Matrix Created"_s},
                                    {"role"_L1, u"moderator"_s},
                                    {"organisationId"_L1, 0},
                                    {"password"_L1, QString::fromLatin1(scratchPassword)}});
            QVERIFY2(expect(reply), failure(reply).constData());
            QVERIFY(!reply.body.contains(scratchPassword));
            const auto users = listAll(u"/api/v1/users"_s, m_token.value(Role::Admin));
            const bool exists = std::any_of(users.cbegin(), users.cend(), [&](const QJsonObject &u) {
                return u.value("email"_L1).toString().compare(email, Qt::CaseInsensitive) == 0;
            });
            QCOMPARE(exists, allowed);
        } else if (endpoint == "GET /users/{id}"_L1) {
            QVERIFY2(user > 0, "setup: no scratch account");
            const Reply reply = as(role, "GET", u"/api/v1/users/%1"_s.arg(user));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(reply.json().value("id"_L1).toInteger(), user);
        } else if (endpoint == "PATCH /users/{id}"_L1) {
            QVERIFY2(user > 0, "setup: no scratch account");
            const QByteArray before = probeUser(user);
            const qint64 version =
                asAdmin("GET", u"/api/v1/users/%1"_s.arg(user)).json().value("version"_L1).toInteger(1);
            const QString name = nextName(u"renamed"_s);
            const Reply reply =
                as(role, "PATCH", u"/api/v1/users/%1"_s.arg(user), {{"version"_L1, version}, {"displayName"_L1, name}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(asAdmin("GET", u"/api/v1/users/%1"_s.arg(user)).json().value("displayName"_L1).toString(),
                         name);
            else
                QCOMPARE(probeUser(user), before);
        }
        // ---- webinars ----
        else if (endpoint == "GET /webinars"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/webinars"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            QSet<qint64> listed;
            for (const QJsonValue &item : reply.items())
                listed.insert(item.toObject().value("id"_L1).toInteger());
            if (role == Role::Admin) // webinars created by earlier rows
                listed.intersect(QSet<qint64>(m_webinars.keyBegin(), m_webinars.keyEnd()));
            const auto sorted = [](const QSet<qint64> &ids) {
                QList<qint64> list(ids.cbegin(), ids.cend());
                std::sort(list.begin(), list.end());
                QStringList text;
                for (qint64 id : list)
                    text.append(QString::number(id));
                return text.join(u',');
            };
            QVERIFY2(listed == c.webinarScope,
                     qPrintable(u"listed %1, scope %2"_s.arg(sorted(listed), sorted(c.webinarScope))));
            checkRead(reply, Kind::Webinar, role, false, 0);
        } else if (endpoint == "POST /webinars"_L1) {
            const QString title = nextName(u"webinar"_s);
            const Reply reply = as(role, "POST", u"/api/v1/webinars"_s,
                                   {{"organisationId"_L1, m_clientOrganisation},
                                    {"title"_L1, title},
                                    {"description"_L1, u"matrix"_s},
                                    {"startsAt"_L1, u"2031-05-01T09:00:00Z"_s},
                                    {"durationMinutes"_L1, 30}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(reply.json().value("state"_L1).toString(), u"draft"_s);
            const QJsonArray listed = asAdmin("GET", u"/api/v1/webinars"_s).items();
            const bool exists = std::any_of(listed.begin(), listed.end(), [&](const QJsonValue &w) {
                return w.toObject().value("title"_L1).toString() == title;
            });
            QCOMPARE(exists, allowed);
        } else if (endpoint == "GET /webinars/{id}"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/webinars/%1"_s.arg(webinar));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                QCOMPARE(reply.json().value("id"_L1).toInteger(), webinar);
                const bool seesStaff = role == Role::Admin || role == Role::Director;
                QVERIFY2(reply.json().contains("staff"_L1) == seesStaff, "staff list only for admin and director");
                checkRead(reply, Kind::Webinar, role, false, webinar);
            }
        } else if (endpoint == "PATCH /webinars/{id}"_L1) {
            const QByteArray before = probeWebinar(webinar);
            const QJsonObject current = asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(webinar)).json();
            const QString description = nextName(u"description"_s);
            const Reply reply =
                as(role, "PATCH", u"/api/v1/webinars/%1"_s.arg(webinar),
                   {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"description"_L1, description}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                const QJsonObject after = asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(webinar)).json();
                QCOMPARE(after.value("description"_L1).toString(), description);
                asAdmin("PATCH", u"/api/v1/webinars/%1"_s.arg(webinar),
                        {{"version"_L1, after.value("version"_L1).toInteger()},
                         {"description"_L1, current.value("description"_L1).toString()}});
            } else {
                QCOMPARE(probeWebinar(webinar), before);
            }
        } else if (endpoint == "DELETE /webinars/{id}"_L1) {
            const qint64 target = role == Role::Admin && in ? createWebinar() : webinar;
            QVERIFY2(target > 0, "setup: no webinar");
            const QByteArray before = probeWebinar(target);
            const Reply reply = as(role, "DELETE", u"/api/v1/webinars/%1"_s.arg(target));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(target)).status, 404);
            else
                QCOMPARE(probeWebinar(target), before);
        } else if (endpoint == "POST /webinars/{id}/state"_L1) {
            qint64 target = webinar;
            if (allowed) { // a fresh draft webinar, the director assigned to it
                target = createWebinar();
                QVERIFY2(target > 0, "setup: no webinar");
                if (role == Role::Director)
                    QVERIFY2(assign(target, c.userId, u"director"_s) == 200, "setup: assigning the director");
            }
            const QJsonObject current = asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(target)).json();
            static const QMap<QString, QString> validNext {{u"draft"_s, u"scheduled"_s},
                                                           {u"scheduled"_s, u"draft"_s},
                                                           {u"rehearsal"_s, u"scheduled"_s},
                                                           {u"live"_s, u"ended"_s},
                                                           {u"ended"_s, u"archived"_s}};
            const QString next = validNext.value(current.value("state"_L1).toString(), u"scheduled"_s);
            const QByteArray before = probeWebinar(target);
            const Reply reply = as(role, "POST", u"/api/v1/webinars/%1/state"_s.arg(target),
                                   {{"state"_L1, next}, {"version"_L1, current.value("version"_L1).toInteger(1)}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(asAdmin("GET", u"/api/v1/webinars/%1"_s.arg(target)).json().value("state"_L1).toString(),
                         next);
            else
                QCOMPARE(probeWebinar(target), before);
        } else if (endpoint.startsWith("PUT /webinars/{id}/staff/"_L1)) {
            const bool director = endpoint.endsWith("{director}"_L1);
            const qint64 target = director ? m_scratchDirector : m_scratchModerator;
            QVERIFY2(target > 0, "setup: no scratch account");
            const QByteArray before = probeWebinar(webinar);
            const Reply reply = as(role, "PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinar).arg(target),
                                   {{"role"_L1, director ? u"director"_s : u"moderator"_s}});
            const bool assigned = webinar != unknownId && staffContains(webinar, target);
            const bool unchanged = probeWebinar(webinar) == before;
            if (assigned)
                unassign(webinar, target);
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QVERIFY(assigned);
            else
                QVERIFY2(!assigned && unchanged, "a refused assignment changed the staff");
        } else if (endpoint.startsWith("DELETE /webinars/{id}/staff/"_L1)) {
            const bool director = endpoint.endsWith("{director}"_L1);
            const qint64 target = director ? c.userId : m_scratchModerator;
            if (webinar != unknownId && !director)
                QVERIFY2(assign(webinar, target, u"moderator"_s) == 200, "setup: assigning the scratch moderator");
            const Reply reply = as(role, "DELETE", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinar).arg(target));
            const bool stillAssigned = webinar != unknownId && staffContains(webinar, target);
            if (webinar != unknownId && !director && stillAssigned)
                unassign(webinar, target);
            if (director && !stillAssigned) // restore the demo director's own assignment
                assign(webinar, target, u"director"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            if (webinar != unknownId)
                QCOMPARE(stillAssigned, !allowed);
        }
        // ---- registrations ----
        else if (endpoint.startsWith("GET /webinars/{id}/registrations"_L1) && !endpoint.contains("export"_L1)) {
            const bool reason = endpoint.endsWith("+reason"_L1);
            const Reply reply = send("GET", u"/api/v1/webinars/%1/registrations"_s.arg(webinar), {},
                                     m_token.value(role), reason ? accessReason : QByteArray());
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                QVERIFY(!reply.items().isEmpty());
                for (const QJsonValue &item : reply.items()) {
                    QCOMPARE(item.toObject().value("webinarId"_L1).toInteger(), webinar);
                    if (role == Role::Viewer)
                        QVERIFY2(isOwnRegistration(item.toObject().value("id"_L1).toInteger()),
                                 "a viewer sees another attendee's registration");
                }
                checkRead(reply, Kind::Registrations, role, reason, webinar);
            }
        } else if (endpoint.startsWith("GET /registrations/{id}"_L1)) {
            const bool reason = endpoint.endsWith("+reason"_L1);
            QVERIFY2(registration > 0, "the demo data lacks a registration for this case");
            const Reply reply = send("GET", u"/api/v1/registrations/%1"_s.arg(registration), {}, m_token.value(role),
                                     reason ? accessReason : QByteArray());
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                QCOMPARE(reply.json().value("id"_L1).toInteger(), registration);
                checkRead(reply, Kind::Registrations, role, reason, webinar);
            }
        } else if (endpoint == "PATCH /registrations/{id}"_L1) {
            QVERIFY2(registration > 0, "the demo data lacks a registration for this case");
            const QByteArray before = probeRegistration(registration);
            const QJsonObject current = asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(registration)).json();
            const QString old = current.value("approvalState"_L1).toString();
            const QString next = old == "approved"_L1 ? u"rejected"_s : u"approved"_s;
            const Reply reply =
                as(role, "PATCH", u"/api/v1/registrations/%1"_s.arg(registration),
                   {{"approvalState"_L1, next}, {"version"_L1, current.value("version"_L1).toInteger(1)}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                const QJsonObject after = asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(registration)).json();
                QCOMPARE(after.value("approvalState"_L1).toString(), next);
                checkRead(reply, Kind::Registrations, role, false, webinar);
                as(role, "PATCH", u"/api/v1/registrations/%1"_s.arg(registration),
                   {{"approvalState"_L1, old}, {"version"_L1, after.value("version"_L1).toInteger()}});
            } else {
                QCOMPARE(probeRegistration(registration), before);
            }
        } else if (endpoint == "DELETE /registrations/{id}"_L1) {
            const qint64 target = role == Role::Director && in ? m_spareRegistration : registration;
            QVERIFY2(target > 0, "the demo data lacks a registration for this case");
            const QByteArray before = probeRegistration(target);
            const Reply reply = as(role, "DELETE", u"/api/v1/registrations/%1"_s.arg(target));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed)
                QCOMPARE(asAdmin("GET", u"/api/v1/registrations/%1"_s.arg(target)).status, 404);
            else
                QCOMPARE(probeRegistration(target), before);
        } else if (endpoint == "GET /webinars/{id}/registrations/export"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/webinars/%1/registrations/export"_s.arg(webinar));
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                QVERIFY2(reply.contentType.startsWith("text/csv"), reply.contentType.constData());
                QVERIFY2(reply.contentDisposition.startsWith("attachment"), reply.contentDisposition.constData());
                const QList<QByteArray> lines = reply.body.trimmed().split('\n');
                QCOMPARE(lines.size(), m_registrations.value(webinar).size() + 1);
                for (const QJsonObject &r : m_registrations.value(webinar))
                    QVERIFY(reply.body.contains(r.value("email"_L1).toString().toUtf8()));
                checkRead(reply, Kind::Export, role, false, webinar);
            }
        } else if (endpoint == "POST /webinars/{id}/registrations"_L1) {
            const int before = registrationTotal(webinar);
            const Reply reply = as(role, "POST", u"/api/v1/webinars/%1/registrations"_s.arg(webinar),
                                   {{"consent"_L1, QJsonObject {{"recording"_L1, true}, {"marketing"_L1, false}}}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (webinar != unknownId)
                QCOMPARE(registrationTotal(webinar), before + (allowed ? 1 : 0));
            if (allowed) {
                QCOMPARE(reply.json().value("webinarId"_L1).toInteger(), webinar);
                QCOMPARE(reply.json().value("email"_L1).toString(), m_viewerEmail);
            }
        }
        // ---- questions ----
        else if (endpoint.startsWith("GET /webinars/{id}/questions"_L1)) {
            const bool reason = endpoint.endsWith("+reason"_L1);
            const Reply reply = send("GET", u"/api/v1/webinars/%1/questions"_s.arg(webinar), {}, m_token.value(role),
                                     reason ? accessReason : QByteArray());
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                for (const QJsonValue &item : reply.items()) {
                    QCOMPARE(item.toObject().value("webinarId"_L1).toInteger(), webinar);
                    if (role == Role::Viewer)
                        QVERIFY2(isOwnRegistration(item.toObject().value("registrationId"_L1).toInteger()),
                                 "a viewer sees another attendee's question");
                }
                checkRead(reply, Kind::Questions, role, reason, webinar);
            }
        } else if (endpoint == "PATCH /questions/{id}"_L1) {
            QVERIFY2(question > 0, "the demo data lacks a question for this case");
            const QByteArray before = probeQuestion(question);
            qint64 questionWebinar = unknownId;
            for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
                for (const QJsonObject &q : it.value()) {
                    if (q.value("id"_L1).toInteger() == question)
                        questionWebinar = it.key();
                }
            }
            const QJsonObject current = question == unknownId ? QJsonObject() : findQuestion(questionWebinar, question);
            const QString old = current.value("state"_L1).toString(u"new"_s);
            const QString next = old == "approved"_L1 ? u"dismissed"_s : u"approved"_s;
            const Reply reply = as(role, "PATCH", u"/api/v1/questions/%1"_s.arg(question),
                                   {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"state"_L1, next}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                const QJsonObject after = findQuestion(questionWebinar, question);
                QCOMPARE(after.value("state"_L1).toString(), next);
                checkRead(reply, Kind::Questions, role, false, questionWebinar);
                as(role, "PATCH", u"/api/v1/questions/%1"_s.arg(question),
                   {{"version"_L1, after.value("version"_L1).toInteger()}, {"state"_L1, old}});
            } else {
                QCOMPARE(probeQuestion(question), before);
            }
        } else if (endpoint == "POST /webinars/{id}/questions"_L1) {
            const int before = webinar == unknownId ? 0 : questionTotal(webinar);
            const QString text = nextName(u"question: is there a recording?"_s);
            const Reply reply = as(role, "POST", u"/api/v1/webinars/%1/questions"_s.arg(webinar), {{"text"_L1, text}});
            QVERIFY2(expect(reply), failure(reply).constData());
            if (webinar != unknownId)
                QCOMPARE(questionTotal(webinar), before + (allowed ? 1 : 0));
            if (allowed) {
                QCOMPARE(reply.json().value("text"_L1).toString(), text);
                QVERIFY(isOwnRegistration(reply.json().value("registrationId"_L1).toInteger()));
            }
        }
        // ---- the viewer's own account ----
        else if (endpoint == "GET /me/profile"_L1) {
            const Reply reply = as(role, "GET", u"/api/v1/me/profile"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                QCOMPARE(reply.json().value("email"_L1).toString(), m_viewerEmail);
                checkRead(reply, Kind::Own, role, false, 0);
            }
        } else if (endpoint == "PATCH /me/profile"_L1) {
            const QJsonObject current = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).json();
            const QString jobTitle = nextName(u"tester"_s);
            const Reply reply =
                as(role, "PATCH", u"/api/v1/me/profile"_s,
                   {{"version"_L1, current.value("version"_L1).toInteger(1)}, {"jobTitle"_L1, jobTitle}});
            QVERIFY2(expect(reply), failure(reply).constData());
            const QJsonObject after = as(Role::Viewer, "GET", u"/api/v1/me/profile"_s).json();
            if (allowed) {
                QCOMPARE(after.value("jobTitle"_L1).toString(), jobTitle);
                as(Role::Viewer, "PATCH", u"/api/v1/me/profile"_s,
                   {{"version"_L1, after.value("version"_L1).toInteger()},
                    {"jobTitle"_L1, current.value("jobTitle"_L1).toString()}});
            } else {
                QCOMPARE(after, current);
            }
        } else if (endpoint == "GET /me/registrations"_L1 || endpoint == "GET /me/questions"_L1) {
            const bool registrations = endpoint.endsWith("registrations"_L1);
            const Reply reply =
                as(role, "GET", registrations ? u"/api/v1/me/registrations"_s : u"/api/v1/me/questions"_s);
            QVERIFY2(expect(reply), failure(reply).constData());
            if (allowed) {
                for (const QJsonValue &item : reply.items()) {
                    const qint64 id = item.toObject().value(registrations ? "id"_L1 : "registrationId"_L1).toInteger();
                    QVERIFY2(isOwnRegistration(id), "another attendee's data in /me");
                }
                if (registrations)
                    QCOMPARE(reply.items().size(), m_viewerRegistrations.size());
                checkRead(reply, Kind::Own, role, false, 0);
            }
        } else {
            QFAIL(qPrintable(u"no executor for %1"_s.arg(endpoint)));
        }
    }

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorization_matrix.moc"
