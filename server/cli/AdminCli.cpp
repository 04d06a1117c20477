#include "cli/AdminCli.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "cli/AuditCommands.h"
#include "cli/BackupCommands.h"
#include "cli/CliOutput.h"
#include "cli/CustodianCommands.h"
#include "cli/DeviceCommands.h"
#include "cli/InviteCommand.h"
#include "cli/KeyCommands.h"
#include "cli/MailCommands.h"
#include "cli/PasswordInput.h"
#include "cli/RemoteCommands.h"
#include "cli/SecondFactorCommand.h"
#include "cli/WebinarCommands.h"
#include "db/DataDirectory.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/SealConfig.h"
#include "protocol/Rights.h"
#include "storage/AccountErasure.h"
#include "storage/FieldMigration.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto usageText = "Usage: regiekamer-admin --data-dir DIR user add --email E --role ROLE [--name NAME] "
                           "[--organisation ORG] [--invite --public-url URL [--language nl|en]]\n"
                           "       regiekamer-admin --data-dir DIR user list\n"
                           "       regiekamer-admin --data-dir DIR user disable --email E\n"
                           "       regiekamer-admin --data-dir DIR user erase ACCOUNT_ID\n"
                           "       regiekamer-admin --data-dir DIR users reset-second-factor EMAIL\n"
                           "       regiekamer-admin --data-dir DIR device list EMAIL\n"
                           "       regiekamer-admin --data-dir DIR device revoke EMAIL DEVICE_ID\n"
                           "       regiekamer-admin --data-dir DIR audit verify\n"
                           "       regiekamer-admin --data-dir DIR audit anchor\n"
                           "       regiekamer-admin --data-dir DIR audit export [--from T] [--to T] --format jsonl|csv "
                           "[--output FILE]\n"
                           "       regiekamer-admin [--data-dir DIR] audit verify-export FILE.jsonl\n"
                           "       regiekamer-admin --data-dir DIR keys status\n"
                           "       regiekamer-admin --data-dir DIR keys rotate [--batch N]\n";
// Then backupCommands::usageLines.
constexpr auto usageTail = "       regiekamer-admin --version\n"
                           "Options: --audit-key FILE (default DIR/audit-checkpoint.key), --master-key FILE (default "
                           "$REGIEKAMER_MASTER_KEY_FILE, else DIR/master.key). Times are ISO 8601, e.g. "
                           "2026-11-26T09:00:00Z.\n"
                           "Roles: admin, director, moderator, client_staff, viewer. The password is read from the "
                           "terminal or from one line of standard input.";

int usage(const QString &message)
{
    return cli::failWith(
        message + u'\n' + QLatin1StringView(usageText) + QLatin1StringView(backupCommands::usageLines) +
            QLatin1StringView(mailCommands::usageLines) + QLatin1StringView(webinarCommands::usageLines) +
            QLatin1StringView(custodianCommands::usageLines) + QLatin1StringView(remoteCommands::usageLines) +
            QLatin1StringView(usageTail),
        2);
}

QString operatorName()
{
    return qEnvironmentVariable("USER", u"operator"_s);
}

// The database with its key store, checked before anything is written: a missing or wrong master key stops here.
struct OpenedDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys; // declared after the database, so destroyed before it
    std::unique_ptr<FieldCipher> cipher;
};

Result<OpenedDatabase> openDatabase(const QString &dataDir, const QString &masterKeyPath)
{
    if (QFileInfo::exists(SealConfig::path(dataDir)) && !QFileInfo::exists(masterKeyPath))
        return fail(u"sealed"_s,
                    u"%1 is sealed (seal.json): its master key is only in master.key.sealed. Use the "
                    "running, unsealed server, or the key ceremony (custodians, keys rotate --share; "
                    "docs/keys.md)."_s.arg(dataDir));
    if (auto masterKey = MasterKey::load(masterKeyPath); !masterKey)
        return std::unexpected(masterKey.error());
    auto database = Database::open(dataDir);
    if (!database)
        return std::unexpected(database.error());
    auto keys = KeyStore::open(**database, masterKeyPath);
    if (!keys)
        return std::unexpected(keys.error());
    if (auto claimed = fieldMigration::claimPending(**database, **keys); !claimed)
        return std::unexpected(claimed.error());
    auto cipher = std::make_unique<FieldCipher>(**keys);
    return OpenedDatabase {std::move(*database), std::move(*keys), std::move(cipher)};
}

