#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace regiekamer::client {

class PagedLoader;

// The rows change events name, fetched once each (issue 19): ids named within `window` of the first are fetched
// together when it ends, each once however often it was named (50 events in 100 ms: one fetch per row); an id named
// again while its fetch is under way is fetched once more after it. While the list itself is loading (`loader`) the
// ids wait, and are fetched when the load is done, so a fetched row never races a page holding it.
class RowFetchQueue : public QObject
{
    Q_OBJECT
public:
    // Fetches one row and calls done() once its answer was applied (or failed).
    using Fetch = std::function<void(qint64 id, std::function<void()> done)>;
    static constexpr std::chrono::milliseconds defaultWindow {50};

    RowFetchQueue(Fetch fetch, PagedLoader *loader = nullptr, std::chrono::milliseconds window = defaultWindow,
                  QObject *parent = nullptr);

    void add(const QList<qint64> &ids);
    // Forgets what waits and drops the answers of fetches under way (another webinar, or the whole list reloads).
    void clear();
    qsizetype waiting() const { return m_waiting.size(); }
    bool isIdle() const { return m_waiting.isEmpty() && m_fetching.isEmpty(); }

Q_SIGNALS:
    void idle(); // every named row was fetched and applied

private:
    void flush();
    void fetched(qint64 id, quint64 generation);

    Fetch m_fetch;
    PagedLoader *m_loader;
    QTimer m_window;
    QList<qint64> m_waiting; // in the order named
    QSet<qint64> m_fetching;
    QSet<qint64> m_stale; // named again while being fetched
    quint64 m_generation = 0;
};

} // namespace regiekamer::client
