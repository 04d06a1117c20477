#include "protocol/ApiPaths.h"

namespace regiekamer::api::path {

QString expand(const char *pathTemplate, std::initializer_list<qint64> ids)
{
    QString result = QString::fromLatin1(pathTemplate);
    for (qint64 id : ids) {
        const qsizetype open = result.indexOf(u'{');
        const qsizetype close = result.indexOf(u'}', open);
        if (open < 0 || close < 0)
            break;
        result.replace(open, close - open + 1, QString::number(id));
    }
    return result;
}

QList<QString> all()
{
    QList<QString> paths;
    for (const char *each : {health,
                             unseal,
                             seal,
                             session,
                             me,
                             sessionSecondFactor,
                             sessionStepUp,
                             mySecondFactor,
                             mySecondFactorTotp,
                             mySecondFactorTotpConfirm,
                             mySecondFactorRecoveryCodes,
                             mySecurityKeys,
                             mySecurityKeysChallenge,
                             mySecurityKey,
                             sessionStepUpChallenge,
                             staffSecondFactorReset,
                             webinars,
                             users,
                             events,
                             organisations,
                             organisation,
                             user,
                             userDevices,
                             userDevice,
                             webinar,
                             webinarState,
                             webinarStaff,
                             webinarStaffCandidates,
                             webinarApprovalRules,
                             webinarStreamKey,
                             webinarStreamKeyReveal,
                             webinarStreamKeyRotation,
                             webinarPreflight,
                             webinarTimeline,
                             webinarRegistrations,
                             webinarRegistrationsExport,
                             webinarQuestions,
                             webinarReport,
                             webinarReportExport,
                             registration,
                             question,
                             roomJoin,
                             registrationPresence,
                             registrationLeave,
                             registrationRemoval,
                             registrationBan,
                             questionVote,
                             questionMerge,
                             questionUnmerge,
                             webinarAudienceQuestions,
                             myProfile,
                             myRegistrations,
                             myQuestions,
                             auditLog,
                             auditStatus,
                             auditExport,
                             backupStatus,
                             invitations,
                             invitation,
                             invitationResend,
                             invitationAcceptance,
                             passwordReset,
                             passwordResetComplete,
                             signUp,
                             signUpConfirmation,
                             myEmailChange,
                             emailChangeConfirmation,
                             emailChangeReport,
                             outbox})
        paths.append(QString::fromLatin1(each));
    return paths;
}

} // namespace regiekamer::api::path
