#pragma once

#include "accounts/AccountMail.h"
#include "accounts/AccountServices.h"
#include "base/Result.h"
#include "protocol/Registration.h"
#include "protocol/Webinar.h"

#include <optional>

namespace regiekamer::server {

class RegistrationRepository;
class WebinarRepository;

// The personal join links (docs/accounts.md "Self-registration"). Once a registration of an account is approved, a
// link with a 256-bit token is mailed to the account's address, and only there: no answer of the API, page of the
// portal or event carries it, and only its SHA-256 is stored (registrations.join_token_hash). Sending a new one
// makes the old one stop working.
class JoinLinks
{
public:
    JoinLinks(AccountServices services, RegistrationRepository &registrations, WebinarRepository &webinars);

    // Inside the caller's transaction: a new link for the registration, mailed. Nothing happens for a registration
    // that is not approved or belongs to no account. Returns whether a mail was written.
    // `reason`: the director's words with the approval, quoted in the mail and kept nowhere else.
    Result<bool> send(qint64 registrationId, const QString &reason = {});
    // Inside the caller's transaction: the rejection of the registration with the director's reason, mailed to the
    // account in its language. Nothing for a registration of no account. Returns whether a mail was written.
    Result<bool> sendRejection(qint64 registrationId, const QString &reason);

    struct Entrance
    {
        qint64 registrationId = 0;
        qint64 userId = 0;
        api::ApprovalState approval = api::ApprovalState::Pending;
        api::WebinarSummary webinar;
    };
    // What the link opens (page /join); nothing for an unknown or replaced token.
    Result<std::optional<Entrance>> open(const QString &token);

private:
    // The account of the registration (active) and its webinar; nothing for a registration of no account, or
    // (approvedOnly) one that is not approved.
    struct Addressee
    {
        accountMail::Recipient recipient;
        api::WebinarSummary webinar;
    };
    Result<std::optional<Addressee>> addresseeOf(qint64 registrationId, bool approvedOnly);

    AccountServices m_services;
    RegistrationRepository &m_registrations;
    WebinarRepository &m_webinars;
};

} // namespace regiekamer::server
