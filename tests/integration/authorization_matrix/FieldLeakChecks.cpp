#include "FieldLeakChecks.h"

#include "MatrixSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace regiekamer;
using namespace Qt::StringLiterals;

namespace matrix {

namespace {

void collectKeysInto(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeysInto(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectKeysInto(element, keys);
    }
}

void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString()) {
        strings.append(value.toString());
    } else if (value.isObject()) {
        for (const QJsonValue &member : value.toObject())
            collectStrings(member, strings);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectStrings(element, strings);
    }
}

// Values of an attendee's registration per class that are distinctive enough to search for in a raw body.
QStringList registrationValues(const QJsonObject &registration, int fieldClass)
{
    QStringList values;
    for (const QString &member : registrationMembers(fieldClass)) {
        const QJsonValue value = registration.value(member);
        if (value.isString() && (fieldClass == Identity || fieldClass == Contact || fieldClass == Profile))
            values.append(value.toString());
    }
    return values;
}

QStringList questionValues(const QJsonObject &question, int fieldClass)
{
    QStringList values;
    if (fieldClass == Identity)
        values.append(question.value("askerName"_L1).toString());
    if (fieldClass == QuestionsClass) {
        values.append(question.value("text"_L1).toString());
        values.append(question.value("answer"_L1).toString());
    }
    return values;
}

// Every personal value of the demo data, and those of them the role may read in this answer.
struct PersonalValues
{
    QSet<QString> allowed;
    QSet<QString> everything;

    void add(const QStringList &values, bool readable)
    {
        for (const QString &value : values) {
            everything.insert(value);
            if (readable)
                allowed.insert(value);
        }
    }
};

PersonalValues personalValues(const AdminView &view, Kind kind, Role role, bool reason, qint64 webinarId)
{
    PersonalValues values;
    const bool ownOnly = role == Role::Viewer || kind == Kind::Own;
    const bool registrationKind = kind == Kind::Registrations || kind == Kind::Export || kind == Kind::Own;
    for (auto it = view.registrations.cbegin(); it != view.registrations.cend(); ++it) {
        for (const QJsonObject &registration : it.value()) {
            const bool visible = (kind == Kind::Own || it.key() == webinarId) &&
                (!ownOnly || view.isOwnRegistration(registration.value("id"_L1).toInteger()));
            for (int fieldClass : everyClass)
                values.add(registrationValues(registration, fieldClass),
                           visible && registrationKind && registrationReadable(role, reason).contains(fieldClass));
        }
    }
    for (auto it = view.questions.cbegin(); it != view.questions.cend(); ++it) {
        for (const QJsonObject &question : it.value()) {
            const bool visible = (kind == Kind::Own || it.key() == webinarId) &&
                (!ownOnly || view.isOwnRegistration(question.value("registrationId"_L1).toInteger()));
            for (int fieldClass : {int(Identity), int(QuestionsClass)})
                values.add(questionValues(question, fieldClass),
                           visible && (kind == Kind::Questions || kind == Kind::Own) &&
                               questionReadable(role, reason).contains(fieldClass));
        }
    }
    return values;
}

// The body may contain only personal values the role may read on the objects it may see (allowed), and none of all
// other personal values in the demo data (forbidden).
void checkValues(const AdminView &view, const QByteArray &body, Kind kind, Role role, bool reason, qint64 webinarId)
{
    const PersonalValues values = personalValues(view, kind, role, reason, webinarId);
    QStringList strings;
    collectStrings(QJsonDocument::fromJson(body).object(), strings);
    const QString text = strings.join(u'\n');
    const QSet<QString> exact(strings.cbegin(), strings.cend());
    QSet<QString> fields; // CSV cells
    for (const QString &cell : QString::fromUtf8(body).split(QRegularExpression(u"[,;\"\r\n]"_s)))
        fields.insert(cell.trimmed());
    for (const QString &value : std::as_const(values.everything)) {
        if (value.size() < 5 || values.allowed.contains(value))
            continue;
        // E-mail addresses and phone numbers are distinctive: not even a substring may appear. Names, companies and
        // texts must not appear as a value (a forbidden "Jan Smit" inside an allowed "Jan Smits" is no leak).
        const bool distinctive = value.contains(u'@') || value.count(QRegularExpression(u"[0-9]"_s)) >= 6;
        if ((kind == Kind::Webinar || kind == Kind::Own) && !distinctive)
            continue; // a webinar's texts may share a word with a company; two people may share a company
        const bool found = distinctive
            ? body.contains(value.toUtf8()) || text.contains(value)
            : exact.contains(value) || fields.contains(value) || body.contains(QByteArray('"' + value.toUtf8() + '"'));
        QVERIFY2(!found, qPrintable(u"forbidden value \"%1\" in the body for %2"_s.arg(value, roleName(role))));
    }
}

