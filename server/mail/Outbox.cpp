#include "mail/Outbox.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QThread>

#include <openssl/crypto.h>

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

namespace {

std::unexpected<Error> outboxError(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::internal), message);
}

QByteArray recipientContext(qint64 id)
{
    return FieldCipher::context("outbox", "recipient", id);
}

QByteArray messageContext(qint64 id)
{
    return FieldCipher::context("outbox", "message", id);
}

std::optional<OutboxState> stateFromName(const QString &name)
{
    for (OutboxState state : {OutboxState::Pending, OutboxState::Sent, OutboxState::Dead}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

// What is sealed in outbox.message: the parts of the message, built again (with the server's From) at each attempt.
QByteArray messageRecord(const OutgoingMail &mail, const QString &messageId, const QDateTime &date)
{
    return QJsonDocument(QJsonObject {{"language"_L1, mail.language},
                                      {"subject"_L1, mail.subject},
                                      {"text"_L1, mail.text},
                                      {"html"_L1, mail.html},
                                      {"messageId"_L1, messageId},
                                      {"date"_L1, toDatabaseTime(date)}})
        .toJson(QJsonDocument::Compact);
}

MailMessage fromRecord(const QJsonObject &record, const QString &from, const QString &to)
{
    return MailMessage {from,
                        to,
                        record.value("language"_L1).toString(),
                        record.value("subject"_L1).toString(),
                        record.value("text"_L1).toString(),
                        record.value("html"_L1).toString(),
                        fromDatabaseTime(record.value("date"_L1).toString()),
                        record.value("messageId"_L1).toString()};
}

void wipe(QByteArray &bytes)
{
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}

} // namespace

QString stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return u"pending"_s;
    case OutboxState::Sent:
        return u"sent"_s;
    case OutboxState::Dead:
        return u"dead"_s;
    }
    return {};
}

std::chrono::seconds RetryPolicy::delayAfter(int failedAttempts) const
{
    std::chrono::seconds delay = firstRetry;
    for (int n = 1; n < failedAttempts && delay < longestRetry; ++n)
        delay *= 2;
    return std::min(delay, longestRetry);
}

Outbox::Outbox(Database &database, KeyStore &keys, QString fromAddress)
    : m_database(database)
    , m_keys(keys)
    , m_from(std::move(fromAddress))
{
}

Outbox::~Outbox() = default;

Result<const crypto::Aead *> Outbox::aead()
{
    auto served = m_keys.servedKey(KeyStore::Scope::Mail, 0);
    if (!served)
        return std::unexpected(served.error());
    if (!m_aead || served->wrapped != m_wrapped) {
        m_aead = std::make_unique<crypto::Aead>(served->key);
        m_wrapped = served->wrapped;
    }
    return m_aead.get();
}

