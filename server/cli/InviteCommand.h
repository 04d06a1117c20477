#pragma once

#include <QString>

class QCommandLineParser;

namespace regiekamer::server {

class Database;
class FieldCipher;
class KeyStore;
namespace audit {
class AuditLog;
}

namespace inviteCommand {

// regiekamer-admin user add --invite --email E --role ROLE [--name NAME] [--organisation ORG] --public-url URL
// [--language nl|en]: the account is created invited, and its invitation mail written to the outbox, which the
// running server sends (docs/accounts.md). No password is asked: the invitee chooses it. Logged like every account
// change. Returns the exit code.
int run(Database &database, KeyStore &keys, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
        const QString &operatorName);

} // namespace inviteCommand
} // namespace regiekamer::server
