#include "models/AccessLogLabels.h"

#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"
#include "protocol/AuditChange.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace regiekamer::client {

QStringList AccessLogLabels::actions()
{
    namespace a = api::auditAction;
    const QList<const char *> names {
        a::read,         a::create,   a::update,  a::remove,         a::exportRows,    a::moderate, a::changeState,
        a::assign,       a::unassign, a::login,   a::loginFailed,    a::logout,        a::lockout,  a::accountChange,
        a::keyOperation, a::backup,   a::restore, a::invite,         a::passwordReset, a::signUp,   a::emailChange,
        a::join,         a::presence, a::leave,   a::removeFromRoom, a::ban,           a::unban};
    QStringList wire;
    for (const char *name : names)
        wire.append(QString::fromLatin1(name));
    return wire;
}

QString AccessLogLabels::actionName(const QString &action)
{
    static const QHash<QString, const char *> names {
        {u"read"_s, QT_TR_NOOP("Read")},
        {u"create"_s, QT_TR_NOOP("Create")},
        {u"update"_s, QT_TR_NOOP("Change")},
        {u"delete"_s, QT_TR_NOOP("Delete")},
        {u"export"_s, QT_TR_NOOP("Export")},
        {u"moderate"_s, QT_TR_NOOP("Moderate")},
        {u"change_state"_s, QT_TR_NOOP("Change state")},
        {u"assign"_s, QT_TR_NOOP("Assign")},
        {u"unassign"_s, QT_TR_NOOP("Unassign")},
        {u"login"_s, QT_TR_NOOP("Sign-in")},
        {u"login_failed"_s, QT_TR_NOOP("Failed sign-in")},
        {u"logout"_s, QT_TR_NOOP("Sign-out")},
        {u"lockout"_s, QT_TR_NOOP("Lockout")},
        {u"account_change"_s, QT_TR_NOOP("Account change")},
        {u"key_operation"_s, QT_TR_NOOP("Key operation")},
        {u"backup"_s, QT_TR_NOOP("Backup")},
        {u"restore"_s, QT_TR_NOOP("Restore")},
        {u"invite"_s, QT_TR_NOOP("Invitation")},
        {u"password_reset"_s, QT_TR_NOOP("Password reset")},
        {u"sign_up"_s, QT_TR_NOOP("Self-registration")},
        {u"email_change"_s, QT_TR_NOOP("E-mail change")},
        {u"join"_s, QT_TR_NOOP("Join link")},
        {u"presence"_s, QT_TR_NOOP("Presence in the room")},
        {u"leave"_s, QT_TR_NOOP("Left the room")},
        {u"remove_from_room"_s, QT_TR_NOOP("Sent out of the room")},
        {u"ban"_s, QT_TR_NOOP("Ban")},
        {u"unban"_s, QT_TR_NOOP("Ban lifted")},
    };
    const char *name = names.value(action);
    return name ? tr(name) : action;
}

QString AccessLogLabels::outcomeName(const QString &outcome)
{
    if (outcome == QLatin1StringView(api::auditOutcome::allowed))
        return tr("Allowed");
    if (outcome == QLatin1StringView(api::auditOutcome::denied))
        return tr("Denied");
    if (outcome == QLatin1StringView(api::auditOutcome::rejected))
        return tr("Rejected");
    return outcome;
}

QString AccessLogLabels::objectTypeName(const QString &objectType)
{
    static const QHash<QString, const char *> names {
        {u"organisation"_s, QT_TR_NOOP("Organisation")},
        {u"staff_account"_s, QT_TR_NOOP("Staff account")},
        {u"webinar"_s, QT_TR_NOOP("Webinar")},
        {u"registration"_s, QT_TR_NOOP("Registration")},
        {u"question"_s, QT_TR_NOOP("Question")},
        {u"own_profile"_s, QT_TR_NOOP("Own profile")},
        {u"access_log"_s, QT_TR_NOOP("Access log")},
        {u"audit_log"_s, QT_TR_NOOP("Access log")},
        {u"session"_s, QT_TR_NOOP("Session")},
        {u"key"_s, QT_TR_NOOP("Key")},
        {u"backup"_s, QT_TR_NOOP("Backup")},
        {u"invitation"_s, QT_TR_NOOP("Invitation")},
        {u"account"_s, QT_TR_NOOP("Account")},
        {u"report"_s, QT_TR_NOOP("Report")},
        {u"approval_rules"_s, QT_TR_NOOP("Approval rules")},
    };
    const char *name = names.value(objectType);
    return name ? tr(name) : objectType;
}

