#pragma once

#include "base/Result.h"
#include "crypto/Aead.h"
#include "mail/MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace regiekamer::server {
class Database;
class KeyStore;
} // namespace regiekamer::server

namespace regiekamer::server::mail {

struct OutgoingMail
{
    qint64 userId = 0; // 0: the address has no account (yet); else the row goes with the account (ON DELETE CASCADE)
    // "invitation", "password_reset", "registration", "email_change", "notice", "test": shown to admins
    QString purpose;
    QString to; // one address
    QString language; // "nl" or "en" (Content-Language)
    QString subject;
    QString text; // text/plain body
    QString html; // text/html body, already escaped by the caller
};

enum class OutboxState { Pending, Sent, Dead };
QString stateName(OutboxState state); // "pending", "sent", "dead"

// One row as admins see it (never the message).
struct OutboxEntry
{
    qint64 id = 0;
    qint64 userId = 0;
    QString purpose;
    QString recipient; // opened from its seal; "(unreadable)" when that fails
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid unless pending
    QString lastError; // why the last attempt failed; empty after a delivery
    QDateTime createdAt;
    QDateTime sentAt; // invalid unless sent
};

// A pending row that is due, opened for delivery.
struct DueMail
{
    qint64 id = 0;
    QString recipient;
    int attempts = 0;
    QDateTime createdAt;
    MailMessage message; // From is the outbox's address; Date and Message-ID stay the same on every attempt
};

// Why a delivery failed. A permanent failure (the SMTP server answered 5xx) makes the row dead at once.
struct DeliveryFailure
{
    QString reason; // for admins; never a secret
    bool permanent = false;
};

// When the outbox gives up (docs/mail.md "Retries and dead letters"): the n-th failed attempt waits firstRetry·2^(n-1),
// at most longestRetry; a row whose attempt fails giveUpAfter after it was written, or after maximumAttempts, is dead.
struct RetryPolicy
{
    std::chrono::seconds firstRetry {30};
    std::chrono::seconds longestRetry {3600};
    std::chrono::seconds giveUpAfter {24 * 3600};
    int maximumAttempts = 30;

    std::chrono::seconds delayAfter(int failedAttempts) const;
};

// The outbox (table outbox, docs/mail.md): mail written in the same transaction as the change that sends it, then
// delivered by the OutboxWorker on its own thread and connection. The recipient and the message are sealed under the
// "mail" data key, bound to their row ("outbox/recipient/<id>", "outbox/message/<id>"); the message is deleted (NULL)
// once the row is sent or dead.
// Not thread-safe: one per Database connection, like the KeyStore.
class Outbox
{
public:
    Outbox(Database &database, KeyStore &keys, QString fromAddress);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Inside the caller's open transaction (Database's Transaction): the mail exists only if it commits.
    // Refuses (bad_request, nothing written) a header value with a control character, an address that is not one
    // plain address, a language other than nl/en, an empty purpose. Outside a transaction: an internal error.
    Result<qint64> enqueue(const OutgoingMail &mail);
    // Called (queued to the thread that called enqueue(), so after the caller's transaction has committed) once per
    // enqueue; the server wakes the worker with it.
    void setEnqueuedNotifier(std::function<void()> notify) { m_notify = std::move(notify); }

    // Newest first, at most `limit` rows (for admins: GET /api/v1/outbox, regiekamer-admin mail outbox).
    Result<QList<OutboxEntry>> list(int limit = 200);
    // Rows per state.
    Result<std::map<OutboxState, qint64>> counts();

    // For the worker: the oldest pending row due at `now`, nullopt when none. A row whose seal does not open is made
    // dead with that reason and the next one is returned.
    Result<std::optional<DueMail>> nextDue(const QDateTime &now);
    // The earliest next_attempt_at of a pending row; invalid when there is none.
    Result<QDateTime> nextAttemptTime();
    Status markSent(qint64 id, const QDateTime &now);
    // Counts the attempt; schedules the next one by the policy, or makes the row dead. Returns the new state.
    Result<OutboxState> markFailed(qint64 id, const DeliveryFailure &failure, const QDateTime &now);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    const QString &fromAddress() const { return m_from; }

private:
    Result<const crypto::Aead *> aead();
    Result<OutboxState> recordFailure(qint64 id, const DeliveryFailure &failure, const QDateTime &now);
    Result<std::optional<DueMail>> openDue(qint64 id, const QVariant &recipient, const QVariant &message, int attempts,
                                           const QDateTime &createdAt);

    Database &m_database;
    KeyStore &m_keys;
    QString m_from;
    RetryPolicy m_policy;
    std::function<void()> m_notify;
    QByteArray m_wrapped; // the stored bytes of the mail key m_aead was made from
    std::unique_ptr<crypto::Aead> m_aead;
};

} // namespace regiekamer::server::mail
