#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace regiekamer::server {

// regiekamer-admin unseal | seal (docs/operations.md "Sealed server"): talk to a running server over TLS pinned to
// its certificate's SHA-256 fingerprint (as the server prints it at start), never to anything else.
//   unseal --server https://HOST:PORT --fingerprint SHA256 --share FILE [--passphrase-file F]: opens the custodian's
//     share file here (its passphrase from the terminal, standard input or the file) and sends the share.
//   seal --server ... --fingerprint ... --email ADMIN [--password-file F]: signs in as that admin and seals.
// Exit codes: 0 done, 1 refused or failed, 2 bad usage.
namespace remoteCommands {

inline constexpr auto usageLines =
    "       regiekamer-admin unseal --server https://HOST:PORT --fingerprint SHA256 --share FILE "
    "[--passphrase-file F]\n"
    "       regiekamer-admin seal --server https://HOST:PORT --fingerprint SHA256 --email ADMIN [--password-file F]\n";

// --server, --fingerprint, --password-file (--share, --passphrase-file and --email are the ceremony's and the
// accounts' options).
QList<QCommandLineOption> options();
int unseal(const QCommandLineParser &parser);
int seal(const QCommandLineParser &parser);

} // namespace remoteCommands
} // namespace regiekamer::server
