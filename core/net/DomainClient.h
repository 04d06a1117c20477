#pragma once

#include "net/ApiClient.h"
#include "protocol/AccountLinks.h"
#include "protocol/ApprovalRules.h"
#include "protocol/BackupStatus.h"
#include "protocol/Organisation.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Report.h"
#include "protocol/SelfService.h"

namespace regiekamer::client {

// The domain endpoints of docs/api.md (webinars, registrations, questions, organisations, staff accounts, the
// access log and the backups' state), each a typed call over the session of an ApiClient. Holds a reference, so it
// is cheap to make; every call answers through its callback as ApiClient's own calls do (never when the ApiClient is
// gone).
class DomainClient
{
public:
    template<typename T> using Callback = ApiClient::Callback<T>;
    using StatusCallback = ApiClient::StatusCallback;

    explicit DomainClient(ApiClient &api);

    void fetchWebinar(qint64 webinarId, Callback<api::WebinarDetail> done);
    void changeWebinarState(qint64 webinarId, const api::WebinarStateChange &change, Callback<api::WebinarDetail> done);
    void updateWebinar(qint64 webinarId, const api::WebinarUpdate &change, Callback<api::WebinarDetail> done);
    void createWebinar(const api::WebinarCreate &request, Callback<api::WebinarDetail> done);
    void deleteWebinar(qint64 webinarId, StatusCallback done);
    void assignStaff(qint64 webinarId, qint64 userId, Role role, Callback<api::WebinarDetail> done);
    void unassignStaff(qint64 webinarId, qint64 userId, StatusCallback done);
    // The accounts the caller may assign to the webinar now, sorted by display name.
    void fetchStaffCandidates(qint64 webinarId, Callback<QList<api::StaffAssignment>> done);
    void updateRegistration(qint64 registrationId, const api::RegistrationUpdate &change,
                            Callback<api::Registration> done);
    // A webinar's approval rules and capacity (docs/api.md "Approval rules").
    void fetchApprovalRules(qint64 webinarId, Callback<api::ApprovalRules> done);
    void updateApprovalRules(qint64 webinarId, const api::ApprovalRulesUpdate &change,
                             Callback<api::ApprovalRules> done);
    void updateQuestion(qint64 questionId, const api::QuestionUpdate &change, Callback<api::Question> done);
    void mergeQuestion(qint64 questionId, qint64 into, Callback<api::Question> done);
    void unmergeQuestion(qint64 questionId, Callback<api::Question> done);
    void createOrganisation(const api::OrganisationCreate &request, Callback<api::Organisation> done);
    void updateOrganisation(qint64 organisationId, const api::OrganisationUpdate &change,
                            Callback<api::Organisation> done);
    void createStaffAccount(const api::StaffAccountCreate &request, Callback<api::StaffAccount> done);
    void updateStaffAccount(qint64 userId, const api::StaffAccountUpdate &change, Callback<api::StaffAccount> done);
    // The access log (docs/api.md "Access log"): one page, newest first, with the filters in query.
    void fetchAuditPage(const QUrlQuery &query, Callback<api::AuditPage> done);
    void fetchAuditStatus(Callback<api::AuditStatus> done);
    // A webinar's report (counts only); forExport: fetched to be written out (the PDF), logged as an export.
    void fetchReport(qint64 webinarId, bool forExport, Callback<api::WebinarReport> done);
    // The continuous backups' state (admins only; docs/backups.md).
    void fetchBackupStatus(Callback<api::BackupStatus> done);
    // Staff invitations (admins only; docs/accounts.md).
    void fetchInvitations(Callback<QList<api::Invitation>> done);
    void invite(const api::InvitationRequest &request, Callback<api::Invitation> done);
    void resendInvitation(qint64 userId, Callback<api::Invitation> done);
    void revokeInvitation(qint64 userId, StatusCallback done);
    // The signed-in account's new address, confirmed with its password (202: the link went to the new address).
    void requestEmailChange(const api::EmailChangeRequest &request, StatusCallback done);

private:
    // A JSON call whose answer is one T.
    template<typename T>
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Callback<T> done,
              const QUrlQuery &query = {});

    ApiClient &m_api;
};

} // namespace regiekamer::client
