// The report tab against the real server (--demo), offscreen, in English and Dutch:
// - the director and the client's staff see the chosen webinar's numbers and four charts, equal to what the server
//   counts (GET …/report), translated; the moderator has no report tab;
// - a decision made elsewhere reaches the charts by the live events, without pressing Refresh;
// - "Export PDF…" writes a PDF and the access log records the export of the report (not a read).
#include "ApiRequests.h"
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "panels/ReportPanel.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/Report.h"
#include "protocol/Roles.h"
#include "session/ReportLoader.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::timeoutMs;

QList<qint64> barValues(QChartView *view)
{
    QList<qint64> values;
    const auto series = view->chart()->series();
    if (series.isEmpty())
        return values;
    auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars || bars->barSets().isEmpty())
        return values;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        values.prepend(qint64(bars->barSets().first()->at(i))); // the first count is the top bar
    return values;
}

QList<qint64> counts(const QList<api::NamedCount> &named)
{
    QList<qint64> values;
    for (const api::NamedCount &each : named)
        values << each.count;
    return values;
}

} // namespace

class TstGuiReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chartsShowTheServersCounts_data();
    void chartsShowTheServersCounts();
    void moderatorHasNoReport();

private:
    QString tokenOf(Role role);
    api::WebinarReport serverReport(Role role);
    // Signs in, chooses the test's webinar and opens the report tab; the panel once its report is shown.
    ui::ReportPanel *openReport(AppController &controller, Role role, const QString &language);
    void approveOnePending();
    QList<api::AuditEntry> reportEntries(qint64 actorId);

    QCA::Initializer *m_crypto = new QCA::Initializer; // lives as long as the process (QCA plug-ins)
    ServerProcess m_server;
    ApiRequests m_api;
    qint64 m_webinarId = 0;
};

void TstGuiReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    QVERIFY(m_api.connectTo(m_server));
    // A webinar of the client staff member's organisation that the director runs, with pending registrations.
    const QString director = tokenOf(Role::Director);
    const ApiReply me = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::me)), tokenOf(Role::ClientStaff));
    const qint64 organisation = me.json()[u"organisationId"_s].toInteger();
    const ApiReply webinars = m_api.send("GET", m_api.url(QString::fromLatin1(api::path::webinars)), director);
    for (const QJsonValue webinar : webinars.items()) {
        const qint64 id = webinar[u"id"_s].toInteger();
        const ApiReply pending = m_api.send(
            "GET", m_api.url(api::path::expand(api::path::webinarRegistrations, {id}), {{u"approval"_s, u"pending"_s}}),
            director);
        if (webinar[u"organisationId"_s].toInteger() == organisation && pending.items().size() >= 2) {
            m_webinarId = id;
            break;
        }
    }
    QVERIFY2(m_webinarId > 0, "the demo data has a webinar of the client's with pending registrations");
}

QString TstGuiReport::tokenOf(Role role)
{
    const ServerProcess::DemoAccount account = m_server.demoAccounts().value(role);
    return m_api.login(account.email, account.password);
}

api::WebinarReport TstGuiReport::serverReport(Role role)
{
    const ApiReply reply =
        m_api.send("GET", m_api.url(api::path::expand(api::path::webinarReport, {m_webinarId})), tokenOf(role));
    auto report = api::WebinarReport::fromJson(reply.json());
    return report.value_or(api::WebinarReport {});
}

void TstGuiReport::approveOnePending()
{
    const QString director = tokenOf(Role::Director);
    const ApiReply pending = m_api.send(
        "GET",
        m_api.url(api::path::expand(api::path::webinarRegistrations, {m_webinarId}), {{u"approval"_s, u"pending"_s}}),
        director);
    QVERIFY(!pending.items().isEmpty());
    const QJsonObject registration = pending.items().first().toObject();
    const ApiReply approved = m_api.sendJson(
        "PATCH", m_api.url(api::path::expand(api::path::registration, {registration[u"id"_s].toInteger()})), director,
        {{u"approvalState"_s, u"approved"_s}, {u"version"_s, registration[u"version"_s].toInteger()}});
    QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
}

QList<api::AuditEntry> TstGuiReport::reportEntries(qint64 actorId)
{
    const ApiReply reply =
        m_api.send("GET",
                   m_api.url(QString::fromLatin1(api::path::auditLog),
                             {{u"actor"_s, QString::number(actorId)}, {u"webinar"_s, QString::number(m_webinarId)}}),
                   tokenOf(Role::Admin));
    auto page = api::AuditPage::fromJson(reply.json());
    QList<api::AuditEntry> entries;
    for (const api::AuditEntry &entry : page ? page->items : QList<api::AuditEntry>())
        if (entry.objectType == u"report"_s)
            entries << entry;
    return entries;
}

