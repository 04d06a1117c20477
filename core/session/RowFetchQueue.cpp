#include "session/RowFetchQueue.h"

#include "net/PagedLoader.h"

namespace regiekamer::client {

RowFetchQueue::RowFetchQueue(Fetch fetch, PagedLoader *loader, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_loader(loader)
{
    m_window.setSingleShot(true);
    m_window.setInterval(window);
    connect(&m_window, &QTimer::timeout, this, &RowFetchQueue::flush);
    if (m_loader) {
        connect(m_loader, &PagedLoader::finished, this, &RowFetchQueue::flush);
        connect(m_loader, &PagedLoader::failed, this, &RowFetchQueue::flush);
    }
}

void RowFetchQueue::add(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        if (m_fetching.contains(id))
            m_stale.insert(id);
        else if (!m_waiting.contains(id))
            m_waiting.append(id);
    }
    if (!m_waiting.isEmpty() && !m_window.isActive())
        m_window.start();
}

void RowFetchQueue::clear()
{
    ++m_generation;
    m_window.stop();
    m_waiting.clear();
    m_fetching.clear();
    m_stale.clear();
}

void RowFetchQueue::flush()
{
    if (m_window.isActive() || (m_loader && m_loader->isLoading()))
        return; // the window's end, or the load's, flushes
    const QList<qint64> ids = std::exchange(m_waiting, {});
    for (const qint64 id : ids) {
        m_fetching.insert(id);
        const quint64 generation = m_generation;
        m_fetch(id, [this, id, generation] { fetched(id, generation); });
    }
}

void RowFetchQueue::fetched(qint64 id, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_fetching.remove(id);
    if (m_stale.remove(id))
        add({id});
    if (isIdle())
        Q_EMIT idle();
}

} // namespace regiekamer::client
