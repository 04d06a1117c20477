#pragma once

#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "net/PagedLoader.h"
#include "protocol/Event.h"

#include <QObject>

#include <optional>

namespace regiekamer::client {

class ClientCache;
class RoomPresence;
class WorkspaceCache;
class WorkspaceChanges;

// The webinar the person works on: its detail, attendees and question queue, loaded page by page and kept
// current by the events `webinar.changed`, `registrations.changed` and `questions.changed` (ids only: it refetches
// the rows they name through the API, where the rights apply; WorkspaceChanges). Changes go to the server; the answer
// replaces the row. Failures (403, 404, 409 …) arrive as translated messages in actionFailed; a 409 also reloads the
// object. On request it loads the accounts the person may assign to the webinar (staffCandidates). What arrives is also
// written to the offline cache (WorkspaceCache); read-only, the webinar is filled from it.
class WebinarWorkspace : public QObject
{
    Q_OBJECT
public:
    WebinarWorkspace(ApiClient *api, QObject *parent = nullptr);

    void setRole(Role role); // chooses the registration columns (rights::readableFields)
    void setWebinar(qint64 webinarId); // 0: none; while read-only it is filled from the offline cache
    // The offline cache (may be locked): what arrives from the server is written to it; read-only fills from it.
    void setCache(ClientCache *cache);
    // Read-only (offline or reconnecting): changes are refused with a translated message instead of being sent.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // Fetches the open webinar again from the server (after a reconnect); the rows are merged.
    void reload();
    // Writes what is shown now to the cache (when the cache was unlocked after the data arrived).
    void storeToCache();
    void clear();
    qint64 webinarId() const;
    const std::optional<api::WebinarDetail> &detail() const;
    RegistrationModel *registrations();
    QuestionModel *questions();
    PagedLoader *registrationLoader();
    ApiClient *apiClient() const { return m_api; } // for the panels' own requests (approval rules)
    RoomPresence *room(); // who is in the live room (attendance.changed), removals and bans
    WorkspaceChanges *changes() { return m_changes; } // the change events applied to the changed rows
    void onEvent(const api::Event &event);

    // overrideReason: going live although the pre-flight checklist is not complete (docs/api.md "Go-live").
    void changeState(WebinarState state, const QString &overrideReason = {});
    // Whether new registrations wait for the director's approval (docs/accounts.md "Self-registration").
    void setRequiresApproval(bool required);
    // Approves or rejects the given registrations (those already in that state are left alone), one request each; one
    // message for all once every answer is in. A rejection can be taken back with undoLastDecision() until the next
    // decision: it is reported through decisionUndoable instead of actionSucceeded.
    // `reason` (approving or rejecting only, may be empty) is mailed to each attendee with the decision.
    void decide(const QList<qint64> &registrationIds, api::ApprovalState state, const QString &reason = {});
    void undoLastDecision(); // sets the registrations of the last rejection back to what they were
    void moderate(qint64 questionId, std::optional<api::QuestionState> state, std::optional<QString> answer,
                  bool answeredLive = false);
    // Merges the questions into `into` (issue 17), one request each; reported through actionSucceeded. unmerge()
    // takes merges back (the queue's undo).
    void mergeQuestions(const QList<qint64> &questionIds, qint64 into);
    void unmergeQuestions(const QList<qint64> &questionIds);
    void assign(qint64 userId, Role role);
    // Removes a member of staff from the open webinar; reported through actionSucceeded and then unassignUndoable,
    // and undoLastUnassign() assigns them again in the same role until the next removal.
    void unassign(qint64 userId);
    void undoLastUnassign();
    // Fetches the accounts the person may assign to the open webinar now (the server decides: a director gets the
    // active moderators not yet assigned). The newest answer wins; a failure empties the list.
    void loadStaffCandidates();
    const QList<api::StaffAssignment> &staffCandidates() const;
    // The display name of a staff account knownStaff() finds, else its number.
    QString staffName(qint64 userId) const;

Q_SIGNALS:
    void detailChanged();
    void staffCandidatesChanged();
    void staffCandidatesFailed(const QString &message);
    void actionSucceeded(const QString &whatChanged); // translated, e.g. "Registration of Ama Mulder: approved."
    void decisionUndoable(const QString &whatChanged); // a rejection, which undoLastDecision() can take back
    void unassignUndoable(const QString &whatChanged); // a removal, which undoLastUnassign() can take back
    void questionsLoaded(); // the open webinar's questions as the server has them now (after each load)
    void actionFailed(const QString &message);
    void cacheProblem(const QString &message); // translated

private:
    struct DecisionBatch;
    void applyDecisions(const QList<qint64> &registrationIds, api::ApprovalState state, bool undoable,
                        const QString &reason = {});
    void finishDecisions(const DecisionBatch &batch);
    // A staff account as this workspace knows it: assigned to the open webinar (first), or a candidate.
    std::optional<api::StaffAssignment> knownStaff(qint64 userId) const;
    void loadDetail();
    void loadRegistrations(bool merge);
    void loadQuestions();
    void setDetail(const api::WebinarDetail &detail);
    void loadFromCache();
    bool mayWriteCache() const;
    void onRegistrationPage(qint64 offset, const QList<api::Registration> &registrations, bool merge);
    void onRegistrationsLoaded(qint64 loaded);
    void onQuestionsLoaded();
    bool refuseWhileReadOnly();
    void report(const Error &error, bool reloadDetail);
    static QString describe(const Error &error);

    ApiClient *m_api;
    DomainClient m_domain;
    WorkspaceCache *m_offline;
    RegistrationModel *m_registrations;
    RoomPresence *m_room;
    QuestionModel *m_questions;
    PagedLoader *m_registrationLoader;
    PagedLoader *m_questionLoader;
    WorkspaceChanges *m_changes; // applies the change events to the changed rows
    std::optional<api::WebinarDetail> m_detail;
    QList<api::Registration> m_pending; // a refresh's rows, merged once complete
    QList<api::Question> m_pendingQuestions;
    QList<api::StaffAssignment> m_staffCandidates;
    QList<std::pair<qint64, api::ApprovalState>> m_lastRejection; // registration, its state before
    struct Unassigned
    {
        qint64 webinarId = 0;
        qint64 userId = 0;
        Role role = Role::Moderator;
        QString name;
    };
    std::optional<Unassigned> m_lastUnassigned;
    quint64 m_candidateRequest = 0; // answers to older requests are dropped
    qint64 m_webinarId = 0;
    Role m_role = Role::Viewer;
    bool m_refreshing = false;
    bool m_readOnly = false;
};

} // namespace regiekamer::client
