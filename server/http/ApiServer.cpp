#include "http/ApiServer.h"

#include "accounts/WaitingList.h"
#include "audit/AuditMonitor.h"
#include "audit/AuditQuery.h"
#include "auth/AccessPolicy.h"
#include "auth/AddressThrottle.h"
#include "auth/PasswordCheckPool.h"
#include "base/ApiError.h"
#include "http/Cookies.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/AccessLogController.h"
#include "http/controllers/AccountController.h"
#include "http/controllers/AccountLinkController.h"
#include "http/controllers/ApprovalRulesController.h"
#include "http/controllers/BackupController.h"
#include "http/controllers/DeviceController.h"
#include "http/controllers/GoLiveController.h"
#include "http/controllers/GoLiveGate.h"
#include "http/controllers/InvitationController.h"
#include "http/controllers/OrganisationController.h"
#include "http/controllers/OutboxController.h"
#include "http/controllers/QuestionController.h"
#include "http/controllers/QuestionVoteController.h"
#include "http/controllers/RegistrationController.h"
#include "http/controllers/ReportController.h"
#include "http/controllers/SecondFactorController.h"
#include "http/controllers/SecurityKeyController.h"
#include "http/controllers/SelfServiceController.h"
#include "http/controllers/SignInController.h"
#include "http/controllers/StreamKeyController.h"
#include "http/controllers/WebinarController.h"
#include "protocol/ApiPaths.h"
#include "storage/ApprovalRuleRepository.h"
#include "storage/AuditNameLookup.h"
#include "storage/ReportRepository.h"

#include <QHttpServerResponder>
#include <QThread>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// Argon2id takes one core per check: as many threads as cores (at most four), and four checks per thread waiting or
// running before more sign-ins are refused for a moment.
constexpr int passwordChecksPerThread = 4;

int passwordCheckThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

} // namespace

ApiServer::ApiServer(ApiServices services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_passwordChecks(std::make_unique<PasswordCheckPool>(services.hasher, passwordCheckThreads(),
                                                           passwordChecksPerThread * passwordCheckThreads()))
    , m_addressThrottle(std::make_unique<AddressThrottle>())
    , m_auditNames(std::make_unique<AuditNameLookup>(services.database, services.users, services.registrations))
    , m_reports(std::make_unique<ReportRepository>(services.database))
    , m_authenticator(services.sessions, services.users, services.secondFactors)
    , m_pipeline(
          services.database, services.auditLog,
          [this](const QHttpServerRequest &request, Access access) {
              if (access == Access::WebPage)
                  return m_authenticator.authenticate(
                      QString::fromLatin1(http::cookie(request, http::sessionCookieName)), true);
              const QByteArrayView header = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization);
              return m_authenticator.authenticate(http::bearerToken(header), true);
          },
          RequestPipeline::Outlets {
              [this](const QString &tokenHash) { Q_EMIT sessionRevoked(tokenHash); },
              [this](const QString &type, qint64 webinarId, const QJsonObject &data) {
                  Q_EMIT domainChanged(type, webinarId, data);
              },
              [this](const api::AuditEntry &entry) { Q_EMIT auditAppended(entry); },
              [this](const QString &tokenHash) { Q_EMIT deviceSessionRevoked(tokenHash); },
          },
          [this] { return accessLogRefusal(); })
{
    addRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoutes()
{
    const ApiServices &s = m_services;
    const ScopedAccess access(s.policy);
    auto signIn = std::make_unique<SignInController>(
        SignInController::Services {s.users, s.sessions, s.throttle, s.hasher, *m_passwordChecks, *m_addressThrottle,
                                    s.devices, s.offlineLease, s.secondFactors});
    m_signIn = signIn.get();
    m_controllers.push_back(std::move(signIn));
    if (s.secondFactors) {
        m_controllers.push_back(std::make_unique<SecondFactorController>(*s.secondFactors, *m_signIn, s.users, access));
        m_controllers.push_back(std::make_unique<SecurityKeyController>(*s.secondFactors, access));
    }
    m_controllers.push_back(std::make_unique<OrganisationController>(s.organisations, access));
    m_controllers.push_back(std::make_unique<AccountController>(s.users, s.profiles, s.hasher, access));
    m_controllers.push_back(std::make_unique<DeviceController>(s.devices, access));
    if (s.streamKeys && s.timeline) {
        m_goLive = std::make_unique<GoLiveGate>(*s.timeline, m_presence);
        m_controllers.push_back(std::make_unique<StreamKeyController>(*s.streamKeys, access));
        m_controllers.push_back(std::make_unique<GoLiveController>(s.webinars, *m_goLive, access));
    }
    m_controllers.push_back(std::make_unique<WebinarController>(s.webinars, access, m_goLive.get()));
    m_approvalRules = std::make_unique<ApprovalRuleRepository>(s.database);
    m_waitingList = std::make_unique<WaitingList>(s.registrations, *m_approvalRules, s.auditLog, s.joinLinks);
    m_controllers.push_back(std::make_unique<RegistrationController>(s.registrations, access, s.joinLinks,
                                                                     m_approvalRules.get(), m_waitingList.get()));
    m_controllers.push_back(std::make_unique<ApprovalRulesController>(*m_approvalRules, access, m_waitingList.get()));
    m_controllers.push_back(std::make_unique<QuestionController>(s.questions, access));
    m_controllers.push_back(std::make_unique<ReportController>(*m_reports, access));
    m_controllers.push_back(std::make_unique<QuestionVoteController>(s.questions, access));
    m_controllers.push_back(std::make_unique<AccessLogController>(s.auditQuery, *m_auditNames, s.auditMonitor));
    m_controllers.push_back(std::make_unique<BackupController>(s.dataDir));
    if (s.outbox)
        m_controllers.push_back(std::make_unique<OutboxController>(*s.outbox, s.mailDelivery));
    if (s.invitations && s.passwordResets) {
        m_controllers.push_back(std::make_unique<InvitationController>(*s.invitations));
        m_controllers.push_back(
            std::make_unique<AccountLinkController>(*s.passwordResets, *s.invitations, *m_passwordChecks));
    }
    if (s.signUps && s.joinLinks && s.emailChanges) {
        m_controllers.push_back(std::make_unique<SelfServiceController>(SelfServiceController::Services {
            *s.signUps, *s.emailChanges, *m_signIn, m_authenticator, *m_passwordChecks}));
    }

    Router router(m_http, this, m_pipeline);
    router.addUnlogged(api::path::health, Method::Get, [this](const QHttpServerRequest &) {
        const api::AuditStatus log = m_services.auditMonitor.status();
        if (!log.intact) {
            return http::json({{"status"_L1, QLatin1StringView(api::errc::accessLogBroken)},
                               {"problem"_L1, log.problem},
                               {"firstBadSequence"_L1, log.firstBadSequence},
                               {"version"_L1, QStringLiteral(REGIEKAMER_VERSION)}},
                              StatusCode::ServiceUnavailable);
        }
        // A sealed server answers 503 "sealed" from its gate (server/app/SealedGate) instead.
        return http::json(
            {{"status"_L1, "ok"_L1}, {"sealed"_L1, false}, {"version"_L1, QStringLiteral(REGIEKAMER_VERSION)}});
    });
    for (const auto &controller : m_controllers)
        controller->addRoutes(router);
    m_http.setMissingHandler(this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(request.body().size() > http::maximumBodyBytes
                                   ? http::payloadTooLarge()
                                   : http::error(StatusCode::NotFound, api::errc::notFound, u"No such resource."_s));
    });
}