// The access log, and on a new database the first master key (whose creation it logs); then the personal fields a
// database upgraded from schema version 5 still holds in plain text are sealed, once (fieldMigration, as at a server
// start).
Result<std::unique_ptr<audit::AuditLog>> openAuditLog(OpenedDatabase &opened, const QString &auditKeyPath)
{
    auto log = audit::AuditLog::open(*opened.database, auditKeyPath, *opened.keys, operatorName());
    if (!log)
        return log;
    if (auto initialised = audit::initialiseKeys(*opened.keys, **log, operatorName()); !initialised)
        return std::unexpected(initialised.error());
    if (auto sealed = fieldMigration::sealPending(*opened.database, *opened.cipher); !sealed)
        return std::unexpected(sealed.error());
    return log;
}

// A command that reads or changes personal data: the database and its access log, opened together.
struct LoggedDatabase
{
    OpenedDatabase opened;
    std::unique_ptr<audit::AuditLog> log; // declared after the database, so destroyed before it
};

Result<LoggedDatabase> openLoggedDatabase(const QString &dataDir, const QString &masterKeyPath,
                                          const QString &auditKeyPath)
{
    auto opened = openDatabase(dataDir, masterKeyPath);
    if (!opened)
        return std::unexpected(opened.error());
    auto log = openAuditLog(*opened, auditKeyPath);
    if (!log)
        return std::unexpected(log.error());
    return LoggedDatabase {std::move(*opened), std::move(*log)};
}

// Runs a change of the accounts and its access log entry in one transaction.
template<typename Change>
Result<qint64> loggedChange(Database &database, audit::AuditLog &log, Change change, const QString &reason)
{
    Transaction transaction(database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    Result<qint64> id = change();
    if (!id)
        return id;
    auto appended = log.append(
        audit::operatorEntry(operatorName(), api::auditAction::accountChange, u"staff_account"_s, *id, reason));
    if (!appended)
        return std::unexpected(appended.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

int addUser(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"email"_s), roleName = parser.value(u"role"_s);
    if (email.isEmpty() || roleName.isEmpty())
        return usage(u"user add needs --email and --role."_s);
    const auto role = roleFromWire(roleName);
    if (!role)
        return usage(u"Unknown role \"%1\"."_s.arg(roleName));
    const QString organisation = parser.value(u"organisation"_s).trimmed();
    if (*role == Role::ClientStaff && organisation.isEmpty())
        return cli::failWith(u"Client staff accounts need --organisation."_s);
    if (auto valid = UserRepository::validateEmail(UserRepository::normaliseEmail(email)); !valid)
        return cli::failWith(valid.error().message);
    UserRepository users(database, cipher);
    if (auto existing = users.findByEmail(email); !existing || *existing)
        return cli::failWith(
            existing ? u"An account with e-mail %1 already exists."_s.arg(UserRepository::normaliseEmail(email))
                     : existing.error().message);
    auto password = passwordInput::readNewPassword();
    if (!password)
        return cli::failWith(password.error().message);
    if (auto strong = passwordPolicy::checkStrength(*password); !strong)
        return cli::failWith(strong.error().message);
    auto hasher = PasswordHasher::create();
    auto hash = hasher ? hasher->hash(*password) : Result<QString>(std::unexpected(hasher.error()));
    password->clear();
    if (!hash)
        return cli::failWith(hash.error().message);
    auto id = loggedChange(
        database, log,
        [&] { return users.create(NewUser {email, parser.value(u"name"_s), *role, organisation, *hash}); },
        u"regiekamer-admin user add --role %1"_s.arg(roleToWire(*role)));
    if (!id)
        return cli::failWith(id.error().message);
    cli::print(
        u"Created %1 account %2 (id %3)."_s.arg(roleToWire(*role), UserRepository::normaliseEmail(email)).arg(*id));
    return 0;
}

// The e-mail addresses are personal data: the read is in the access log before a line is printed.
int listUsers(Database &database, FieldCipher &cipher, audit::AuditLog &log)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto accounts = UserRepository(database, cipher).list();
    if (!accounts)
        return cli::failWith(accounts.error().message);
    api::AuditEntry entry = audit::operatorEntry(operatorName(), api::auditAction::read, u"staff_account"_s, 0,
                                                 u"regiekamer-admin user list"_s);
    entry.rowCount = accounts->size();
    entry.fields = {rights::fieldClassToWire(rights::FieldClass::Identity),
                    rights::fieldClassToWire(rights::FieldClass::Contact)};
    if (auto appended = log.append(entry); !appended || !transaction.commit())
        return cli::failWith(u"The read was not logged, so nothing is shown: %1"_s.arg(
            appended ? u"the commit failed"_s : appended.error().message));
    cli::print(u"%1  %2  %3  %4  %5"_s.arg(u"ID"_s, -4)
                   .arg(u"ROLE"_s, -12)
                   .arg(u"E-MAIL"_s, -36)
                   .arg(u"ORGANISATION"_s, -26)
                   .arg(u"STATUS"_s));
    for (const auto &account : std::as_const(*accounts)) {
        cli::print(u"%1  %2  %3  %4  %5"_s.arg(account.id, -4)
                       .arg(roleToWire(account.role), -12)
                       .arg(account.email.value_or(QString()), -36)
                       .arg(account.organisationName.isEmpty() ? u"-"_s : account.organisationName, -26)
                       .arg(account.disabled ? u"disabled"_s : u"active"_s));
    }
    return 0;
}

int disableUser(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser)
{
    const QString email = parser.value(u"email"_s);
    if (email.isEmpty())
        return usage(u"user disable needs --email."_s);
    UserRepository users(database, cipher);
    auto id = loggedChange(database, log, [&] { return users.disable(email); }, u"regiekamer-admin user disable"_s);
    if (!id)
        return cli::failWith(id.error().message);
    cli::print(
        u"Disabled account %1 (id %2) and ended its sessions."_s.arg(UserRepository::normaliseEmail(email)).arg(*id));
    return 0;
}

// The right to erasure by account id, as the portal's "delete account" does it (storage/AccountErasure): for
// re-applying the deletions made after a backup's restore point (docs/security.md "Deleting an account").
int eraseUser(Database &database, FieldCipher &cipher, audit::AuditLog &log, qint64 id)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto found = UserRepository(database, cipher).findById(id);
    if (!found || !*found)
        return cli::failWith(found ? u"No account %1 (erased already?)."_s.arg(id) : found.error().message);
    auto erased = eraseAccount(database, cipher.keys(), id);
    auto appended = erased ? log.append(audit::operatorEntry(operatorName(), api::auditAction::remove, u"account"_s, id,
                                                             u"regiekamer-admin user erase"_s))
                           : Result<api::AuditEntry>(std::unexpected(erased.error()));
    if (!appended)
        return cli::failWith(appended.error().message);
    if (auto committed = transaction.commit(); !committed)
        return cli::failWith(committed.error().message);
    cli::print(u"Erased account %1: its rows are deleted and its subject key is destroyed."_s.arg(id));
    return 0;
}

