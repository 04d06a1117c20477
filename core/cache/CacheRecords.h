#pragma once

#include "base/Result.h"
#include "cache/ClientCache.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Session.h"
#include "protocol/Webinar.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace regiekamer::client {

// A list kept in several records (pages): the records that were damaged are skipped and named in problems.
template<typename T> struct CachedList
{
    QList<T> items;
    QDateTime receivedAt; // of the oldest page; invalid when nothing was cached
    QStringList problems; // translated, one per skipped record
};

// The typed records of an unlocked offline cache: the user, the webinar list, a webinar's detail, its attendees in
// pages of registrationsPerRecord and its questions. A view over a ClientCache (holds a reference; cheap to make).
// A load gives nullopt when nothing was cached, cacheerrc::damagedRecord when the record does not open (changed,
// truncated or moved).
class CacheRecords
{
public:
    static constexpr int registrationsPerRecord = 500;

    explicit CacheRecords(ClientCache &cache);

    Status storeUser(const api::UserInfo &user, const QDateTime &receivedAt);
    Result<std::optional<Cached<api::UserInfo>>> loadUser() const;
    Status storeWebinars(const QList<api::WebinarSummary> &webinars, const QDateTime &receivedAt);
    Result<std::optional<Cached<QList<api::WebinarSummary>>>> loadWebinars() const;
    Status storeDetail(const api::WebinarDetail &detail, const QDateTime &receivedAt);
    Result<std::optional<Cached<api::WebinarDetail>>> loadDetail(qint64 webinarId) const;
    // One page of the attendee list (page = offset / registrationsPerRecord), then trim to the final page count.
    Status storeRegistrationPage(qint64 webinarId, qint64 page, const QList<api::Registration> &registrations,
                                 const QDateTime &receivedAt);
    Status trimRegistrationPages(qint64 webinarId, qint64 pageCount);
    // The whole attendee list in pages, in one transaction (replaces what was cached).
    Status storeRegistrations(qint64 webinarId, const QList<api::Registration> &registrations,
                              const QDateTime &receivedAt);
    CachedList<api::Registration> loadRegistrations(qint64 webinarId) const;
    Status storeQuestions(qint64 webinarId, const QList<api::Question> &questions, const QDateTime &receivedAt);
    CachedList<api::Question> loadQuestions(qint64 webinarId) const;

private:
    // Replaces the pages under prefix: `count` items, encodePage(from) gives the plaintext of the page from `from`.
    Status putPages(const QString &prefix, qsizetype count, const std::function<QByteArray(qsizetype)> &encodePage);
    template<typename T, typename Decode> CachedList<T> loadPages(const QString &prefix, Decode decodePage) const;

    ClientCache &m_cache;
};

} // namespace regiekamer::client
