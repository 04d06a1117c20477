#pragma once

#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/WebinarState.h"

#include <QString>

#include <optional>

// What a change the person made did, in a sentence of the interface language, for the notification area ("Ama
// Mulder's registration: approved."). Names the people and webinars involved as the caller already shows them.
namespace regiekamer::client::actionreports {

QString stateChanged(const QString &webinarTitle, WebinarState state);
QString approvalRuleChanged(const QString &webinarTitle, bool approvalRequired);
QString approvalChanged(const std::optional<QString> &attendeeName, api::ApprovalState state);
QString approvalsChanged(int count, api::ApprovalState state);
QString questionModerated(const std::optional<QString> &askerName, std::optional<api::QuestionState> state,
                          bool answered);
QString staffAssigned(const QString &staffName, const QString &webinarTitle);
QString staffUnassigned(const QString &staffName, const QString &webinarTitle);

} // namespace regiekamer::client::actionreports