// "audit verify | anchor | export | verify-export"; the database is opened only where a command needs it.
int runAudit(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
             const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    const QString sub = command.value(1);
    if (sub == "verify-export"_L1) {
        if (command.size() != 3)
            return usage(u"audit verify-export needs the export file."_s);
        return auditCommands::verifyExport(command.at(2),
                                           parser.isSet(u"audit-key"_s) || !dataDir.isEmpty() ? keyPath : QString());
    }
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    if (command.size() != 2 || (sub != "verify"_L1 && sub != "export"_L1 && sub != "anchor"_L1))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    if (sub == "verify"_L1)
        return auditCommands::verify(QDir(dataDir).filePath(Database::fileName), keyPath);
    if (sub == "anchor"_L1)
        return auditCommands::writeAnchor(QDir(dataDir).filePath(Database::fileName), keyPath);
    auditCommands::ExportOptions options;
    for (const auto &[name, time] : {std::pair {u"from"_s, &options.from}, std::pair {u"to"_s, &options.to}}) {
        if (!parser.isSet(name))
            continue;
        *time = QDateTime::fromString(parser.value(name), Qt::ISODateWithMs);
        if (!time->isValid())
            return usage(u"--%1 must be an ISO 8601 time, e.g. 2026-11-26T09:00:00Z."_s.arg(name));
    }
    options.format = parser.value(u"format"_s);
    options.outputPath = parser.value(u"output"_s);
    auto logged = openLoggedDatabase(dataDir, masterKeyPath, keyPath);
    if (!logged)
        return cli::failWith(logged.error().message);
    return auditCommands::exportEntries(*logged->opened.database, *logged->log, options);
}

