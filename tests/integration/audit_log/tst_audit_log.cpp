// The access log (issue 4) end to end, against the real regiekamer-server (--demo, TLS on loopback) and
// regiekamer-admin:
// - sessions: sign-in, failed sign-in (known and unknown account), lockout and sign-out each leave their entry, with
//   the right actor and never an e-mail address or password;
// - visibility: each role reads exactly its part of the log (admin all, director their webinars, client staff their
//   organisation's data, a viewer their own data), a moderator nothing; every read of the log is logged itself;
// - paging (before / nextBefore) and the filters return exactly the matching entries; bad filters are refused;
// - failing closed: with inserts into audit_log made to fail, no personal data leaves the server, no change and no
//   session is made, and all works again once the fault is gone;
// - the event stream carries "audit.appended" to the director of the webinar, not to others;
// - `audit verify` on a copy of the stopped server's data, tampered in five ways; export and verify-export.
#include "ApiError.h"
#include "ApiRequests.h"
#include "AuditEntry.h"
#include "Protocol.h"
#include "Roles.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QByteArray reasonHeader = "X-Access-Reason";
const QString scratchPassword = u"audit-scratch-password-1"_s;

QString rid(const ApiReply &reply)
{
    return QString::fromLatin1(reply.requestId);
}

QList<qint64> sequences(const QList<QJsonObject> &entries)
{
    QList<qint64> list;
    for (const QJsonObject &entry : entries)
        list.append(entry.value("sequence"_L1).toInteger());
    return list;
}

// A scoped second connection to a database file, as another process would open it.
class SqlFile
{
public:
    explicit SqlFile(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_open = db.open();
    }
    ~SqlFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString exec(const QString &sql, const QVariantList &values = {}) // the error, or empty
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() ? QString() : query.lastError().text();
    }
    // The rows of a query, each row's values joined, for before/after comparisons.
    QStringList rows(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        QStringList result;
        if (!query.prepare(sql))
            return {u"error: "_s + query.lastError().text()};
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return {u"error: "_s + query.lastError().text()};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            result.append(fields.join(u'|'));
        }
        return result;
    }

private:
    QString m_name;
    bool m_open = false;
};

bool copyDirectory(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &file : source.entryInfoList(QDir::Files)) {
        const QString target = QDir(to).filePath(file.fileName());
        QFile::remove(target);
        if (!QFile::copy(file.filePath(), target))
            return false;
        QFile::setPermissions(target, file.permissions() | QFileDevice::WriteOwner);
    }
    return true;
}

} // namespace

