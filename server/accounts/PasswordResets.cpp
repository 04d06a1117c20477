#include "accounts/PasswordResets.h"

#include "accounts/AccountMail.h"
#include "audit/AuditLog.h"
#include "auth/AccountTokens.h"
#include "auth/AddressThrottle.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "mail/Outbox.h"
#include "protocol/AuditEntry.h"
#include "storage/UserRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

api::AuditEntry resetEntry(qint64 userId, const QString &client, const QString &reason)
{
    api::AuditEntry entry;
    entry.actorId = 0;
    entry.actorRole = u"system"_s;
    entry.clientAddress = client;
    entry.action = QString::fromLatin1(api::auditAction::passwordReset);
    entry.objectType = u"account"_s;
    entry.objectId = userId;
    entry.subjectUserId = userId;
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.reason = reason;
    return entry;
}

} // namespace

PasswordResets::PasswordResets(AccountServices services, AddressThrottle &requestsPerNetwork, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_requestsPerNetwork(requestsPerNetwork)
    , m_pending(this, [this](const Pending &pending) {
        if (auto done = processOne(pending); !done)
            qWarning("Password reset not sent: %s", qUtf8Printable(done.error().message));
    })
{
}

bool PasswordResets::request(const QString &email, const QHostAddress &client)
{
    if (m_requestsPerNetwork.lockedFor(client))
        return false;
    if (!m_pending.push({UserRepository::normaliseEmail(email), client.toString()}))
        return false;
    m_requestsPerNetwork.recordFailure(client);
    return true;
}

// Nothing happens for an address without an active account, or past the limit per account: the requester was
// answered already, and the access log has the request.
Status PasswordResets::processOne(const Pending &pending)
{
    if (!UserRepository::validateEmail(pending.email))
        return {};
    Transaction transaction(m_services.database);
    if (!transaction.started())
        return transaction.started();
    auto user = m_services.users.findByEmail(pending.email);
    if (!user)
        return std::unexpected(user.error());
    if (!*user || (*user)->invited || (*user)->disabled)
        return {};
    const qint64 id = (*user)->info.id;
    auto recent = m_services.tokens.issuedSince(TokenPurpose::PasswordReset, id, {}, m_services.clock().addSecs(-3600));
    if (!recent)
        return std::unexpected(recent.error());
    if (*recent >= perAccountPerHour) {
        auto logged = m_services.auditLog.append(resetEntry(id, pending.client, u"limit per account reached"_s));
        return logged ? transaction.commit() : Status(std::unexpected(logged.error()));
    }
    auto issued = m_services.tokens.issue(TokenPurpose::PasswordReset, id, {}, linkValidity);
    if (!issued)
        return std::unexpected(issued.error());
    const QUrl link = accountMail::linkTo(m_services.publicUrl, u"reset"_s, issued->token);
    auto queued = m_services.outbox.enqueue(
        accountMail::passwordReset(accountMail::recipientOf(**user), link, issued->expiresAt));
    if (!queued)
        return std::unexpected(queued.error());
    if (auto logged = m_services.auditLog.append(resetEntry(id, pending.client, u"link mailed"_s)); !logged)
        return std::unexpected(logged.error());
    return transaction.commit();
}

bool PasswordResets::linkIsValid(const QString &token)
{
    auto record = m_services.tokens.peek(TokenPurpose::PasswordReset, token);
    return record && record->has_value();
}

Result<PasswordResets::Completed> PasswordResets::complete(const QString &token, const Result<QString> &hash)
{
    auto record = m_services.tokens.peek(TokenPurpose::PasswordReset, token);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::unexpected(AccountTokens::invalidToken().error());
    if (!hash)
        return std::unexpected(hash.error());
    Transaction transaction(m_services.database); // a savepoint inside the request's transaction
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto consumed = m_services.tokens.consume(TokenPurpose::PasswordReset, token);
    if (!consumed)
        return std::unexpected(consumed.error());
    auto user = m_services.users.findById(consumed->userId);
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return std::unexpected(AccountTokens::invalidToken().error());
    auto ended = m_services.users.setPasswordFromLink(consumed->userId, *hash);
    if (!ended)
        return std::unexpected(ended.error());
    auto notice =
        m_services.outbox.enqueue(accountMail::passwordChanged(accountMail::recipientOf(**user), m_services.clock()));
    if (!notice)
        return std::unexpected(notice.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return Completed {consumed->userId, *ended};
}

} // namespace regiekamer::server
