// The HTTP helpers of the audit log test: requests as a role, sign-in, and the access log as each role reads it.
#include "protocol/ApiPaths.h"
#include "tst_audit_log.h"

#include "protocol/AuditEntry.h"
#include "protocol/Roles.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace {

const QByteArray reasonHeader = "X-Access-Reason";

} // namespace

ApiReply TestAuditLogApi::send(Role role, const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                               const QByteArray &reason)
{
    ApiHeaders headers;
    if (!reason.isEmpty())
        headers.append({reasonHeader, reason});
    return m_api.send(verb, m_api.urlWithQuery(pathAndQuery), m_token.value(role),
                      body.isEmpty() ? QByteArray() : compactJson(body), headers);
}

ApiReply TestAuditLogApi::get(Role role, const QString &pathAndQuery, const QByteArray &reason)
{
    return send(role, "GET", pathAndQuery, {}, reason);
}

ApiReply TestAuditLogApi::postSession(const QString &email, const QString &password)
{
    return m_api.sendJson("POST", m_api.url(QString::fromLatin1(api::path::session)), {},
                          {{"email"_L1, email}, {"password"_L1, password}});
}

QJsonObject TestAuditLogApi::entryOf(const QString &requestId)
{
    const ApiReply reply = get(Role::Admin, u"/api/v1/audit?q=%1&limit=5"_s.arg(requestId));
    for (const QJsonValue &item : reply.items()) {
        if (item.toObject().value("requestId"_L1).toString() == requestId)
            return item.toObject();
    }
    return {};
}

bool TestAuditLogApi::sees(Role role, const QString &requestId)
{
    const ApiReply reply = get(role, u"/api/v1/audit?q=%1"_s.arg(requestId));
    return std::any_of(reply.items().cbegin(), reply.items().cend(), [&](const QJsonValue &item) {
        return item.toObject().value("requestId"_L1).toString() == requestId;
    });
}

QList<QJsonObject> TestAuditLogApi::all(Role role, const QString &query, int limit)
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

qint64 TestAuditLogApi::lastSequence()
{
    return get(Role::Admin, QString::fromLatin1(api::path::auditStatus)).json().value("lastSequence"_L1).toInteger();
}

QString TestAuditLogApi::databasePath() const
{
    return QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s);
}

QList<QJsonObject> TestAuditLogApi::registrationsOf(qint64 webinarId)
{
    QList<QJsonObject> list;
    for (const QJsonValue &item :
         get(Role::Admin, u"/api/v1/webinars/%1/registrations?limit=500"_s.arg(webinarId), "audit test").items())
        list.append(item.toObject());
    return list;
}

void TestAuditLogApi::ensureDirectorAssigned(qint64 webinarId)
{
    if (m_webinars.value(Role::Director).contains(webinarId))
        return;
    const ApiReply reply =
        send(Role::Admin, "PUT", u"/api/v1/webinars/%1/staff/%2"_s.arg(webinarId).arg(m_userId.value(Role::Director)),
             {{"role"_L1, u"director"_s}}, "audit test");
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    m_webinars[Role::Director].insert(webinarId);
}

QString TestAuditLogApi::rid(const ApiReply &reply)
{
    return QString::fromLatin1(reply.requestId);
}

QByteArray TestAuditLogApi::show(const QJsonObject &entry)
{
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}
