#pragma once

#include "accounts/AccountServices.h"
#include "base/Result.h"
#include "protocol/AccountLinks.h"

#include <QList>

#include <chrono>

namespace regiekamer::server {

// Staff invitations (docs/accounts.md "Invitations"). An administrator invites an address with a role (and an
// organisation for client staff); the account exists from then on, invited: no password, no sign-in. The mail's link,
// valid 7 days and used once, opens the page where the invitee chooses the password nobody else ever sees. Every
// method works inside the caller's transaction.
class Invitations
{
public:
    static constexpr std::chrono::days linkValidity {7};

    explicit Invitations(AccountServices services);

    // "conflict" for an address that has an account, "bad_request" for a broken organisation rule.
    Result<api::Invitation> invite(const api::InvitationRequest &request);
    Result<QList<api::Invitation>> pending();
    // A new link (the old one stops working) and a new mail; "not_found" unless the account is still invited.
    Result<api::Invitation> resend(qint64 id);
    Status revoke(qint64 id);
    // Whether the link's page may show its form (the token is not used up).
    bool linkIsValid(const QString &token);
    // The invitee's password, hashed off the event loop by the caller (passwordPolicy; "bad_request" when it broke the
    // rule): the account becomes active, its address verified. Returns the account's id.
    Result<qint64> accept(const QString &token, const Result<QString> &hash);

private:
    Result<api::Invitation> mailLink(const api::Invitation &invitation);
    Result<std::optional<api::Invitation>> find(qint64 id);

    AccountServices m_services;
};

} // namespace regiekamer::server
