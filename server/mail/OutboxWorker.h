#pragma once

#include "base/Result.h"
#include "keys/MasterKey.h"
#include "mail/MailOptions.h"
#include "mail/Outbox.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <memory>

namespace regiekamer::server::mail {

class SmtpTransport;

struct OutboxWorkerConfig
{
    QString dataDir; // the worker opens DATA_DIR/regiekamer.sqlite with a connection of its own
    QString masterKeyPath;
    // A sealed server's master key, held in memory only (server/app/SealedGate): used instead of masterKeyPath.
    std::optional<MasterKey> masterKey;
    MailOptions options; // with --smtp set
    std::chrono::milliseconds poll {1000}; // looks for due rows at least this often
    RetryPolicy retry;
};

// Delivers due outbox rows on a thread of its own ("rk-mail"), one at a time, and never blocks a request. Woken by
// wake() (after a commit that enqueued mail) and every `poll`. Delivery is at least once: a row is marked sent only
// after the SMTP server accepted it, so a row being sent when the server died is sent again at the next start.
class OutboxWorker
{
public:
    // Checks the options and reads the credentials file; a bad one stops the server's start.
    static Result<std::unique_ptr<OutboxWorker>> create(OutboxWorkerConfig config);
    ~OutboxWorker();
    OutboxWorker(const OutboxWorker &) = delete;
    OutboxWorker &operator=(const OutboxWorker &) = delete;

    void start();
    // Finishes the mail being sent, then stops.
    void stop();
    // Thread-safe: look for due rows now.
    void wake();
    QString transportDescription() const { return m_description; }
    // Mails accepted by the SMTP server since start (for the bench and logs).
    qint64 delivered() const { return m_delivered.load(); }

private:
    OutboxWorker(OutboxWorkerConfig config, std::unique_ptr<SmtpTransport> transport);
    void run();
    // Sends every due row; false when the database failed (the worker tries again after a poll).
    bool deliverDue(Outbox &outbox);
    void waitForWork(std::chrono::milliseconds longest);

    OutboxWorkerConfig m_config;
    std::unique_ptr<SmtpTransport> m_transport;
    QString m_description;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wakeUp;
    bool m_woken = false; // under m_mutex
    std::atomic<bool> m_stopping {false};
    std::atomic<qint64> m_delivered {0};
};

} // namespace regiekamer::server::mail
