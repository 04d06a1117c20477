#include "net/DomainClient.h"

#include "net/ClientErrors.h"
#include "protocol/ApiPaths.h"
#include "protocol/ApprovalRules.h"
#include "protocol/Organisation.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"

namespace regiekamer::client {

DomainClient::DomainClient(ApiClient &api)
    : m_api(api)
{
}

template<typename T>
void DomainClient::call(const QByteArray &verb, const QString &path, const QJsonObject &body, Callback<T> done,
                        const QUrlQuery &query)
{
    m_api.sendJson(verb, path, query, body,
                   [api = &m_api, done = std::move(done)](Result<QJsonObject> reply) { done(api->parsed<T>(reply)); });
}

void DomainClient::fetchWebinar(qint64 webinarId, Callback<api::WebinarDetail> done)
{
    call("GET", api::path::expand(api::path::webinar, {webinarId}), {}, std::move(done));
}

void DomainClient::changeWebinarState(qint64 webinarId, const api::WebinarStateChange &change,
                                      Callback<api::WebinarDetail> done)
{
    call("POST", api::path::expand(api::path::webinarState, {webinarId}), change.toJson(), std::move(done));
}

void DomainClient::updateWebinar(qint64 webinarId, const api::WebinarUpdate &change, Callback<api::WebinarDetail> done)
{
    call("PATCH", api::path::expand(api::path::webinar, {webinarId}), change.toJson(), std::move(done));
}

void DomainClient::createWebinar(const api::WebinarCreate &request, Callback<api::WebinarDetail> done)
{
    call("POST", QString::fromLatin1(api::path::webinars), request.toJson(), std::move(done));
}

void DomainClient::deleteWebinar(qint64 webinarId, StatusCallback done)
{
    m_api.sendJson("DELETE", api::path::expand(api::path::webinar, {webinarId}), {}, {},
                   [done = std::move(done)](Result<QJsonObject> reply) {
                       done(reply ? Status() : Status(std::unexpected(reply.error())));
                   });
}

void DomainClient::assignStaff(qint64 webinarId, qint64 userId, Role role, Callback<api::WebinarDetail> done)
{
    call("PUT", api::path::expand(api::path::webinarStaff, {webinarId, userId}),
         api::StaffAssignmentRequest {role}.toJson(), std::move(done));
}

void DomainClient::unassignStaff(qint64 webinarId, qint64 userId, StatusCallback done)
{
    m_api.sendJson("DELETE", api::path::expand(api::path::webinarStaff, {webinarId, userId}), {}, {},
                   [done = std::move(done)](Result<QJsonObject> reply) {
                       done(reply ? Status() : Status(std::unexpected(reply.error())));
                   });
}

void DomainClient::fetchApprovalRules(qint64 webinarId, Callback<api::ApprovalRules> done)
{
    call("GET", api::path::expand(api::path::webinarApprovalRules, {webinarId}), {}, std::move(done));
}

void DomainClient::updateApprovalRules(qint64 webinarId, const api::ApprovalRulesUpdate &change,
                                       Callback<api::ApprovalRules> done)
{
    call("PUT", api::path::expand(api::path::webinarApprovalRules, {webinarId}), change.toJson(), std::move(done));
}

void DomainClient::fetchStaffCandidates(qint64 webinarId, Callback<QList<api::StaffAssignment>> done)
{
    m_api.sendJson("GET", api::path::expand(api::path::webinarStaffCandidates, {webinarId}), {}, {},
                   [api = &m_api, done = std::move(done)](Result<QJsonObject> reply) {
                       if (!reply)
                           return done(std::unexpected(reply.error()));
                       auto candidates = api::listFromJson<api::StaffAssignment>(*reply);
                       if (!candidates)
                           return done(
                               fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(api->server())));
                       done(std::move(candidates));
                   });
}

void DomainClient::updateRegistration(qint64 registrationId, const api::RegistrationUpdate &change,
                                      Callback<api::Registration> done)
{
    call("PATCH", api::path::expand(api::path::registration, {registrationId}), change.toJson(), std::move(done));
}

