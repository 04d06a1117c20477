#pragma once

#include "protocol/AuditEntry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace regiekamer::client {

class ApiClient;

// The chain status of the access log (GET /api/v1/audit/status): on request, every 30 s while polling, and after
// new entries at most every 10 s. Answers to a request made before reset() are dropped.
class AccessLogStatus : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 30000;
    static constexpr int throttleMs = 10000;

    explicit AccessLogStatus(ApiClient *api, QObject *parent = nullptr);

    void refresh();
    void setPolling(bool on);
    const std::optional<api::AuditStatus> &status() const;
    // A new entry moves the chain's head: asks again while polling, but at most every throttleMs.
    void afterNewEntry();
    void reset(); // forgets the status (sign-out); emits changed

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    ApiClient *m_api;
    std::optional<api::AuditStatus> m_status;
    QTimer m_poll;
    QTimer m_throttle;
    QElapsedTimer m_sinceRequest;
    quint64 m_generation = 0;
};

} // namespace regiekamer::client
