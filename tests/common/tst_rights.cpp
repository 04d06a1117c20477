#include "protocol/Rights.h"

#include <QFile>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::rights;
using namespace Qt::StringLiterals;

namespace {

const QString documentPath = QStringLiteral(REGIEKAMER_SOURCE_DIR "/docs/rights.md");

// A generated table of docs/rights.md: between "<!-- NAME:begin (…) -->" and "<!-- NAME:end -->".
struct GeneratedTable
{
    QLatin1StringView name;
    QString (*markdown)();
};
const GeneratedTable generatedTables[] {{"matrix"_L1, &matrixMarkdown}, {"log-fields"_L1, &logFieldsMarkdown}};

} // namespace

// The promises of the product, checked on the one definition of the rights; and docs/rights.md kept equal to it.
class TestRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentShowsTheCode();
    void viewersReachOnlyTheirOwnAccount();
    void moderatorsNeverSeeContactDetails();
    void adminReadsPersonalDataOnlyWithAReason();
    void clientStaffReadOnlyWithExport();
    void readableFieldsRequireReadAction();
    void viewersNeverSeeWhereFromOrWhoOnTheStaff();
};

void TestRights::documentShowsTheCode()
{
    QFile file(documentPath);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QString text = QString::fromUtf8(file.readAll());
    const bool update = qEnvironmentVariableIntValue("REGIEKAMER_UPDATE_DOCS") == 1;
    for (const GeneratedTable &table : generatedTables) {
        const QString beginMarker =
            u"<!-- %1:begin (generated from common/protocol/Rights.cpp by tests/common/tst_rights) -->\n"_s.arg(
                table.name);
        const qsizetype begin = text.indexOf(beginMarker);
        const qsizetype end = text.indexOf(u"<!-- %1:end -->"_s.arg(table.name));
        QVERIFY2(begin >= 0 && end > begin, qPrintable(u"docs/rights.md lacks the %1 markers"_s.arg(table.name)));
        const qsizetype from = begin + beginMarker.size();
        if (update)
            text.replace(from, end - from, table.markdown());
        else
            QCOMPARE(text.mid(from, end - from), table.markdown());
    }
    if (update) {
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
        file.write(text.toUtf8());
    }
}

void TestRights::viewersReachOnlyTheirOwnAccount()
{
    for (Resource resource : allResources()) {
        const Scope scope = scopeOf(Role::Viewer, resource);
        QVERIFY2(scope == Scope::None || scope == Scope::OwnAccount, qPrintable(resourceToWire(resource)));
    }
    QCOMPARE(scopeOf(Role::Viewer, Resource::StaffAccount), Scope::None);
    QCOMPARE(scopeOf(Role::Viewer, Resource::Organisation), Scope::None);
}

void TestRights::moderatorsNeverSeeContactDetails()
{
    for (Resource resource : allResources()) {
        for (FieldClass field : {FieldClass::Contact, FieldClass::Profile, FieldClass::Consent})
            QVERIFY(!mayReadField(Role::Moderator, resource, field, true));
    }
    QVERIFY(mayReadField(Role::Moderator, Resource::Question, FieldClass::Questions));
    QVERIFY(permits(Role::Moderator, Resource::Question, Action::Moderate));
}

void TestRights::adminReadsPersonalDataOnlyWithAReason()
{
    QVERIFY(readableFields(Role::Admin, Resource::Registration).isEmpty());
    QVERIFY(readableFields(Role::Admin, Resource::Question).isEmpty());
    QCOMPARE(readableFields(Role::Admin, Resource::Registration, true), allFieldClasses());
    // Viewer accounts in the account list: their name and e-mail address (attack review finding 10).
    QVERIFY(readableFields(Role::Admin, Resource::StaffAccount).isEmpty());
    QCOMPARE(readableFields(Role::Admin, Resource::StaffAccount, true),
             (QList<FieldClass> {FieldClass::Identity, FieldClass::Contact}));
    QVERIFY(permits(Role::Admin, Resource::StaffAccount, Action::Create));
    QVERIFY(permits(Role::Admin, Resource::Webinar, Action::Assign));
    QVERIFY(!permits(Role::Admin, Resource::Registration, Action::Export));
}

void TestRights::clientStaffReadOnlyWithExport()
{
    const Grant grant = grantFor(Role::ClientStaff, Resource::Registration);
    QCOMPARE(grant.scope, Scope::OwnOrganisation);
    QCOMPARE(grant.actions, (QList<Action> {Action::Read, Action::Export}));
    QCOMPARE(grant.fields, allFieldClasses());
    QVERIFY(!permits(Role::ClientStaff, Resource::Webinar, Action::Update));
}

void TestRights::readableFieldsRequireReadAction()
{
    for (Role role : allRoles()) {
        for (Resource resource : allResources()) {
            const Grant grant = grantFor(role, resource);
            if (!grant.actions.contains(Action::Read))
                QVERIFY(readableFields(role, resource, true).isEmpty());
            if (grant.scope == Scope::None)
                QVERIFY(grant.actions.isEmpty());
        }
    }
}

// Attack review finding 3: the people an access concerns learn when, what and in which role, nothing more; a
// viewer's client address stays with them and the administrator.
void TestRights::viewersNeverSeeWhereFromOrWhoOnTheStaff()
{
    const QList<LogField> roleOnly {LogField::When, LogField::What, LogField::ActorRole};
    QCOMPARE(readableLogFields(Role::Viewer, LogActor::Staff), roleOnly);
    QCOMPARE(readableLogFields(Role::Viewer, LogActor::Viewer), roleOnly);
    QCOMPARE(readableLogFields(Role::Viewer, LogActor::Self), allLogFields());
    for (Role role : {Role::Director, Role::ClientStaff}) {
        QVERIFY(!readableLogFields(role, LogActor::Viewer).contains(LogField::ClientAddress));
        QVERIFY(readableLogFields(role, LogActor::Viewer).contains(LogField::ActorIdentity));
    }
    QCOMPARE(readableLogFields(Role::Admin, LogActor::Viewer), allLogFields());
    for (LogActor actor : allLogActors())
        QVERIFY(readableLogFields(Role::Moderator, actor).isEmpty()); // no right to read the log at all
}

QTEST_GUILESS_MAIN(TestRights)
#include "tst_rights.moc"
