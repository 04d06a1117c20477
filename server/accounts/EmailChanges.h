#pragma once

#include "accounts/AccountServices.h"
#include "base/Result.h"

#include <QList>

#include <chrono>
#include <optional>

namespace regiekamer::server {

// Changing an account's e-mail address (docs/accounts.md "E-mail change"). The signed-in owner asks for it with the
// password; the new address gets a link that makes the change (valid 24 hours, used once), and the old address is
// told at once, with a link (valid 7 days) to report a change its owner did not ask for. A report undoes the change,
// signs every session out, makes the old password useless and sends a reset link to the old address: whoever knew the
// password loses the account again. Every method works inside the caller's transaction.
class EmailChanges
{
public:
    static constexpr std::chrono::hours confirmValidity {24};
    static constexpr std::chrono::days reportValidity {7};
    static constexpr int perAccountPerHour = 3;

    explicit EmailChanges(AccountServices services);

    // The password was checked by the caller. "bad_request" for an invalid address or the current one,
    // "too_many_attempts" past the limit per account. An address that belongs to another account gets no link, and
    // the answer does not say so.
    Status request(qint64 userId, const QString &newEmail);

    // The new address a confirmation link would set (its page shows it); nothing for an invalid link.
    Result<std::optional<QString>> pendingAddress(const QString &token);
    bool reportLinkIsValid(const QString &token);

    // Uses the link up and sets the address. Returns the account's id. "invalid_token"; "conflict" when another
    // account took the address in the meantime.
    Result<qint64> confirm(const QString &token);

    struct Reported
    {
        qint64 userId = 0;
        QList<QString> endedSessions; // token hashes, for closing their event streams
    };
    Result<Reported> report(const QString &token);

private:
    AccountServices m_services;
};

} // namespace regiekamer::server