void DomainClient::updateQuestion(qint64 questionId, const api::QuestionUpdate &change, Callback<api::Question> done)
{
    call("PATCH", api::path::expand(api::path::question, {questionId}), change.toJson(), std::move(done));
}

void DomainClient::mergeQuestion(qint64 questionId, qint64 into, Callback<api::Question> done)
{
    call("POST", api::path::expand(api::path::questionMerge, {questionId}), api::QuestionMerge {into}.toJson(),
         std::move(done));
}

void DomainClient::unmergeQuestion(qint64 questionId, Callback<api::Question> done)
{
    call("POST", api::path::expand(api::path::questionUnmerge, {questionId}), QJsonObject {}, std::move(done));
}

void DomainClient::createOrganisation(const api::OrganisationCreate &request, Callback<api::Organisation> done)
{
    call("POST", QString::fromLatin1(api::path::organisations), request.toJson(), std::move(done));
}

void DomainClient::updateOrganisation(qint64 organisationId, const api::OrganisationUpdate &change,
                                      Callback<api::Organisation> done)
{
    call("PATCH", api::path::expand(api::path::organisation, {organisationId}), change.toJson(), std::move(done));
}

void DomainClient::createStaffAccount(const api::StaffAccountCreate &request, Callback<api::StaffAccount> done)
{
    call("POST", QString::fromLatin1(api::path::users), request.toJson(), std::move(done));
}

void DomainClient::updateStaffAccount(qint64 userId, const api::StaffAccountUpdate &change,
                                      Callback<api::StaffAccount> done)
{
    call("PATCH", api::path::expand(api::path::user, {userId}), change.toJson(), std::move(done));
}

void DomainClient::fetchAuditPage(const QUrlQuery &query, Callback<api::AuditPage> done)
{
    call("GET", QString::fromLatin1(api::path::auditLog), {}, std::move(done), query);
}

void DomainClient::fetchAuditStatus(Callback<api::AuditStatus> done)
{
    call("GET", QString::fromLatin1(api::path::auditStatus), {}, std::move(done));
}

void DomainClient::fetchReport(qint64 webinarId, bool forExport, Callback<api::WebinarReport> done)
{
    const char *path = forExport ? api::path::webinarReportExport : api::path::webinarReport;
    call("GET", api::path::expand(path, {webinarId}), {}, std::move(done));
}

void DomainClient::fetchBackupStatus(Callback<api::BackupStatus> done)
{
    call("GET", QString::fromLatin1(api::path::backupStatus), {}, std::move(done));
}

void DomainClient::fetchInvitations(Callback<QList<api::Invitation>> done)
{
    m_api.sendJson("GET", QString::fromLatin1(api::path::invitations), {}, {},
                   [api = &m_api, done = std::move(done)](Result<QJsonObject> reply) {
                       if (!reply)
                           return done(std::unexpected(reply.error()));
                       auto invitations = api::listFromJson<api::Invitation>(*reply);
                       if (!invitations)
                           return done(
                               fail(QString::fromLatin1(errc::badResponse), errc::badResponseMessage(api->server())));
                       done(std::move(invitations));
                   });
}

void DomainClient::invite(const api::InvitationRequest &request, Callback<api::Invitation> done)
{
    call("POST", QString::fromLatin1(api::path::invitations), request.toJson(), std::move(done));
}

void DomainClient::resendInvitation(qint64 userId, Callback<api::Invitation> done)
{
    call("POST", api::path::expand(api::path::invitationResend, {userId}), {}, std::move(done));
}

void DomainClient::revokeInvitation(qint64 userId, StatusCallback done)
{
    m_api.sendJson("DELETE", api::path::expand(api::path::invitation, {userId}), {}, {},
                   [done = std::move(done)](Result<QJsonObject> reply) {
                       done(reply ? Status() : Status(std::unexpected(reply.error())));
                   });
}

void DomainClient::requestEmailChange(const api::EmailChangeRequest &request, StatusCallback done)
{
    m_api.sendJson("POST", QString::fromLatin1(api::path::myEmailChange), {}, request.toJson(),
                   [done = std::move(done)](Result<QJsonObject> reply) {
                       done(reply ? Status() : Status(std::unexpected(reply.error())));
                   });
}

} // namespace regiekamer::client
