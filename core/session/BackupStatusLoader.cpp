#include "session/BackupStatusLoader.h"

#include "net/DomainClient.h"

#include <QPointer>

namespace regiekamer::client {

BackupStatusLoader::BackupStatusLoader(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(new BackupStatusModel(this))
{
    m_poll.setInterval(intervalMs);
    connect(&m_poll, &QTimer::timeout, this, &BackupStatusLoader::poll);
}

BackupStatusModel *BackupStatusLoader::model() const
{
    return m_model;
}

void BackupStatusLoader::refresh()
{
    m_loading = true;
    QPointer<BackupStatusLoader> self(this);
    const quint64 generation = ++m_generation;
    DomainClient(*m_api).fetchBackupStatus([self, generation](Result<api::BackupStatus> status) {
        if (!self || generation != self->m_generation)
            return;
        self->m_loading = false;
        if (!status) {
            self->m_error = status.error();
            Q_EMIT self->failed(self->m_error);
            return;
        }
        self->m_error = {};
        self->m_model->setStatus(std::move(*status));
    });
}

void BackupStatusLoader::poll()
{
    if (!m_loading)
        refresh();
}

void BackupStatusLoader::setPolling(bool on)
{
    if (on && !m_poll.isActive())
        m_poll.start();
    else if (!on)
        m_poll.stop();
}

bool BackupStatusLoader::isPolling() const
{
    return m_poll.isActive();
}

bool BackupStatusLoader::isLoading() const
{
    return m_loading;
}

const Error &BackupStatusLoader::lastError() const
{
    return m_error;
}

void BackupStatusLoader::reset()
{
    ++m_generation;
    m_loading = false;
    m_poll.stop();
    m_error = {};
    m_model->clear();
}

} // namespace regiekamer::client
