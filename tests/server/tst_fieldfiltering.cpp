// Field filtering of docs/design.md §5: registrationToJson/questionToJson and the CSV export never emit a member of a
// class outside the readable set, for every role of common/Rights (with and without a recorded reason) and for every
// subset of field classes; and the CSV cells are RFC 4180 fields with spreadsheet formulas neutralised.
#include "auth/AccessPolicy.h"
#include "base/CsvField.h"
#include "http/controllers/RegistrationCsv.h"

#include "protocol/Consent.h"
#include "protocol/Profile.h"
#include "protocol/Question.h"
#include "protocol/Registration.h"
#include "protocol/Rights.h"
#include "protocol/Roles.h"
#include "protocol/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

const QStringList registrationBase {u"id"_s, u"webinarId"_s, u"version"_s};
const QStringList questionBase {u"id"_s, u"webinarId"_s, u"registrationId"_s, u"version"_s,
                                u"votes"_s}; // votes: not personal

// The JSON members of each class, as docs/api.md names them.
QStringList registrationMembers(FieldClass field)
{
    switch (field) {
    case FieldClass::Identity:
        return {u"fullName"_s};
    case FieldClass::Contact:
        return {u"email"_s, u"phone"_s};
    case FieldClass::Profile:
        return {u"company"_s, u"jobTitle"_s};
    case FieldClass::Registration:
        return {u"registeredAt"_s, u"approvalState"_s, u"waitlistPosition"_s};
    case FieldClass::Attendance:
        return {u"joinedAt"_s, u"leftAt"_s,    u"minutesWatched"_s, u"present"_s,
                u"banned"_s,   u"banReason"_s, u"bannedAt"_s};
    case FieldClass::Consent:
        return {u"consent"_s};
    case FieldClass::Questions:
        return {};
    }
    return {};
}

QStringList questionMembers(FieldClass field)
{
    switch (field) {
    case FieldClass::Identity:
        return {u"askerName"_s};
    case FieldClass::Questions:
        return {u"text"_s,         u"askedAt"_s,     u"state"_s,       u"answer"_s,    u"answeredBy"_s,
                u"answeredLive"_s, u"moderatedBy"_s, u"moderatedAt"_s, u"mergedInto"_s};
    default:
        return {};
    }
}

QStringList csvColumns(FieldClass field)
{
    switch (field) {
    case FieldClass::Consent:
        return {u"consentRecording"_s, u"consentMarketing"_s, u"consentGivenAt"_s};
    case FieldClass::Attendance: // the export has no ban columns
        return {u"joinedAt"_s, u"leftAt"_s, u"minutesWatched"_s, u"present"_s};
    default:
        return registrationMembers(field);
    }
}

// Values that are recognisable in any output, so a leak of a value (not just a key) is found too.
api::Registration fullRegistration()
{
    api::Registration r;
    r.id = 41;
    r.webinarId = 7;
    r.version = 3;
    r.fullName = u"IDENTITY-Anna de Wit"_s;
    r.contact = api::ContactFields {u"CONTACT-anna@example.com"_s, u"CONTACT-0612345678"_s};
    r.profile = api::ProfileFields {u"PROFILE-Acme"_s, u"PROFILE-Engineer"_s};
    r.registration = api::RegistrationFields {QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC),
                                              api::ApprovalState::Rejected};
    r.attendance = api::AttendanceFields {QDateTime(QDate(2025, 2, 1), QTime(10, 0), QTimeZone::UTC),
                                          QDateTime(QDate(2025, 2, 1), QTime(11, 0), QTimeZone::UTC),
                                          60,
                                          false,
                                          true,
                                          u"Shouted over the speaker"_s,
                                          QDateTime(QDate(2025, 2, 1), QTime(10, 30), QTimeZone::UTC)};
    r.consent = api::Consent {true, true, QDateTime(QDate(2024, 12, 31), QTime(23, 59), QTimeZone::UTC)};
    return r;
}

api::Question fullQuestion()
{
    api::QuestionFields fields {u"QUESTIONS-What about privacy?"_s,
                                QDateTime(QDate(2025, 2, 1), QTime(10, 30), QTimeZone::UTC),
                                api::QuestionState::Answered,
                                u"QUESTIONS-answer"_s,
                                u"QUESTIONS-Joost"_s,
                                true,
                                u"QUESTIONS-Jan"_s,
                                QDateTime(QDate(2025, 2, 1), QTime(10, 32), QTimeZone::UTC),
                                api::MergedInto {6, u"QUESTIONS-merged"_s, u"QUESTIONS-merged answer"_s, true}};
    return api::Question {5, 7, 41, 2, 0, u"IDENTITY-Anna de Wit"_s, fields};
}

QList<FieldClass> subset(int mask)
{
    QList<FieldClass> fields;
    const auto all = rights::allFieldClasses();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (mask & (1 << i))
            fields.append(all.at(i));
    }
    return fields;
}

QString describe(const QList<FieldClass> &fields)
{
    QStringList names;
    for (const FieldClass field : fields)
        names += rights::fieldClassToWire(field);
    return u"{"_s + names.join(u',') + u"}"_s;
}

} // namespace