Result<qint64> Outbox::enqueue(const OutgoingMail &mail)
{
    if (!m_database.inTransaction())
        return outboxError(u"A mail is written only inside the transaction of the change that sends it."_s);
    if (mail.purpose.isEmpty() || mail.purpose.size() > 64)
        return badRequest(u"A mail needs a purpose."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString messageId = newMessageIdPart(); // the domain is the From's at each attempt
    // Checked with the From this outbox has now; the worker builds the message again with its own.
    MailMessage check {m_from.isEmpty() ? u"check@regiekamer.invalid"_s : m_from,
                       mail.to,
                       mail.language,
                       mail.subject,
                       {},
                       {},
                       now,
                       messageId};
    if (auto checked = checkHeaders(check); !checked)
        return std::unexpected(checked.error());
    auto cipher = aead();
    if (!cipher)
        return std::unexpected(cipher.error());
    auto id = m_database.reserveId(u"outbox"_s);
    if (!id)
        return id;
    QByteArray record = messageRecord(mail, messageId, now);
    const QByteArray sealedMessage = (*cipher)->seal(record, messageContext(*id));
    wipe(record);
    const QByteArray sealedRecipient = (*cipher)->seal(mail.to.toUtf8(), recipientContext(*id));
    if (sealedMessage.isEmpty() || sealedRecipient.isEmpty())
        return outboxError(u"Cannot seal a mail."_s);
    if (auto inserted = m_database.run(
            u"INSERT INTO outbox (id, user_id, purpose, recipient, message, state, attempts, next_attempt_at, "
            "created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)"_s,
            {*id, mail.userId > 0 ? QVariant(mail.userId) : QVariant(QMetaType::fromType<qint64>()), mail.purpose,
             sealedRecipient, sealedMessage, toDatabaseTime(now), toDatabaseTime(now)});
        !inserted)
        return std::unexpected(inserted.error());
    if (m_notify)
        QMetaObject::invokeMethod(QThread::currentThread(), m_notify, Qt::QueuedConnection);
    return *id;
}

Result<QList<OutboxEntry>> Outbox::list(int limit)
{
    auto cipher = aead();
    if (!cipher)
        return std::unexpected(cipher.error());
    auto query = m_database.exec(u"SELECT id, user_id, purpose, recipient, state, attempts, next_attempt_at, "
                                 "last_error, created_at, sent_at FROM outbox ORDER BY id DESC LIMIT ?"_s,
                                 {limit});
    if (!query)
        return std::unexpected(query.error());
    QList<OutboxEntry> entries;
    while (query->next()) {
        OutboxEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.userId = query->value(1).toLongLong();
        entry.purpose = query->value(2).toString();
        auto recipient = (*cipher)->open(query->value(3).toByteArray(), recipientContext(entry.id));
        entry.recipient = recipient ? QString::fromUtf8(*recipient) : u"(unreadable)"_s;
        entry.state = stateFromName(query->value(4).toString()).value_or(OutboxState::Dead);
        entry.attempts = query->value(5).toInt();
        if (entry.state == OutboxState::Pending)
            entry.nextAttemptAt = fromDatabaseTime(query->value(6));
        entry.lastError = query->value(7).toString();
        entry.createdAt = fromDatabaseTime(query->value(8));
        if (!query->value(9).isNull())
            entry.sentAt = fromDatabaseTime(query->value(9));
        entries.append(entry);
    }
    return entries;
}

Result<std::map<OutboxState, qint64>> Outbox::counts()
{
    auto query = m_database.exec(u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s);
    if (!query)
        return std::unexpected(query.error());
    std::map<OutboxState, qint64> counts {{OutboxState::Pending, 0}, {OutboxState::Sent, 0}, {OutboxState::Dead, 0}};
    while (query->next()) {
        if (const auto state = stateFromName(query->value(0).toString()))
            counts[*state] = query->value(1).toLongLong();
    }
    return counts;
}

Result<QDateTime> Outbox::nextAttemptTime()
{
    auto row = m_database.firstRow(u"SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!*row || (*row)->at(0).isNull())
        return QDateTime();
    return fromDatabaseTime((*row)->at(0));
}

Result<std::optional<DueMail>> Outbox::nextDue(const QDateTime &now)
{
    for (;;) {
        auto row = m_database.firstRow(u"SELECT id, recipient, message, attempts, created_at FROM outbox "
                                       "WHERE state = 'pending' AND next_attempt_at <= ? "
                                       "ORDER BY next_attempt_at, id LIMIT 1"_s,
                                       {toDatabaseTime(now)});
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<DueMail>();
        const QVariantList &values = **row;
        auto due = openDue(values.at(0).toLongLong(), values.at(1), values.at(2), values.at(3).toInt(),
                           fromDatabaseTime(values.at(4)));
        if (!due || *due)
            return due;
    }
}

Result<std::optional<DueMail>> Outbox::openDue(qint64 id, const QVariant &recipient, const QVariant &message,
                                               int attempts, const QDateTime &createdAt)
{
    auto cipher = aead();
    if (!cipher)
        return std::unexpected(cipher.error());
    auto to = (*cipher)->open(recipient.toByteArray(), recipientContext(id));
    auto record = (*cipher)->open(message.toByteArray(), messageContext(id));
    if (!to || !record) {
        auto dead = markFailed(id, {u"the sealed mail cannot be opened (changed bytes or the wrong key)"_s, true},
                               QDateTime::currentDateTimeUtc());
        if (!dead)
            return std::unexpected(dead.error());
        return std::optional<DueMail>();
    }
    const QJsonObject parts = QJsonDocument::fromJson(*record).object();
    wipe(*record);
    return DueMail {id, QString::fromUtf8(*to), attempts, createdAt, fromRecord(parts, m_from, QString::fromUtf8(*to))};
}

Status Outbox::markSent(qint64 id, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return transaction.started();
    if (auto sent = m_database.run(u"UPDATE outbox SET state = 'sent', message = NULL, attempts = attempts + 1, "
                                   "last_error = '', sent_at = ? WHERE id = ? AND state = 'pending'"_s,
                                   {toDatabaseTime(now), id});
        !sent)
        return sent;
    return transaction.commit();
}

Result<OutboxState> Outbox::markFailed(qint64 id, const DeliveryFailure &failure, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto state = recordFailure(id, failure, now);
    if (!state)
        return state;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return state;
}

Result<OutboxState> Outbox::recordFailure(qint64 id, const DeliveryFailure &failure, const QDateTime &now)
{
    auto row = m_database.firstRow(u"SELECT attempts, created_at FROM outbox WHERE id = ?"_s, {id});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return outboxError(u"No outbox row %1."_s.arg(id));
    const int attempts = (*row)->at(0).toInt() + 1;
    const QDateTime createdAt = fromDatabaseTime((*row)->at(1));
    const bool giveUp = failure.permanent || attempts >= m_policy.maximumAttempts ||
        createdAt.secsTo(now) >= m_policy.giveUpAfter.count();
    const QString reason = failure.reason.left(500);
    if (giveUp) {
        if (auto dead = m_database.run(u"UPDATE outbox SET state = 'dead', message = NULL, attempts = ?, "
                                       "last_error = ? WHERE id = ?"_s,
                                       {attempts, reason, id});
            !dead)
            return std::unexpected(dead.error());
        return OutboxState::Dead;
    }
    const QDateTime next = now.addSecs(m_policy.delayAfter(attempts).count());
    if (auto retry =
            m_database.run(u"UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"_s,
                           {attempts, reason, toDatabaseTime(next), id});
        !retry)
        return std::unexpected(retry.error());
    return OutboxState::Pending;
}

} // namespace regiekamer::server::mail
