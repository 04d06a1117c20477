#pragma once

#include <QStringList>

namespace regiekamer::server {

// regiekamer-admin --data-dir DIR user add --email E --role ROLE [--name NAME] [--organisation ORG]
//                  regiekamer-admin --data-dir DIR user list
//                  regiekamer-admin --data-dir DIR user disable --email E
//                  regiekamer-admin --data-dir DIR device list EMAIL | device revoke EMAIL DEVICE_ID
//                  regiekamer-admin --data-dir DIR keys status | rotate [--batch N]
//                  regiekamer-admin --data-dir DIR mail outbox | mail test ADDRESS (cli/MailCommands.h)
//                  regiekamer-admin backup keygen | status | snapshot | list | verify | restore (cli/BackupCommands.h)
// Passwords come from the terminal (echo off, twice) or one line of stdin; never from argv.
// Exit codes: 0 done, 1 refused or failed, 2 bad usage. Needs a QCoreApplication and a QCA::Initializer.
int runAdmin(const QStringList &arguments);

} // namespace regiekamer::server
