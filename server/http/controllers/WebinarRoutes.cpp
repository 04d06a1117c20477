// Webinar routes of DomainApi: detail, changes, state, staff assignments and the accounts to assign.
#include "http/controllers/DomainApi.h"
#include "protocol/EventTypes.h"

#include "base/ApiError.h"
#include "http/HttpJson.h"
#include "storage/WebinarRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using StatusCode = QHttpServerResponse::StatusCode;

Result<api::WebinarDetail> DomainApi::webinarFor(const api::UserInfo &caller, qint64 id, Action action)
{
    auto detail = m_services.webinars.find(id);
    if (!detail)
        return std::unexpected(detail.error());
    if (!*detail)
        return std::unexpected(notFound());
    const ObjectScope scope {id, (*detail)->summary.organisationId, 0};
    if (auto allowed = m_services.policy.require(caller, Resource::Webinar, action, scope); !allowed)
        return std::unexpected(allowed.error());
    return **detail;
}

QJsonObject DomainApi::webinarJson(const api::UserInfo &caller, api::WebinarDetail detail) const
{
    // The staff list goes to those who manage assignments; counts about other attendees not to a viewer.
    if (!rights::permits(caller.role, Resource::Webinar, Action::Assign))
        detail.staff.reset();
    if (rights::scopeOf(caller.role, Resource::Webinar) == rights::Scope::OwnAccount) {
        detail.summary.registrationCount = 0;
        detail.summary.openQuestionCount = 0;
    }
    return detail.toJson();
}

QHttpServerResponse DomainApi::createWebinar(const api::UserInfo &caller, const QList<qint64> &,
                                             const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::Webinar, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = domainHttp::body<api::WebinarCreate>(request);
    if (!wanted)
        return http::fromError(wanted.error());
    auto created = m_services.webinars.create(*wanted);
    if (!created)
        return http::fromError(created.error());
    qInfo("Webinar %lld created by user %lld", static_cast<long long>(created->summary.id),
          static_cast<long long>(caller.id));
    m_publish(QString::fromLatin1(api::event::webinarChanged), created->summary.id);
    return http::json(webinarJson(caller, *created), StatusCode::Created);
}

QHttpServerResponse DomainApi::deleteWebinar(const api::UserInfo &caller, const QList<qint64> &ids,
                                             const QHttpServerRequest &)
{
    if (auto detail = webinarFor(caller, ids.at(0), Action::Delete); !detail)
        return http::fromError(detail.error());
    // The audience is decided while the webinar still exists (afterwards nobody has it in scope); the frames
    // leave only after this handler returns, so no client can fetch before the deletion is committed.
    m_publish(QString::fromLatin1(api::event::webinarChanged), ids.at(0));
    if (auto removed = m_services.webinars.remove(ids.at(0)); !removed)
        return http::fromError(removed.error());
    qInfo("Webinar %lld deleted by user %lld", static_cast<long long>(ids.at(0)), static_cast<long long>(caller.id));
    return http::noContent();
}

QHttpServerResponse DomainApi::getWebinar(const api::UserInfo &caller, const QList<qint64> &ids,
                                          const QHttpServerRequest &)
{
    auto detail = webinarFor(caller, ids.at(0), Action::Read);
    return domainHttp::respond(detail ? Result<QJsonObject>(webinarJson(caller, *detail))
                                      : std::unexpected(detail.error()));
}

QHttpServerResponse DomainApi::patchWebinar(const api::UserInfo &caller, const QList<qint64> &ids,
                                            const QHttpServerRequest &request)
{
    auto detail = webinarFor(caller, ids.at(0), Action::Update);
    if (!detail)
        return domainHttp::respond(std::unexpected(detail.error()));
    auto change = domainHttp::body<api::WebinarUpdate>(request);
    if (!change)
        return domainHttp::respond(std::unexpected(change.error()));
    auto updated = m_services.webinars.update(ids.at(0), *change);
    if (!updated)
        return domainHttp::respond(std::unexpected(updated.error()));
    m_publish(QString::fromLatin1(api::event::webinarChanged), ids.at(0));
    return domainHttp::respond(webinarJson(caller, *updated));
}

