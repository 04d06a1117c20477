#include "cli/MailCommands.h"

#include "audit/AuditLog.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "mail/Outbox.h"

namespace regiekamer::server::mailCommands {

using namespace Qt::StringLiterals;

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s) : u"-"_s;
}

void printEntries(const QList<mail::OutboxEntry> &entries)
{
    cli::print(u"%1  %2  %3  %4  %5  %6  %7"_s.arg(u"ID"_s, -6)
                   .arg(u"PURPOSE"_s, -15)
                   .arg(u"RECIPIENT"_s, -32)
                   .arg(u"STATE"_s, -7)
                   .arg(u"TRIES"_s, -5)
                   .arg(u"CREATED / NEXT OR SENT"_s, -42)
                   .arg(u"LAST ERROR"_s));
    for (const mail::OutboxEntry &entry : entries) {
        const QDateTime second = entry.state == mail::OutboxState::Sent ? entry.sentAt : entry.nextAttemptAt;
        cli::print(u"%1  %2  %3  %4  %5  %6  %7"_s.arg(entry.id, -6)
                       .arg(entry.purpose, -15)
                       .arg(entry.recipient, -32)
                       .arg(mail::stateName(entry.state), -7)
                       .arg(entry.attempts, -5)
                       .arg(shortTime(entry.createdAt) + u" / "_s + shortTime(second), -42)
                       .arg(entry.lastError.isEmpty() ? u"-"_s : entry.lastError));
    }
}

mail::OutgoingMail testMail(const QString &address, const QString &language)
{
    const bool dutch = language == "nl"_L1;
    const QString text = dutch ? u"Dit is een testbericht van Regiekamer: de server kan e-mail versturen."_s
                               : u"This is a test message from Regiekamer: the server can send mail."_s;
    return mail::OutgoingMail {0,
                               u"test"_s,
                               address,
                               language,
                               dutch ? u"Regiekamer: testbericht"_s : u"Regiekamer: test message"_s,
                               text,
                               u"<!DOCTYPE html><html lang=\"%1\"><body><p>%2</p></body></html>"_s.arg(language, text)};
}

} // namespace

int outbox(Database &database, KeyStore &keys, audit::AuditLog &log, const QString &operatorName)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    mail::Outbox box(database, keys, QString());
    auto entries = box.list(1000);
    if (!entries)
        return cli::failWith(entries.error().message);
    api::AuditEntry entry =
        audit::operatorEntry(operatorName, api::auditAction::read, u"outbox"_s, 0, u"regiekamer-admin mail outbox"_s);
    entry.rowCount = entries->size();
    if (auto appended = log.append(entry); !appended || !transaction.commit())
        return cli::failWith(u"The read was not logged, so nothing is shown: %1"_s.arg(
            appended ? u"the commit failed"_s : appended.error().message));
    printEntries(*entries);
    return 0;
}

int sendTest(Database &database, KeyStore &keys, audit::AuditLog &log, const QString &operatorName,
             const QString &address, const QString &language)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    mail::Outbox box(database, keys, QString());
    auto id = box.enqueue(testMail(address, language));
    if (!id)
        return cli::failWith(id.error().message);
    api::AuditEntry entry =
        audit::operatorEntry(operatorName, api::auditAction::create, u"outbox"_s, *id, u"regiekamer-admin mail test"_s);
    if (auto appended = log.append(entry); !appended || !transaction.commit())
        return cli::failWith(
            u"The test mail was not written: %1"_s.arg(appended ? u"the commit failed"_s : appended.error().message));
    cli::print(u"Test mail %1 to %2 is in the outbox; a server with --smtp sends it within a second (see \"mail "
               "outbox\")."_s.arg(*id)
                   .arg(address));
    return 0;
}

} // namespace regiekamer::server::mailCommands
