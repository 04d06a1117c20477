#pragma once

#include "auth/AccessPolicy.h"
#include "base/ApiError.h"
#include "base/Result.h"
#include "protocol/AuditEntry.h"
#include "protocol/Domain.h"

#include <QHttpServer>
#include <QJsonArray>

#include <functional>

namespace regiekamer::server {

namespace audit {
class AuditLog;
class AuditMonitor;
} // namespace audit

class AuditQuery;
class Database;
class OrganisationRepository;
class PasswordHasher;
class ProfileRepository;
class QuestionRepository;
class RegistrationRepository;
class UserRepository;
class WebinarRepository;

struct DomainServices
{
    Database &database;
    WebinarRepository &webinars;
    RegistrationRepository &registrations;
    QuestionRepository &questions;
    AccessPolicy &policy;
    UserRepository &users;
    OrganisationRepository &organisations;
    ProfileRepository &profiles;
    const PasswordHasher &hasher;
    audit::AuditLog &auditLog;
    AuditQuery &auditQuery;
    audit::AuditMonitor &auditMonitor;
};

// The domain routes of docs/api.md (organisations, staff accounts, webinars, registrations, questions, a viewer's
// own data, the access log). Every handler authenticates, resolves the object's scope from the database, decides
// through AccessPolicy (404 outside the scope, 403 inside it without the action) and serialises only readable field
// classes. Every request, allowed or refused, runs in one transaction with its access log entry: if the entry
// cannot be written nothing is changed and nothing is returned (503 access_log_unavailable).
class DomainApi
{
public:
    using Authenticator = std::function<Result<api::UserInfo>(const QHttpServerRequest &)>;
    using Publisher = std::function<void(const QString &type, qint64 webinarId)>;
    // Called for every session a change ended (token hash), so its event streams close at once.
    using SessionCloser = std::function<void(const QString &tokenHash)>;
    // Called with every access log entry once it is committed (the event stream passes it on).
    using AuditPublisher = std::function<void(const api::AuditEntry &entry)>;

    DomainApi(DomainServices services, Authenticator authenticate, Publisher publish, SessionCloser closeSession,
              AuditPublisher publishAudit);

    void addRoutes(QHttpServer &http, QObject *context);

private:
    using Handler = QHttpServerResponse (DomainApi::*)(const api::UserInfo &, const QList<qint64> &,
                                                       const QHttpServerRequest &);
    // How a route appears in the access log: its action, the resource it touches and, for writes, the classes of
    // personal fields it changes (reads log the classes the caller could read).
    struct Audited
    {
        const char *action;
        rights::Resource resource;
        QList<rights::FieldClass> written = {};
    };
    struct Route
    {
        Handler handler;
        Audited audited;
    };

    // DomainDispatch.cpp
    void add(QHttpServer &http, QObject *context, const char *pathTemplate, QHttpServerRequest::Method method,
             Handler handler, const Audited &audited);
    QHttpServerResponse dispatch(const Route &route, const QList<QString> &ids, const QHttpServerRequest &request);
    QHttpServerResponse handle(const Route &route, const QList<QString> &ids, const QHttpServerRequest &request,
                               const Result<api::UserInfo> &caller);
    void describeOutcome(const Route &route, const Result<api::UserInfo> &caller, const QHttpServerResponse &response);
    void flushEvents(const api::AuditEntry &entry);

