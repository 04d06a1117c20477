#pragma once

#include "ApiRequests.h"
#include "ServerProcess.h"
#include "protocol/Roles.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>

class TestAuditLogApi : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<regiekamer::Role, QString> m_token;
    QMap<regiekamer::Role, qint64> m_userId;
    QMap<regiekamer::Role, QSet<qint64>> m_webinars; // ids each role's GET /webinars lists
    QMap<qint64, qint64> m_organisationOf; // webinar → organisation
    qint64 m_clientOrganisation = 0;
    QSet<qint64> m_viewerWebinars;
    QSet<qint64> m_viewerRegistrations;
    QMap<qint64, qint64> m_viewerRegistrationWebinar; // the viewer's registration → its webinar
    qint64 m_directorWebinar = 0; // assigned to the director, attended by the viewer, of the client's organisation
    qint64 m_otherWebinar = 0; // not assigned to the director

    // ---- HTTP (AuditLogFixture.cpp) ----
    ApiReply send(regiekamer::Role role, const QByteArray &verb, const QString &pathAndQuery,
                  const QJsonObject &body = {}, const QByteArray &reason = {});
    ApiReply get(regiekamer::Role role, const QString &pathAndQuery, const QByteArray &reason = {});
    ApiReply postSession(const QString &email, const QString &password);
    // Admin's lookup of the entry of one request (q matches the request id).
    QJsonObject entryOf(const QString &requestId);
    bool sees(regiekamer::Role role, const QString &requestId);
    // Every entry a role sees for a query (paging with before/nextBefore, limit 500). Also checks the paging.
    QList<QJsonObject> all(regiekamer::Role role, const QString &query, int limit = 500);
    qint64 lastSequence();
    QString databasePath() const;
    QList<QJsonObject> registrationsOf(qint64 webinarId);
    void ensureDirectorAssigned(qint64 webinarId);
    static QString rid(const ApiReply &reply);
    static QByteArray show(const QJsonObject &entry);

private Q_SLOTS:
    void initTestCase();

    void sessionEntries(); // SessionEntryTests.cpp
    void visibility(); // VisibilityTests.cpp
    void pagingAndFilters(); // PagingFilterTests.cpp
    void eventStream(); // EventStreamTests.cpp
    void failsClosed(); // FailClosedTests.cpp
    void commandLine(); // CommandLineTests.cpp

    void cleanupTestCase();
};
