#include "CacheKey.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace regiekamer::client::cachekey {

Result<QCA::SecureArray> derive(const QCA::SecureArray &password, QByteArrayView salt,
                                const crypto::Argon2Parameters &parameters)
{
    return crypto::argon2id(password, salt, parameters, keyBytes, {}, "regiekamer offline cache v1");
}

void deriveAsync(QObject *context, const QCA::SecureArray &password, const QByteArray &salt,
                 const crypto::Argon2Parameters &parameters, std::function<void(Result<QCA::SecureArray>)> done)
{
    QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([receiver, password, salt, parameters, done = std::move(done)]() mutable {
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
