#pragma once

#include "db/Clock.h"

#include <QUrl>

namespace regiekamer::server {

class AccountTokens;
class Database;
class FieldCipher;
class PasswordHasher;
class UserRepository;
namespace audit {
class AuditLog;
}
namespace mail {
class Outbox;
}

// What the account flows work with. publicUrl is the server's address as people reach it (--public-url): the only
// source of links in mail, never a request's Host header.
struct AccountServices
{
    Database &database;
    UserRepository &users;
    AccountTokens &tokens;
    mail::Outbox &outbox;
    FieldCipher &cipher;
    const PasswordHasher &hasher;
    audit::AuditLog &auditLog;
    QUrl publicUrl;
    Clock clock = systemClock();
};

} // namespace regiekamer::server
