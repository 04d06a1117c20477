#pragma once

#include <QString>

class QCommandLineParser;

namespace regiekamer::server {

class Database;
class FieldCipher;

namespace audit {
class AuditLog;
}

// regiekamer-admin webinar list | create | edit ID | delete ID (docs/operations.md "Webinars"): the administrator's
// webinar management without the desktop app. Every read and change is an entry of the access log in the same
// transaction (nothing is shown or changed when it cannot be written). `delete` removes the webinar with its
// registrations, questions and assignments and cannot be undone: without --yes it only says what it would delete.
// A running server shows the change at its next read; it sends no event for it. Exit codes: 0 done, 1 refused or
// failed, 2 bad usage.
namespace webinarCommands {

inline constexpr auto usageLines =
    "       regiekamer-admin --data-dir DIR webinar list\n"
    "       regiekamer-admin --data-dir DIR webinar create --organisation ORG --title T --starts TIME --duration MIN "
    "[--description D]\n"
    "       regiekamer-admin --data-dir DIR webinar edit ID [--title T] [--starts TIME] [--duration MIN] "
    "[--description D]\n"
    "       regiekamer-admin --data-dir DIR webinar delete ID [--yes]\n";

// The options the commands read besides the shared ones (--organisation, --data-dir, ...).
void addOptions(QCommandLineParser &parser);
// The arguments are checked before the database is opened: 2 for bad usage, with the message in *problem.
int checkUsage(const QCommandLineParser &parser, QString *problem);
int run(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
        const QString &operatorName);

} // namespace webinarCommands
} // namespace regiekamer::server