int runUser(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
            const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    const bool erase = command.value(1) == "erase"_L1 && command.size() == 3;
    const bool resetFactor = command.value(1) == "reset-second-factor"_L1 && command.size() == 3;
    if (!erase && !resetFactor &&
        (command.size() != 2 || !QStringList {u"add"_s, u"list"_s, u"disable"_s}.contains(command.at(1))))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    bool numeric = true;
    const qint64 accountId = erase ? command.at(2).toLongLong(&numeric) : 0;
    if (!numeric || (erase && accountId < 1))
        return usage(u"ACCOUNT_ID is the account's number (the id in \"user list\" or in the access log)."_s);
    if (auto dir = dataDirectory::ensure(dataDir); !dir)
        return cli::failWith(dir.error().message);
    // Even `user list` initialises the key store and seals plain rows: the e-mail addresses are read decrypted, and
    // the read is logged.
    auto logged = openLoggedDatabase(dataDir, masterKeyPath, keyPath);
    if (!logged)
        return cli::failWith(logged.error().message);
    OpenedDatabase &opened = logged->opened;
    if (resetFactor)
        return secondFactorCommand::reset(*opened.database, *opened.cipher, *logged->log, operatorName(),
                                          command.at(2));
    if (command.at(1) == "list"_L1)
        return listUsers(*opened.database, *opened.cipher, *logged->log);
    if (command.at(1) == "add"_L1 && parser.isSet(u"invite"_s))
        return inviteCommand::run(*opened.database, *opened.keys, *opened.cipher, *logged->log, parser, operatorName());
    if (command.at(1) == "add"_L1)
        return addUser(*opened.database, *opened.cipher, *logged->log, parser);
    if (erase)
        return eraseUser(*opened.database, *opened.cipher, *logged->log, accountId);
    return disableUser(*opened.database, *opened.cipher, *logged->log, parser);
}

// "device list EMAIL | revoke EMAIL DEVICE_ID": reads and changes logged like the account commands.
int runDevice(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
              const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    const QString sub = command.value(1);
    if (!((sub == "list"_L1 && command.size() == 3) || (sub == "revoke"_L1 && command.size() == 4)))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    bool numeric = true;
    const qint64 deviceId = sub == "revoke"_L1 ? command.at(3).toLongLong(&numeric) : 0;
    if (!numeric || (sub == "revoke"_L1 && deviceId < 1))
        return usage(u"DEVICE_ID is the number in the first column of \"device list\"."_s);
    auto logged = openLoggedDatabase(dataDir, masterKeyPath, keyPath);
    if (!logged)
        return cli::failWith(logged.error().message);
    OpenedDatabase &opened = logged->opened;
    if (sub == "list"_L1)
        return deviceCommands::list(*opened.database, *opened.cipher, *logged->log, operatorName(), command.at(2));
    return deviceCommands::revoke(*opened.database, *opened.cipher, *logged->log, operatorName(), command.at(2),
                                  deviceId);
}

// "keys status | rotate": on the database a server may be using at the same time.
int runKeys(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
            const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    if (command.size() != 2 || (command.at(1) != "status"_L1 && command.at(1) != "rotate"_L1))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    int batchSize = keyCommands::defaultBatchSize;
    if (parser.isSet(u"batch"_s)) {
        bool ok = false;
        batchSize = parser.value(u"batch"_s).toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > 100'000)
            return usage(u"--batch needs a number of data keys between 1 and 100000."_s);
    }
    if (command.at(1) == "rotate"_L1 && QFileInfo::exists(SealConfig::path(dataDir)))
        return custodianCommands::rotateSealed(parser, dataDir, keyPath, batchSize);
    auto opened = openDatabase(dataDir, masterKeyPath);
    if (!opened)
        return cli::failWith(opened.error().message);
    if (command.at(1) == "status"_L1)
        return keyCommands::status(*opened->keys);
    auto log = openAuditLog(*opened, keyPath);
    if (!log)
        return cli::failWith(log.error().message);
    return keyCommands::rotate(*opened->keys, **log, batchSize);
}

