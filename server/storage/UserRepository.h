#pragma once

#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"
#include "protocol/StaffAccount.h"
#include "storage/LookupDecoy.h"

#include <optional>

namespace regiekamer::server {

class Database;
class FieldCipher;

struct UserRecord
{
    api::UserInfo info;
    QString passwordHash;
    bool disabled = false;
    qint64 version = 1;
    bool invited = false; // an invitation not yet accepted: no password, no sign-in
    QString language = QStringLiteral("nl"); // of mail and web pages: "nl" or "en"
};

struct NewUser
{
    QString email;
    QString displayName;
    Role role = Role::Viewer;
    QString organisationName; // required for client_staff; created if missing
    QString passwordHash;
    qint64 organisationId = 0; // used when organisationName is empty: an existing organisation (else bad_request)
    QString language = QStringLiteral("nl");
    bool invited = false; // created by an invitation: no password until the invitee chooses one
    bool emailVerified = false; // created through a link sent to the address (self-registration)
};

// The outcome of an account change: the account as stored now, the sessions it lost (token hashes, for closing
// their event streams) and the webinars whose staff list changed (for events).
struct AccountChange
{
    api::StaffAccount account;
    QList<QString> endedSessions;
    QList<qint64> changedWebinars;
};

// Accounts and organisations. E-mail addresses are normalised (trimmed, lower case) and unique. The address and
// the display name are sealed under the user's subject key (FieldCipher); lookups by address go through the blind
// index users.email_index, so neither the plain address nor a plain comparison reaches the database.
class UserRepository
{
public:
    UserRepository(Database &database, FieldCipher &cipher, Clock clock = systemClock());

    static QString normaliseEmail(const QString &email);
    static Status validateEmail(const QString &normalisedEmail);

    // An address without an account costs the same work as one with (LookupDecoy): sign-in timing tells nothing.
    Result<std::optional<UserRecord>> findByEmail(const QString &email);
    Result<std::optional<UserRecord>> findById(qint64 id);
    // Error code "conflict" for a duplicate e-mail, "bad_request" for a missing organisation of client_staff.
    Result<qint64> create(const NewUser &user);
    Result<QList<api::StaffAccount>> list();
    // Every account, or with staffOnly the accounts that are not viewers; the count is of the same set.
    Result<api::Page<api::StaffAccount>> page(qint64 offset, qint64 limit, bool staffOnly = false);
    Result<std::optional<api::StaffAccount>> findAccount(qint64 id);
    // docs/api.md: client_staff belongs to an organisation, every other role to none ("bad_request" otherwise).
    static Status checkOrganisationRule(Role role, qint64 organisationId);
    // One transaction: "not_found", "conflict" for a stale version, "bad_request" for a broken organisation rule.
    // Disabling ends all the account's sessions; a role change drops assignments made for another role.
    Result<AccountChange> update(qint64 id, const api::StaffAccountUpdate &change);
    // Disables the account and deletes its sessions, in one transaction. "not_found" for an unknown e-mail.
    Result<qint64> disable(const QString &email);
    Result<qint64> organisationId(const QString &name, bool createIfMissing);
    // Inside the caller's transaction, for a link that proved the address (a reset, an accepted invitation): the new
    // password hash, the account active and its address verified, and every session ended (their token hashes).
    Result<QList<QString>> setPasswordFromLink(qint64 id, const QString &passwordHash);
    // Inside the caller's transaction, for an address proven by a link sent to it (an e-mail change): the account's
    // address and its blind index, verified now. "conflict" when another account has the address.
    Status changeEmail(qint64 id, const QString &newEmail);
    Result<QList<UserRecord>> invited();
    // Revokes an invitation: deletes the account only while it is still invited ("not_found" otherwise).
    Status deleteInvited(qint64 id);
    Result<qint64> count();

private:
    Result<std::optional<UserRecord>> findWhere(const QString &condition, const QVariant &value);
    Status requireOrganisation(qint64 organisationId);
    // Inside the caller's transaction: sets disabled and deletes every session; returns their token hashes.
    Result<QList<QString>> endAccess(qint64 id);
    Result<QList<qint64>> dropForeignAssignments(qint64 id, Role role);

    Database &m_database;
    FieldCipher &m_cipher;
    LookupDecoy m_decoy;
    Clock m_clock;
};

} // namespace regiekamer::server
