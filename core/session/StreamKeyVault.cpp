#include "session/StreamKeyVault.h"

#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonObject>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

StreamKeyVault::StreamKeyVault(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

StreamKeyVault::~StreamKeyVault()
{
    m_key.fill(0);
}

void StreamKeyVault::setWebinar(qint64 webinarId)
{
    if (webinarId == m_webinarId)
        return;
    forget();
    m_webinarId = webinarId;
    m_info.reset();
    Q_EMIT infoChanged();
    if (webinarId > 0)
        refresh();
}

void StreamKeyVault::forget()
{
    if (m_key.isEmpty())
        return;
    m_key.fill(0);
    m_key = QCA::SecureArray();
    Q_EMIT forgotten();
}

void StreamKeyVault::onInfo(qint64 webinarId, const Result<QJsonObject> &answer, const QString &success)
{
    if (webinarId != m_webinarId)
        return;
    auto info = m_api->parsed<api::StreamKeyInfo>(answer);
    if (!info) {
        Q_EMIT failed(info.error().message);
        return;
    }
    m_info = *info;
    Q_EMIT infoChanged();
    if (!success.isEmpty())
        Q_EMIT succeeded(success);
}

void StreamKeyVault::refresh()
{
    const qint64 id = m_webinarId;
    if (id <= 0)
        return;
    m_api->sendJson("GET", api::path::expand(api::path::webinarStreamKey, {id}), {}, {},
                    [this, id](Result<QJsonObject> answer) { onInfo(id, answer, {}); });
}

void StreamKeyVault::reveal()
{
    const qint64 id = m_webinarId;
    if (id <= 0)
        return;
    m_api->sendJson("POST", api::path::expand(api::path::webinarStreamKeyReveal, {id}), {}, {},
                    [this, id](Result<QJsonObject> answer) {
                        if (id != m_webinarId)
                            return;
                        if (!answer) {
                            Q_EMIT failed(answer.error().message);
                            return;
                        }
                        QByteArray key = answer->value("streamKey"_L1).toString().toUtf8();
                        forget();
                        m_key = QCA::SecureArray(key);
                        key.fill('\0');
                        if (m_key.isEmpty()) {
                            Q_EMIT failed(tr("The server sent no stream key."));
                            return;
                        }
                        Q_EMIT revealed();
                    });
}

void StreamKeyVault::set(const QString &ingestUrl, const QCA::SecureArray &key)
{
    const qint64 id = m_webinarId;
    if (id <= 0)
        return;
    const QJsonObject body {{"ingestUrl"_L1, ingestUrl},
                            {"streamKey"_L1, QString::fromUtf8(key.constData(), key.size())}};
    forget();
    m_api->sendJson("PUT", api::path::expand(api::path::webinarStreamKey, {id}), {}, body,
                    [this, id](Result<QJsonObject> answer) {
                        onInfo(id, answer, tr("The stream key is set; the previous key no longer works."));
                    });
}

void StreamKeyVault::rotate()
{
    const qint64 id = m_webinarId;
    if (id <= 0)
        return;
    forget();
    m_api->sendJson("POST", api::path::expand(api::path::webinarStreamKeyRotation, {id}), {}, {},
                    [this, id](Result<QJsonObject> answer) {
                        onInfo(id, answer,
                               tr("A new stream key was made; the old key no longer works. Reveal the new key and "
                                  "give it to the encoder."));
                    });
}

} // namespace regiekamer::client
