#include "session/WebinarListChanges.h"

#include "base/ApiError.h"
#include "models/WebinarListModel.h"
#include "protocol/ChangeEvent.h"
#include "protocol/EventTypes.h"
#include "session/RowFetchQueue.h"
#include "session/WebinarWorkspace.h"

using namespace Qt::StringLiterals;

namespace regiekamer::client {

WebinarListChanges::WebinarListChanges(ApiClient *api, WebinarListModel *webinars, WebinarWorkspace *workspace,
                                       QObject *parent)
    : QObject(parent)
    , m_domain(*api)
    , m_webinars(webinars)
    , m_workspace(workspace)
    , m_queue(new RowFetchQueue([this](qint64 id, auto done) { fetch(id, done); }, nullptr, window, this))
{
    connect(m_workspace, &WebinarWorkspace::detailChanged, this, [this] {
        if (const auto &detail = m_workspace->detail(); detail && !m_workspace->isReadOnly())
            applyDetail(*detail);
    });
}

void WebinarListChanges::clear()
{
    m_queue->clear();
}

void WebinarListChanges::onEvent(const api::Event &event)
{
    const auto change = api::RowsChanged::fromJson(event.data);
    if (!change || change->many)
        return Q_EMIT refreshNeeded();
    const bool webinar = event.type == QLatin1StringView(api::event::webinarChanged);
    if (event.type == QLatin1StringView(api::event::registrationsChanged) && change->kind == api::ChangeKind::Updated)
        return; // an approval or a rejection: no column of the list changes
    if (webinar && change->kind != api::ChangeKind::Updated)
        return Q_EMIT refreshNeeded(); // a webinar created or deleted (rare): organisations count them too
    if (webinar && change->webinarId == m_workspace->webinarId())
        return; // the workspace fetches the detail; applyDetail replaces the row
    m_queue->add({change->webinarId});
}

void WebinarListChanges::applyDetail(const api::WebinarDetail &detail)
{
    const api::WebinarSummary &fresh = detail.summary;
    const int row = m_webinars->rowOfId(fresh.id);
    if (row < 0) {
        m_webinars->appendRows({fresh});
    } else {
        // The counts change without a new version of the webinar.
        const api::WebinarSummary &shown = m_webinars->rowAt(row);
        if (shown.version == fresh.version && shown.registrationCount == fresh.registrationCount &&
            shown.openQuestionCount == fresh.openQuestionCount)
            return;
        m_webinars->updateRow(fresh);
    }
    Q_EMIT listChanged();
}

void WebinarListChanges::fetch(qint64 webinarId, const std::function<void()> &done)
{
    ++m_rowRequests;
    m_domain.fetchWebinar(webinarId, [this, webinarId, done](Result<api::WebinarDetail> detail) {
        if (detail) {
            applyDetail(*detail);
        } else if (detail.error().code == QLatin1StringView(api::errc::notFound) &&
                   m_webinars->removeRowOfId(webinarId) >= 0) {
            Q_EMIT listChanged();
        }
        done();
    });
}

} // namespace regiekamer::client
