#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Registration.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class ApprovalRuleRepository;
class JoinLinks;
class RegistrationRepository;
class WaitingList;
class RequestContext;
struct StoredRegistration;

// Registrations: a webinar's attendee list (paged, searched, sorted) and its CSV export, one registration, approval,
// removal, registering for a webinar, and a viewer's own registrations.
class RegistrationController final : public Controller
{
public:
    // joinLinks: mails the personal join link when a registration becomes approved (null: no mail configured).
    // rules and waitingList: the capacity a manual approval may not pass, and who moves up when a place frees (null:
    // no capacity is checked and nobody moves up).
    RegistrationController(RegistrationRepository &registrations, ScopedAccess access, JoinLinks *joinLinks = nullptr,
                           ApprovalRuleRepository *rules = nullptr, WaitingList *waitingList = nullptr);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse exportCsv(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse listOwn(RequestContext &context);

    Status mailJoinLink(qint64 registrationId, const QString &reason = {});
    // The approval or rejection with its reason mailed; refused past the capacity.
    Status decide(RequestContext &context, const StoredRegistration &before, const api::RegistrationUpdate &change);
    // After a place may have freed: the waiting list moves up (events for the webinar go with the request's).
    Status moveUp(RequestContext &context, qint64 webinarId);

    RegistrationRepository &m_registrations;
    ScopedAccess m_access;
    JoinLinks *m_joinLinks = nullptr;
    ApprovalRuleRepository *m_rules = nullptr;
    WaitingList *m_waitingList = nullptr;
};

} // namespace regiekamer::server
