#include "net/PagedLoader.h"

#include <QPointer>
#include <QTimer>

namespace regiekamer::client {

PagedLoader::PagedLoader(QObject *parent)
    : QObject(parent)
{
}

void PagedLoader::start(PageSource source, qint64 limit)
{
    m_source = std::move(source);
    m_limit = limit;
    m_loaded = 0;
    m_total = 0;
    m_loading = true;
    fetchNext(++m_generation);
}

void PagedLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

bool PagedLoader::isLoading() const
{
    return m_loading;
}

qint64 PagedLoader::loaded() const
{
    return m_loaded;
}

qint64 PagedLoader::total() const
{
    return m_total;
}

void PagedLoader::fetchNext(quint64 generation)
{
    QPointer<PagedLoader> self(this);
    m_source(m_loaded, m_limit, [self, generation](Result<PageCount> page) {
        if (!self || generation != self->m_generation)
            return;
        // Always continue from the event loop: a synchronous source must not recurse or starve the UI.
        QTimer::singleShot(0, self, [self, generation, page = std::move(page)] {
            if (self)
                self->onPage(generation, page);
        });
    });
}

void PagedLoader::onPage(quint64 generation, const Result<PageCount> &page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_loading = false;
        Q_EMIT failed(page.error());
        return;
    }
    if (page->deliver)
        page->deliver();
    m_loaded += page->received;
    m_total = page->total;
    Q_EMIT progress(m_loaded, m_total);
    if (page->received == 0 || m_loaded >= m_total) {
        m_loading = false;
        Q_EMIT finished(m_loaded);
        return;
    }
    fetchNext(generation);
}

} // namespace regiekamer::client
