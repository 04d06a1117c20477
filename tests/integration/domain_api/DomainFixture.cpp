#include "DomainFixture.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QTest>
#include <QWebSocket>

using namespace regiekamer;
using namespace Qt::StringLiterals;

ApiReply DomainFixture::get(Role role, const QString &path, const ApiParams &params)
{
    return m_api.send("GET", url(path, params), m_tokens.value(role));
}

ApiReply DomainFixture::change(Role role, const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return m_api.sendJson(verb, url(path), m_tokens.value(role), body);
}

QString DomainFixture::webinarPath(qint64 id)
{
    return api::path::expand(api::path::webinar, {id});
}

QString DomainFixture::registrationsPath(qint64 id)
{
    return api::path::expand(api::path::webinarRegistrations, {id});
}

QString DomainFixture::questionsPath(qint64 id)
{
    return api::path::expand(api::path::webinarQuestions, {id});
}

QJsonArray DomainFixture::allRegistrations(Role role, qint64 webinarId, ApiParams params)
{
    params.append({u"limit"_s, u"500"_s});
    const ApiReply reply = get(role, registrationsPath(webinarId), params);
    if (reply.status != 200)
        qWarning("all registrations: %s", qPrintable(reply.describe()));
    return reply.items();
}

QJsonObject DomainFixture::firstQuestion(Role role, qint64 webinarId)
{
    const ApiReply reply = get(role, questionsPath(webinarId));
    if (reply.status != 200 || reply.items().isEmpty())
        qWarning("questions of %lld: %s", static_cast<long long>(webinarId), qPrintable(reply.describe()));
    return reply.items().first().toObject();
}

QWebSocket *DomainFixture::openEvents(Role role, QObject *parent)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, parent);
    socket->setSslConfiguration(m_api.tls());
    socket->open(m_api.request(m_api.webSocketUrl(QString::fromLatin1(api::path::events)), m_tokens.value(role)));
    return socket;
}

void DomainFixture::setUpWorld()
{
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY2(m_api.connectTo(m_server), "the server's certificate file holds not exactly one certificate");
    const auto accounts = m_server.demoAccounts();
    QCOMPARE(accounts.size(), 5);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        qint64 id = 0;
        m_tokens.insert(it.key(), login(it->email, it->password, &id));
        QVERIFY2(!m_tokens.value(it.key()).isEmpty(), qPrintable(roleToWire(it.key())));
        m_userIds.insert(it.key(), id);
    }
    findDemoWebinars();
}

void DomainFixture::findDemoWebinars()
{
    const ApiReply list = get(Role::Admin, QString::fromLatin1(api::path::webinars));
    QCOMPARE(list.status, 200);
    for (const QJsonValue &value : list.items()) {
        const QJsonObject webinar = value.toObject();
        const QString title = webinar.value("title"_L1).toString();
        const qint64 id = webinar.value("id"_L1).toInteger();
        if (title.startsWith("Zorg op afstand"_L1))
            m_live = id;
        else if (title.startsWith("Valpreventie"_L1))
            m_rehearsal = id;
        else if (title.startsWith("Medewerkersbijeenkomst"_L1))
            m_scheduled = id;
        else if (title.startsWith("Outlook 2025"_L1))
            m_ended = id;
        else if (title.startsWith("ESG Reporting"_L1))
            m_draft = id;
    }
    QVERIFY(m_live && m_rehearsal && m_scheduled && m_ended && m_draft);
}
