// The access log read by people, against the real server (--demo), offscreen, in English and Dutch:
// - the moderator's and client staff's own apps cause no Denied entry when they open their webinars;
// - entries name the attendee and the webinar as far as the reader may see them (the director and client staff yes,
//   the administrator only with a reason, and then the read records that it showed identities);
// - a decision says what it changed ("Pending → Approved"), in the API and in the table, translated;
// - the attendee filter takes a name (and "#id"); a name the reader may not see finds nothing;
// - the reads the app makes when a webinar opens are one row until "Group repeated reads" is unticked.
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/AccessLogGrouping.h"
#include "models/AccessLogModel.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Webinar.h"
#include "session/AccessLogLoader.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "views/AccessLogView.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::timeoutMs;

// The newest entry for which test holds, or a blank one.
api::AuditEntry newest(const QList<api::AuditEntry> &entries, const std::function<bool(const api::AuditEntry &)> &test)
{
    const auto found = std::ranges::find_if(entries, test);
    return found == entries.end() ? api::AuditEntry {} : *found;
}

bool isDecision(const api::AuditEntry &entry, qint64 registrationId)
{
    return entry.action == u"update"_s && entry.objectType == u"registration"_s && entry.objectId == registrationId;
}

} // namespace

class TstGuiReadableLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ownAppCausesNoDenied_data();
    void ownAppCausesNoDenied();
    void namesFollowTheReadersRights();
    void filterByAttendeeName();
    void tableDescribesTheChange_data();
    void tableDescribesTheChange();
    void appReadsAreOneRow();

private:
    struct Reader
    {
        QString token;
        qint64 id = 0;
    };
    Reader signIn(Role role);
    QList<api::AuditEntry> readLog(const Reader &reader, const ApiParams &params = {}, const QByteArray &reason = {},
                                   QByteArray *requestId = nullptr);
    // A pending registration of the director's first webinar, approved by the director: its id and attendee.
    void approveOnePending();
    // The director's window with its access log open.
    ui::AccessLogView *openLog(AppController &controller, const QString &language);

    QCA::Initializer *m_crypto = new QCA::Initializer; // lives as long as the process (QCA plug-ins)
    ServerProcess m_server;
    ApiRequests m_api;
    qint64 m_webinarId = 0;
    qint64 m_registrationId = 0;
    QString m_attendeeName;
};

void TstGuiReadableLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    approveOnePending();
    QVERIFY(!QTest::currentTestFailed());
}

TstGuiReadableLog::Reader TstGuiReadableLog::signIn(Role role)
{
    const ServerProcess::DemoAccount account = m_server.demoAccounts().value(role);
    Reader reader;
    reader.token = m_api.login(account.email, account.password, &reader.id);
    return reader;
}

QList<api::AuditEntry> TstGuiReadableLog::readLog(const Reader &reader, const ApiParams &params,
                                                  const QByteArray &reason, QByteArray *requestId)
{
    ApiParams query = params;
    query.append({u"limit"_s, u"500"_s});
    const ApiHeaders headers = reason.isEmpty() ? ApiHeaders {} : ApiHeaders {{"X-Access-Reason", reason}};
    const ApiReply reply =
        m_api.send("GET", m_api.url(QString::fromLatin1(api::path::auditLog), query), reader.token, {}, headers);
    if (requestId)
        *requestId = reply.requestId;
    if (reply.status != 200) {
        qWarning("%s", qPrintable(reply.describe()));
        return {};
    }
    auto page = api::AuditPage::fromJson(reply.json());
    return page ? page->items : QList<api::AuditEntry>();
}

void TstGuiReadableLog::approveOnePending()
{
    const Reader director = signIn(Role::Director);
    QVERIFY(!director.token.isEmpty());
    const Reader client = signIn(Role::ClientStaff);
    const ApiReply me = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), client.token);
    QCOMPARE(me.status, 200);
    const qint64 clientOrganisation = me.json()[u"organisationId"_s].toInteger();
    const ApiReply webinars = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::webinars)), director.token);
    QCOMPARE(webinars.status, 200);
    for (const QJsonValue webinar : webinars.items()) {
        const qint64 id = webinar[u"id"_s].toInteger();
        if (webinar[u"organisationId"_s].toInteger() != clientOrganisation)
            continue; // a webinar the client staff member's organisation runs, so they read its entries too
        const ApiReply pending = m_api.send(
            "GET", m_api.url(api::path::expand(api::path::webinarRegistrations, {id}), {{u"approval"_s, u"pending"_s}}),
            director.token);
        QCOMPARE(pending.status, 200);
        if (pending.items().isEmpty())
            continue;
        const QJsonObject registration = pending.items().first().toObject();
        m_webinarId = id;
        m_registrationId = registration[u"id"_s].toInteger();
        m_attendeeName = registration[u"fullName"_s].toString();
        const ApiReply approved = m_api.sendJson(
            "PATCH", m_api.url(api::path::expand(api::path::registration, {m_registrationId})), director.token,
            {{u"approvalState"_s, u"approved"_s}, {u"version"_s, registration[u"version"_s].toInteger()}});
        QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
        break;
    }
    QVERIFY2(m_registrationId > 0, "the demo data has a pending registration");
    QVERIFY(!m_attendeeName.isEmpty());
}

