#pragma once

#include "auth/Authenticator.h"
#include "base/Result.h"
#include "http/Presence.h"
#include "http/RequestPipeline.h"
#include "protocol/AuditEntry.h"
#include "protocol/Session.h"

#include <QHttpServer>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

namespace regiekamer::server {

class AddressThrottle;
class PasswordCheckPool;

namespace mail {
class Outbox;
} // namespace mail

namespace audit {
class AuditLog;
class AuditMonitor;
} // namespace audit

class AccessPolicy;
class SignInController;
class AuditNameLookup;
class AuditQuery;
class Controller;
class Database;
class DeviceRepository;
class EmailChanges;
class Invitations;
class JoinLinks;
class ApprovalRuleRepository;
class WaitingList;
class SignUps;
class PasswordResets;
class LoginThrottle;
class OrganisationRepository;
class PasswordHasher;
class ProfileRepository;
class QuestionRepository;
class RegistrationRepository;
class ReportRepository;
class SecondFactors;
class SessionStore;
class UserRepository;
class StreamKeyRepository;
class WebinarRepository;
class WebinarTimeline;
class GoLiveGate;

// The long-lived services the API works with (app/ServerApp owns them).
struct ApiServices
{
    Database &database;
    UserRepository &users;
    OrganisationRepository &organisations;
    ProfileRepository &profiles;
    WebinarRepository &webinars;
    RegistrationRepository &registrations;
    QuestionRepository &questions;
    SessionStore &sessions;
    LoginThrottle &throttle;
    const PasswordHasher &hasher;
    AccessPolicy &policy;
    audit::AuditLog &auditLog;
    AuditQuery &auditQuery;
    audit::AuditMonitor &auditMonitor;
    DeviceRepository &devices;
    // How long after a sign-in the desktop app may open its offline copy (SessionGrant::offlineUntil); 0: never.
    std::chrono::days offlineLease {7};
    QString dataDir; // where the backup engine writes its status (backup/status.json)
    mail::Outbox *outbox = nullptr; // mail written in the transaction of the change that sends it (docs/mail.md)
    QString mailDelivery; // "smtp://host:587 (STARTTLS required)"; empty: no SMTP server configured
    QUrl publicUrl; // --public-url: the https base of links in mail; never a request's Host header
    // Accounts by e-mail (docs/accounts.md): the routes exist when both are given.
    Invitations *invitations = nullptr;
    PasswordResets *passwordResets = nullptr;
    // Self-registration, join links and e-mail changes: their routes exist when all three are given.
    SignUps *signUps = nullptr;
    JoinLinks *joinLinks = nullptr;
    EmailChanges *emailChanges = nullptr;
    // The stream-key vault and the go-live checklist with the webinars' timeline (issue 17): their routes exist, and
    // going live is checked, when both are given.
    StreamKeyRepository *streamKeys = nullptr;
    WebinarTimeline *timeline = nullptr;
    // Second factors (docs/security.md "Second factor"): the sign-in's second step, enrolment and step-up; nullptr:
    // sign-ins ask for none.
    SecondFactors *secondFactors = nullptr;
};

// The JSON API of /api/v1 on a QHttpServer: one controller per resource, every logged route through the one
// RequestPipeline. Runs in the main thread; the server never trusts the client.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    explicit ApiServer(ApiServices services, QObject *parent = nullptr);
    ~ApiServer() override;

    QHttpServer &http() { return m_http; }
    // More routes on the same pipeline (the web pages of server/web), added before the server listens.
    void addController(std::unique_ptr<Controller> controller);
    // The API's sign-in, for another way in that must keep its protections (throttling, the password check off the
    // event loop, the same answer for unknown accounts).
    SignInController &signIn() { return *m_signIn; }
    Authenticator &authenticator() { return m_authenticator; }
    // Argon2id off the event loop: password checks, and the new passwords chosen on the pages of links in mail.
    PasswordCheckPool &passwordChecks() { return *m_passwordChecks; }
    // Who has an event stream open now (the EventHub sets its probe).
    Presence &presence() { return m_presence; }
    // Is the webinar in the user's scope now (for events)? Read from the database.
    Result<bool> webinarInScope(const api::UserInfo &user, qint64 webinarId);
    // May the user read the attendance of the webinar's registrations now (for `attendance.changed`)?
    Result<bool> attendanceInScope(const api::UserInfo &user, qint64 webinarId);
    // The access log entry as the user may see it, nullopt when not at all (for events; AuditQuery::entryFor), and
    // for nobody while the log is broken.
    Result<std::optional<api::AuditEntry>> auditEntryFor(const api::UserInfo &user, const api::AuditEntry &entry);

Q_SIGNALS:
    // A change ended this session (sign-out, a disabled account): its event streams close at once.
    void sessionRevoked(const QString &tokenHash);
    // This session ended because its device was revoked: its event streams get "device.revoked", then close.
    void deviceSessionRevoked(const QString &tokenHash);
    // A change to a webinar or its registrations or questions (type: protocol/EventTypes.h); ids (and counts) only.
    void domainChanged(const QString &type, qint64 webinarId, const QJsonObject &data);
    // An access log entry was committed.
    void auditAppended(const regiekamer::api::AuditEntry &entry);

private:
    void addRoutes();
    // The access log failed verification: every logged request is refused (RequestPipeline::Gate).
    std::optional<Error> accessLogRefusal() const;

    ApiServices m_services;
    std::unique_ptr<PasswordCheckPool> m_passwordChecks; // outlives m_http, whose requests wait on it
    std::unique_ptr<AddressThrottle> m_addressThrottle;
    std::unique_ptr<AuditNameLookup> m_auditNames;
    std::unique_ptr<ReportRepository> m_reports;
    QHttpServer m_http;
    Authenticator m_authenticator;
    RequestPipeline m_pipeline;
    std::vector<std::unique_ptr<Controller>> m_controllers;
    std::unique_ptr<ApprovalRuleRepository> m_approvalRules; // approval rules and the waiting list (issue 17)
    std::unique_ptr<WaitingList> m_waitingList;
    SignInController *m_signIn = nullptr;
    Presence m_presence;
    std::unique_ptr<GoLiveGate> m_goLive;
};

} // namespace regiekamer::server
