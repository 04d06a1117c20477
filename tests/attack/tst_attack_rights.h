#pragma once

#include "ApiRequests.h"
#include "ServerProcess.h"
#include "protocol/Roles.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

class QWebSocket;

// Attack review findings 3, 4, 10 and 12 (/me), tried against the real server (--demo, TLS on loopback) with every
// demo role signed in. Helpers in RightsAttackFixture.cpp, the attacks in tst_attack_rights.cpp.
class TestAttackRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void viewerRegistersOnlyForOpenWebinars(); // finding 3
    void viewerSeesWhoReadNotWhereFromOrWhy(); // finding 3
    void viewerEventsCarryTheSameFields(); // finding 3
    void staffSeeNoViewerAddresses(); // finding 3
    void viewersSeeNoOtherAttendeesReads(); // finding 3
    void deniedEntriesHoldOnlyTheSentIds(); // finding 4
    void userListWithholdsViewersWithoutReason(); // finding 10
    void meIsLogged(); // finding 12
    void streamsFollowTheStaffOfAWebinar(); // issue 19: streams keep scope decisions
    void cleanupTestCase();

private:
    ApiReply send(regiekamer::Role role, const QByteArray &verb, const QString &pathAndQuery,
                  const QJsonObject &body = {}, const QByteArray &reason = {});
    ApiReply get(regiekamer::Role role, const QString &pathAndQuery, const QByteArray &reason = {});
    // The stored entry of one request, as the administrator reads it.
    QJsonObject entryOf(const ApiReply &reply);
    // The entry of one request among the items of an access log answer; empty when absent.
    static QJsonObject entryIn(const ApiReply &log, const ApiReply &reply);
    static QByteArray show(const QJsonObject &entry);
    QWebSocket *openEvents(regiekamer::Role role);
    // The audit.appended entries a stream received so far, by request id.
    static QMap<QString, QJsonObject> auditFrames(const QList<QList<QVariant>> &frames);
    QString databasePath() const;

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<regiekamer::Role, QString> m_token;
    QMap<regiekamer::Role, qint64> m_userId;
    QMap<QString, qint64> m_webinarInState; // the first demo webinar in each state (wire name)
    qint64 m_viewerWebinar = 0; // live, attended by the viewer, assigned to the director, of the client's organisation
};
