#pragma once

#include "base/Result.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Webinar.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace regiekamer::client {

class ClientCache;
template<typename T> struct CachedList;

// The open webinar in the offline cache, for WebinarWorkspace: its detail, attendees (page by page as they arrive,
// so 100,000 rows never stall) and questions are written while the session is live and read back while it is
// read-only. A failed write is reported once per webinar; every record that does not open is reported.
class WorkspaceCache : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceCache(QObject *parent = nullptr);

    void setCache(ClientCache *cache); // may be locked
    bool isOpen() const; // a cache is set and unlocked
    void startWebinar(); // a new webinar: its first failed write is reported again

    void storeDetail(const api::WebinarDetail &detail, const QDateTime &receivedAt);
    // One page of the attendee list, at offset; then trimRegistrations to what was loaded in all.
    void storeRegistrationPage(qint64 webinarId, qint64 offset, const QList<api::Registration> &registrations,
                               const QDateTime &receivedAt);
    void trimRegistrations(qint64 webinarId, qint64 loaded);
    void storeRegistrations(qint64 webinarId, const QList<api::Registration> &registrations,
                            const QDateTime &receivedAt);
    void storeQuestions(qint64 webinarId, const QList<api::Question> &questions, const QDateTime &receivedAt);

    std::optional<api::WebinarDetail> loadDetail(qint64 webinarId);
    QList<api::Registration> loadRegistrations(qint64 webinarId);
    QList<api::Question> loadQuestions(qint64 webinarId);

Q_SIGNALS:
    void problem(const QString &message); // translated

private:
    void report(const Status &written);
    template<typename T> QList<T> reported(CachedList<T> loaded); // its problems emitted

    ClientCache *m_cache = nullptr;
    bool m_problemReported = false; // one message per webinar for failed writes
};

} // namespace regiekamer::client
