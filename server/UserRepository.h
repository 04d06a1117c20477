#pragma once

#include "Clock.h"
#include "Protocol.h"
#include "Result.h"

#include <optional>

namespace regiekamer::server {

class Database;

struct UserRecord
{
    api::UserInfo info;
    QString passwordHash;
    bool disabled = false;
};

struct NewUser
{
    QString email;
    QString displayName;
    Role role = Role::Viewer;
    QString organisationName; // required for client_staff; created if missing
    QString passwordHash;
};

// Accounts and organisations. E-mail addresses are stored normalised (trimmed, lower case) and unique.
class UserRepository
{
public:
    explicit UserRepository(Database &database, Clock clock = systemClock());

    static QString normaliseEmail(const QString &email);
    static Status validateEmail(const QString &normalisedEmail);

    Result<std::optional<UserRecord>> findByEmail(const QString &email);
    Result<std::optional<UserRecord>> findById(qint64 id);
    // Error code "conflict" for a duplicate e-mail, "bad_request" for a missing organisation of client_staff.
    Result<qint64> create(const NewUser &user);
    Result<QList<api::StaffAccount>> list();
    // Disables the account and deletes its sessions, in one transaction. "not_found" for an unknown e-mail.
    Result<qint64> disable(const QString &email);
    Result<qint64> organisationId(const QString &name, bool createIfMissing);
    Result<qint64> count();

private:
    Result<std::optional<UserRecord>> findWhere(const QString &condition, const QVariant &value);

    Database &m_database;
    Clock m_clock;
};

} // namespace regiekamer::server
