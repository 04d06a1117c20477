#include "cache/CacheKey.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace regiekamer::client::cachekey {

namespace {

// The derivations' own pool, drained when the application object goes away: a derivation still running then would
// free its key after QCA had shut down (QCA shuts down in a post routine of QCoreApplication, and post routines run
// last-added first, so this one, added later, runs before QCA's).
QThreadPool &derivationPool()
{
    static QThreadPool *const pool = [] {
        auto *created = new QThreadPool;
        qAddPostRoutine([] { derivationPool().waitForDone(); });
        return created;
    }();
    return *pool;
}

} // namespace

bool acceptable(const crypto::Argon2Parameters &parameters)
{
    return parameters.memoryKiB >= 8192 && parameters.memoryKiB <= 4u * 1024 * 1024 && parameters.iterations >= 1 &&
        parameters.iterations <= 64 && parameters.lanes >= 1 && parameters.lanes <= 16;
}

Result<QCA::SecureArray> derive(const QCA::SecureArray &password, QByteArrayView salt,
                                const crypto::Argon2Parameters &parameters)
{
    return crypto::argon2id(password, salt, parameters, keyBytes, {}, "regiekamer offline cache v2");
}

void deriveAsync(QObject *context, const QCA::SecureArray &password, const QByteArray &salt,
                 const crypto::Argon2Parameters &parameters, std::function<void(Result<QCA::SecureArray>)> done)
{
    QPointer<QObject> receiver(context);
    derivationPool().start([receiver, password, salt, parameters, done = std::move(done)]() mutable {
        auto key = derive(password, salt, parameters);
        if (!receiver)
            return;
        QMetaObject::invokeMethod(
            receiver.data(),
            [receiver, key = std::move(key), done = std::move(done)]() mutable {
                if (receiver)
                    done(std::move(key));
            },
            Qt::QueuedConnection);
    });
}

} // namespace regiekamer::client::cachekey
