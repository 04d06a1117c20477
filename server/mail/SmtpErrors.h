#pragma once

#include "mail/Outbox.h"

#include <QString>

namespace regiekamer::server::mail {

// What a failed libcurl SMTP transfer left behind.
struct SmtpOutcome
{
    int curlCode = 0;
    int answerCode = 0; // the SMTP server's last reply code, 0 when there was none
    QString lastAnswer; // the SMTP server's last reply line
    QString curlDetails; // libcurl's error buffer
    QString host;
};

// The reason admins read ("the SMTP server did not offer STARTTLS", "550 5.1.1 mailbox unavailable"), printable
// ASCII, at most 300 characters; permanent when the server answered 5xx to the mail.
DeliveryFailure smtpFailure(const SmtpOutcome &outcome);

} // namespace regiekamer::server::mail
