#pragma once

#include "models/AccessLogFilter.h"
#include "models/AccessLogModel.h"
#include "protocol/Event.h"

#include <QObject>

#include <functional>
#include <optional>

namespace regiekamer::client {

class AccessLogStatus;
class ApiClient;

// Keeps an AccessLogModel filled from GET /api/v1/audit: the first page on reload(), older pages on demand
// (loadOlder(), or the model's fetchMore()) via the page's nextBefore, and entries arriving over the event stream
// ("audit.appended") that match the filter at the top. Never blocks: every call answers later through the model
// and the signals; answers to an abandoned load are dropped. New entries by others also refresh the chain status
// (AccessLogStatus).
class AccessLogLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 pageSize = 100;

    using PageReply = std::function<void(Result<api::AuditPage>)>;
    using PageSource = std::function<void(const QUrlQuery &query, PageReply reply)>;

    AccessLogLoader(ApiClient *api, QObject *parent = nullptr);
    // Where pages come from (default: DomainClient::fetchAuditPage); tests feed JSON pages through it.
    void setPageSource(PageSource source);

    AccessLogModel *model();
    const AccessLogFilter &filter() const;
    void setFilter(const AccessLogFilter &filter); // reloads when the log was loaded
    void setOwnUserId(qint64 userId); // the person's own reads of the log do not trigger a status refresh

    void reload();
    void loadOlder();
    void reset(); // forgets everything (sign-out)
    bool isLoaded() const;
    bool isLoading() const;

    AccessLogStatus *chainStatus();

    void onEvent(const api::Event &event);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void failed(const QString &message);
    void entryInserted(const regiekamer::api::AuditEntry &entry);

private:
    void requestPage(qint64 before);
    void onPage(quint64 generation, qint64 before, const Result<api::AuditPage> &page);
    void setLoading(bool loading);

    PageSource m_pages;
    AccessLogModel *m_model;
    AccessLogStatus *m_chainStatus;
    AccessLogFilter m_filter;
    QList<api::AuditEntry> m_liveWhileLoading; // arrived before the first page answered
    quint64 m_generation = 0;
    qint64 m_nextBefore = 0;
    qint64 m_ownUserId = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_firstPagePending = false;
    bool m_firstPageFailed = false; // live entries wait for a list to join
};

} // namespace regiekamer::client