    // OrganisationRoutes.cpp
    QHttpServerResponse listOrganisations(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse createOrganisation(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse getOrganisation(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchOrganisation(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse deleteOrganisation(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    Result<api::Organisation> organisationFor(const api::UserInfo &caller, qint64 id, rights::Action action);

    // AccountRoutes.cpp: staff accounts and a viewer's own profile
    QHttpServerResponse listUsers(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse createUser(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse getUser(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchUser(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse getProfile(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchProfile(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    Result<api::StaffAccount> accountFor(const api::UserInfo &caller, qint64 id, rights::Action action);

    // WebinarRoutes.cpp
    QHttpServerResponse createWebinar(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse deleteWebinar(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse getWebinar(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchWebinar(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse changeState(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse assignStaff(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse removeStaff(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse listStaffCandidates(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    Result<api::WebinarDetail> webinarFor(const api::UserInfo &caller, qint64 id, rights::Action action);
    QJsonObject webinarJson(const api::UserInfo &caller, api::WebinarDetail detail) const;

    // RegistrationRoutes.cpp
    QHttpServerResponse listRegistrations(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse exportRegistrations(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse createRegistration(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse getRegistration(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchRegistration(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse deleteRegistration(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse myRegistrations(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);

    // QuestionRoutes.cpp
    QHttpServerResponse listQuestions(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse patchQuestion(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse createQuestion(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse myQuestions(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);

    // AuditRoutes.cpp
    QHttpServerResponse listAuditEntries(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse exportAuditEntries(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);
    QHttpServerResponse auditStatus(const api::UserInfo &, const QList<qint64> &, const QHttpServerRequest &);

    // The webinar's scope (404 when it does not exist), for collection routes under /webinars/{id}.
    Result<ObjectScope> webinarScope(qint64 webinarId);
    // What a read of a list under /webinars/{id} may see: the caller's own rows only (a viewer) or all, the page
    // asked for, and the readable field classes. 404 outside the webinar's scope, 403 inside it without the right.
    struct WebinarListAccess
    {
        qint64 ownerUserId = 0;
        qint64 offset = 0;
        qint64 limit = 0;
        QList<rights::FieldClass> readable;
    };
    Result<WebinarListAccess> webinarListAccess(const api::UserInfo &caller, qint64 webinarId,
                                                rights::Resource resource, const QHttpServerRequest &request);
    // Admin's X-Access-Reason (4..500 characters): recorded in the access log entry, never the data.
    bool accessReason(const api::UserInfo &caller, rights::Resource resource, const QHttpServerRequest &request);

    DomainServices m_services;
    Authenticator m_authenticate;
    Publisher m_publish; // queues into m_pendingEvents: events leave only after the request's transaction commits
    Publisher m_sendEvent;
    SessionCloser m_closeSession;
    AuditPublisher m_publishAudit;
    api::AuditEntry m_entry; // the entry of the request being handled
    bool m_readWithReason = false;
    QList<std::pair<QString, qint64>> m_pendingEvents;
};

namespace domainHttp {
// Paging of docs/api.md: offset >= 0, 1 <= limit <= 500 (default 100); anything else "bad_request".
Result<std::pair<qint64, qint64>> paging(const QUrlQuery &query);
template<typename T> Result<T> body(const QHttpServerRequest &request);
QHttpServerResponse respond(const Result<QJsonObject> &result,
                            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
QHttpServerResponse respondStatus(const Status &status);

// {"items": [...]} of a list read from a repository, each item serialised with only the readable field classes.
template<typename Item>
QHttpServerResponse itemsJson(const Result<QList<Item>> &list, const QList<rights::FieldClass> &readable,
                              QJsonObject (*toJson)(const Item &, const QList<rights::FieldClass> &))
{
    if (!list)
        return respond(std::unexpected(list.error()));
    QJsonArray items;
    for (const Item &item : *list)
        items.append(toJson(item, readable));
    return respond(QJsonObject {{QStringLiteral("items"), items}});
}

// An object a handler just created (its id, or the error of creating it), read back from its repository as stored
// and serialised with only the readable field classes; "not_found" when it is gone already.
template<typename Repository, typename Stored, typename Item>
Result<QJsonObject> readBack(const Result<qint64> &id, Repository &repository, Item Stored::*member,
                             const QList<rights::FieldClass> &readable,
                             QJsonObject (*toJson)(const Item &, const QList<rights::FieldClass> &))
{
    if (!id)
        return std::unexpected(id.error());
    Result<std::optional<Stored>> stored = repository.find(*id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    return toJson((**stored).*member, readable);
}
} // namespace domainHttp

} // namespace regiekamer::server

namespace regiekamer::server {
// The CSV of an export: a header row and one row per registration with the columns of `readable` classes.
QString registrationsCsv(const QList<api::Registration> &registrations, const QList<rights::FieldClass> &readable);
} // namespace regiekamer::server
