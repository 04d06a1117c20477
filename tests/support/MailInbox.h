#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class SmtpTestServer;

// The mail a test's SMTP server received, read the way a person reads their inbox: the next unread mail to an
// address, and the token of the link in it (PUBLIC_URL/account/<page>?token=…). Every token handed out is remembered,
// so a test can check that none of them reached a log or an answer.
class MailInbox
{
public:
    MailInbox(const SmtpTestServer &smtp, QString publicUrl);

    // The next unread mail to `address` (waits for it), or an empty message.
    QByteArray next(const QString &address, int timeoutMs = 15000);
    // The token of the link to PUBLIC_URL/account/<page> in the mail's text part, empty when there is none.
    QString tokenIn(const QByteArray &mail, const QString &page);
    // Every mail received for `address`, read or not.
    int countTo(const QString &address) const;
    const QStringList &tokensSeen() const { return m_tokensSeen; }
    // The first token handed out that occurs in `text` (a log, an answer, a process's output); empty when none.
    QString leakedTokenIn(const QByteArray &text) const;

private:
    const SmtpTestServer &m_smtp;
    QString m_publicUrl;
    QList<QByteArray> m_read;
    QStringList m_tokensSeen;
};
