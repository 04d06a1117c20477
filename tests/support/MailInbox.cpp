#include "MailInbox.h"

#include "SmtpTestServer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

MailInbox::MailInbox(const SmtpTestServer &smtp, QString publicUrl)
    : m_smtp(smtp)
    , m_publicUrl(std::move(publicUrl))
{
}

QByteArray MailInbox::next(const QString &address, int timeoutMs)
{
    QByteArray found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            for (const SmtpTestServer::Message &message : m_smtp.messages()) {
                if (message.recipients.contains(address) && !m_read.contains(message.raw)) {
                    found = message.raw;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    if (arrived)
        m_read.append(found);
    return found;
}

QString MailInbox::tokenIn(const QByteArray &mail, const QString &page)
{
    const QString text = QString::fromUtf8(mimeParts::body(mail, "text/plain"));
    const QRegularExpression link(QRegularExpression::escape(m_publicUrl) +
                                  uR"(/account/([\w-]+)\?token=([A-Za-z0-9_-]{43}))"_s);
    const auto match = link.match(text);
    if (!match.hasMatch() || match.captured(1) != page)
        return {};
    m_tokensSeen.append(match.captured(2));
    return match.captured(2);
}

int MailInbox::countTo(const QString &address) const
{
    int count = 0;
    for (const SmtpTestServer::Message &message : m_smtp.messages())
        count += message.recipients.contains(address) ? 1 : 0;
    return count;
}

QString MailInbox::leakedTokenIn(const QByteArray &text) const
{
    for (const QString &token : m_tokensSeen) {
        if (text.contains(token.toLatin1()))
            return token;
    }
    return {};
}
