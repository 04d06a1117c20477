#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class Invitations;
class RequestContext;

// Staff invitations for administrators (/api/v1/invitations, docs/accounts.md "Invitations"): list the pending ones,
// invite, send again with a new link, revoke.
class InvitationController final : public Controller
{
public:
    explicit InvitationController(Invitations &invitations);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse invite(RequestContext &context);
    QHttpServerResponse resend(RequestContext &context);
    QHttpServerResponse revoke(RequestContext &context);

    Invitations &m_invitations;
};

} // namespace regiekamer::server
