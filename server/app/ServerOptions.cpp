#include "app/ServerOptions.h"

#include "app/BackupOptionsParsing.h"
#include "app/MailOptionsParsing.h"

#include "audit/AuditKey.h"
#include "base/ApiError.h"
#include "keys/MasterKey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

auto usageError(const QString &message)
{
    return badRequest(message);
}

Result<std::chrono::seconds> parseSeconds(const QString &name, const QString &value)
{
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok || seconds < 1 || seconds > 366LL * 24 * 3600)
        return usageError(u"--%1 needs a whole number of seconds between 1 and one year."_s.arg(name));
    return std::chrono::seconds(seconds);
}

Result<int> parseCount(const QString &name, const QString &value)
{
    bool ok = false;
    const int count = value.toInt(&ok);
    if (!ok || count < 1 || count > 1'000'000)
        return usageError(u"--%1 needs a whole number between 1 and 1000000."_s.arg(name));
    return count;
}

// The options of the connection guard (net::ConnectionLimits); each left out keeps its default.
Status readConnectionLimits(const QCommandLineParser &parser, net::ConnectionLimits &limits)
{
    const auto count = [&parser](const QString &name, int &into) -> Status {
        if (!parser.isSet(name))
            return {};
        auto value = parseCount(name, parser.value(name));
        if (!value)
            return std::unexpected(value.error());
        into = *value;
        return {};
    };
    const auto seconds = [&parser](const QString &name, auto apply) -> Status {
        if (!parser.isSet(name))
            return {};
        auto value = parseSeconds(name, parser.value(name));
        if (!value)
            return std::unexpected(value.error());
        apply(*value);
        return {};
    };
    if (auto ok = count(u"max-connections"_s, limits.connectionsInTotal); !ok)
        return ok;
    if (auto ok = count(u"max-connections-per-address"_s, limits.connectionsPerAddress); !ok)
        return ok;
    if (auto ok = seconds(u"request-timeout-seconds"_s,
                          [&limits](std::chrono::seconds value) {
                              limits.headerTimeout = value;
                              limits.bodyTimeout = 3 * value;
                          });
        !ok)
        return ok;
    return seconds(u"idle-timeout-seconds"_s, [&limits](std::chrono::seconds value) { limits.idleTimeout = value; });
}

// --offline-lease-days: 0 (offline copies not allowed) up to maximumOfflineLeaseDays.
Result<std::chrono::days> parseLeaseDays(const QString &value)
{
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok || days < 0 || days > ServerOptions::maximumOfflineLeaseDays)
        return usageError(
            u"--offline-lease-days needs a whole number of days between 0 (no offline copies) and %1."_s.arg(
                ServerOptions::maximumOfflineLeaseDays));
    return std::chrono::days(days);
}

// Session expiry and the offline lease; each option left out keeps its default.
Status readSessionPolicy(const QCommandLineParser &parser, ServerOptions &options)
{
    for (const auto &[name, into] : {std::pair {u"session-idle-seconds"_s, &options.sessionIdle},
                                     std::pair {u"session-max-seconds"_s, &options.sessionMax},
                                     std::pair {u"presence-timeout-seconds"_s, &options.presenceTimeout}}) {
        if (!parser.isSet(name))
            continue;
        auto seconds = parseSeconds(name, parser.value(name));
        if (!seconds)
            return std::unexpected(seconds.error());
        *into = *seconds;
    }
    for (const auto &[name, into] : {std::pair {u"mfa-lock-seconds"_s, &options.secondFactor.lock},
                                     std::pair {u"mfa-step-up-seconds"_s, &options.secondFactor.stepUp}}) {
        if (!parser.isSet(name))
            continue;
        auto seconds = parseSeconds(name, parser.value(name));
        if (!seconds)
            return std::unexpected(seconds.error());
        *into = *seconds;
    }
    if (parser.isSet(u"mfa-roles"_s)) {
        auto roles = SecondFactorPolicy::parseRoles(parser.value(u"mfa-roles"_s));
        if (!roles)
            return usageError(roles.error().message);
        options.secondFactor.roles = *roles;
    }
    if (parser.isSet(u"offline-lease-days"_s)) {
        auto days = parseLeaseDays(parser.value(u"offline-lease-days"_s));
        if (!days)
            return std::unexpected(days.error());
        options.offlineLease = *days;
    }
    return {};
}

} // namespace

Result<std::pair<QString, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return usageError(u"--listen needs HOST:PORT, for example 127.0.0.1:8443."_s);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return usageError(u"--listen needs HOST:PORT with a port between 1 and 65535."_s);
    return std::pair {host, static_cast<quint16>(port)};
}