QString AccessLogLabels::roleName(const QString &role)
{
    if (const auto known = roleFromWire(role))
        return roleDisplayName(*known);
    if (role == u"operator"_s)
        return tr("Operator");
    if (role == u"system"_s) // the server on its own: the waiting list moving up, self-registration
        return tr("System");
    return role.isEmpty() ? tr("(none)") : role;
}

QString AccessLogLabels::objectText(const api::AuditEntry &entry, const QHash<qint64, QString> &webinarTitles)
{
    QString text = objectTypeName(entry.objectType);
    const bool isWebinar = entry.objectType == u"webinar"_s && entry.objectId == entry.webinarId;
    // A list under a webinar (its registrations, questions, staff candidates) is logged with the webinar's id.
    const bool webinarList = !isWebinar && entry.webinarId > 0 && entry.objectId == entry.webinarId;
    const QString title = entry.names.webinar.isEmpty() ? webinarTitles.value(entry.webinarId) : entry.names.webinar;
    if (isWebinar)
        return title.isEmpty() ? tr("%1 #%2").arg(text).arg(entry.objectId) : tr("%1 %2").arg(text, title);
    if (!entry.names.object.isEmpty() && !webinarList)
        text = tr("%1 of %2").arg(text, entry.names.object);
    else if (entry.objectId > 0 && !webinarList)
        text = tr("%1 #%2").arg(text).arg(entry.objectId);
    if (entry.webinarId > 0)
        text += title.isEmpty() ? tr(" (webinar #%1)").arg(entry.webinarId) : tr(" (webinar %1)").arg(title);
    return text;
}

namespace {

QString changeValueName(const QString &field, const QString &value)
{
    if (field == QLatin1StringView(api::auditChangeField::approvalState)) {
        if (const auto state = api::approvalStateFromWire(value))
            return RegistrationModel::approvalDisplayName(*state);
    } else if (field == QLatin1StringView(api::auditChangeField::webinarState)) {
        if (const auto state = webinarStateFromWire(value))
            return webinarStateDisplayName(*state);
    } else if (field == QLatin1StringView(api::auditChangeField::questionState)) {
        if (const auto state = api::questionStateFromWire(value))
            return QuestionModel::stateDisplayName(*state);
    }
    return value;
}

} // namespace

QString AccessLogLabels::changeText(const api::AuditEntry &entry)
{
    QStringList parts;
    for (const api::AuditChange &change : api::auditChangesFromWire(entry.change))
        parts.append(
            tr("%1 → %2").arg(changeValueName(change.field, change.from), changeValueName(change.field, change.to)));
    return parts.join(u", "_s);
}

QString AccessLogLabels::actionText(const api::AuditEntry &entry)
{
    const QString change = changeText(entry);
    return change.isEmpty() ? actionName(entry.action) : tr("%1 (%2)").arg(actionName(entry.action), change);
}

QString AccessLogLabels::detailText(const api::AuditEntry &entry)
{
    QStringList lines {
        tr("Entry %1 at %2").arg(entry.sequence).arg(QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat))};
    if (!entry.fields.isEmpty())
        lines.append(tr("Fields: %1").arg(entry.fields.join(u", "_s)));
    if (!entry.reason.isEmpty())
        lines.append(tr("Reason: %1").arg(entry.reason));
    if (entry.rowCount >= 0)
        lines.append(tr("Rows: %1").arg(entry.rowCount));
    if (!entry.names.subject.isEmpty())
        lines.append(tr("Attendee: %1").arg(entry.names.subject));
    else if (entry.subjectUserId > 0)
        lines.append(tr("Attendee: user #%1").arg(entry.subjectUserId));
    if (!entry.clientAddress.isEmpty())
        lines.append(tr("Address: %1").arg(entry.clientAddress));
    if (!entry.requestId.isEmpty())
        lines.append(tr("Request id: %1").arg(entry.requestId));
    return lines.join(u'\n');
}

} // namespace regiekamer::client
