#pragma once

#include "ApiClient.h"
#include "PagedLoader.h"
#include "QuestionModel.h"
#include "RegistrationModel.h"

#include <QObject>

#include <optional>

namespace regiekamer::client {

// The webinar the person works on: its detail, attendees and question queue, loaded page by page and kept
// current by the events `webinar.changed`, `registrations.changed` and `questions.changed` (ids only: it refetches
// through the API, where the rights apply). Changes go to the server; the answer replaces the row. Failures
// (403, 404, 409 …) arrive as translated messages in actionFailed; a 409 also reloads the object. On request it
// loads the accounts the person may assign to the webinar (staffCandidates).
class WebinarWorkspace : public QObject
{
    Q_OBJECT
public:
    WebinarWorkspace(ApiClient *api, QObject *parent = nullptr);

    void setRole(Role role); // chooses the registration columns (rights::readableFields)
    void setWebinar(qint64 webinarId); // 0: none
    void clear();
    qint64 webinarId() const;
    const std::optional<api::WebinarDetail> &detail() const;
    RegistrationModel *registrations();
    QuestionModel *questions();
    PagedLoader *registrationLoader();
    void onEvent(const api::Event &event);

    void changeState(WebinarState state);
    void setApproval(qint64 registrationId, api::ApprovalState state);
    void moderate(qint64 questionId, std::optional<api::QuestionState> state, std::optional<QString> answer);
    void assign(qint64 userId, Role role);
    void unassign(qint64 userId);
    // Fetches the accounts the person may assign to the open webinar now (the server decides: a director gets the
    // active moderators not yet assigned). The newest answer wins; a failure empties the list.
    void loadStaffCandidates();
    const QList<api::StaffAssignment> &staffCandidates() const;

Q_SIGNALS:
    void detailChanged();
    void staffCandidatesChanged();
    void staffCandidatesFailed(const QString &message);
    void actionSucceeded();
    void actionFailed(const QString &message);

private:
    void loadDetail();
    void loadRegistrations(bool merge);
    void loadQuestions();
    void setDetail(const api::WebinarDetail &detail);
    void report(const Error &error, bool reloadDetail);
    static QString describe(const Error &error);

    ApiClient *m_api;
    RegistrationModel *m_registrations;
    QuestionModel *m_questions;
    PagedLoader *m_registrationLoader;
    PagedLoader *m_questionLoader;
    std::optional<api::WebinarDetail> m_detail;
    QList<api::Registration> m_pending; // a refresh's rows, merged once complete
    QList<api::Question> m_pendingQuestions;
    QList<api::StaffAssignment> m_staffCandidates;
    quint64 m_candidateRequest = 0; // answers to older requests are dropped
    qint64 m_webinarId = 0;
    Role m_role = Role::Viewer;
    bool m_refreshing = false;
};

} // namespace regiekamer::client
