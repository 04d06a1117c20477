#pragma once

#include "base/Result.h"

#include <QObject>

#include <functional>

namespace regiekamer::client {

// Fetches every page of a paged list (docs/api.md "Paging"), one page after the other, so the event loop runs
// between pages and the rows appear as they arrive. The page source reports how many items a page held, the
// list's total and how to deliver the items (e.g. append them to a model); the loader runs `deliver` in an event
// loop turn of its own, only for the current load. Starting again (or cancel()) abandons the running load: pages
// of an abandoned load are never delivered.
class PagedLoader : public QObject
{
    Q_OBJECT
public:
    struct PageCount
    {
        qint64 received = 0;
        qint64 total = 0;
        std::function<void()> deliver;
    };
    using Reply = std::function<void(Result<PageCount>)>;
    // Fetches [offset, offset + limit) and calls reply exactly once (it may be called synchronously).
    using PageSource = std::function<void(qint64 offset, qint64 limit, Reply reply)>;

    static constexpr qint64 pageLimit = 500;

    explicit PagedLoader(QObject *parent = nullptr);

    void start(PageSource source, qint64 limit = pageLimit);
    void cancel();
    bool isLoading() const;
    qint64 loaded() const;
    qint64 total() const;

Q_SIGNALS:
    void progress(qint64 loaded, qint64 total);
    void finished(qint64 loaded);
    void failed(const regiekamer::Error &error);

private:
    void fetchNext(quint64 generation);
    void onPage(quint64 generation, const Result<PageCount> &page);

    PageSource m_source;
    qint64 m_limit = pageLimit;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace regiekamer::client
