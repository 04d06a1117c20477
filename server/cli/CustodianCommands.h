#pragma once

#include <QList>
#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace regiekamer::server {

// The offline key ceremony of a sealed server (docs/keys.md "Key ceremony"), on the data directory with the server
// stopped or sealed:
//   custodians deal --threshold K --custodian EMAIL=OUT.share ... [--passphrase-file F ...]
//   custodians reshare --share F ... [--share-passphrase-file F ...] --threshold K --custodian EMAIL=OUT.share ...
//   custodians list
//   keys rotate on a sealed data directory (--share ... and --custodian ... as reshare).
// Passphrases come from a terminal, or one line each of standard input, or --passphrase-file (one per
// --custodian, in order) and --share-passphrase-file (one per --share): never from the command line.
// Exit codes: 0 done, 1 refused or failed, 2 usage.
namespace custodianCommands {

inline constexpr auto usageLines =
    "       regiekamer-admin --data-dir DIR custodians deal --threshold K --custodian EMAIL=OUT.share ... "
    "[--passphrase-file F ...]\n"
    "       regiekamer-admin --data-dir DIR custodians reshare --share F ... [--share-passphrase-file F ...] "
    "--threshold K --custodian EMAIL=OUT.share ... [--passphrase-file F ...]\n"
    "       regiekamer-admin --data-dir DIR custodians list\n"
    "       regiekamer-admin --data-dir DIR keys rotate --share F ... --threshold K --custodian EMAIL=OUT.share ... "
    "(a sealed data directory)\n";

QList<QCommandLineOption> options();
// "custodians deal | reshare | list".
int run(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath,
        const QString &masterKeyPath);
// "keys rotate" on a sealed data directory: the master key rotated and dealt again to the custodians.
int rotateSealed(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath, int batchSize);

} // namespace custodianCommands
} // namespace regiekamer::server
