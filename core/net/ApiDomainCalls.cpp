// The domain endpoints of docs/api.md: webinars, registrations, questions, organisations and staff accounts.
#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"

namespace regiekamer::client {
void ApiClient::fetchWebinar(qint64 webinarId, Callback<api::WebinarDetail> done)
{
    sendJson("GET", api::path::expand(api::path::webinar, {webinarId}), {}, {},
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::WebinarDetail>(reply)); });
}

void ApiClient::changeWebinarState(qint64 webinarId, WebinarState state, qint64 version,
                                   Callback<api::WebinarDetail> done)
{
    sendJson("POST", api::path::expand(api::path::webinarState, {webinarId}), {},
             api::WebinarStateChange {state, version}.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::WebinarDetail>(reply)); });
}

void ApiClient::assignStaff(qint64 webinarId, qint64 userId, Role role, Callback<api::WebinarDetail> done)
{
    sendJson("PUT", api::path::expand(api::path::webinarStaff, {webinarId, userId}), {},
             api::StaffAssignmentRequest {role}.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::WebinarDetail>(reply)); });
}

void ApiClient::unassignStaff(qint64 webinarId, qint64 userId, StatusCallback done)
{
    sendJson("DELETE", api::path::expand(api::path::webinarStaff, {webinarId, userId}), {}, {},
             [done = std::move(done)](Result<QJsonObject> reply) {
                 done(reply ? Status() : Status(std::unexpected(reply.error())));
             });
}

void ApiClient::fetchStaffCandidates(qint64 webinarId, Callback<QList<api::StaffAssignment>> done)
{
    sendJson("GET", api::path::expand(api::path::webinarStaffCandidates, {webinarId}), {}, {},
             [this, done = std::move(done)](Result<QJsonObject> reply) {
                 if (!reply)
                     return done(std::unexpected(reply.error()));
                 auto candidates = api::listFromJson<api::StaffAssignment>(*reply);
                 if (!candidates)
                     return done(fail(QStringLiteral("bad_response"), badResponseText()));
                 done(std::move(candidates));
             });
}

void ApiClient::updateRegistration(qint64 registrationId, const api::RegistrationUpdate &change,
                                   Callback<api::Registration> done)
{
    sendJson("PATCH", api::path::expand(api::path::registration, {registrationId}), {}, change.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::Registration>(reply)); });
}

void ApiClient::updateQuestion(qint64 questionId, const api::QuestionUpdate &change, Callback<api::Question> done)
{
    sendJson("PATCH", api::path::expand(api::path::question, {questionId}), {}, change.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::Question>(reply)); });
}

void ApiClient::createOrganisation(const api::OrganisationCreate &request, Callback<api::Organisation> done)
{
    sendJson("POST", QString::fromLatin1(api::path::organisations), {}, request.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::Organisation>(reply)); });
}

void ApiClient::updateOrganisation(qint64 organisationId, const api::OrganisationUpdate &change,
                                   Callback<api::Organisation> done)
{
    sendJson("PATCH", api::path::expand(api::path::organisation, {organisationId}), {}, change.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::Organisation>(reply)); });
}

void ApiClient::createStaffAccount(const api::StaffAccountCreate &request, Callback<api::StaffAccount> done)
{
    sendJson("POST", QString::fromLatin1(api::path::users), {}, request.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::StaffAccount>(reply)); });
}

void ApiClient::updateStaffAccount(qint64 userId, const api::StaffAccountUpdate &change,
                                   Callback<api::StaffAccount> done)
{
    sendJson("PATCH", api::path::expand(api::path::user, {userId}), {}, change.toJson(),
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::StaffAccount>(reply)); });
}

void ApiClient::fetchAuditPage(const QUrlQuery &query, Callback<api::AuditPage> done)
{
    sendJson("GET", QString::fromLatin1(api::path::auditLog), query, {},
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::AuditPage>(reply)); });
}

void ApiClient::fetchAuditStatus(Callback<api::AuditStatus> done)
{
    sendJson("GET", QString::fromLatin1(api::path::auditStatus), {}, {},
             [this, done = std::move(done)](Result<QJsonObject> reply) { done(parsed<api::AuditStatus>(reply)); });
}

} // namespace regiekamer::client
