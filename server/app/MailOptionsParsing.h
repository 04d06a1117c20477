#pragma once

#include "base/Result.h"
#include "mail/MailOptions.h"

#include <QCommandLineParser>

namespace regiekamer::server {

// regiekamer-server's --smtp* and --public-url options (docs/mail.md "Options").
void addMailOptions(QCommandLineParser &parser);
Status readMailOptions(const QCommandLineParser &parser, mail::MailOptions &options);
QString mailUsage();

} // namespace regiekamer::server
