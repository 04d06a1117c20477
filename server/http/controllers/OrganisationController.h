#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Organisation.h"
#include "protocol/Rights.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class OrganisationRepository;
class RequestContext;

// Client organisations (/api/v1/organisations): the list in the caller's scope, one organisation, creating,
// renaming and deleting.
class OrganisationController final : public Controller
{
public:
    OrganisationController(OrganisationRepository &organisations, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse remove(RequestContext &context);
    // The organisation of the path, when the caller may do `action` to it.
    Result<api::Organisation> organisationFor(RequestContext &context, rights::Action action);

    OrganisationRepository &m_organisations;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