void checkRegistrationMembers(const QJsonObject &json, const QSet<QString> &keys, Role role, bool reason)
{
    const Classes readable = registrationReadable(role, reason);
    for (int fieldClass : everyClass) {
        const bool mayRead = readable.contains(fieldClass);
        for (const QString &member : registrationMembers(fieldClass))
            QVERIFY2(mayRead || !keys.contains(member),
                     qPrintable(u"member %1 present for %2"_s.arg(member, roleName(role))));
    }
    // Question members never belong in a registration.
    for (const QString &member : {u"askerName"_s, u"text"_s, u"answer"_s})
        QVERIFY2(!keys.contains(member), qPrintable(member));
    // Positive: each item carries the members of every readable class (fields are omitted, not blanked).
    QJsonArray items = json.value("items"_L1).toArray();
    if (!json.contains("items"_L1))
        items.append(json);
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        for (const QString &member : {u"id"_s, u"webinarId"_s, u"version"_s})
            QVERIFY2(object.contains(member), qPrintable(u"missing %1"_s.arg(member)));
        for (int fieldClass : readable) {
            const QStringList members = registrationMembers(fieldClass);
            const QStringList direct = fieldClass == Consent ? QStringList {u"consent"_s} : members;
            for (const QString &member : direct)
                QVERIFY2(object.contains(member),
                         qPrintable(u"readable member %1 missing for %2"_s.arg(member, roleName(role))));
        }
    }
}

void checkQuestionMembers(const QJsonObject &json, const QSet<QString> &keys, Role role, bool reason)
{
    const Classes readable = questionReadable(role, reason);
    for (int fieldClass : {int(Identity), int(QuestionsClass)}) {
        const bool mayRead = readable.contains(fieldClass);
        for (const QString &member : questionMembers(fieldClass))
            QVERIFY2(mayRead || !keys.contains(member),
                     qPrintable(u"member %1 present for %2"_s.arg(member, roleName(role))));
    }
    // Registration data never leaks through a question.
    for (int fieldClass : {int(Contact), int(Profile), int(RegistrationClass), int(Attendance), int(Consent)}) {
        for (const QString &member : registrationMembers(fieldClass))
            QVERIFY2(!keys.contains(member), qPrintable(u"member %1 in a question"_s.arg(member)));
    }
    for (const QJsonValue &item : json.value("items"_L1).toArray()) {
        const QJsonObject object = item.toObject();
        for (const QString &member : {u"id"_s, u"webinarId"_s, u"registrationId"_s, u"version"_s})
            QVERIFY2(object.contains(member), qPrintable(u"missing %1"_s.arg(member)));
        for (int fieldClass : readable) {
            for (const QString &member : questionMembers(fieldClass))
                QVERIFY2(object.contains(member),
                         qPrintable(u"readable member %1 missing for %2"_s.arg(member, roleName(role))));
        }
    }
}

void checkWebinarMembers(const QSet<QString> &keys)
{
    for (int fieldClass : everyClass) {
        for (const QString &member : registrationMembers(fieldClass) + questionMembers(fieldClass)) {
            if (member == "state"_L1)
                continue; // a webinar has a state of its own
            QVERIFY2(!keys.contains(member), qPrintable(u"attendee member %1 in a webinar"_s.arg(member)));
        }
    }
}

// No member of a class the role may not read appears anywhere in the JSON; the readable ones are there.
void checkMembers(const QByteArray &body, Kind kind, Role role, bool reason)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QVERIFY2(!json.isEmpty(), body.left(200).constData());
    const QSet<QString> keys = collectKeys(json);
    if (kind == Kind::Registrations)
        checkRegistrationMembers(json, keys, role, reason);
    else if (kind == Kind::Questions)
        checkQuestionMembers(json, keys, role, reason);
    else if (kind == Kind::Webinar)
        checkWebinarMembers(keys);
}

} // namespace

QSet<QString> collectKeys(const QJsonValue &value)
{
    QSet<QString> keys;
    collectKeysInto(value, keys);
    return keys;
}

void checkRead(const AdminView &view, const ApiReply &reply, Kind kind, Role role, bool reason, qint64 webinarId)
{
    if (kind != Kind::Export && kind != Kind::Own) {
        checkMembers(reply.body, kind, role, reason);
        if (QTest::currentTestFailed())
            return;
    }
    checkValues(view, reply.body, kind, role, reason, webinarId);
}

} // namespace matrix
