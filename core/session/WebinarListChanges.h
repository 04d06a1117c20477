#pragma once

#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "protocol/Event.h"
#include "protocol/Webinar.h"

#include <QObject>

namespace regiekamer::client {

class RowFetchQueue;
class WebinarListModel;
class WebinarWorkspace;

// The webinar list kept current from the change events (issue 19): approving or rejecting a registration changes
// no column of the list, so nothing is fetched; a webinar changed, a registration added or removed, or a
// question changed (the counts) fetches that one webinar (GET /webinars/{id}, once per burst per webinar) and
// replaces or adds its row; one answered 404 (out of scope now) leaves the list. For the open webinar's own
// `webinar.changed` the workspace's fetch of its detail is used (applyDetail), not a second request. A webinar
// created or deleted (rare; the organisations count them), an event without a kind (an older server) or with "many"
// asks for the whole list (refreshNeeded), as before.
class WebinarListChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds window {250};

    // The open webinar is the workspace's; each detail it receives (online) replaces that webinar's row.
    WebinarListChanges(ApiClient *api, WebinarListModel *webinars, WebinarWorkspace *workspace,
                       QObject *parent = nullptr);

    void onEvent(const api::Event &event);
    void applyDetail(const api::WebinarDetail &detail);
    void clear();
    quint64 rowRequests() const { return m_rowRequests; }

Q_SIGNALS:
    void refreshNeeded();
    void listChanged(); // a row was replaced, added or removed (for the offline cache)

private:
    void fetch(qint64 webinarId, const std::function<void()> &done);

    DomainClient m_domain;
    WebinarListModel *m_webinars;
    WebinarWorkspace *m_workspace;
    RowFetchQueue *m_queue;
    quint64 m_rowRequests = 0;
};

} // namespace regiekamer::client
