#pragma once

#include "base/Result.h"
#include "models/BackupStatusModel.h"

#include <QObject>
#include <QTimer>

namespace regiekamer::client {

class ApiClient;

// Reads the backups' state (GET /api/v1/backup/status) into its model: on request, and every 10 s while polling.
// A poll is skipped while an answer is still out, so a slow server does not pile up requests; an explicit refresh
// asks again regardless. The last failure is kept until an answer arrives; answers to a request made before
// reset() are dropped.
class BackupStatusLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 10000;

    explicit BackupStatusLoader(ApiClient *api, QObject *parent = nullptr);

    BackupStatusModel *model() const;
    void refresh();
    void setPolling(bool on);
    bool isPolling() const;
    bool isLoading() const;
    // The failure of the latest request (code and translated text); empty code after a successful answer.
    const Error &lastError() const;
    void reset(); // sign-out: forgets the status and the failure, stops polling

Q_SIGNALS:
    void failed(const regiekamer::Error &error);

private:
    void poll();

    ApiClient *m_api;
    BackupStatusModel *m_model;
    QTimer m_poll;
    Error m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace regiekamer::client
