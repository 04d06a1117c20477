#include "mail/OutboxWorker.h"

#include "db/Database.h"
#include "keys/KeyStore.h"
#include "mail/SmtpTransport.h"

#include <QLoggingCategory>

namespace regiekamer::server::mail {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(mailLog, "regiekamer.mail")

} // namespace

Result<std::unique_ptr<OutboxWorker>> OutboxWorker::create(OutboxWorkerConfig config)
{
    auto transport = SmtpTransport::create(config.options);
    if (!transport)
        return std::unexpected(transport.error());
    return std::unique_ptr<OutboxWorker>(new OutboxWorker(std::move(config), std::move(*transport)));
}

OutboxWorker::OutboxWorker(OutboxWorkerConfig config, std::unique_ptr<SmtpTransport> transport)
    : m_config(std::move(config))
    , m_transport(std::move(transport))
    , m_description(m_transport->description())
{
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"rk-mail"_s);
    m_thread->start();
}

void OutboxWorker::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    wake();
    m_thread->wait();
    m_thread.reset();
}

void OutboxWorker::wake()
{
    const QMutexLocker locker(&m_mutex);
    m_woken = true;
    m_wakeUp.wakeAll();
}

void OutboxWorker::waitForWork(std::chrono::milliseconds longest)
{
    QMutexLocker locker(&m_mutex);
    if (!m_woken && !m_stopping)
        m_wakeUp.wait(&m_mutex, QDeadlineTimer(longest));
    m_woken = false;
}

void OutboxWorker::run()
{
    auto database = Database::open(m_config.dataDir);
    if (!database) {
        qCCritical(mailLog, "The outbox worker cannot open the database: %s", qUtf8Printable(database.error().message));
        return;
    }
    auto keys = m_config.masterKey ? KeyStore::open(**database, *m_config.masterKey)
                                   : KeyStore::open(**database, m_config.masterKeyPath);
    if (!keys) {
        qCCritical(mailLog, "The outbox worker cannot open the key store: %s", qUtf8Printable(keys.error().message));
        return;
    }
    Outbox outbox(**database, **keys, m_config.options.fromAddress);
    outbox.setRetryPolicy(m_config.retry);
    while (!m_stopping) {
        deliverDue(outbox);
        if (m_stopping)
            break;
        auto next = outbox.nextAttemptTime();
        std::chrono::milliseconds wait = m_config.poll;
        if (next && next->isValid())
            wait = std::clamp(std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(*next)),
                              std::chrono::milliseconds(0), m_config.poll);
        waitForWork(wait);
    }
    (*database)->close();
}

bool OutboxWorker::deliverDue(Outbox &outbox)
{
    while (!m_stopping) {
        auto due = outbox.nextDue(QDateTime::currentDateTimeUtc());
        if (!due) {
            qCWarning(mailLog, "Cannot read the outbox: %s", qUtf8Printable(due.error().message));
            return false;
        }
        if (!*due)
            return true;
        const DueMail &mail = **due;
        auto message = mail.message.build();
        std::expected<void, DeliveryFailure> sent = std::unexpected(DeliveryFailure {u"cannot build"_s, true});
        if (message)
            sent = m_transport->send(outbox.fromAddress(), mail.recipient, *message);
        else
            sent = std::unexpected(DeliveryFailure {message.error().message, true});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (sent) {
            if (auto marked = outbox.markSent(mail.id, now); !marked) {
                qCWarning(mailLog, "Mail %lld was sent but cannot be marked sent: %s", mail.id,
                          qUtf8Printable(marked.error().message));
                return false;
            }
            ++m_delivered;
            continue;
        }
        auto state = outbox.markFailed(mail.id, sent.error(), now);
        if (!state) {
            qCWarning(mailLog, "Cannot record a failed delivery: %s", qUtf8Printable(state.error().message));
            return false;
        }
        qCWarning(mailLog, "Mail %lld not delivered (%s): %s", mail.id,
                  *state == OutboxState::Dead ? "dead" : "will retry", qUtf8Printable(sent.error().reason));
    }
    return true;
}

} // namespace regiekamer::server::mail