QHttpServerResponse DomainApi::changeState(const api::UserInfo &caller, const QList<qint64> &ids,
                                           const QHttpServerRequest &request)
{
    auto detail = webinarFor(caller, ids.at(0), Action::ChangeState);
    if (!detail)
        return domainHttp::respond(std::unexpected(detail.error()));
    auto change = domainHttp::body<api::WebinarStateChange>(request);
    if (!change)
        return domainHttp::respond(std::unexpected(change.error()));
    auto updated = m_services.webinars.changeState(ids.at(0), *change);
    if (!updated)
        return domainHttp::respond(std::unexpected(updated.error()));
    qInfo("Webinar %lld set to %s by user %lld", static_cast<long long>(ids.at(0)),
          qUtf8Printable(webinarStateToWire(change->state)), static_cast<long long>(caller.id));
    m_publish(QString::fromLatin1(api::event::webinarChanged), ids.at(0));
    return domainHttp::respond(webinarJson(caller, *updated));
}

namespace {

// Whoever's assign right reaches only their assigned webinars may assign and remove moderators only.
bool mayAssignRole(const api::UserInfo &caller, Role role)
{
    return role == Role::Moderator || rights::scopeOf(caller.role, Resource::Webinar) == rights::Scope::All;
}

} // namespace

QHttpServerResponse DomainApi::assignStaff(const api::UserInfo &caller, const QList<qint64> &ids,
                                           const QHttpServerRequest &request)
{
    auto detail = webinarFor(caller, ids.at(0), Action::Assign);
    if (!detail)
        return domainHttp::respond(std::unexpected(detail.error()));
    auto assignment = domainHttp::body<api::StaffAssignmentRequest>(request);
    if (!assignment)
        return domainHttp::respond(std::unexpected(assignment.error()));
    if (!mayAssignRole(caller, assignment->role))
        return domainHttp::respond(std::unexpected(forbidden()));
    auto updated = m_services.webinars.assign(ids.at(0), ids.at(1), assignment->role);
    if (!updated)
        return domainHttp::respond(std::unexpected(updated.error()));
    qInfo("User %lld assigned to webinar %lld by user %lld", static_cast<long long>(ids.at(1)),
          static_cast<long long>(ids.at(0)), static_cast<long long>(caller.id));
    m_publish(QString::fromLatin1(api::event::webinarChanged), ids.at(0));
    return domainHttp::respond(webinarJson(caller, *updated));
}

QHttpServerResponse DomainApi::removeStaff(const api::UserInfo &caller, const QList<qint64> &ids,
                                           const QHttpServerRequest &)
{
    auto detail = webinarFor(caller, ids.at(0), Action::Assign);
    if (!detail)
        return domainHttp::respond(std::unexpected(detail.error()));
    auto role = m_services.webinars.assignedRole(ids.at(0), ids.at(1));
    if (!role)
        return domainHttp::respondStatus(std::unexpected(role.error()));
    if (!*role)
        return domainHttp::respondStatus(std::unexpected(notFound()));
    if (!mayAssignRole(caller, **role))
        return domainHttp::respondStatus(std::unexpected(forbidden()));
    auto removed = m_services.webinars.unassign(ids.at(0), ids.at(1));
    if (!removed)
        return domainHttp::respondStatus(std::unexpected(removed.error()));
    qInfo("User %lld removed from webinar %lld by user %lld", static_cast<long long>(ids.at(1)),
          static_cast<long long>(ids.at(0)), static_cast<long long>(caller.id));
    m_publish(QString::fromLatin1(api::event::webinarChanged), ids.at(0));
    return http::noContent();
}

QHttpServerResponse DomainApi::listStaffCandidates(const api::UserInfo &caller, const QList<qint64> &ids,
                                                   const QHttpServerRequest &)
{
    if (auto detail = webinarFor(caller, ids.at(0), Action::Assign); !detail)
        return http::fromError(detail.error());
    QList<Role> roles;
    for (const Role role : {Role::Director, Role::Moderator}) {
        if (mayAssignRole(caller, role))
            roles.append(role);
    }
    auto candidates = m_services.webinars.staffCandidates(ids.at(0), roles);
    return domainHttp::respond(candidates ? Result<QJsonObject>(api::listToJson(*candidates))
                                          : std::unexpected(candidates.error()));
}

} // namespace regiekamer::server