void TstGuiReadableLog::ownAppCausesNoDenied_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("language");
    QTest::newRow("moderator-en") << Role::Moderator << u"en"_s;
    QTest::newRow("client-staff-nl") << Role::ClientStaff << u"nl"_s;
    QTest::newRow("director-en") << Role::Director << u"en"_s;
}

// Opens every webinar the role sees through the webinar table, then reads the person's entries as the admin.
void TstGuiReadableLog::ownAppCausesNoDenied()
{
    QFETCH(Role, role);
    QFETCH(QString, language);
    guitest::clearTrustStore();
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, role, language);
    QVERIFY(view);
    client::SessionController *session = controller.session();
    QTRY_VERIFY_WITH_TIMEOUT(session->webinars()->rowCount() > 0, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->connection(), client::SessionController::Connection::Live, timeoutMs);
    auto *table = guitest::child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(session->workspace()->webinarId() > 0, timeoutMs);
        QTest::qWait(1500); // the webinar's lists load
    }
    const qint64 actorId = session->user().id;
    controller.mainWindow()->signOutRequested();
    const QList<api::AuditEntry> entries = readLog(signIn(Role::Admin), {{u"actor"_s, QString::number(actorId)}});
    QVERIFY(!entries.isEmpty());
    for (const api::AuditEntry &entry : entries) {
        QVERIFY2(
            entry.outcome != QLatin1StringView(api::auditOutcome::denied),
            qPrintable(u"%1 %2 #%3: %4"_s.arg(entry.action, entry.objectType).arg(entry.objectId).arg(entry.reason)));
    }
}

void TstGuiReadableLog::namesFollowTheReadersRights()
{
    const auto decision = [this](const api::AuditEntry &e) { return isDecision(e, m_registrationId); };
    // The director: the attendee, the webinar, and what changed.
    const api::AuditEntry directed = newest(readLog(signIn(Role::Director)), decision);
    QCOMPARE(directed.objectId, m_registrationId);
    QCOMPARE(directed.names.subject, m_attendeeName);
    QCOMPARE(directed.names.object, m_attendeeName);
    QVERIFY(!directed.names.webinar.isEmpty());
    QCOMPARE(directed.change, u"approval_state=pending>approved"_s);
    // Client staff of the webinar's organisation read attendees' names too.
    const api::AuditEntry client = newest(readLog(signIn(Role::ClientStaff)), decision);
    QCOMPARE(client.names.subject, m_attendeeName);
    // The administrator reads attendees' names only with a reason; the entry itself and the webinar's title always.
    const Reader admin = signIn(Role::Admin);
    const api::AuditEntry plain = newest(readLog(admin), decision);
    QCOMPARE(plain.objectId, m_registrationId);
    QVERIFY(plain.names.subject.isEmpty());
    QVERIFY(plain.names.object.isEmpty());
    QCOMPARE(plain.names.webinar, directed.names.webinar);
    QCOMPARE(plain.change, directed.change);
    QByteArray requestId;
    const api::AuditEntry reasoned =
        newest(readLog(admin, {}, "Complaint 2026-118 about a registration", &requestId), decision);
    QCOMPARE(reasoned.names.subject, m_attendeeName);
    // That read is itself logged as one that showed identities, with its reason.
    const api::AuditEntry read =
        newest(readLog(admin), [&](const api::AuditEntry &e) { return e.requestId == QString::fromLatin1(requestId); });
    QCOMPARE(read.objectType, u"access_log"_s);
    QVERIFY2(read.fields.contains(u"identity"_s), qPrintable(read.fields.join(u',')));
    QCOMPARE(read.reason, u"Complaint 2026-118 about a registration"_s);
    // A plain read showed none.
    const api::AuditEntry plainRead = newest(readLog(admin), [&](const api::AuditEntry &e) {
        return e.objectType == u"access_log"_s && e.actorId == admin.id && e.reason.isEmpty();
    });
    QVERIFY(plainRead.sequence > 0);
    QVERIFY(!plainRead.fields.contains(u"identity"_s));
}

void TstGuiReadableLog::filterByAttendeeName()
{
    const QString part = m_attendeeName.split(u' ').last().toUpper();
    const Reader director = signIn(Role::Director);
    const QList<api::AuditEntry> named = readLog(director, {{u"subjectName"_s, part}});
    QVERIFY(!named.isEmpty());
    QVERIFY(std::ranges::any_of(named, [this](const api::AuditEntry &e) { return isDecision(e, m_registrationId); }));
    for (const api::AuditEntry &entry : named)
        QVERIFY2(entry.names.subject.contains(part, Qt::CaseInsensitive), qPrintable(entry.names.subject));
    QVERIFY(readLog(director, {{u"subjectName"_s, u"Nobody-by-this-name"_s}}).isEmpty());
    // The administrator without a reason cannot find attendees by a name they may not read.
    QVERIFY(readLog(signIn(Role::Admin), {{u"subjectName"_s, part}}).isEmpty());
}

