#pragma once

#include "auth/SecondFactorPolicy.h"
#include "backup/BackupConfig.h"
#include "base/Result.h"
#include "mail/MailOptions.h"
#include "net/ConnectionLimits.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace regiekamer::server {

// regiekamer-server --data-dir DIR --listen HOST:PORT [--demo] [--cert FILE --key FILE]
//                   [--session-idle-seconds N] [--session-max-seconds N] [--audit-key FILE] [--master-key FILE]
//                   [--max-connections N] [--max-connections-per-address N] [--request-timeout-seconds N]
//                   [--idle-timeout-seconds N] [--offline-lease-days N] [--presence-timeout-seconds N]
//                   [--backup-recipients FILE --backup-to TARGET... [--backup-rclone-config FILE] …]
//                   [--smtp URL [--smtp-from ADDRESS] [--smtp-ca-file FILE] [--smtp-credentials-file FILE]]
//                   [--public-url URL]
// regiekamer-server --version
struct ServerOptions
{
    bool versionRequested = false; // --version: print versionText() and exit; nothing else is read
    QString dataDir;
    QString host;
    quint16 port = 0;
    bool demo = false;
    QString certificateFile; // both empty: embedded mode (self-signed in the data dir)
    QString keyFile;
    QString auditKeyFile; // the access log's checkpoint key; default DIR/audit-checkpoint.key, created if missing
    QString masterKeyFile; // else $REGIEKAMER_MASTER_KEY_FILE, else DIR/master.key; created on a first start
    std::chrono::seconds sessionIdle {30 * 60};
    std::chrono::seconds sessionMax {12 * 60 * 60};
    // A joined viewer whose presence ticks stop for longer counts as having left the room (the sweep, RoomSweep).
    std::chrono::seconds presenceTimeout {90};
    net::ConnectionLimits connectionLimits; // a request's body may take three times its request timeout
    // How long after a sign-in the desktop app may open its offline copy without the server (0: not at all).
    std::chrono::days offlineLease {defaultOfflineLeaseDays};
    backup::BackupOptions backup; // off unless --backup-to is given
    SecondFactorPolicy secondFactor; // --mfa-roles, --mfa-lock-seconds, --mfa-step-up-seconds
    mail::MailOptions mail; // no delivery unless --smtp is given; mail.publicUrl is the base of links in mail

    static constexpr int defaultOfflineLeaseDays = 7;
    static constexpr int maximumOfflineLeaseDays = 90;

    // arguments includes the program name first, as QCoreApplication::arguments().
    static Result<ServerOptions> parse(const QStringList &arguments);
    static QString usage();
    static QString versionText(); // "regiekamer-server 0.1.0"
};

// "HOST:PORT" or "[V6]:PORT".
Result<std::pair<QString, quint16>> parseListenAddress(const QString &text);

} // namespace regiekamer::server
