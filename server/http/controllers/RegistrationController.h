#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class RegistrationRepository;
class RequestContext;

// Registrations: a webinar's attendee list (paged, searched, sorted) and its CSV export, one registration, approval,
// removal, registering for a webinar, and a viewer's own registrations.
class RegistrationController final : public Controller
{
public:
    RegistrationController(RegistrationRepository &registrations, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse exportCsv(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    QHttpServerResponse listOwn(RequestContext &context);

    RegistrationRepository &m_registrations;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
