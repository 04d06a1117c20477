#include "session/WorkspaceChanges.h"

#include "base/ApiError.h"
#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"
#include "net/PagedLoader.h"
#include "protocol/ApiPaths.h"
#include "protocol/ChangeEvent.h"
#include "session/RowFetchQueue.h"
#include "session/SessionLogging.h"
#include "session/WorkspaceCache.h"

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

constexpr std::chrono::milliseconds storeDelay {250};

bool isNotFound(const Error &error)
{
    return error.code == QLatin1StringView(api::errc::notFound);
}

} // namespace

WorkspaceChanges::WorkspaceChanges(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
    , m_domain(*m_parts.api)
    , m_registrationQueue(new RowFetchQueue([this](qint64 id, auto done) { fetchRegistration(id, done); },
                                            m_parts.registrationLoader, RowFetchQueue::defaultWindow, this))
    , m_questionQueue(new RowFetchQueue([this](qint64 id, auto done) { fetchQuestion(id, done); },
                                        m_parts.questionLoader, RowFetchQueue::defaultWindow, this))
    , m_detailQueue(new RowFetchQueue([this](qint64, auto done) { fetchDetail(done); }, nullptr,
                                      RowFetchQueue::defaultWindow, this))
{
    m_store.setSingleShot(true);
    m_store.setInterval(storeDelay);
    connect(&m_store, &QTimer::timeout, this, &WorkspaceChanges::storeChanged);
}

void WorkspaceChanges::setWebinar(qint64 webinarId)
{
    m_webinarId = webinarId;
    m_registrationQueue->clear();
    m_questionQueue->clear();
    m_detailQueue->clear();
    m_store.stop();
    m_dirtyPages.clear();
    m_questionsDirty = false;
}

std::optional<QList<qint64>> WorkspaceChanges::namedRows(const api::Event &event, bool &removed) const
{
    const auto change = api::RowsChanged::fromJson(event.data);
    if (!change || change->many || change->ids.size() > fetchLimit)
        return std::nullopt; // an older server's event, or more rows than fetching one by one is worth
    removed = change->kind == api::ChangeKind::Removed;
    return change->ids;
}

void WorkspaceChanges::onRegistrationsChanged(const api::Event &event)
{
    if (m_webinarId == 0 || event.data.value("webinarId"_L1).toInteger() != m_webinarId)
        return;
    Q_EMIT registrationsChanged();
    bool removed = false;
    const auto ids = namedRows(event, removed);
    if (!ids) {
        m_registrationQueue->clear();
        Q_EMIT reloadRegistrations();
        return;
    }
    if (!removed)
        return m_registrationQueue->add(*ids);
    for (const qint64 id : *ids)
        removeRegistration(id);
}

void WorkspaceChanges::onQuestionsChanged(const api::Event &event)
{
    if (m_webinarId == 0 || event.data.value("webinarId"_L1).toInteger() != m_webinarId)
        return;
    bool removed = false;
    const auto ids = namedRows(event, removed);
    if (!ids) {
        m_questionQueue->clear();
        Q_EMIT reloadQuestions();
        return;
    }
    if (!removed)
        return m_questionQueue->add(*ids);
    for (const qint64 id : *ids)
        removeQuestion(id);
}

// Whatever the event says (even an older server's), the detail is one request: fetched once per burst.
void WorkspaceChanges::onWebinarChanged(const api::Event &event)
{
    if (m_webinarId != 0 && event.data.value("webinarId"_L1).toInteger() == m_webinarId)
        m_detailQueue->add({m_webinarId});
}

void WorkspaceChanges::fetchRegistration(qint64 id, const std::function<void()> &done)
{
    ++m_rowRequests;
    const qint64 webinar = m_webinarId;
    m_parts.api->sendJson("GET", api::path::expand(api::path::registration, {id}), {}, {},
                          [this, id, webinar, done](Result<QJsonObject> reply) {
                              if (webinar == m_webinarId) {
                                  auto registration = m_parts.api->parsed<api::Registration>(reply);
                                  if (registration && registration->webinarId == m_webinarId) {
                                      const int row = m_parts.registrations->upsertRegistration(*registration);
                                      markRegistrationPages(row, false);
                                      Q_EMIT registrationApplied(id);
                                  } else if (!registration && isNotFound(registration.error())) {
                                      removeRegistration(id);
                                  } else if (!registration) {
                                      qCWarning(lcSession, "Changed registration %lld not fetched: %s",
                                                static_cast<long long>(id), qUtf8Printable(registration.error().code));
                                  }
                              }
                              done();
                          });
}

void WorkspaceChanges::fetchQuestion(qint64 id, const std::function<void()> &done)
{
    ++m_rowRequests;
    const qint64 webinar = m_webinarId;
    m_parts.api->sendJson("GET", api::path::expand(api::path::question, {id}), {}, {},
                          [this, id, webinar, done](Result<QJsonObject> reply) {
                              if (webinar == m_webinarId) {
                                  auto question = m_parts.api->parsed<api::Question>(reply);
                                  if (question && question->webinarId == m_webinarId) {
                                      m_parts.questions->upsertRow(*question, true); // newest first
                                      m_questionsDirty = true;
                                      m_store.start();
                                      Q_EMIT questionApplied(id);
                                  } else if (!question && isNotFound(question.error())) {
                                      removeQuestion(id);
                                  } else if (!question) {
                                      qCWarning(lcSession, "Changed question %lld not fetched: %s",
                                                static_cast<long long>(id), qUtf8Printable(question.error().code));
                                  }
                              }
                              done();
                          });
}

void WorkspaceChanges::fetchDetail(const std::function<void()> &done)
{
    const qint64 webinar = m_webinarId;
    m_domain.fetchWebinar(webinar, [this, webinar, done](Result<api::WebinarDetail> detail) {
        if (webinar == m_webinarId) {
            if (detail)
                Q_EMIT detailFetched(*detail);
            else
                Q_EMIT detailFailed(detail.error());
        }
        done();
    });
}

void WorkspaceChanges::removeRegistration(qint64 id)
{
    const int row = m_parts.registrations->removeRowOfId(id);
    if (row < 0)
        return;
    markRegistrationPages(row, true);
    Q_EMIT registrationApplied(id);
}

void WorkspaceChanges::removeQuestion(qint64 id)
{
    if (m_parts.questions->removeRowOfId(id) < 0)
        return;
    m_questionsDirty = true;
    m_store.start();
    Q_EMIT questionApplied(id);
}

// The cache holds the attendees in pages of PagedLoader::pageLimit rows in the model's order: a replaced row rewrites
// its page, a removal every page from its row on (the rows after it moved up), an added row the last page.
void WorkspaceChanges::markRegistrationPages(int firstRow, bool toEnd)
{
    const qint64 last = toEnd ? qMax<qint64>(m_parts.registrations->rowCount() - 1, firstRow) : firstRow;
    for (qint64 page = firstRow / PagedLoader::pageLimit; page <= last / PagedLoader::pageLimit; ++page)
        m_dirtyPages.insert(page);
    m_store.start();
}

void WorkspaceChanges::storeChanged()
{
    if (!m_parts.mayWriteCache || !m_parts.mayWriteCache() || m_webinarId == 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_dirtyPages.isEmpty() && !m_parts.registrationLoader->isLoading()) {
        const auto &rows = m_parts.registrations->rows();
        for (const qint64 page : std::as_const(m_dirtyPages)) {
            const qint64 offset = page * PagedLoader::pageLimit;
            QList<api::Registration> registrations;
            for (qint64 row = offset; row < qMin<qint64>(offset + PagedLoader::pageLimit, rows.size()); ++row)
                registrations.append(rows.at(row).data);
            if (!registrations.isEmpty())
                m_parts.cache->storeRegistrationPage(m_webinarId, offset, registrations, now);
        }
        m_parts.cache->trimRegistrations(m_webinarId, rows.size());
        m_dirtyPages.clear();
    }
    if (m_questionsDirty && !m_parts.questionLoader->isLoading()) {
        m_parts.cache->storeQuestions(m_webinarId, m_parts.questions->rows(), now);
        m_questionsDirty = false;
    }
}

} // namespace regiekamer::client
