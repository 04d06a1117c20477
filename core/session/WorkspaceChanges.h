#pragma once

#include "base/Result.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "protocol/Event.h"
#include "protocol/Webinar.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace regiekamer::client {

class PagedLoader;
class QuestionModel;
class RegistrationModel;
class RowFetchQueue;
class WorkspaceCache;

// The open webinar kept current from the change events (issue 19; docs/api.md "Events"): `registrations.changed`
// and `questions.changed` name the rows that changed, and only those are fetched (GET /registrations/{id},
// GET /questions/{id}, where the rights apply) and replace, join or leave their model in place, so the selection, the
// current row and the scroll position stay and the sort and filter proxies follow; a removed row leaves without a
// request, a fetch answered 404 (gone, or no longer in scope) too. A burst is coalesced (RowFetchQueue: one fetch per
// row). The offline cache gets the changed rows' pages. `webinar.changed` fetches the detail once per burst. An event
// without ids (an older server), with "many", or naming more than fetchLimit rows asks for the whole list again
// (reloadRegistrations, reloadQuestions), as before. Events of another webinar are ignored.
class WorkspaceChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype fetchLimit = 50;

    struct Parts
    {
        ApiClient *api = nullptr;
        RegistrationModel *registrations = nullptr;
        PagedLoader *registrationLoader = nullptr;
        QuestionModel *questions = nullptr;
        PagedLoader *questionLoader = nullptr;
        WorkspaceCache *cache = nullptr;
        std::function<bool()> mayWriteCache;
    };

    explicit WorkspaceChanges(Parts parts, QObject *parent = nullptr);

    void setWebinar(qint64 webinarId); // forgets what waits
    void onRegistrationsChanged(const api::Event &event);
    void onQuestionsChanged(const api::Event &event);
    void onWebinarChanged(const api::Event &event);
    // Requests made for changed rows since the start (for tests and the figures in docs/benchmarks.md).
    quint64 rowRequests() const { return m_rowRequests; }

Q_SIGNALS:
    void registrationsChanged(); // an event for the open webinar's registrations arrived (any payload)
    void reloadRegistrations();
    void reloadQuestions();
    void detailFetched(const regiekamer::api::WebinarDetail &detail);
    void detailFailed(const regiekamer::Error &error);
    void registrationApplied(qint64 registrationId); // its row was replaced, added or removed
    void questionApplied(qint64 questionId);

private:
    // The ids to fetch, or nullopt when the event asks for the whole list.
    std::optional<QList<qint64>> namedRows(const api::Event &event, bool &removed) const;
    void fetchRegistration(qint64 id, const std::function<void()> &done);
    void fetchQuestion(qint64 id, const std::function<void()> &done);
    void fetchDetail(const std::function<void()> &done);
    void removeRegistration(qint64 id);
    void removeQuestion(qint64 id);
    void markRegistrationPages(int firstRow, bool toEnd);
    void storeChanged();

    Parts m_parts;
    DomainClient m_domain;
    RowFetchQueue *m_registrationQueue;
    RowFetchQueue *m_questionQueue;
    RowFetchQueue *m_detailQueue;
    QTimer m_store; // the cache is written once a burst settled
    QSet<qint64> m_dirtyPages; // of the registrations, in PagedLoader::pageLimit rows
    bool m_questionsDirty = false;
    qint64 m_webinarId = 0;
    quint64 m_rowRequests = 0;
};

} // namespace regiekamer::client