class TestFieldFiltering : public QObject
{
    Q_OBJECT

    static void checkRegistration(const QList<FieldClass> &readable)
    {
        const QJsonObject json = api::registrationToJson(fullRegistration(), readable);
        QStringList expected = registrationBase;
        for (const FieldClass field : rights::allFieldClasses()) {
            if (readable.contains(field))
                expected += registrationMembers(field);
        }
        QStringList keys = json.keys();
        keys.sort();
        expected.sort();
        QVERIFY2(keys == expected, qPrintable(describe(readable) + u": "_s + keys.join(u',')));
        // No value of an unreadable class anywhere, not even under another name.
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        for (const FieldClass field : rights::allFieldClasses()) {
            const QString marker = rights::fieldClassToWire(field).toUpper() + u'-';
            if (!readable.contains(field))
                QVERIFY2(!text.contains(marker), qPrintable(describe(readable) + u" leaks "_s + marker));
        }
        // filtered() drops the same classes from the value itself.
        const api::Registration value = api::filtered(fullRegistration(), readable);
        QCOMPARE(value.fullName.has_value(), readable.contains(FieldClass::Identity));
        QCOMPARE(value.contact.has_value(), readable.contains(FieldClass::Contact));
        QCOMPARE(value.profile.has_value(), readable.contains(FieldClass::Profile));
        QCOMPARE(value.registration.has_value(), readable.contains(FieldClass::Registration));
        QCOMPARE(value.attendance.has_value(), readable.contains(FieldClass::Attendance));
        QCOMPARE(value.consent.has_value(), readable.contains(FieldClass::Consent));
        // What a client reads back is what was sent.
        auto parsed = api::Registration::fromJson(json);
        QVERIFY(parsed);
        QCOMPARE(api::registrationToJson(*parsed, rights::allFieldClasses()), json);
    }

    static void checkQuestion(const QList<FieldClass> &readable)
    {
        const QJsonObject json = api::questionToJson(fullQuestion(), readable);
        QStringList expected = questionBase;
        for (const FieldClass field : rights::allFieldClasses()) {
            if (readable.contains(field))
                expected += questionMembers(field);
        }
        QStringList keys = json.keys();
        keys.sort();
        expected.sort();
        QVERIFY2(keys == expected, qPrintable(describe(readable) + u": "_s + keys.join(u',')));
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        if (!readable.contains(FieldClass::Identity))
            QVERIFY(!text.contains(u"IDENTITY-"_s));
        if (!readable.contains(FieldClass::Questions))
            QVERIFY(!text.contains(u"QUESTIONS-"_s));
    }