ui::AccessLogView *TstGuiReadableLog::openLog(AppController &controller, const QString &language)
{
    QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
    if (!view)
        return nullptr;
    auto *tabs = guitest::child<QTabWidget>(view, u"directorSections"_s);
    auto *log = view->findChild<ui::AccessLogView *>();
    if (!tabs || !log)
        return nullptr;
    tabs->setCurrentWidget(log);
    if (!QTest::qWaitFor([&] { return log->loader()->isLoaded() && !log->loader()->isLoading(); }, timeoutMs))
        return nullptr;
    return log;
}

void TstGuiReadableLog::tableDescribesTheChange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("object");
    QTest::newRow("en") << u"en"_s << u"Change (Pending → Approved)"_s << u"Registration of %1 (webinar "_s;
    QTest::newRow("nl") << u"nl"_s << u"Wijzigen (In afwachting → Goedgekeurd)"_s << u"Aanmelding van %1 (webinar "_s;
}

void TstGuiReadableLog::tableDescribesTheChange()
{
    QFETCH(QString, language);
    QFETCH(QString, action);
    QFETCH(QString, object);
    guitest::clearTrustStore();
    AppController controller({QString(), u"en"_s});
    ui::AccessLogView *log = openLog(controller, language);
    QVERIFY(log);
    auto *table = guitest::child<QTableView>(log, u"accessLogTable"_s);
    QAbstractItemModel *shown = table->model();
    int row = -1;
    for (int each = 0; each < shown->rowCount() && row < 0; ++each) {
        if (shown->index(each, 0).data(client::AccessLogModel::SequenceRole).toLongLong() > 0 &&
            shown->index(each, client::AccessLogModel::Object).data().toString().startsWith(object.arg(m_attendeeName)))
            row = each;
    }
    QVERIFY2(row >= 0, "the decision is in the table, named");
    QCOMPARE(shown->index(row, client::AccessLogModel::Action).data().toString(), action);
    // The attendee filter takes the name the table shows.
    auto *attendee = guitest::child<QLineEdit>(log, u"attendeeFilter"_s);
    attendee->setText(m_attendeeName);
    QTRY_VERIFY_WITH_TIMEOUT(log->loader()->filter().subjectName == m_attendeeName && !log->loader()->isLoading(),
                             timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shown->rowCount() > 0, timeoutMs);
    for (int each = 0; each < shown->rowCount(); ++each) {
        const QString text = shown->index(each, client::AccessLogModel::Object).data(Qt::ToolTipRole).toString();
        QVERIFY2(text.contains(m_attendeeName), qPrintable(text));
    }
    controller.mainWindow()->signOutRequested();
}

// Opening a webinar reads its details, registrations and questions within a second: one row, until unticked.
void TstGuiReadableLog::appReadsAreOneRow()
{
    guitest::clearTrustStore();
    AppController controller({QString(), u"en"_s});
    ui::AccessLogView *log = openLog(controller, u"en"_s);
    QVERIFY(log);
    auto *table = guitest::child<QTableView>(log, u"accessLogTable"_s);
    auto *grouping = qobject_cast<client::AccessLogGrouping *>(table->model());
    QVERIFY(grouping);
    client::AccessLogModel *entries = log->loader()->model();
    QTRY_VERIFY_WITH_TIMEOUT(grouping->rowCount() < entries->rowCount(), timeoutMs);
    int burst = -1;
    for (int row = 0; row < grouping->rowCount() && burst < 0; ++row) {
        if (grouping->groupSize(row) >= 2)
            burst = row;
    }
    QVERIFY(burst >= 0);
    const int size = grouping->groupSize(burst);
    QCOMPARE(grouping->index(burst, client::AccessLogModel::Action).data().toString(), u"Read (%1 times)"_s.arg(size));
    QVERIFY(grouping->index(burst, 0).data(Qt::ToolTipRole).toString().contains(u"in a row by the same person"_s));
    int represented = 0;
    for (int row = 0; row < grouping->rowCount(); ++row)
        represented += grouping->groupSize(row);
    QCOMPARE(represented, entries->rowCount()); // every entry stands in exactly one row
    auto *check = guitest::child<QCheckBox>(log, u"groupReadsCheck"_s);
    check->setChecked(false);
    QCOMPARE(grouping->rowCount(), entries->rowCount());
    check->setChecked(true);
    QVERIFY(grouping->rowCount() < entries->rowCount());
    controller.mainWindow()->signOutRequested();
}

QTEST_MAIN(TstGuiReadableLog)
#include "tst_gui_readable_log.moc"
