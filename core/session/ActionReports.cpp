#include "session/ActionReports.h"

#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"

#include <QCoreApplication>

namespace regiekamer::client::actionreports {
namespace {

QString personOr(const std::optional<QString> &name)
{
    return name && !name->isEmpty() ? *name : QCoreApplication::translate("ActionReports", "an attendee");
}

} // namespace

QString stateChanged(const QString &webinarTitle, WebinarState state)
{
    return QCoreApplication::translate("ActionReports", "“%1” is now in state %2.")
        .arg(webinarTitle, webinarStateDisplayName(state));
}

QString approvalRuleChanged(const QString &webinarTitle, bool approvalRequired)
{
    return approvalRequired
        ? QCoreApplication::translate("ActionReports", "New registrations for “%1” now wait for approval.")
              .arg(webinarTitle)
        : QCoreApplication::translate("ActionReports", "New registrations for “%1” are now approved at once.")
              .arg(webinarTitle);
}

QString approvalChanged(const std::optional<QString> &attendeeName, api::ApprovalState state)
{
    return QCoreApplication::translate("ActionReports", "Registration of %1: %2.")
        .arg(personOr(attendeeName), RegistrationModel::approvalDisplayName(state).toLower());
}

QString approvalsChanged(int count, api::ApprovalState state)
{
    return QCoreApplication::translate("ActionReports", "%n registration(s): %1.", nullptr, count)
        .arg(RegistrationModel::approvalDisplayName(state).toLower());
}

QString questionModerated(const std::optional<QString> &askerName, std::optional<api::QuestionState> state,
                          bool answered)
{
    if (answered)
        return QCoreApplication::translate("ActionReports", "Answer to %1 sent.").arg(personOr(askerName));
    return QCoreApplication::translate("ActionReports", "Question from %1: %2.")
        .arg(personOr(askerName), QuestionModel::stateDisplayName(state.value_or(api::QuestionState::New)).toLower());
}

QString staffAssigned(const QString &staffName, const QString &webinarTitle)
{
    return QCoreApplication::translate("ActionReports", "%1 is now assigned to “%2”.").arg(staffName, webinarTitle);
}

QString staffUnassigned(const QString &staffName, const QString &webinarTitle)
{
    return QCoreApplication::translate("ActionReports", "%1 is no longer assigned to “%2”.")
        .arg(staffName, webinarTitle);
}

} // namespace regiekamer::client::actionreports
