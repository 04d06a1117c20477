#include "cache/CacheRecords.h"

#include "cache/CacheErrors.h"
#include "cache/CacheLogging.h"
#include "cache/RecordDecoding.h"
#include "cache/RegistrationCodec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrentMap>

#include <vector>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

QString registrationsPrefix(qint64 webinarId)
{
    return u"registrations/%1/"_s.arg(webinarId);
}

QString questionsPrefix(qint64 webinarId)
{
    return u"questions/%1/"_s.arg(webinarId);
}

template<typename T> QJsonArray toArray(const QList<T> &items, qsizetype from = 0, qsizetype count = -1)
{
    QJsonArray array;
    const qsizetype end = count < 0 ? items.size() : std::min(items.size(), from + count);
    for (qsizetype i = from; i < end; ++i)
        array.append(items.at(i).toJson());
    return array;
}

// The value of a single-object record as T; a record that opens but does not parse counts as damaged.
template<typename T>
Result<std::optional<Cached<T>>> typed(const Result<std::optional<Cached<QJsonValue>>> &record, const QString &context)
{
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<Cached<T>>();
    auto value = T::fromJson((*record)->value.toObject());
    if (!value)
        return fail(QString::fromLatin1(cacheerrc::damagedRecord), cacheerrc::damagedRecordMessage(context));
    return std::optional<Cached<T>>(Cached<T> {std::move(*value), (*record)->receivedAt});
}

} // namespace

CacheRecords::CacheRecords(ClientCache &cache)
    : m_cache(cache)
{
}

Status CacheRecords::storeUser(const api::UserInfo &user, const QDateTime &receivedAt)
{
    return m_cache.put(u"user"_s, user.toJson(), receivedAt);
}

Result<std::optional<Cached<api::UserInfo>>> CacheRecords::loadUser() const
{
    return typed<api::UserInfo>(m_cache.get(u"user"_s), u"user"_s);
}

Status CacheRecords::storeWebinars(const QList<api::WebinarSummary> &webinars, const QDateTime &receivedAt)
{
    return m_cache.put(u"webinars"_s, toArray(webinars), receivedAt);
}

Result<std::optional<Cached<QList<api::WebinarSummary>>>> CacheRecords::loadWebinars() const
{
    using Value = std::optional<Cached<QList<api::WebinarSummary>>>;
    const auto record = m_cache.get(u"webinars"_s);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return Value();
    auto items = recorddecoding::fromArray<api::WebinarSummary>((*record)->value.toArray());
    if (!items)
        return fail(QString::fromLatin1(cacheerrc::damagedRecord), cacheerrc::damagedRecordMessage(u"webinars"_s));
    return Value(Cached<QList<api::WebinarSummary>> {std::move(*items), (*record)->receivedAt});
}

Status CacheRecords::storeDetail(const api::WebinarDetail &detail, const QDateTime &receivedAt)
{
    return m_cache.put(u"webinar/%1"_s.arg(detail.summary.id), detail.toJson(), receivedAt);
}

Result<std::optional<Cached<api::WebinarDetail>>> CacheRecords::loadDetail(qint64 webinarId) const
{
    const QString context = u"webinar/%1"_s.arg(webinarId);
    return typed<api::WebinarDetail>(m_cache.get(context), context);
}

Status CacheRecords::storeRegistrationPage(qint64 webinarId, qint64 page, const QList<api::Registration> &registrations,
                                           const QDateTime &receivedAt)
{
    return m_cache.putSealed(ClientCache::pageName(registrationsPrefix(webinarId), page),
                             registrationcodec::encode(registrations, 0, registrations.size(), receivedAt));
}

Status CacheRecords::trimRegistrationPages(qint64 webinarId, qint64 pageCount)
{
    return m_cache.keepFirstPages(registrationsPrefix(webinarId), pageCount);
}

Status CacheRecords::putPages(const QString &prefix, qsizetype count,
                              const std::function<QByteArray(qsizetype)> &encodePage)
{
    const qsizetype pages = (count + registrationsPerRecord - 1) / registrationsPerRecord;
    return m_cache.replacePages(prefix, pages,
                                [&](qsizetype page) { return encodePage(page * registrationsPerRecord); });
}

Status CacheRecords::storeRegistrations(qint64 webinarId, const QList<api::Registration> &registrations,
                                        const QDateTime &receivedAt)
{
    return putPages(registrationsPrefix(webinarId), registrations.size(), [&](qsizetype from) {
        return registrationcodec::encode(registrations, from, registrationsPerRecord, receivedAt);
    });
}

Status CacheRecords::storeQuestions(qint64 webinarId, const QList<api::Question> &questions,
                                    const QDateTime &receivedAt)
{
    return putPages(questionsPrefix(webinarId), questions.size(), [&](qsizetype from) {
        return ClientCache::envelope(toArray(questions, from, registrationsPerRecord), receivedAt);
    });
}

// Pages are opened and parsed on the thread pool, several at once (Aead is thread-safe, parsing is pure), then
// appended in order; 100,000 registrations are 200 pages.
template<typename T, typename Decode>
CachedList<T> CacheRecords::loadPages(const QString &prefix, Decode decodePage) const
{
    CachedList<T> list;
    if (!m_cache.isUnlocked())
        return list;
    const auto stored = m_cache.sealedPages(prefix);
    if (!stored) {
        list.problems.append(stored.error().message);
        return list;
    }
    struct Page
    {
        const QPair<QString, QByteArray> *record = nullptr;
        std::optional<QList<T>> items;
        QDateTime receivedAt;
    };
    std::vector<Page> pages;
    pages.reserve(stored->size());
    for (const auto &record : *stored)
        pages.push_back(Page {&record, std::nullopt, {}});
    QtConcurrent::blockingMap(pages, [this, &decodePage](Page &page) {
        const auto plain = m_cache.openSealed(page.record->first, page.record->second);
        if (plain)
            decodePage(*plain, page.items, page.receivedAt);
    });
    qsizetype total = 0;
    for (const Page &page : pages)
        total += page.items ? page.items->size() : 0;
    list.items.reserve(total);
    for (Page &page : pages) {
        if (!page.items) {
            qCWarning(lcCache, "Damaged offline cache record skipped: %s", qUtf8Printable(page.record->first));
            list.problems.append(cacheerrc::damagedRecordMessage(page.record->first));
            continue;
        }
        list.items.append(std::move(*page.items));
        if (!list.receivedAt.isValid() || page.receivedAt < list.receivedAt)
            list.receivedAt = page.receivedAt;
    }
    return list;
}

CachedList<api::Registration> CacheRecords::loadRegistrations(qint64 webinarId) const
{
    return loadPages<api::Registration>(
        registrationsPrefix(webinarId),
        [](const QByteArray &plain, std::optional<QList<api::Registration>> &items, QDateTime &receivedAt) {
            auto decoded = registrationcodec::decode(plain);
            if (!decoded)
                return;
            items = std::move(decoded->items);
            receivedAt = decoded->receivedAt;
        });
}

CachedList<api::Question> CacheRecords::loadQuestions(qint64 webinarId) const
{
    return loadPages<api::Question>(
        questionsPrefix(webinarId),
        [](const QByteArray &plain, std::optional<QList<api::Question>> &items, QDateTime &receivedAt) {
            auto page = recorddecoding::questionPage(plain);
            if (!page)
                return;
            items = std::move(page->value);
            receivedAt = page->receivedAt;
        });
}

} // namespace regiekamer::client
