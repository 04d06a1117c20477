#pragma once

#include "protocol/StreamKey.h"

#include <QObject>
#include <QtCrypto>

#include <optional>

namespace regiekamer::client {

class ApiClient;

// The desktop's side of a webinar's stream-key vault (docs/security.md "Stream keys"): what is known of the key, and
// the key itself only after an explicit reveal, held in a QCA::SecureArray (zeroized when forgotten or replaced) and
// never put in an item model or the offline cache. Every reveal is a request the server logs.
class StreamKeyVault : public QObject
{
    Q_OBJECT
public:
    explicit StreamKeyVault(ApiClient *api, QObject *parent = nullptr);
    ~StreamKeyVault() override;

    // Follows the open webinar; forgets a revealed key of another one.
    void setWebinar(qint64 webinarId);
    qint64 webinarId() const { return m_webinarId; }
    void refresh();
    void reveal();
    void set(const QString &ingestUrl, const QCA::SecureArray &key);
    void rotate();
    // Zeroizes the revealed key.
    void forget();

    const std::optional<api::StreamKeyInfo> &info() const { return m_info; }
    bool hasRevealedKey() const { return !m_key.isEmpty(); }
    const QCA::SecureArray &revealedKey() const { return m_key; }

Q_SIGNALS:
    void infoChanged();
    void revealed();
    void forgotten();
    void succeeded(const QString &message); // translated
    void failed(const QString &message); // translated

private:
    void onInfo(qint64 webinarId, const Result<QJsonObject> &answer, const QString &success);

    ApiClient *m_api;
    qint64 m_webinarId = 0;
    std::optional<api::StreamKeyInfo> m_info;
    QCA::SecureArray m_key;
};

} // namespace regiekamer::client