void ApiServer::addController(std::unique_ptr<Controller> controller)
{
    Router router(m_http, this, m_pipeline);
    controller->addRoutes(router);
    m_controllers.push_back(std::move(controller));
}

std::optional<Error> ApiServer::accessLogRefusal() const
{
    if (m_services.auditMonitor.isIntact())
        return std::nullopt;
    const api::AuditStatus log = m_services.auditMonitor.status();
    return Error {QString::fromLatin1(api::errc::accessLogBroken),
                  u"The access log failed verification (%1), so no data is served until an operator has restored "
                  "it."_s.arg(log.problem)};
}

Result<bool> ApiServer::webinarInScope(const api::UserInfo &user, qint64 webinarId)
{
    auto scope = m_services.policy.webinarScope(webinarId);
    if (!scope)
        return scope.error().code == QLatin1StringView(api::errc::notFound) ? Result<bool>(false)
                                                                            : std::unexpected(scope.error());
    return m_services.policy.inScope(user, rights::Resource::Webinar, *scope);
}

Result<bool> ApiServer::attendanceInScope(const api::UserInfo &user, qint64 webinarId)
{
    if (!rights::mayReadField(user.role, rights::Resource::Registration, rights::FieldClass::Attendance))
        return false;
    auto scope = m_services.policy.webinarScope(webinarId);
    if (!scope)
        return scope.error().code == QLatin1StringView(api::errc::notFound) ? Result<bool>(false)
                                                                            : std::unexpected(scope.error());
    // The webinar's registrations as a whole: a viewer's scope (their own registration) never covers them.
    return m_services.policy.inScope(user, rights::Resource::Registration,
                                     ObjectScope {scope->webinarId, scope->organisationId, 0});
}

Result<std::optional<api::AuditEntry>> ApiServer::auditEntryFor(const api::UserInfo &user, const api::AuditEntry &entry)
{
    if (accessLogRefusal())
        return std::optional<api::AuditEntry>(); // no data while the log is broken, on the event stream neither
    auto seen = m_services.auditQuery.entryFor(user, entry);
    if (!seen || !*seen)
        return seen;
    QList<api::AuditEntry> one {**seen};
    if (auto named = m_auditNames->fill(one, user, false); !named)
        return std::unexpected(named.error());
    return std::optional<api::AuditEntry>(one.first());
}

} // namespace regiekamer::server
