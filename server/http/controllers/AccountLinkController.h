#pragma once

#include "http/controllers/Controller.h"

#include <QFuture>
#include <QHttpServerResponse>

#include <any>

namespace regiekamer::server {

class Invitations;
class PasswordCheckPool;
class PasswordResets;
class RequestContext;

// What needs no session, for the links in mail (docs/accounts.md): asking for a password reset, choosing the new
// password with the reset token, accepting an invitation with its token.
class AccountLinkController final : public Controller
{
public:
    AccountLinkController(PasswordResets &resets, Invitations &invitations, PasswordCheckPool &passwords);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse requestReset(RequestContext &context);
    QHttpServerResponse completeReset(RequestContext &context);
    QHttpServerResponse acceptInvitation(RequestContext &context);
    // Route::Prepare of both link forms: the new password hashed off the event loop (newPassword).
    QFuture<std::any> hashPassword(const QHttpServerRequest &request);

    PasswordResets &m_resets;
    Invitations &m_invitations;
    PasswordCheckPool &m_passwords;
};

} // namespace regiekamer::server
