#include "session/WebinarWorkspace.h"

#include "session/RoomPresence.h"

#include "base/ApiError.h"
#include "cache/CacheErrors.h"
#include "protocol/ApiPaths.h"
#include "protocol/EventTypes.h"
#include "session/ActionReports.h"
#include "session/RoomPresence.h"
#include "session/WorkspaceCache.h"
#include "session/WorkspaceChanges.h"

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

bool isCode(const Error &error, const char *code)
{
    return error.code == QLatin1StringView(code);
}

} // namespace

WebinarWorkspace::WebinarWorkspace(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_domain(*api)
    , m_offline(new WorkspaceCache(this))
    , m_registrations(new RegistrationModel(this))
    , m_room(new RoomPresence(api, m_registrations, this))
    , m_questions(new QuestionModel(this))
    , m_registrationLoader(new PagedLoader(this))
    , m_questionLoader(new PagedLoader(this))
    , m_changes(new WorkspaceChanges({api, m_registrations, m_registrationLoader, m_questions, m_questionLoader,
                                      m_offline, [this] { return mayWriteCache(); }},
                                     this))
{
    const auto failed = [this](const Error &error) { Q_EMIT actionFailed(error.message); };
    connect(m_registrationLoader, &PagedLoader::failed, this, failed);
    connect(m_questionLoader, &PagedLoader::failed, this, failed);
    connect(m_registrationLoader, &PagedLoader::finished, this, &WebinarWorkspace::onRegistrationsLoaded);
    connect(m_questionLoader, &PagedLoader::finished, this, &WebinarWorkspace::onQuestionsLoaded);
    connect(m_offline, &WorkspaceCache::problem, this, &WebinarWorkspace::cacheProblem);
    connect(m_room, &RoomPresence::succeeded, this, &WebinarWorkspace::actionSucceeded);
    connect(m_room, &RoomPresence::failed, this, &WebinarWorkspace::actionFailed);
    connect(m_changes, &WorkspaceChanges::reloadRegistrations, this, [this] { loadRegistrations(true); });
    connect(m_changes, &WorkspaceChanges::reloadQuestions, this, &WebinarWorkspace::loadQuestions);
    connect(m_changes, &WorkspaceChanges::detailFetched, this, &WebinarWorkspace::setDetail);
    connect(m_changes, &WorkspaceChanges::detailFailed, this,
            [this](const Error &error) { Q_EMIT actionFailed(describe(error)); });
}

void WebinarWorkspace::setRole(Role role)
{
    m_role = role;
    m_registrations->setReadableFields(rights::readableFields(role, rights::Resource::Registration));
}

void WebinarWorkspace::setWebinar(qint64 webinarId)
{
    if (webinarId == m_webinarId)
        return;
    clear();
    m_webinarId = webinarId;
    m_room->setWebinar(webinarId);
    m_changes->setWebinar(webinarId);
    m_offline->startWebinar();
    if (webinarId == 0)
        return;
    if (m_readOnly)
        return loadFromCache();
    loadDetail();
    if (rights::permits(m_role, rights::Resource::Registration, rights::Action::Read))
        loadRegistrations(false);
    if (rights::permits(m_role, rights::Resource::Question, rights::Action::Read))
        loadQuestions();
}

void WebinarWorkspace::clear()
{
    m_registrationLoader->cancel();
    m_questionLoader->cancel();
    m_webinarId = 0;
    m_room->setWebinar(0);
    m_changes->setWebinar(0);
    m_detail.reset();
    m_pending.clear();
    m_pendingQuestions.clear();
    m_registrations->clear();
    m_questions->clear();
    ++m_candidateRequest;
    m_staffCandidates.clear();
    Q_EMIT staffCandidatesChanged();
    Q_EMIT detailChanged();
}

qint64 WebinarWorkspace::webinarId() const
{
    return m_webinarId;
}

const std::optional<api::WebinarDetail> &WebinarWorkspace::detail() const
{
    return m_detail;
}

RegistrationModel *WebinarWorkspace::registrations()
{
    return m_registrations;
}

QuestionModel *WebinarWorkspace::questions()
{
    return m_questions;
}

PagedLoader *WebinarWorkspace::registrationLoader()
{
    return m_registrationLoader;
}

RoomPresence *WebinarWorkspace::room()
{
    return m_room;
}

void WebinarWorkspace::onEvent(const api::Event &event)
{
    if (m_webinarId == 0 || event.data.value(u"webinarId"_s).toInteger() != m_webinarId)
        return;
    // The rows the event names, not every page (WorkspaceChanges).
    if (event.type == QString::fromLatin1(api::event::webinarChanged))
        m_changes->onWebinarChanged(event);
    else if (event.type == QString::fromLatin1(api::event::registrationsChanged) && m_role != Role::Admin)
        m_changes->onRegistrationsChanged(event);
    else if (event.type == QString::fromLatin1(api::event::questionsChanged) && m_role != Role::Admin)
        m_changes->onQuestionsChanged(event);
    else if (event.type == QLatin1StringView(api::event::attendanceChanged))
        m_room->onEvent(event); // the one changed row, not every page
}

void WebinarWorkspace::loadDetail()
{
    const qint64 id = m_webinarId;
    m_domain.fetchWebinar(id, [this, id](Result<api::WebinarDetail> detail) {
        if (id != m_webinarId)
            return;
        if (detail)
            setDetail(*detail);
        else
            Q_EMIT actionFailed(describe(detail.error()));
    });
}

// The first load appends rows as pages arrive; a refresh collects every page, then merges (selection survives).
void WebinarWorkspace::loadRegistrations(bool merge)
{
    const QString path = api::path::expand(api::path::webinarRegistrations, {m_webinarId});
    m_pending.clear();
    m_refreshing = merge;
    if (!merge)
        m_registrations->clear();
    m_registrationLoader->start([this, path, merge](qint64 offset, qint64 limit, const PagedLoader::Reply &reply) {
        m_api->fetchPage<api::Registration>(
            path, {}, offset, limit, [this, merge, offset, reply](Result<api::Page<api::Registration>> page) {
                if (!page) {
                    reply(std::unexpected(page.error()));
                    return;
                }
                const auto count = page->items.size();
                reply(
                    PagedLoader::PageCount {count, page->total, [this, merge, offset, items = std::move(page->items)] {
                                                onRegistrationPage(offset, items, merge);
                                            }});
            });
    });
}

void WebinarWorkspace::loadQuestions()
{
    const QString path = api::path::expand(api::path::webinarQuestions, {m_webinarId});
    m_pendingQuestions.clear();
    m_questionLoader->start([this, path](qint64 offset, qint64 limit, const PagedLoader::Reply &reply) {
        m_api->fetchPage<api::Question>(path, {}, offset, limit, [this, reply](Result<api::Page<api::Question>> page) {
            if (!page) {
                reply(std::unexpected(page.error()));
                return;
            }
            const auto count = page->items.size();
            reply(PagedLoader::PageCount {
                count, page->total, [this, items = std::move(page->items)] { m_pendingQuestions.append(items); }});
        });
    });
}

void WebinarWorkspace::setDetail(const api::WebinarDetail &detail)
{
    if (mayWriteCache())
        m_offline->storeDetail(detail, QDateTime::currentDateTimeUtc());
    m_detail = detail;
    Q_EMIT detailChanged();
}

// What a refused request means here: 403 and 404 usually mean the view is older than the person's rights.
QString WebinarWorkspace::describe(const Error &error)
{
    if (isCode(error, api::errc::forbidden)) {
        return tr("The server refused this: your role does not allow it (any more). Your rights may have changed "
                  "since you signed in; sign out and in again to see what you may do now.");
    }
    if (isCode(error, api::errc::notFound)) {
        return tr("This is no longer available to you: it was removed, or your assignment to this webinar ended. "
                  "Choose another webinar, or ask an administrator.");
    }
    if (isCode(error, api::errc::conflict)) {
        return tr("Someone else changed this in the meantime. The current version has been loaded; check it "
                  "and try again.");
    }
    return error.message;
}

void WebinarWorkspace::report(const Error &error, bool reloadDetail)
{
    if (isCode(error, api::errc::conflict)) {
        if (reloadDetail) {
            loadDetail();
        } else {
            loadRegistrations(true);
            loadQuestions();
        }
    }
    Q_EMIT actionFailed(describe(error));
}

void WebinarWorkspace::changeState(WebinarState state, const QString &overrideReason)
{
    if (!m_detail || refuseWhileReadOnly())
        return;
    const qint64 id = m_webinarId;
    const api::WebinarStateChange change {state, m_detail->summary.version, overrideReason};
    m_domain.changeWebinarState(id, change, [this, id](Result<api::WebinarDetail> detail) {
        if (id != m_webinarId)
            return;
        if (!detail)
            return report(detail.error(), true);
        setDetail(*detail);
        Q_EMIT actionSucceeded(actionreports::stateChanged(detail->summary.title, detail->summary.state));
    });
}

void WebinarWorkspace::setRequiresApproval(bool required)
{
    if (!m_detail || refuseWhileReadOnly())
        return;
    const qint64 id = m_webinarId;
    api::WebinarUpdate change;
    change.version = m_detail->summary.version;
    change.requiresApproval = required;
    m_domain.updateWebinar(id, change, [this, id, required](Result<api::WebinarDetail> detail) {
        if (id != m_webinarId)
            return;
        if (!detail)
            return report(detail.error(), true);
        setDetail(*detail);
        Q_EMIT actionSucceeded(actionreports::approvalRuleChanged(detail->summary.title, required));
    });
}

struct WebinarWorkspace::DecisionBatch
{
    api::ApprovalState state = api::ApprovalState::Pending;
    bool undoable = false;
    int outstanding = 0;
    QList<std::pair<qint64, api::ApprovalState>> decided; // registration, its state before
};

void WebinarWorkspace::decide(const QList<qint64> &registrationIds, api::ApprovalState state, const QString &reason)
{
    applyDecisions(registrationIds, state, state == api::ApprovalState::Rejected, reason);
}

void WebinarWorkspace::undoLastDecision()
{
    const auto rejection = std::exchange(m_lastRejection, {});
    for (auto before : {api::ApprovalState::Pending, api::ApprovalState::Approved}) {
        QList<qint64> ids;
        for (const auto &[id, state] : rejection) {
            if (state == before)
                ids << id;
        }
        applyDecisions(ids, before, false);
    }
}

void WebinarWorkspace::applyDecisions(const QList<qint64> &registrationIds, api::ApprovalState state, bool undoable,
                                      const QString &reason)
{
    if (registrationIds.isEmpty() || refuseWhileReadOnly())
        return;
    struct Request
    {
        qint64 id;
        qint64 version;
        api::ApprovalState before;
    };
    auto batch = std::make_shared<DecisionBatch>(DecisionBatch {state, undoable, 0, {}});
    QList<Request> requests;
    for (const qint64 id : registrationIds) {
        const int row = m_registrations->rowOfId(id);
        if (row < 0)
            continue;
        const RegistrationRow &registration = m_registrations->rowAt(row);
        if (!registration.data.registration || registration.data.registration->approvalState == state)
            continue;
        requests.append({id, registration.version, registration.data.registration->approvalState});
    }
    batch->outstanding = int(requests.size());
    for (const Request &request : std::as_const(requests)) {
        m_domain.updateRegistration(request.id, {state, request.version, reason},
                                    [this, batch, request](Result<api::Registration> done) {
                                        if (done) {
                                            m_registrations->updateRegistration(*done);
                                            batch->decided.append({request.id, request.before});
                                        } else {
                                            report(done.error(), false);
                                        }
                                        if (--batch->outstanding == 0)
                                            finishDecisions(*batch);
                                    });
    }
}

void WebinarWorkspace::finishDecisions(const DecisionBatch &batch)
{
    if (batch.decided.isEmpty())
        return;
    const int row = m_registrations->rowOfId(batch.decided.first().first);
    const QString message = batch.decided.size() == 1
        ? actionreports::approvalChanged(row < 0 ? std::nullopt : m_registrations->rowAt(row).data.fullName,
                                         batch.state)
        : actionreports::approvalsChanged(int(batch.decided.size()), batch.state);
    if (!batch.undoable) {
        Q_EMIT actionSucceeded(message);
        return;
    }
    m_lastRejection = batch.decided;
    Q_EMIT decisionUndoable(message);
}

void WebinarWorkspace::moderate(qint64 questionId, std::optional<api::QuestionState> state,
                                std::optional<QString> answer, bool answeredLive)
{
    const api::Question *question = m_questions->questionById(questionId);
    if (!question)
        return;
    if (refuseWhileReadOnly())
        return;
    const bool answering = answer.has_value() || answeredLive;
    api::QuestionUpdate change {question->version, state, std::move(answer),
                                answeredLive ? std::optional(true) : std::nullopt};
    m_domain.updateQuestion(questionId, change, [this, answering](Result<api::Question> updated) {
        if (!updated)
            return report(updated.error(), false);
        m_questions->updateRow(*updated);
        const auto newState = updated->question ? std::optional(updated->question->state) : std::nullopt;
        Q_EMIT actionSucceeded(actionreports::questionModerated(updated->askerName, newState, answering));
    });
}

void WebinarWorkspace::mergeQuestions(const QList<qint64> &questionIds, qint64 into)
{
    if (refuseWhileReadOnly())
        return;
    for (const qint64 id : questionIds) {
        m_domain.mergeQuestion(id, into, [this](Result<api::Question> merged) {
            if (!merged)
                return report(merged.error(), false);
            m_questions->updateRow(*merged);
            Q_EMIT actionSucceeded(
                actionreports::questionModerated(merged->askerName, api::QuestionState::Merged, false));
        });
    }
}

void WebinarWorkspace::unmergeQuestions(const QList<qint64> &questionIds)
{
    if (refuseWhileReadOnly())
        return;
    for (const qint64 id : questionIds) {
        m_domain.unmergeQuestion(id, [this](Result<api::Question> back) {
            if (!back)
                return report(back.error(), false);
            m_questions->updateRow(*back);
            const auto state = back->question ? std::optional(back->question->state) : std::nullopt;
            Q_EMIT actionSucceeded(actionreports::questionModerated(back->askerName, state, false));
        });
    }
}

void WebinarWorkspace::assign(qint64 userId, Role role)
{
    if (refuseWhileReadOnly())
        return;
    const qint64 id = m_webinarId;
    m_domain.assignStaff(id, userId, role, [this, id, userId](Result<api::WebinarDetail> detail) {
        if (id != m_webinarId)
            return;
        if (!detail)
            return report(detail.error(), true);
        setDetail(*detail);
        Q_EMIT actionSucceeded(actionreports::staffAssigned(staffName(userId), detail->summary.title));
    });
}

void WebinarWorkspace::unassign(qint64 userId)
{
    if (refuseWhileReadOnly())
        return;
    const auto staff = knownStaff(userId);
    const Unassigned removal {m_webinarId, userId, staff ? staff->role : Role::Moderator, staffName(userId)};
    const QString title = m_detail ? m_detail->summary.title : QString();
    m_domain.unassignStaff(removal.webinarId, userId, [this, removal, title](Status done) {
        if (removal.webinarId != m_webinarId)
            return;
        if (!done)
            return report(done.error(), true);
        loadDetail();
        m_lastUnassigned = removal;
        const QString report = actionreports::staffUnassigned(removal.name, title);
        Q_EMIT actionSucceeded(report);
        Q_EMIT unassignUndoable(report);
    });
}

void WebinarWorkspace::undoLastUnassign()
{
    if (!m_lastUnassigned || refuseWhileReadOnly())
        return;
    const Unassigned removal = *std::exchange(m_lastUnassigned, std::nullopt);
    m_domain.assignStaff(removal.webinarId, removal.userId, removal.role,
                         [this, removal](Result<api::WebinarDetail> detail) {
                             if (!detail)
                                 return report(detail.error(), removal.webinarId == m_webinarId);
                             if (removal.webinarId == m_webinarId)
                                 setDetail(*detail);
                             Q_EMIT actionSucceeded(actionreports::staffAssigned(removal.name, detail->summary.title));
                         });
}

std::optional<api::StaffAssignment> WebinarWorkspace::knownStaff(qint64 userId) const
{
    QList<api::StaffAssignment> known = m_detail && m_detail->staff ? *m_detail->staff : QList<api::StaffAssignment>();
    known += m_staffCandidates;
    for (const api::StaffAssignment &staff : std::as_const(known)) {
        if (staff.userId == userId)
            return staff;
    }
    return std::nullopt;
}

QString WebinarWorkspace::staffName(qint64 userId) const
{
    const auto staff = knownStaff(userId);
    return staff ? staff->displayName : QString::number(userId);
}

void WebinarWorkspace::loadStaffCandidates()
{
    if (m_webinarId == 0)
        return;
    if (m_readOnly) {
        Q_EMIT staffCandidatesFailed(cacheerrc::readOnlyMessage());
        return;
    }
    const qint64 id = m_webinarId;
    const quint64 request = ++m_candidateRequest;
    m_domain.fetchStaffCandidates(id, [this, id, request](Result<QList<api::StaffAssignment>> candidates) {
        if (id != m_webinarId || request != m_candidateRequest)
            return;
        m_staffCandidates = candidates ? *candidates : QList<api::StaffAssignment>();
        Q_EMIT staffCandidatesChanged();
        if (!candidates)
            Q_EMIT staffCandidatesFailed(describe(candidates.error()));
    });
}

const QList<api::StaffAssignment> &WebinarWorkspace::staffCandidates() const
{
    return m_staffCandidates;
}

void WebinarWorkspace::setCache(ClientCache *cache)
{
    m_offline->setCache(cache);
}

void WebinarWorkspace::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

bool WebinarWorkspace::isReadOnly() const
{
    return m_readOnly;
}

bool WebinarWorkspace::refuseWhileReadOnly()
{
    if (m_readOnly)
        Q_EMIT actionFailed(cacheerrc::readOnlyMessage());
    return m_readOnly;
}

void WebinarWorkspace::reload()
{
    if (m_webinarId == 0 || m_readOnly)
        return;
    loadDetail();
    if (rights::permits(m_role, rights::Resource::Registration, rights::Action::Read))
        loadRegistrations(m_registrations->rowCount() > 0);
    if (rights::permits(m_role, rights::Resource::Question, rights::Action::Read))
        loadQuestions();
}

bool WebinarWorkspace::mayWriteCache() const
{
    return !m_readOnly && m_offline->isOpen();
}

void WebinarWorkspace::loadFromCache()
{
    if (!m_offline->isOpen())
        return;
    if (auto detail = m_offline->loadDetail(m_webinarId))
        m_detail = std::move(detail);
    Q_EMIT detailChanged();
    if (rights::permits(m_role, rights::Resource::Registration, rights::Action::Read))
        m_registrations->appendRegistrations(m_offline->loadRegistrations(m_webinarId));
    if (rights::permits(m_role, rights::Resource::Question, rights::Action::Read))
        m_questions->mergeRows(m_offline->loadQuestions(m_webinarId));
}

void WebinarWorkspace::storeToCache()
{
    if (!mayWriteCache() || m_webinarId == 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_detail)
        m_offline->storeDetail(*m_detail, now);
    if (!m_registrationLoader->isLoading() && m_registrations->rowCount() > 0) {
        QList<api::Registration> rows;
        rows.reserve(m_registrations->rowCount());
        for (const RegistrationRow &row : m_registrations->rows())
            rows.append(row.data);
        m_offline->storeRegistrations(m_webinarId, rows, now);
    }
    if (!m_questionLoader->isLoading() && m_questions->rowCount() > 0)
        m_offline->storeQuestions(m_webinarId, m_questions->rows(), now);
}

// One page of the attendee list: written to the cache as it arrives (one sealed record per page), then shown or,
// in a refresh, kept until the list is complete.
void WebinarWorkspace::onRegistrationPage(qint64 offset, const QList<api::Registration> &registrations, bool merge)
{
    if (mayWriteCache())
        m_offline->storeRegistrationPage(m_webinarId, offset, registrations, QDateTime::currentDateTimeUtc());
    if (merge)
        m_pending.append(registrations);
    else
        m_registrations->appendRegistrations(registrations);
}

void WebinarWorkspace::onRegistrationsLoaded(qint64 loaded)
{
    if (m_refreshing)
        m_registrations->mergeRegistrations(std::exchange(m_pending, {}));
    if (mayWriteCache())
        m_offline->trimRegistrations(m_webinarId, loaded);
}

void WebinarWorkspace::onQuestionsLoaded()
{
    m_questions->mergeRows(std::exchange(m_pendingQuestions, {}));
    Q_EMIT questionsLoaded();
    if (mayWriteCache())
        m_offline->storeQuestions(m_webinarId, m_questions->rows(), QDateTime::currentDateTimeUtc());
}

} // namespace regiekamer::client
