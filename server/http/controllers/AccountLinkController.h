#pragma once

#include "http/controllers/Controller.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class Invitations;
class PasswordResets;
class RequestContext;

// What needs no session, for the links in mail (docs/accounts.md): asking for a password reset, choosing the new
// password with the reset token, accepting an invitation with its token.
class AccountLinkController final : public Controller
{
public:
    AccountLinkController(PasswordResets &resets, Invitations &invitations);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse requestReset(RequestContext &context);
    QHttpServerResponse completeReset(RequestContext &context);
    QHttpServerResponse acceptInvitation(RequestContext &context);

    PasswordResets &m_resets;
    Invitations &m_invitations;
};

} // namespace regiekamer::server
