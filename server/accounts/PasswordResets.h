#pragma once

#include "accounts/AccountServices.h"
#include "accounts/AfterAnswerQueue.h"
#include "base/Result.h"
#include "i18n/Language.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>

namespace regiekamer::server {

class AddressThrottle;

// Password resets for every account (docs/accounts.md "Password reset"). A request is answered at once, the same
// way whether or not the address has an account; the lookup, the token and the mail happen after the answer has
// gone (AfterAnswerQueue), so not even the time tells an address with an account from one without. The link is valid
// for 30 minutes and used once; choosing the password ends every session of the account, voids the other links (schema
// 11's trigger) and sends a notice.
class PasswordResets : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes linkValidity {30};
    static constexpr int perAccountPerHour = 3;

    PasswordResets(AccountServices services, AddressThrottle &requestsPerNetwork, QObject *parent = nullptr);

    // Queues the request (no database work here; it runs once the answer has left, AfterAnswerQueue). False when the
    // client's network asked too often: the caller answers 429 then, which tells nothing about the address.
    bool request(const QString &email, const QHostAddress &client);

    struct Completed
    {
        qint64 userId = 0;
        QList<QString> endedSessions; // token hashes, for closing their event streams
    };
    // Whether the link's page may show its form (the token is not used up).
    bool linkIsValid(const QString &token);
    // Inside the caller's transaction: consumes the token and sets the password, hashed off the event loop by the
    // caller ("invalid_token"; the hash's own error, such as "bad_request" for a password outside the rule).
    Result<Completed> complete(const QString &token, const Result<QString> &hash);

private:
    struct Pending
    {
        QString email;
        QString client;
    };
    Status processOne(const Pending &pending);

    AccountServices m_services;
    AddressThrottle &m_requestsPerNetwork;
    AfterAnswerQueue<Pending> m_pending;
};

} // namespace regiekamer::server