    static void checkCsv(const QList<FieldClass> &readable)
    {
        const QString csv = registrationsCsv({fullRegistration(), fullRegistration()}, readable);
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QVERIFY(lines.last().isEmpty());
        QStringList expected {u"id"_s};
        for (const FieldClass field : rights::allFieldClasses()) {
            if (readable.contains(field))
                expected += csvColumns(field);
        }
        QCOMPARE(lines.first().split(u','), expected);
        for (const FieldClass field : rights::allFieldClasses()) {
            const QString marker = rights::fieldClassToWire(field).toUpper() + u'-';
            if (!readable.contains(field))
                QVERIFY2(!csv.contains(marker), qPrintable(describe(readable) + u" leaks "_s + marker));
            else if (field != FieldClass::Registration && field != FieldClass::Attendance &&
                     field != FieldClass::Consent && field != FieldClass::Questions)
                QVERIFY2(csv.contains(marker), qPrintable(describe(readable) + u" misses "_s + marker));
        }
    }

private Q_SLOTS:
    void everyRoleAndResource_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("withReason");
        for (const Role role : rights::allRoles()) {
            for (const bool withReason : {false, true})
                QTest::addRow("%s%s", qPrintable(roleToWire(role)), withReason ? " with reason" : "")
                    << int(role) << withReason;
        }
    }

    void everyRoleAndResource()
    {
        QFETCH(int, role);
        QFETCH(bool, withReason);
        const auto registrations = rights::readableFields(Role(role), rights::Resource::Registration, withReason);
        const auto questions = rights::readableFields(Role(role), rights::Resource::Question, withReason);
        checkRegistration(registrations);
        checkCsv(registrations);
        checkQuestion(questions);
        // The class sets the server uses are the matrix's, and a reason adds nothing for roles without such grants.
        QCOMPARE(AccessPolicy::readable(api::UserInfo {1, u"x@example.com"_s, u"X"_s, Role(role), 0, {}},
                                        rights::Resource::Registration, withReason),
                 registrations);
        if (rights::grantFor(Role(role), rights::Resource::Registration).fieldsWithReason.isEmpty())
            QCOMPARE(registrations, rights::readableFields(Role(role), rights::Resource::Registration, false));
    }

    void matrixFacts()
    {
        using enum FieldClass;
        const auto readable = [](Role role, bool reason = false) {
            return rights::readableFields(role, rights::Resource::Registration, reason);
        };
        // docs/rights.md "Why these defaults".
        QVERIFY(readable(Role::Admin).isEmpty());
        QCOMPARE(readable(Role::Admin, true).size(), rights::allFieldClasses().size());
        QCOMPARE(readable(Role::Moderator), (QList<FieldClass> {Identity, Attendance}));
        QVERIFY(!readable(Role::Director).contains(Consent));
        QVERIFY(!rights::permits(Role::Director, rights::Resource::Registration, rights::Action::Export));
        QVERIFY(rights::permits(Role::ClientStaff, rights::Resource::Registration, rights::Action::Export));
    }

    void everySubsetOfClasses()
    {
        const int count = 1 << rights::allFieldClasses().size();
        QCOMPARE(count, 128);
        for (int mask = 0; mask < count; ++mask) {
            const QList<FieldClass> readable = subset(mask);
            checkRegistration(readable);
            if (QTest::currentTestFailed())
                return;
            checkQuestion(readable);
            checkCsv(readable);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Anna de Wit"_s << u"Anna de Wit"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("inner apostrophe") << u"O'Brien"_s << u"O'Brien"_s;
        QTest::newRow("comma") << u"Wit, Anna"_s << u"\"Wit, Anna\""_s;
        QTest::newRow("quotes") << u"Anna \"the\" Wit"_s << u"\"Anna \"\"the\"\" Wit\""_s;
        QTest::newRow("newline") << u"line\nbreak"_s << u"\"line\nbreak\""_s;
        QTest::newRow("CRLF inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("formula +") << u"+31 6 12345678"_s << u"'+31 6 12345678"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        // A tab or CR also starts a cell for a reader that splits there: the "=" after it is neutralised too.
        QTest::newRow("leading tab") << u"\t=1"_s << u"'\t'=1"_s;
        QTest::newRow("leading CR") << u"\r=1"_s << u"\"'\r'=1\""_s;
        // Attack review finding 8: Excel with a semicolon list separator (Dutch locale) splits at ';'.
        QTest::newRow("formula after a semicolon") << u"x;=1+1"_s << u"\"x;'=1+1\""_s;
        QTest::newRow("formula after a comma") << u"x,=1+1"_s << u"\"x,'=1+1\""_s;
        QTest::newRow("formula after a semicolon and a space") << u"x; @SUM(A1)"_s << u"\"x; '@SUM(A1)\""_s;
        QTest::newRow("formula after a semicolon in quotes") << u"x;\"=1\""_s << u"\"x;\"\"'=1\"\"\""_s;
        QTest::newRow("formula on a new line") << u"a\n-2+3"_s << u"\"a\n'-2+3\""_s;
        QTest::newRow("semicolon alone") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("formula and quoting")
            << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
        QTest::newRow("unicode") << u"Jürgen Yılmaz"_s << u"Jürgen Yılmaz"_s;
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csv::field(value), expected);
    }

    // Reads a CSV text as a spreadsheet does: split at `separator`, a quote counts only at the start of a cell,
    // "" inside quotes is one quote, text after a closing quote belongs to the cell.
    static QStringList spreadsheetCells(const QString &text, QChar separator)
    {
        QStringList cells;
        QString cell;
        bool quoted = false;
        bool atStart = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cell += c;
                }
            } else if (c == separator || c == u'\n' || c == u'\r') {
                cells.append(cell);
                cell.clear();
                atStart = true;
                continue;
            } else if (c == u'"' && atStart) {
                quoted = true;
            } else {
                cell += c;
            }
            atStart = false;
        }
        cells.append(cell);
        return cells;
    }

    // Finding 8 by principle: whichever list separator the spreadsheet uses (comma, semicolon, tab), no cell of an
    // export line starts a formula, with or without the spaces a reader may trim.
    void csvCellsNeverStartAFormula()
    {
        const QStringList values {
            u"x;=1+1"_s,      u"x,=1+1"_s, u"x;\"=1+1\""_s, u"a\"b;=1"_s,    u"x; =1"_s,
            u"x;;@SUM(A1)"_s, u"x\t=1"_s,  u"=1"_s,         u"x;\"\"=1"_s,   u"x;\" =cmd|' /C calc'!A0"_s,
            u"a\r\n+1"_s,     u"Jan;-5"_s, u"\"=1\""_s,     u"x,\"\"\"=1"_s, u"name\t\t-1"_s};
        for (const QString &first : values) {
            for (const QString &second : values) {
                const QString line = csv::field(first) + u',' + csv::field(second) + u"\r\n"_s;
                for (const QChar separator : {u',', u';', u'\t'}) {
                    for (const QString &cell : spreadsheetCells(line, separator)) {
                        const QString trimmed = cell.trimmed();
                        QVERIFY2(trimmed.isEmpty() || !QStringView(u"=+-@").contains(trimmed.front()),
                                 qPrintable(u"cell «%1» of «%2» split at «%3»"_s.arg(cell, line, separator)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldFiltering)
#include "tst_fieldfiltering.moc"