class TestAuditLogApi : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<Role, QString> m_token;
    QMap<Role, qint64> m_userId;
    QMap<Role, QSet<qint64>> m_webinars; // ids each role's GET /webinars lists
    QMap<qint64, qint64> m_organisationOf; // webinar → organisation
    qint64 m_clientOrganisation = 0;
    QSet<qint64> m_viewerWebinars;
    QSet<qint64> m_viewerRegistrations;
    QMap<qint64, qint64> m_viewerRegistrationWebinar; // the viewer's registration → its webinar
    qint64 m_directorWebinar = 0; // assigned to the director, attended by the viewer, of the client's organisation
    qint64 m_otherWebinar = 0; // not assigned to the director

    // ---- HTTP ----
    ApiReply send(Role role, const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                  const QByteArray &reason = {})
    {
        ApiHeaders headers;
        if (!reason.isEmpty())
            headers.append({reasonHeader, reason});
        return m_api.send(verb, m_api.urlWithQuery(pathAndQuery), m_token.value(role),
                          body.isEmpty() ? QByteArray() : compactJson(body), headers);
    }
    ApiReply get(Role role, const QString &pathAndQuery, const QByteArray &reason = {})
    {
        return send(role, "GET", pathAndQuery, {}, reason);
    }
    ApiReply postSession(const QString &email, const QString &password)
    {
        return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                              {{"email"_L1, email}, {"password"_L1, password}});
    }
    // Admin's lookup of the entry of one request (q matches the request id).
    QJsonObject entryOf(const QString &requestId)
    {
        const ApiReply reply = get(Role::Admin, u"/api/v1/audit?q=%1&limit=5"_s.arg(requestId));
        for (const QJsonValue &item : reply.items()) {
            if (item.toObject().value("requestId"_L1).toString() == requestId)
                return item.toObject();
        }
        return {};
    }
    bool sees(Role role, const QString &requestId)
    {
        const ApiReply reply = get(role, u"/api/v1/audit?q=%1"_s.arg(requestId));
        return std::any_of(reply.items().cbegin(), reply.items().cend(), [&](const QJsonValue &item) {
            return item.toObject().value("requestId"_L1).toString() == requestId;
        });
    }
    // Every entry a role sees for a query (paging with before/nextBefore, limit 500). Also checks the paging.
    QList<QJsonObject> all(Role role, const QString &query, int limit = 500)
    {
        QList<QJsonObject> entries;
        qint64 before = 0;
        for (int pages = 0; pages < 1000; ++pages) {
            QString path = u"/api/v1/audit?limit=%1"_s.arg(limit);
            if (!query.isEmpty())
                path += u'&' + query;
            if (before > 0)
                path += u"&before=%1"_s.arg(before);
            const ApiReply reply = get(role, path);
            if (reply.status != 200) {
                qWarning("%s: %s", qPrintable(path), qPrintable(reply.describe()));
                return {};
            }
            for (const QJsonValue &item : reply.items())
                entries.append(item.toObject());
            const QJsonValue next = reply.json().value("nextBefore"_L1);
            if (next.isNull() || next.toInteger() <= 0)
                break;
            before = next.toInteger();
        }
        return entries;
    }
    qint64 lastSequence()
    {
        return get(Role::Admin, QString::fromLatin1(api::path::auditStatus))
            .json()
            .value("lastSequence"_L1)
            .toInteger();
    }
    QString databasePath() const { return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s); }
    QList<QJsonObject> registrationsOf(qint64 webinarId)
    {
        QList<QJsonObject> list;
        for (const QJsonValue &item :
             get(Role::Admin, u"/api/v1/webinars/%1/registrations?limit=500"_s.arg(webinarId), "audit test").items())
            list.append(item.toObject());
        return list;
    }
    void ensureDirectorAssigned(qint64 webinarId)
    {
        if (m_webinars.value(Role::Director).contains(webinarId))
            return;
        const ApiReply reply = send(
            Role::Admin, "PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(m_userId.value(Role::Director)),
            {{"role"_L1, u"director"_s}}, "audit test");
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        m_webinars[Role::Director].insert(webinarId);
    }
    static QByteArray show(const QJsonObject &entry) { return QJsonDocument(entry).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        QVERIFY(m_api.connectTo(m_server));
        const auto accounts = m_server.demoAccounts();
        for (const Role role : {Role::Admin, Role::Director, Role::Moderator, Role::ClientStaff, Role::Viewer}) {
            qint64 id = 0;
            m_token[role] = m_api.login(accounts.value(role).email, accounts.value(role).password, &id);
            QVERIFY2(!m_token.value(role).isEmpty(), qPrintable(roleToWire(role)));
            m_userId[role] = id;
            for (const QJsonValue &item : get(role, u"/api/v1/webinars"_s).items()) {
                m_webinars[role].insert(item.toObject().value("id"_L1).toInteger());
                m_organisationOf[item.toObject().value("id"_L1).toInteger()] =
                    item.toObject().value("organisationId"_L1).toInteger();
            }
        }
        QVERIFY(!m_webinars.value(Role::ClientStaff).isEmpty());
        m_clientOrganisation = m_organisationOf.value(*m_webinars.value(Role::ClientStaff).cbegin());
        for (const QJsonValue &item : get(Role::Viewer, u"/api/v1/me/registrations"_s).items()) {
            m_viewerWebinars.insert(item.toObject().value("webinarId"_L1).toInteger());
            m_viewerRegistrations.insert(item.toObject().value("id"_L1).toInteger());
            m_viewerRegistrationWebinar[item.toObject().value("id"_L1).toInteger()] =
                item.toObject().value("webinarId"_L1).toInteger();
        }
        QVERIFY2(!m_viewerWebinars.isEmpty(), "the demo viewer attends no webinar");
        // The director's webinar for the visibility tests: attended by the viewer, of the client's organisation if
        // there is one, with other attendees too.
        for (const qint64 webinar : std::as_const(m_viewerWebinars)) {
            if (registrationsOf(webinar).size() < 2)
                continue;
            if (m_directorWebinar == 0 || m_organisationOf.value(webinar) == m_clientOrganisation)
                m_directorWebinar = webinar;
        }
        QVERIFY2(m_directorWebinar > 0, "no webinar the viewer attends has other attendees");
        ensureDirectorAssigned(m_directorWebinar);
        for (const qint64 webinar : m_webinars.value(Role::Admin)) {
            if (!m_webinars.value(Role::Director).contains(webinar) && !m_viewerWebinars.contains(webinar) &&
                m_organisationOf.value(webinar) != m_organisationOf.value(m_directorWebinar))
                m_otherWebinar = webinar;
        }
        QVERIFY2(m_otherWebinar > 0, "no webinar outside the director's, the viewer's and the client's scope");
    }

    // (a) Sign-in, failed sign-in, lockout, sign-out.
    void sessionEntries()
    {
        const QString email = u"audit.session@example.com"_s;
        const ApiReply created = send(Role::Admin, "POST", u"/api/v1/users"_s,
                                      {{"email"_L1, email},
                                       {"displayName"_L1, u"Audit Session"_s},
                                       {"role"_L1, u"moderator"_s},
                                       {"organisationId"_L1, 0},
                                       {"password"_L1, scratchPassword}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const qint64 userId = created.json().value("id"_L1).toInteger();
        const QString wrongPassword = u"definitely-wrong-password-9"_s;
        const QString ghost = u"nobody.audit@example.com"_s;

        const auto check = [&](const ApiReply &reply, int status, const char *action, qint64 actor,
                               const char *outcome) {
            QVERIFY2(reply.status == status, qPrintable(reply.describe()));
            const QJsonObject entry = entryOf(rid(reply));
            QVERIFY2(!entry.isEmpty(), qPrintable(u"no entry for %1"_s.arg(rid(reply))));
            const QByteArray text = show(entry);
            QCOMPARE(entry.value("action"_L1).toString(), QString::fromLatin1(action));
            QCOMPARE(entry.value("objectType"_L1).toString(), u"session"_s);
            QVERIFY2(entry.value("actorId"_L1).toInteger() == actor, text.constData());
            QVERIFY2(entry.value("outcome"_L1).toString() == QLatin1StringView(outcome), text.constData());
            QVERIFY2(entry.value("clientAddress"_L1).toString().contains(u"127.0.0.1"_s), text.constData());
            if (actor == 0) {
                QVERIFY2(entry.value("actorName"_L1).toString().isEmpty(), text.constData());
                QVERIFY2(entry.value("actorRole"_L1).toString().isEmpty(), text.constData());
            } else {
                QCOMPARE(entry.value("actorRole"_L1).toString(), u"moderator"_s);
            }
            for (const QString &secret : {email, ghost, scratchPassword, wrongPassword, u"@"_s})
                QVERIFY2(!text.contains(secret.toUtf8()), text.constData());
        };

        const ApiReply ok = postSession(email, scratchPassword);
        check(ok, 200, api::auditAction::login, userId, api::auditOutcome::allowed);
        const QString token = ok.json().value("token"_L1).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(!show(entryOf(rid(ok))).contains(token.toUtf8()));

        check(postSession(email, wrongPassword), 401, api::auditAction::loginFailed, userId, api::auditOutcome::denied);
        check(postSession(ghost, wrongPassword), 401, api::auditAction::loginFailed, 0, api::auditOutcome::denied);
        for (int attempt = 1; attempt < 3; ++attempt) {
            check(postSession(email, wrongPassword), 401, api::auditAction::loginFailed, userId,
                  api::auditOutcome::denied);
            check(postSession(ghost, wrongPassword), 401, api::auditAction::loginFailed, 0, api::auditOutcome::denied);
        }
        check(postSession(email, scratchPassword), 429, api::auditAction::lockout, userId, api::auditOutcome::denied);
        check(postSession(ghost, scratchPassword), 429, api::auditAction::lockout, 0, api::auditOutcome::denied);

        const ApiReply out = m_api.send("DELETE", m_api.url(QString::fromLatin1(api::path::session)), token);
        check(out, 204, api::auditAction::logout, userId, api::auditOutcome::allowed);
    }

    // (b) Who sees what.
    void visibility()
    {
        const QString list = u"/api/v1/webinars/%1/registrations"_s;
        const ApiReply directorRead = get(Role::Director, list.arg(m_directorWebinar));
        QCOMPARE(directorRead.status, 200);
        const ApiReply adminOther = get(Role::Admin, list.arg(m_otherWebinar), "audit test");
        QCOMPARE(adminOther.status, 200);
        const ApiReply viewerOwn = get(Role::Viewer, u"/api/v1/me/registrations"_s);
        QCOMPARE(viewerOwn.status, 200);
        // The director reads one registration of another attendee of the viewer's webinar.
        qint64 otherAttendee = 0;
        for (const QJsonObject &registration : registrationsOf(m_directorWebinar)) {
            if (!m_viewerRegistrations.contains(registration.value("id"_L1).toInteger()))
                otherAttendee = registration.value("id"_L1).toInteger();
        }
        QVERIFY(otherAttendee > 0);
        const ApiReply directorSingle = get(Role::Director, u"/api/v1/registrations/%1"_s.arg(otherAttendee));
        QCOMPARE(directorSingle.status, 200);

        // Admin: everything.
        for (const ApiReply *reply : {&directorRead, &adminOther, &viewerOwn, &directorSingle})
            QVERIFY2(sees(Role::Admin, rid(*reply)), qPrintable(rid(*reply)));

        // Director: the webinars assigned to them, nothing of another webinar.
        QVERIFY(sees(Role::Director, rid(directorRead)));
        QVERIFY(!sees(Role::Director, rid(adminOther)));
        const QSet<qint64> directorScope = m_webinars.value(Role::Director);
        for (const QJsonObject &entry : all(Role::Director, {}))
            QVERIFY2(directorScope.contains(entry.value("webinarId"_L1).toInteger()), show(entry).constData());

        // Client staff: their organisation's data, including the operator's director's read.
        if (m_organisationOf.value(m_directorWebinar) == m_clientOrganisation) {
            QVERIFY(sees(Role::ClientStaff, rid(directorRead)));
            QVERIFY(sees(Role::ClientStaff, rid(directorSingle)));
        }
        QVERIFY(!sees(Role::ClientStaff, rid(adminOther)));
        for (const QJsonObject &entry : all(Role::ClientStaff, {}))
            QVERIFY2(entry.value("organisationId"_L1).toInteger() == m_clientOrganisation, show(entry).constData());

        // Moderator: nothing, and each refusal is logged.
        for (const char *path : {api::path::auditLog, api::path::auditExport, api::path::auditStatus}) {
            const ApiReply refused = get(Role::Moderator, QString::fromLatin1(path));
            QVERIFY2(refused.status == 403, qPrintable(refused.describe()));
            QVERIFY(!refused.body.contains("requestId"));
            const QJsonObject entry = entryOf(rid(refused));
            QCOMPARE(entry.value("actorId"_L1).toInteger(), m_userId.value(Role::Moderator));
            QCOMPARE(entry.value("objectType"_L1).toString(), u"access_log"_s);
            QCOMPARE(entry.value("outcome"_L1).toString(), u"denied"_s);
        }

        // Every read of the log is logged, with its row count.
        for (const Role role : {Role::Admin, Role::Director, Role::ClientStaff, Role::Viewer}) {
            const ApiReply read = get(role, u"/api/v1/audit?limit=7"_s);
            QCOMPARE(read.status, 200);
            const QJsonObject entry = entryOf(rid(read));
            QVERIFY2(entry.value("actorId"_L1).toInteger() == m_userId.value(role), show(entry).constData());
            QCOMPARE(entry.value("action"_L1).toString(), u"read"_s);
            QCOMPARE(entry.value("objectType"_L1).toString(), u"access_log"_s);
            QCOMPARE(entry.value("rowCount"_L1).toInteger(), read.items().size());
        }

        // Viewer: the director's read of the list of a webinar they attend, their own actions; not another
        // attendee's single registration, nor another webinar.
        const bool listRead = sees(Role::Viewer, rid(directorRead)), ownRead = sees(Role::Viewer, rid(viewerOwn));
        const bool single = sees(Role::Viewer, rid(directorSingle)), other = sees(Role::Viewer, rid(adminOther));
        QVERIFY2(listRead && ownRead && !single && !other,
                 qPrintable(u"viewer sees: director's list read %1 (expected 1), own read %2 (1), director's read of "
                            u"another attendee %3 (0), another webinar %4 (0)"_s.arg(listRead)
                                .arg(ownRead)
                                .arg(single)
                                .arg(other)));
        const qint64 me = m_userId.value(Role::Viewer);
        for (const QJsonObject &entry : all(Role::Viewer, {})) {
            const bool own =
                entry.value("actorId"_L1).toInteger() == me || entry.value("subjectUserId"_L1).toInteger() == me;
            const bool listOfMine = entry.value("objectId"_L1).toInteger() == entry.value("webinarId"_L1).toInteger() &&
                m_viewerWebinars.contains(entry.value("webinarId"_L1).toInteger()) &&
                entry.value("action"_L1).toString() != "delete"_L1;
            QVERIFY2(own || listOfMine, show(entry).constData());
        }
    }

    // (c) Paging and filters return exactly the matching entries; bad filters are refused.
    void pagingAndFilters()
    {
        const QByteArray marker = "paging-marker-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toLatin1();
        QStringList marked;
        for (int i = 0; i < 7; ++i) {
            const ApiReply reply =
                get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar), marker);
            QCOMPARE(reply.status, 200);
            marked.prepend(rid(reply)); // newest first
        }
        get(Role::Director, u"/api/v1/webinars/%1/questions"_s.arg(m_directorWebinar));
        get(Role::Viewer, u"/api/v1/me/questions"_s);
        const qint64 snapshot = lastSequence() + 1; // everything below is fixed from here on
        const QList<QJsonObject> everything = all(Role::Admin, u"before=%1"_s.arg(snapshot));
        QVERIFY(everything.size() > 20);
        QList<qint64> seqs = sequences(everything);
        QVERIFY2(std::is_sorted(seqs.crbegin(), seqs.crend()), "not newest first");
        QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), seqs.size());

        // Paging by 3 through the marked entries.
        const QList<QJsonObject> paged = all(Role::Admin, u"q=%1"_s.arg(QString::fromLatin1(marker)), 3);
        QStringList pagedIds;
        for (const QJsonObject &entry : paged)
            pagedIds.append(entry.value("requestId"_L1).toString());
        QCOMPARE(pagedIds, marked);
        const ApiReply firstPage = get(Role::Admin, u"/api/v1/audit?limit=3&q=%1"_s.arg(QString::fromLatin1(marker)));
        QCOMPARE(firstPage.items().size(), 3);
        QVERIFY(firstPage.json().value("nextBefore"_L1).toInteger() > 0);
        const ApiReply lastPage = get(Role::Admin,
                                      u"/api/v1/audit?limit=3&q=%1&before=%2"_s.arg(QString::fromLatin1(marker))
                                          .arg(paged.at(5).value("sequence"_L1).toInteger()));
        QCOMPARE(lastPage.items().size(), 1);
        QVERIFY(lastPage.json().value("nextBefore"_L1).isNull());

        // Each filter against admin's full view, filtered here.
        const auto expectFilter = [&](const QString &query, const std::function<bool(const QJsonObject &)> &match) {
            QList<qint64> expected;
            for (const QJsonObject &entry : everything) {
                if (match(entry))
                    expected.append(entry.value("sequence"_L1).toInteger());
            }
            const QList<qint64> got = sequences(all(Role::Admin, query + u"&before=%1"_s.arg(snapshot)));
            QVERIFY2(!expected.isEmpty(), qPrintable(query));
            QVERIFY2(got == expected,
                     qPrintable(u"%1: %2 entries, expected %3"_s.arg(query).arg(got.size()).arg(expected.size())));
        };
        const qint64 director = m_userId.value(Role::Director);
        const qint64 viewer = m_userId.value(Role::Viewer);
        expectFilter(u"actor=%1"_s.arg(director),
                     [&](const QJsonObject &e) { return e.value("actorId"_L1).toInteger() == director; });
        expectFilter(u"action=login"_s,
                     [](const QJsonObject &e) { return e.value("action"_L1).toString() == "login"_L1; });
        expectFilter(u"webinar=%1"_s.arg(m_directorWebinar),
                     [&](const QJsonObject &e) { return e.value("webinarId"_L1).toInteger() == m_directorWebinar; });
        expectFilter(u"subject=%1"_s.arg(viewer),
                     [&](const QJsonObject &e) { return e.value("subjectUserId"_L1).toInteger() == viewer; });
        expectFilter(
            u"actor=%1&action=read&webinar=%2"_s.arg(director).arg(m_directorWebinar), [&](const QJsonObject &e) {
                return e.value("actorId"_L1).toInteger() == director && e.value("action"_L1).toString() == "read"_L1 &&
                    e.value("webinarId"_L1).toInteger() == m_directorWebinar;
            });
        // A period: from the oldest to the newest marked entry, inclusive.
        const QString from = paged.last().value("at"_L1).toString();
        const QString to = paged.first().value("at"_L1).toString();
        const QDateTime fromTime = QDateTime::fromString(from, Qt::ISODateWithMs);
        const QDateTime toTime = QDateTime::fromString(to, Qt::ISODateWithMs);
        expectFilter(u"from=%1&to=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(from)),
                                            QString::fromLatin1(QUrl::toPercentEncoding(to))),
                     [&](const QJsonObject &e) {
                         const QDateTime at = QDateTime::fromString(e.value("at"_L1).toString(), Qt::ISODateWithMs);
                         return at >= fromTime && at <= toTime;
                     });
        // q: a request id finds exactly its entry.
        const QList<QJsonObject> byId = all(Role::Admin, u"q=%1"_s.arg(marked.at(2)));
        QCOMPARE(byId.size(), 1);
        QCOMPARE(byId.first().value("requestId"_L1).toString(), marked.at(2));

        // Bad filters: 400, nothing read, and the refusal logged as rejected.
        for (const QString &bad : {u"from=yesterday"_s, u"to=2026-13-45T00:00:00Z"_s, u"actor=abc"_s, u"webinar=-4"_s,
                                   u"subject=1e3"_s, u"before=0x10"_s, u"limit=501"_s, u"limit=-1"_s, u"colour=red"_s,
                                   QString(u"q="_s + QString(5000, u'x'))}) {
            const ApiReply reply = get(Role::Admin, u"/api/v1/audit?"_s + bad);
            QVERIFY2(reply.status == 400, qPrintable(bad + u": "_s + reply.describe()));
            QVERIFY2(!reply.body.contains("items"), qPrintable(bad));
            const QJsonObject entry = entryOf(rid(reply));
            QVERIFY2(entry.value("outcome"_L1).toString() == "rejected"_L1, show(entry).constData());
            QCOMPARE(entry.value("rowCount"_L1).toInteger(), -1);
        }
        QCOMPARE(sequences(all(Role::Admin, u"before=%1"_s.arg(snapshot))), seqs); // the old entries are untouched
    }

    // (e) The event stream: audit.appended reaches the director for their webinar, not for another one.
    void eventStream()
    {
        QWebSocket socket;
        socket.setSslConfiguration(m_api.tls());
        QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
        socket.open(
            m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_token.value(Role::Director)));
        QVERIFY(frames.wait(10000));
        frames.clear();
        const ApiReply mine = get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar), "audit");
        const ApiReply other = get(Role::Admin, u"/api/v1/webinars/%1/registrations"_s.arg(m_otherWebinar), "audit");
        QCOMPARE(mine.status, 200);
        QCOMPARE(other.status, 200);
        QTest::qWait(1500);
        QStringList seen;
        for (const auto &arguments : std::as_const(frames)) {
            const auto event = api::Event::fromFrame(arguments.first().toString().toUtf8());
            QVERIFY(event);
            if (event->type != QLatin1StringView(api::auditAppendedEvent))
                continue;
            const auto entry = api::AuditEntry::fromJson(event->data);
            QVERIFY2(entry, arguments.first().toString().toUtf8().constData());
            QVERIFY2(m_webinars.value(Role::Director).contains(entry->webinarId),
                     arguments.first().toString().toUtf8().constData());
            seen.append(entry->requestId);
        }
        QVERIFY2(seen.contains(rid(mine)), qPrintable(seen.join(u' ')));
        QVERIFY(!seen.contains(rid(other)));
        socket.close();
    }

    // (d) Fails closed. Runs late: it leaves the demo registration as it was, but not the log's last entries.
    void failsClosed()
    {
        const qint64 registration = m_viewerRegistrationWebinar.key(m_directorWebinar);
        QVERIFY(registration > 0);
        const QString registrationPath = u"/api/v1/registrations/%1"_s.arg(registration);
        const QJsonObject current = get(Role::Director, registrationPath).json();
        QVERIFY(current.contains("version"_L1));
        SqlFile db(databasePath());
        QVERIFY(db.isOpen());
        const QStringList lastBefore = db.rows(u"SELECT MAX(seq) FROM audit_log"_s);
        const QString rowSql = u"SELECT * FROM registrations WHERE id = ?"_s;
        const QStringList rowBefore = db.rows(rowSql, {registration});
        const QStringList sessionsBefore = db.rows(u"SELECT token_hash FROM sessions ORDER BY token_hash"_s);
        QCOMPARE(db.exec(u"CREATE TRIGGER audit_blocked BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, "
                         u"'injected'); END;"_s),
                 QString());

        const ApiReply read = get(Role::Director, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar));
        QVERIFY2(read.status == 503, qPrintable(read.describe()));
        QCOMPARE(read.errorCode(), QString::fromLatin1(api::errc::accessLogUnavailable));
        QVERIFY2(!read.body.contains("@") && !read.body.contains("items") && !read.body.contains("fullName"),
                 read.body.constData());
        const QSet<QString> members {u"error"_s, u"message"_s};
        for (const QString &key : read.json().keys())
            QVERIFY2(members.contains(key), read.body.constData());

        const QString next =
            current.value("approvalState"_L1).toString() == "approved"_L1 ? u"rejected"_s : u"approved"_s;
        const ApiReply patch = send(Role::Director, "PATCH", registrationPath,
                                    {{"approvalState"_L1, next}, {"version"_L1, current.value("version"_L1)}});
        QVERIFY2(patch.status == 503, qPrintable(patch.describe()));
        QCOMPARE(patch.errorCode(), QString::fromLatin1(api::errc::accessLogUnavailable));

        const auto accounts = m_server.demoAccounts();
        const ApiReply login =
            postSession(accounts.value(Role::Director).email, accounts.value(Role::Director).password);
        QVERIFY2(login.status == 503, qPrintable(login.describe()));
        QVERIFY(!login.body.contains("token"));

        QCOMPARE(db.exec(u"DROP TRIGGER audit_blocked"_s), QString());
        QCOMPARE(db.rows(rowSql, {registration}), rowBefore);
        QCOMPARE(db.rows(u"SELECT token_hash FROM sessions ORDER BY token_hash"_s), sessionsBefore);
        QCOMPARE(db.rows(u"SELECT MAX(seq) FROM audit_log"_s), lastBefore); // nothing was appended

        const ApiReply again = get(Role::Director, u"/api/v1/webinars/%1/registrations"_s.arg(m_directorWebinar));
        QCOMPARE(again.status, 200);
        QVERIFY(!again.items().isEmpty());
        QVERIFY(!entryOf(rid(again)).isEmpty());
        QByteArray output;
        QCOMPARE(m_server.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
        QVERIFY2(output.contains("intact"), output.constData());
    }

    // (f) The command line on a stopped server's data: verify, five kinds of tampering, export and its check.
    void commandLine()
    {
        // At least one sealed checkpoint (every 1000 entries) in the log.
        for (qint64 i = lastSequence(); i < 1100; ++i)
            QCOMPARE(get(Role::Admin, u"/api/v1/organisations"_s).status, 200);
        const qint64 last = lastSequence() + 1; // the status read itself
        QVERIFY(last > 1100);
        QCOMPARE(m_server.terminate(), 0);

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString pristine = scratch.filePath(u"pristine"_s);
        QVERIFY(copyDirectory(m_server.dataDir(), pristine));
        ServerProcess admin;
        admin.setDataDir(pristine);
        QByteArray output;
        QCOMPARE(admin.runAdmin({u"audit"_s, u"verify"_s}, {}, &output), 0);
        QVERIFY2(output.contains("intact"), output.constData());

        struct Tamper
        {
            const char *name;
            QStringList statements;
            qint64 firstBad;
        };
        const QList<Tamper> cases {
            {"one byte of an entry changed",
             {u"UPDATE audit_log SET client_address = '127.0.0.2' WHERE seq = 321"_s},
             321},
            {"an entry deleted", {u"DELETE FROM audit_log WHERE seq = 654"_s}, 654},
            {"two entries swapped",
             {u"UPDATE audit_log SET seq = -1 WHERE seq = 400"_s, u"UPDATE audit_log SET seq = 400 WHERE seq = 407"_s,
              u"UPDATE audit_log SET seq = 407 WHERE seq = -1"_s},
             400},
            {"the tail and the head deleted",
             {u"DELETE FROM audit_log WHERE seq > 900"_s, u"DELETE FROM audit_head"_s},
             901},
            {"a checkpoint replaced",
             {u"UPDATE audit_checkpoints SET hash = (SELECT hash FROM audit_log WHERE seq = 999), seq = 999 "
              u"WHERE seq = 1000"_s},
             999},
        };
        static const QRegularExpression broken(u"BROKEN at entry (\\d+)"_s);
        int n = 0;
        for (const Tamper &tamper : cases) {
            const QString copy = scratch.filePath(u"tampered-%1"_s.arg(++n));
            QVERIFY(copyDirectory(pristine, copy));
            {
                SqlFile db(QDir(copy).filePath(u"regiekamer.sqlite"_s));
                QVERIFY(db.isOpen());
                for (const QString &statement : tamper.statements)
                    QVERIFY2(db.exec(statement).isEmpty(), qPrintable(statement));
            }
            ServerProcess tampered;
            tampered.setDataDir(copy);
            QByteArray report;
            const int code = tampered.runAdmin({u"audit"_s, u"verify"_s}, {}, &report);
            QVERIFY2(
                code == 3,
                qPrintable(
                    u"%1: exit %2, %3"_s.arg(QLatin1StringView(tamper.name)).arg(code).arg(QString::fromUtf8(report))));
            const auto match = broken.match(QString::fromUtf8(report));
            QVERIFY2(match.hasMatch() && match.captured(1).toLongLong() == tamper.firstBad,
                     qPrintable(u"%1: %2"_s.arg(QLatin1StringView(tamper.name), QString::fromUtf8(report))));
        }

        // Export as JSON lines, verified on its own; one edited line is caught.
        const QString exported = scratch.filePath(u"export.jsonl"_s);
        QCOMPARE(admin.runAdmin({u"audit"_s, u"export"_s, u"--format"_s, u"jsonl"_s, u"--output"_s, exported}), 0);
        QByteArray checked;
        QCOMPARE(admin.runAdmin({u"audit"_s, u"verify-export"_s, exported}, {}, &checked), 0);
        QVERIFY2(checked.contains("intact"), checked.constData());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QVERIFY(lines.size() > 1000);
        QVERIFY(lines.at(500).contains("\"clientAddress\":\"127.0.0.1\""));
        lines[500].replace("\"clientAddress\":\"127.0.0.1\"", "\"clientAddress\":\"127.0.0.9\"");
        const QString edited = scratch.filePath(u"edited.jsonl"_s);
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();
        QByteArray editedReport;
        QVERIFY(admin.runAdmin({u"audit"_s, u"verify-export"_s, edited}, {}, &editedReport) != 0);
        QVERIFY2(editedReport.contains("BROKEN"), editedReport.constData());

        // CSV: the header and the hash columns.
        const QString csv = scratch.filePath(u"export.csv"_s);
        QCOMPARE(admin.runAdmin({u"audit"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--output"_s, csv}), 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.first().trimmed(),
                 QByteArray("sequence,at,actorId,actorName,actorRole,clientAddress,requestId,"
                            "action,objectType,objectId,webinarId,organisationId,"
                            "subjectUserId,fields,outcome,reason,rowCount,previousHash,hash"));
        static const QRegularExpression hashes(u",([0-9a-f]{64})?,([0-9a-f]{64})\\r?$"_s);
        QVERIFY(rows.size() > 1000);
        for (const QByteArray &row : rows.mid(1))
            QVERIFY2(hashes.match(QString::fromUtf8(row)).hasMatch(), row.constData());
    }

    void cleanupTestCase()
    {
        if (m_server.isRunning())
            QCOMPARE(m_server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogApi)
#include "tst_audit_log.moc"
