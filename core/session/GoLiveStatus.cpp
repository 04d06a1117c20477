#include "session/GoLiveStatus.h"

#include "models/TimelineModel.h"
#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Rights.h"
#include "session/WebinarWorkspace.h"
#include "session/WorkspaceChanges.h"

#include <QJsonArray>

namespace regiekamer::client {

using namespace Qt::StringLiterals;

GoLiveStatus::GoLiveStatus(ApiClient *api, WebinarWorkspace *workspace, Role role, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_workspace(workspace)
    , m_mayChangeState(rights::permits(role, rights::Resource::Webinar, rights::Action::ChangeState))
    , m_mayReadTimeline(rights::permits(role, rights::Resource::WebinarTimeline, rights::Action::Read))
    , m_timeline(new TimelineModel(this))
{
    m_poll.setInterval(safetyPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &GoLiveStatus::loadPreflight);
    m_soon.setSingleShot(true);
    m_soon.setInterval(burstDelay);
    connect(&m_soon, &QTimer::timeout, this, &GoLiveStatus::loadPreflight);
    connect(m_workspace->changes(), &WorkspaceChanges::registrationsChanged, this, [this] {
        if (m_mayChangeState && m_webinarId > 0)
            m_soon.start();
    });
    connect(m_workspace, &WebinarWorkspace::detailChanged, this, &GoLiveStatus::onDetailChanged);
}

void GoLiveStatus::onDetailChanged()
{
    const qint64 id = m_workspace->detail() ? m_workspace->webinarId() : 0;
    if (id != m_webinarId) {
        m_webinarId = id;
        m_preflight.reset();
        m_timeline->setEntries({});
        Q_EMIT preflightChanged();
    }
    if (id > 0 && m_mayChangeState)
        m_poll.start();
    else
        m_poll.stop();
    refresh();
}

void GoLiveStatus::refresh()
{
    if (m_webinarId <= 0)
        return;
    loadPreflight();
    loadTimeline();
}

void GoLiveStatus::loadPreflight()
{
    const qint64 id = m_webinarId;
    if (!m_mayChangeState || id <= 0 || !m_api->hasSession())
        return;
    m_api->sendJson("GET", api::path::expand(api::path::webinarPreflight, {id}), {}, {},
                    [this, id](Result<QJsonObject> answer) {
                        if (id != m_webinarId)
                            return;
                        auto preflight = m_api->parsed<api::Preflight>(answer);
                        if (!preflight)
                            return Q_EMIT failed(preflight.error().message);
                        if (m_preflight && m_preflight->items == preflight->items &&
                            m_preflight->pendingRegistrations == preflight->pendingRegistrations &&
                            m_preflight->moderatorsConnected == preflight->moderatorsConnected)
                            return;
                        m_preflight = *preflight;
                        Q_EMIT preflightChanged();
                    });
}

void GoLiveStatus::loadTimeline()
{
    const qint64 id = m_webinarId;
    if (!m_mayReadTimeline || id <= 0 || !m_api->hasSession())
        return;
    m_api->sendJson("GET", api::path::expand(api::path::webinarTimeline, {id}), {}, {},
                    [this, id](Result<QJsonObject> answer) {
                        if (id != m_webinarId)
                            return;
                        if (!answer)
                            return Q_EMIT failed(answer.error().message);
                        QList<api::TimelineEntry> entries;
                        for (const QJsonValue &value : answer->value("items"_L1).toArray()) {
                            auto entry = api::TimelineEntry::fromJson(value.toObject());
                            if (entry)
                                entries.append(*entry);
                        }
                        m_timeline->setEntries(entries);
                    });
}

} // namespace regiekamer::client
