#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class JoinLinks;
class RegistrationRepository;
class RequestContext;

// Registrations: a webinar's attendee list (paged, searched, sorted) and its CSV export, one registration, approval,
// removal, registering for a webinar, and a viewer's own registrations.
class RegistrationController final : public Controller
{
public:
    // joinLinks: mails the personal join link when a registration becomes approved (null: no mail configured).
    RegistrationController(RegistrationRepository &registrations, ScopedAccess access, JoinLinks *joinLinks = nullptr);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse exportCsv(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse listOwn(RequestContext &context);

    Status mailJoinLink(qint64 registrationId);

    RegistrationRepository &m_registrations;
    ScopedAccess m_access;
    JoinLinks *m_joinLinks = nullptr;
};

} // namespace regiekamer::server
