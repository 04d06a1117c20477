#pragma once

// The demo server of tst_domain_api, one session per role (Argon2id is slow on purpose, so one login each), and the
// demo webinars by their place in server/DemoData.cpp.
#include "ApiRequests.h"
#include "ServerProcess.h"
#include "protocol/Roles.h"

#include <QMap>

class QObject;
class QWebSocket;

class DomainFixture
{
protected:
    ServerProcess m_server;
    ApiRequests m_api;
    QMap<regiekamer::Role, QString> m_tokens;
    QMap<regiekamer::Role, qint64> m_userIds;
    qint64 m_live = 0; // org 0, live: director, moderator, viewer registered
    qint64 m_rehearsal = 0; // org 0: director
    qint64 m_scheduled = 0; // org 0, 211 registrations: moderator
    qint64 m_ended = 0; // org 1: director, viewer registered
    qint64 m_draft = 0; // org 1, no registrations, no staff

    // Starts the server, logs every demo role in and finds the demo webinars; fails the current test otherwise.
    void setUpWorld();

    QUrl url(const QString &path, const ApiParams &params = {}) const { return m_api.url(path, params); }
    ApiReply send(const QByteArray &verb, const QUrl &target, const QString &token, const QByteArray &body = {})
    {
        return m_api.send(verb, target, token, body);
    }
    ApiReply get(regiekamer::Role role, const QString &path, const ApiParams &params = {});
    ApiReply change(regiekamer::Role role, const QByteArray &verb, const QString &path, const QJsonObject &body);
    QString login(const QString &email, const QString &password, qint64 *userId = nullptr)
    {
        return m_api.login(email, password, userId);
    }

    static QString webinarPath(qint64 id);
    static QString registrationsPath(qint64 id);
    static QString questionsPath(qint64 id);

    // Every registration of a webinar as the role sees it (limit 500 is enough for the demo data).
    QJsonArray allRegistrations(regiekamer::Role role, qint64 webinarId, ApiParams params = {});
    QJsonObject firstQuestion(regiekamer::Role role, qint64 webinarId);
    // A socket opening the event stream with the role's session; owned by parent.
    QWebSocket *openEvents(regiekamer::Role role, QObject *parent);

private:
    void findDemoWebinars();
};
