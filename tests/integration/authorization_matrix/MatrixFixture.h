#pragma once

// The world the authorization matrix runs in: the demo server, one session per role, admin's view of all data and
// each role's scope as the spec defines it, computed from admin's view (never from the role's own answers).
#include "ApiRequests.h"
#include "MatrixSpec.h"
#include "ServerProcess.h"
#include "protocol/Roles.h"

#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace matrix {

inline constexpr qint64 unknownId = 987654321;
inline const QByteArray accessReason = "matrix test";
inline const QByteArray scratchPassword = "matrix-scratch-password-1";

// Everything a role's rows need: its scope, and an object of each kind inside and outside it.
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

// Admin's view (with an access reason) of all data, taken once before the rows run.
struct AdminView
{
    QMap<qint64, QJsonObject> webinars; // id → WebinarDetail
    QMap<qint64, QList<QJsonObject>> registrations; // webinar id → registrations
    QMap<qint64, QList<QJsonObject>> questions; // webinar id → questions
    QSet<qint64> viewerRegistrations; // the demo viewer's own registration ids

    bool isOwnRegistration(qint64 registrationId) const { return viewerRegistrations.contains(registrationId); }
};

// The row's own request, picked out of everything a row sends (setup and read-backs included): the first request with
// the row's token, verb, path pattern and access reason. Its X-Request-Id leads to its access log entry.
struct RowCapture
{
    bool active = false;
    bool taken = false;
    QString token;
    QByteArray verb;
    QRegularExpression path;
    QByteArray reason;
    ApiReply reply;
    QString sentPath; // the path and query of the captured request
};

class MatrixFixture
{
protected:
    RowCapture m_capture;
    QSet<QString> m_personalValues; // every attendee value in admin's view, for the log entry leak check

    ServerProcess m_server;
    ApiRequests m_api;
    QMap<regiekamer::Role, QString> m_token;
    QMap<regiekamer::Role, Context> m_ctx;
    AdminView m_view;
    QString m_viewerEmail;
    int m_counter = 0;
    qint64 m_clientOrganisation = 0, m_otherOrganisation = 0;
    qint64 m_scratchModerator = 0, m_scratchDirector = 0; // accounts used as assignment targets
    qint64 m_assignedModerator = 0, m_disabledModerator = 0; // never staff candidates
    qint64 m_spareRegistration = 0; // deleted by the director's DELETE row

    // Starts capturing the request of a row for endpoint ("VERB /path/{id}...", without " +reason").
    void captureRowRequest(const QString &endpoint, const QString &token, const QByteArray &reason);

    // The whole setup; QVERIFY-style failures end it early (check QTest::currentTestFailed()).
    void setUpWorld();

    // ---- HTTP ----
    ApiReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                  const QString &token = {}, const QByteArray &reason = {});
    ApiReply as(regiekamer::Role role, const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    ApiReply asAdmin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QString login(const QString &email, const QString &password) { return m_api.login(email, password); }
    // Every item of a paged list (limit 500 per page).
    QList<QJsonObject> listAll(const QString &path, const QString &token, const QByteArray &reason = {});
    QString nextName(const QString &what);
    bool isOwnRegistration(qint64 registrationId) const { return m_view.isOwnRegistration(registrationId); }

    // ---- admin's read-back of single objects, for "nothing changed" ----
    QString probeRegistration(qint64 id);
    QString probeWebinar(qint64 id);
    QString probeOrganisation(qint64 id);
    QString probeUser(qint64 id);
    QString probeQuestion(qint64 questionId);
    QJsonObject findQuestion(qint64 webinarId, qint64 questionId);
    int registrationTotal(qint64 webinarId);
    int questionTotal(qint64 webinarId);

    // ---- admin's changes for setting up a row ----
    qint64 createOrganisation();
    qint64 createWebinar();
    int assign(qint64 webinarId, qint64 userId, const QString &role);
    void unassign(qint64 webinarId, qint64 userId);
    bool staffContains(qint64 webinarId, qint64 userId);
    qint64 scratchAccount(const QString &email, const QString &role);

private:
    void logInEveryRole();
    void loadAdminView(QSet<qint64> &all);
    void computeScopes(const QSet<qint64> &all);
    qint64 richWebinar(const QSet<qint64> &candidates, const std::function<bool(qint64)> &extra = {}) const;
    void fillWebinarIds(Context &context, const QSet<qint64> &all);
    void fillAdminAndViewer(const QSet<qint64> &all);
    void askViewerQuestionIfNone();
    void createScratchAccounts();
    void pickSpareRegistration();
};

} // namespace matrix