ui::ReportPanel *TstGuiReport::openReport(AppController &controller, Role role, const QString &language)
{
    guitest::clearTrustStore();
    QWidget *view = guitest::signIn(controller, m_server, role, language);
    if (!view)
        return nullptr;
    client::SessionController *session = controller.session();
    auto *table = guitest::child<QTableView>(view, u"webinarTable"_s);
    if (!QTest::qWaitFor([&] { return table && table->model()->rowCount() > 0; }, timeoutMs))
        return nullptr;
    for (int row = 0; row < table->model()->rowCount() && session->workspace()->webinarId() != m_webinarId; ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        (void)QTest::qWaitFor([&] { return session->workspace()->webinarId() != 0; }, timeoutMs);
    }
    auto *panel = view->findChild<ui::ReportPanel *>();
    if (!panel || session->workspace()->webinarId() != m_webinarId)
        return nullptr;
    for (auto *tabs : view->findChildren<QTabWidget *>())
        if (tabs->indexOf(panel) >= 0)
            tabs->setCurrentWidget(panel);
    (void)QTest::qWaitFor([&] { return panel->loader()->report().has_value(); }, timeoutMs);
    return panel->loader()->report() ? panel : nullptr;
}

void TstGuiReport::chartsShowTheServersCounts_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("language");
    QTest::newRow("director-en") << Role::Director << u"en"_s;
    QTest::newRow("client-staff-nl") << Role::ClientStaff << u"nl"_s;
}

void TstGuiReport::chartsShowTheServersCounts()
{
    QFETCH(Role, role);
    QFETCH(QString, language);
    AppController controller({QString(), u"en"_s});
    ui::ReportPanel *panel = openReport(controller, role, language);
    QVERIFY(panel);
    const api::WebinarReport expected = serverReport(role);
    QCOMPARE(panel->loader()->report()->funnel, expected.funnel);

    auto *heading = guitest::child<QLabel>(panel, u"reportHeading"_s);
    const QString title = controller.session()->workspace()->detail()->summary.title;
    QCOMPARE(heading->text(), (language == u"nl"_s ? u"Rapport: %1"_s : u"Report: %1"_s).arg(title));
    auto *summary = guitest::child<QLabel>(panel, u"reportSummary"_s);
    QVERIFY2(summary->text().startsWith(QString::number(expected.registrationTotal()) + u' '),
             qPrintable(summary->text()));

    auto *registrations = guitest::child<QChartView>(panel, u"reportChart0"_s);
    auto *line = qobject_cast<QLineSeries *>(registrations->chart()->series().value(0));
    QVERIFY(line && line->count() > 0);
    QCOMPARE(qint64(line->at(line->count() - 1).y()), expected.registrationTotal());
    auto *questions = guitest::child<QChartView>(panel, u"reportChart2"_s);
    QCOMPARE(barValues(questions), counts(expected.questionsByState));
    guitest::expectText(questions->chart()->title(), "ReportCharts", "Questions by state", u"Vragen per status"_s,
                        language);
    QVERIFY(!QTest::currentTestFailed());
    auto *funnel = guitest::child<QChartView>(panel, u"reportChart3"_s);
    QCOMPARE(barValues(funnel), counts(expected.funnel));
    QVERIFY(!funnel->accessibleName().isEmpty());
    QVERIFY(!funnel->accessibleDescription().isEmpty());

    // A decision made in another app arrives by the live events: no Refresh.
    const qint64 approvedBefore = expected.funnel.value(1).count;
    approveOnePending();
    QTRY_COMPARE_WITH_TIMEOUT(barValues(funnel).value(1), approvedBefore + 1, timeoutMs);

    // The PDF, and the export in the access log.
    QTemporaryDir folder;
    const QString path = folder.filePath(u"report.pdf"_s);
    ui::ReportPanel::setFileChooser(
        [path](QWidget *, const QString &suggested) { return suggested.endsWith(u".pdf"_s) ? path : QString(); });
    auto *exportButton = guitest::child<QPushButton>(panel, u"exportReportButton"_s);
    QVERIFY(exportButton->isVisible() && exportButton->isEnabled());
    exportButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), timeoutMs);
    ui::ReportPanel::setFileChooser({});
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 8000, "a PDF with four charts");
    if (const QString keep = qEnvironmentVariable("REGIEKAMER_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(path, u"%1/report-%2.pdf"_s.arg(keep, language));
    const QList<api::AuditEntry> entries = reportEntries(controller.session()->user().id);
    QVERIFY2(!entries.isEmpty() && entries.first().action == u"export"_s, "the newest report entry is the export");
    QVERIFY(std::ranges::any_of(entries, [](const api::AuditEntry &entry) { return entry.action == u"read"_s; }));
    controller.mainWindow()->signOutRequested();
}

void TstGuiReport::moderatorHasNoReport()
{
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Moderator);
    QVERIFY(view);
    QVERIFY(!view->findChild<ui::ReportPanel *>());
    controller.mainWindow()->signOutRequested();
}

QTEST_MAIN(TstGuiReport)
#include "tst_gui_report.moc"