// "mail outbox | test ADDRESS": the outbox a running server delivers from (docs/mail.md).
int runMail(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
            const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    const QString sub = command.value(1);
    if (!((sub == "outbox"_L1 && command.size() == 2) || (sub == "test"_L1 && command.size() == 3)))
        return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    const QString language = parser.isSet(u"language"_s) ? parser.value(u"language"_s) : u"en"_s;
    if (language != "nl"_L1 && language != "en"_L1)
        return usage(u"--language is nl or en."_s);
    auto logged = openLoggedDatabase(dataDir, masterKeyPath, keyPath);
    if (!logged)
        return cli::failWith(logged.error().message);
    OpenedDatabase &opened = logged->opened;
    if (sub == "outbox"_L1)
        return mailCommands::outbox(*opened.database, *opened.keys, *logged->log, operatorName());
    return mailCommands::sendTest(*opened.database, *opened.keys, *logged->log, operatorName(), command.at(2),
                                  language);
}

// "webinar list | create | edit ID | delete ID": the administrator's webinar management (WebinarCommands).
int runWebinar(const QCommandLineParser &parser, const QString &dataDir, const QString &keyPath,
               const QString &masterKeyPath)
{
    if (dataDir.isEmpty())
        return usage(u"--data-dir is required."_s);
    QString problem;
    if (webinarCommands::checkUsage(parser, &problem) != 0)
        return usage(problem);
    auto logged = openLoggedDatabase(dataDir, masterKeyPath, keyPath);
    if (!logged)
        return cli::failWith(logged.error().message);
    return webinarCommands::run(*logged->opened.database, *logged->opened.cipher, *logged->log, parser, operatorName());
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"data-dir"_s, u"Data directory."_s, u"DIR"_s},
                       {u"email"_s, u"E-mail address."_s, u"E"_s},
                       {u"role"_s, u"Role."_s, u"ROLE"_s},
                       {u"name"_s, u"Display name."_s, u"NAME"_s},
                       {u"organisation"_s, u"Client organisation."_s, u"ORG"_s},
                       {u"audit-key"_s, u"Key file of the access log's checkpoints."_s, u"FILE"_s},
                       {u"from"_s, u"Start of the period (ISO 8601)."_s, u"T"_s},
                       {u"to"_s, u"End of the period (ISO 8601)."_s, u"T"_s},
                       {u"format"_s, u"Export format: jsonl or csv."_s, u"FORMAT"_s},
                       {u"output"_s, u"Output file (default: standard output)."_s, u"FILE"_s},
                       {u"master-key"_s, u"Master key file of the data at rest."_s, u"FILE"_s},
                       {u"batch"_s, u"Data keys re-wrapped per transaction."_s, u"N"_s},
                       {u"language"_s, u"Language of a test mail or an invitation: nl or en."_s, u"LANG"_s},
                       {u"invite"_s, u"user add: invite by e-mail instead of asking for a password."_s},
                       {u"public-url"_s, u"user add --invite: the https address in the mail's link."_s, u"URL"_s},
                       {u"version"_s, u"Print the version and exit."_s}});
    parser.addOptions(backupCommands::options());
    parser.addOptions(remoteCommands::options());
    parser.addOptions(custodianCommands::options());
    webinarCommands::addOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"version"_s)) {
        cli::print(QStringLiteral("regiekamer-admin " REGIEKAMER_VERSION));
        return 0;
    }
    const QStringList command = parser.positionalArguments();
    const QString dataDir = parser.value(u"data-dir"_s);
    const QString keyPath = parser.isSet(u"audit-key"_s) ? parser.value(u"audit-key"_s)
                                                         : QDir(dataDir).filePath(audit::AuditKey::defaultFileName);
    const QString masterKeyPath = MasterKey::resolvePath(parser.value(u"master-key"_s), dataDir);
    // Over pinned TLS to a running server, without the data directory (issue 18).
    if (command.size() == 1 && command.first() == "unseal"_L1)
        return remoteCommands::unseal(parser);
    if (command.size() == 1 && command.first() == "seal"_L1)
        return remoteCommands::seal(parser);
    if (command.value(0) == "audit"_L1)
        return runAudit(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "user"_L1 || command.value(0) == "users"_L1)
        return runUser(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "custodians"_L1)
        return custodianCommands::run(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "keys"_L1)
        return runKeys(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "device"_L1)
        return runDevice(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "backup"_L1)
        return backupCommands::run(parser, dataDir);
    if (command.value(0) == "mail"_L1)
        return runMail(parser, dataDir, keyPath, masterKeyPath);
    if (command.value(0) == "webinar"_L1)
        return runWebinar(parser, dataDir, keyPath, masterKeyPath);
    return usage(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
}

} // namespace regiekamer::server
