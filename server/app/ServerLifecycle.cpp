#include "app/ServerLifecycle.h"

#include "app/AppLogging.h"
#include "app/SealedGate.h"
#include "audit/SealAttempts.h"
#include "auth/SessionStore.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "net/GuardedListener.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtCrypto>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::seconds longestDrain {2};

} // namespace

ServerLifecycle::ServerLifecycle(const ServerOptions &options, net::GuardedListener &listener, Database &database,
                                 QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_listener(listener)
    , m_database(database)
{
}

ServerLifecycle::~ServerLifecycle()
{
    m_services.reset();
    m_gate.reset();
}

QString ServerLifecycle::developmentWarning(const QString &path)
{
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty() && QFileInfo(path).absolutePath() == QDir(credentials).absolutePath()) {
        return u"UNATTENDED START: the master key comes from the systemd credential %1 (LoadCredentialEncrypted=). "
               "This is a deliberate weakening of the seal: whoever controls this machine's boot (and its TPM) can "
               "start the server and read every personal field without a custodian (docs/operations.md)."_s.arg(path);
    }
    return u"DEVELOPMENT MODE: the master key is stored unsealed in %1; anyone who can read it reads every personal "
           "field. Production: regiekamer-admin custodians deal (docs/keys.md)."_s.arg(path);
}

Status ServerLifecycle::start(std::optional<SealConfig> seal)
{
    if (seal && !QCA::haveSecureMemory())
        printLine(u"WARNING: no locked memory (mlock was refused: raise LimitMEMLOCK or ulimit -l): the custodians' "
                  "shares and the master key may reach swap."_s);
    if (seal)
        return enterGate();
    printLine(developmentWarning(m_options.masterKeyFile));
    return serve(KeySource {}, 0);
}

Status ServerLifecycle::enterGate()
{
    auto config = SealConfig::load(m_options.dataDir);
    if (!config)
        return std::unexpected(config.error());
    if (!*config)
        return fail(QString::fromLatin1(api::errc::internal),
                    u"%1 is gone from %2: the server cannot be unsealed."_s.arg(
                        QString::fromLatin1(SealConfig::fileName), m_options.dataDir));
    const int threshold = (*config)->threshold;
    const int shares = (*config)->shares;
    auto gate = std::make_unique<SealedGate>(
        std::move(**config), SealConfig::sealedKeyringPath(m_options.dataDir), m_database,
        [this](MasterKey master, int lastIndex) { return serve(KeySource {std::move(master)}, lastIndex); });
    if (!gate->bind(m_listener.renewHandover()))
        return fail(QString::fromLatin1(api::errc::internal), u"Cannot attach the sealed gate to the TLS listener."_s);
    m_gate = std::move(gate);
    printLine(u"SEALED: serving nothing until %1 of the %2 custodians have sent their shares (regiekamer-admin "
              "unseal)."_s.arg(threshold)
                  .arg(shares));
    return {};
}

Status ServerLifecycle::serve(KeySource keys, int lastShareIndex)
{
    const bool sealed = keys.master.has_value();
    std::function<Status(audit::AuditLog &)> moveAttempts;
    if (sealed && m_gate) {
        // The custodian of each share index, from seal.json: the actor of the attempt's access log entry.
        auto config = SealConfig::load(m_options.dataDir);
        QHash<int, qint64> custodians;
        if (config && *config) {
            for (const ShareSlot &slot : std::as_const((*config)->slots))
                custodians.insert(slot.index, slot.custodianUserId);
        }
        moveAttempts = [this, custodians, lastShareIndex](audit::AuditLog &log) {
            return SealAttempts(m_database)
                .moveToAccessLog(log, [custodians](int index) { return custodians.value(index, 0); }, lastShareIndex);
        };
    }
    const KeyedServices::Start start {m_database,
                                      m_options,
                                      std::move(keys),
                                      m_listener.renewHandover(),
                                      sealed ? std::function<void()>([this] { seal(); }) : std::function<void()>(),
                                      moveAttempts};
    auto services = KeyedServices::start(start);
    if (!services) {
        if (m_gate)
            m_gate->bind(m_listener.renewHandover()); // new connections go to the gate again
        return std::unexpected(services.error());
    }
    m_services = std::move(*services);
    if (m_gate) {
        printLine(u"UNSEALED: the server serves."_s);
        // The k-th share's answer is written first; then the gate's connections close and the gate goes.
        QTimer::singleShot(0, this, [this] {
            if (!m_gate)
                return;
            QHttpServer *http = &m_gate->http();
            drain(http, [this, http] {
                if (m_gate && &m_gate->http() == http)
                    m_gate.reset();
            });
        });
    }
    return {};
}

void ServerLifecycle::seal()
{
    if (!m_services || m_gate)
        return;
    if (auto gated = enterGate(); !gated) {
        printLine(u"The server could not be sealed: %1"_s.arg(gated.error().message));
        return;
    }
    drain(m_services->http(), [this] {
        m_services.reset(); // event streams closed, every key-holding service gone, every key wiped
        // Nobody stays signed in across a seal: after the unseal everyone signs in (and answers the code) again.
        if (auto revoked = SessionStore(m_database).revokeAll(); !revoked)
            printLine(u"The sessions could not be ended: %1"_s.arg(revoked.error().message));
#ifdef __GLIBC__
        malloc_trim(0); // freed pages go back to the system
#endif
        printLine(u"SEALED again: the master key is wiped from memory."_s);
    });
}

void ServerLifecycle::drain(QHttpServer *http, std::function<void()> done)
{
    QList<QPointer<QTcpSocket>> open;
    if (http) {
        for (QTcpSocket *socket : http->findChildren<QTcpSocket *>()) {
            open.append(socket);
            socket->disconnectFromHost(); // after what is waiting to be written
        }
    }
    auto *poll = new QTimer(this);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(poll, &QTimer::timeout, this, [poll, open, elapsed, done = std::move(done)] {
        const bool closed = std::ranges::all_of(open, [](const QPointer<QTcpSocket> &socket) {
            return !socket || socket->state() == QAbstractSocket::UnconnectedState;
        });
        if (!closed && elapsed->durationElapsed() < longestDrain)
            return;
        poll->stop();
        poll->deleteLater();
        done();
    });
    poll->start(20);
}

} // namespace regiekamer::server