QString ServerOptions::usage()
{
    return u"Usage: regiekamer-server --data-dir DIR --listen HOST:PORT [--demo] [--cert FILE --key FILE] "
           "[--session-idle-seconds N] [--session-max-seconds N] [--audit-key FILE] [--master-key FILE] "
           "[--max-connections N] [--max-connections-per-address N] [--request-timeout-seconds N] "
           "[--idle-timeout-seconds N] [--offline-lease-days N] [--presence-timeout-seconds N] "
           "[--mfa-roles ROLES|none] [--mfa-lock-seconds N] [--mfa-step-up-seconds N] "_s +
        backupUsage() + u' ' + mailUsage() + u"\n       regiekamer-server --version"_s;
}

QString ServerOptions::versionText()
{
    return QStringLiteral("regiekamer-server " REGIEKAMER_VERSION);
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Data directory."_s, u"DIR"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on."_s, u"HOST:PORT"_s);
    const QCommandLineOption demo(u"demo"_s, u"Seed demo data on first start."_s);
    const QCommandLineOption cert(u"cert"_s, u"PEM certificate (chain)."_s, u"FILE"_s);
    const QCommandLineOption key(u"key"_s, u"PEM private key."_s, u"FILE"_s);
    const QCommandLineOption idle(u"session-idle-seconds"_s, u"Idle session expiry."_s, u"N"_s);
    const QCommandLineOption maximum(u"session-max-seconds"_s, u"Absolute session expiry."_s, u"N"_s);
    const QCommandLineOption auditKey(u"audit-key"_s, u"Key file of the access log's checkpoints."_s, u"FILE"_s);
    const QCommandLineOption masterKey(u"master-key"_s, u"Master key file of the data at rest."_s, u"FILE"_s);
    const QCommandLineOption version(u"version"_s, u"Print the version and exit."_s);
    parser.addOptions({dataDir, listen, demo, cert, key, idle, maximum, auditKey, masterKey, version});
    parser.addOptions(
        {{u"max-connections"_s, u"Open connections in total."_s, u"N"_s},
         {u"max-connections-per-address"_s, u"Open connections per client address."_s, u"N"_s},
         {u"request-timeout-seconds"_s, u"Time for a request's header to arrive."_s, u"N"_s},
         {u"idle-timeout-seconds"_s, u"Time a kept-alive connection may wait."_s, u"N"_s},
         {u"offline-lease-days"_s, u"Days the desktop app may use its offline copy after a sign-in."_s, u"N"_s},
         {u"presence-timeout-seconds"_s, u"Silence after which a viewer counts as having left the room."_s, u"N"_s},
         {u"mfa-roles"_s, u"Roles that must sign in with a second factor (default admin,director,client_staff)."_s,
          u"ROLES"_s},
         {u"mfa-lock-seconds"_s, u"How long five wrong codes lock the second factor."_s, u"N"_s},
         {u"mfa-step-up-seconds"_s, u"How long a code confirms sensitive actions."_s, u"N"_s}});
    addBackupOptions(parser);
    addMailOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(version)) {
        ServerOptions options;
        options.versionRequested = true;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"Unexpected argument \"%1\"."_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(dataDir) || parser.value(dataDir).isEmpty())
        return usageError(u"--data-dir is required."_s);
    if (!parser.isSet(listen))
        return usageError(u"--listen is required."_s);
    if (parser.isSet(cert) != parser.isSet(key))
        return usageError(u"--cert and --key go together."_s);
    auto address = parseListenAddress(parser.value(listen));
    if (!address)
        return std::unexpected(address.error());
    ServerOptions options;
    options.dataDir = parser.value(dataDir);
    options.host = address->first;
    options.port = address->second;
    options.demo = parser.isSet(demo);
    options.certificateFile = parser.value(cert);
    options.keyFile = parser.value(key);
    options.auditKeyFile = parser.isSet(auditKey) ? parser.value(auditKey)
                                                  : QDir(options.dataDir).filePath(audit::AuditKey::defaultFileName);
    options.masterKeyFile = MasterKey::resolvePath(parser.value(masterKey), options.dataDir);
    // Unattended restarts (docs/operations.md "Unattended restarts"): systemd's LoadCredentialEncrypted=master.key:...
    // puts the decrypted key file in $CREDENTIALS_DIRECTORY; without --master-key and $REGIEKAMER_MASTER_KEY_FILE it is
    // used, and the start says that this weakens the seal (ServerLifecycle::developmentWarning).
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!parser.isSet(masterKey) && qEnvironmentVariableIsEmpty(MasterKey::environmentVariable) &&
        !credentials.isEmpty() && QFileInfo::exists(QDir(credentials).filePath(MasterKey::defaultFileName)))
        options.masterKeyFile = QDir(credentials).filePath(MasterKey::defaultFileName);
    if (auto sessions = readSessionPolicy(parser, options); !sessions)
        return std::unexpected(sessions.error());
    if (auto limits = readConnectionLimits(parser, options.connectionLimits); !limits)
        return std::unexpected(limits.error());
    if (auto backups = readBackupOptions(parser, options.backup); !backups)
        return std::unexpected(backups.error());
    if (auto mail = readMailOptions(parser, options.mail); !mail)
        return std::unexpected(mail.error());
    return options;
}

} // namespace regiekamer::server
