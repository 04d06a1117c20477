// Drives the access log view against the real server (--demo), offscreen, in English and Dutch: the director sees
// the reads of registration lists of the webinars assigned to them, filters by action and free text (server-side),
// sees another session's access appear live, exports the filtered entries as CSV and sees "chain verified up to";
// client staff see their organisation's entries including the director's read; the moderator has no such view (and
// the server refuses them); the admin sees everyone's entries, sign-ins included; a server that cannot write its
// access log answers 503 and the view says so, translated, showing no entries; after an entry was changed behind the
// server's back it starts with a broken chain and the view shows the red warning; a lost server is reported in the
// view's message bar, translated.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "base/ApiError.h"
#include "models/AccessLogLabels.h"
#include "net/ClientErrors.h"
#include "protocol/ApiPaths.h"
#include "protocol/Lists.h"
#include "protocol/Roles.h"
#include "protocol/Webinar.h"
#include "session/AccessLogLoader.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "views/AccessLogView.h"
#include "widgets/ExportController.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::AccessLogLabels;
using client::AccessLogModel;
using ui::AccessLogView;
using ui::AppController;

namespace {

using guitest::child;
using guitest::timeoutMs;

constexpr auto viewContext = "regiekamer::ui::AccessLogView";

void closeNotices()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            box->close();
    }
}

// Switches the role view's tab widget to the access log and waits for the first page.
AccessLogView *openAccessLog(QWidget *view, const QString &tabsName)
{
    auto *tabs = child<QTabWidget>(view, tabsName);
    auto *log = view->findChild<AccessLogView *>();
    if (!tabs || !log)
        return nullptr;
    tabs->setCurrentWidget(log);
    if (!QTest::qWaitFor([&] { return log->loader()->isLoaded() && !log->loader()->isLoading(); }, timeoutMs))
        return nullptr;
    return log;
}

AccessLogModel *modelOf(AccessLogView *log)
{
    return log->loader()->model();
}

int rowWhere(AccessLogModel *model, const std::function<bool(const api::AuditEntry &)> &test)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (test(model->entryAt(row)))
            return row;
    }
    return -1;
}

// The part of a translated pattern before its first placeholder.
QString prefixOf(const char *source)
{
    const QString text = QCoreApplication::translate(viewContext, source);
    return text.left(text.indexOf(u'%'));
}

// Signs in as the admin with the Dutch interface and opens the access log; nullptr unless it shows entries.
AccessLogView *adminLogInDutch(AppController &controller, ServerProcess &server)
{
    QWidget *view = guitest::signIn(controller, server, Role::Admin, u"nl"_s);
    AccessLogView *log = view ? openAccessLog(view, u"adminTabs"_s) : nullptr;
    return log && modelOf(log)->rowCount() > 0 ? log : nullptr;
}

Status readRegistrations(client::ApiClient &api, qint64 webinarId)
{
    auto reply = guitest::call(api, "GET", api::path::expand(api::path::webinarRegistrations, {webinarId}));
    return reply ? Status() : Status(std::unexpected(reply.error()));
}

} // namespace

class TstGuiAccessLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void directorFiltersSeesLiveAndExports_data();
    void directorFiltersSeesLiveAndExports();
    void clientStaffSeesTheDirectorsRead();
    void moderatorHasNoAccessLog();
    void adminSeesEverything();
    void unwritableLogIsReported();
    void brokenChainIsShownInRed(); // restarts the server
    void lostServerIsReported(); // last: stops the server
    void cleanupTestCase();

private:
    void checkFiltersAndLive(AccessLogView *log, client::ApiClient &other, qint64 webinarId);
    void checkExport(AccessLogView *log, const QString &language);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
    QTemporaryDir m_files;
};

void TstGuiAccessLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
}

void TstGuiAccessLog::init()
{
    guitest::clearTrustStore();
    closeNotices();
}

void TstGuiAccessLog::directorFiltersSeesLiveAndExports_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tabText");
    QTest::newRow("en") << u"en"_s << u"Access log"_s;
    QTest::newRow("nl") << u"nl"_s << u"Toegangslog"_s;
}

void TstGuiAccessLog::directorFiltersSeesLiveAndExports()
{
    QFETCH(QString, language);
    QFETCH(QString, tabText);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
    QVERIFY(view);
    client::SessionController *session = controller.session();
    QTRY_VERIFY_WITH_TIMEOUT(session->webinars()->rowCount() > 0, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->connection(), client::SessionController::Connection::Live, timeoutMs);
    const qint64 webinarId = session->webinars()->webinars().first().id;
    // The director reads a registration list (in a second session of the same account).
    auto other = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(other);
    QVERIFY(readRegistrations(*other, webinarId));
    QVERIFY(readRegistrations(*other, webinarId));

    auto *tabs = child<QTabWidget>(view, u"directorSections"_s);
    QVERIFY(tabs);
    guitest::expectText(tabs->tabText(tabs->indexOf(view->findChild<AccessLogView *>())),
                        "regiekamer::ui::DirectorView", "Access log", tabText, language);
    QVERIFY(!QTest::currentTestFailed());
    AccessLogView *log = openAccessLog(view, u"directorSections"_s);
    QVERIFY(log);
    AccessLogModel *model = modelOf(log);
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(model,
                                      [&](const api::AuditEntry &e) {
                                          return e.action == u"read"_s && e.objectType == u"registration"_s &&
                                              e.webinarId == webinarId && e.actorId == session->user().id;
                                      }) >= 0,
                             timeoutMs);
    for (const api::AuditEntry &entry : model->entries()) // only the webinars assigned to the director
        QVERIFY(std::ranges::any_of(session->webinars()->webinars(), [&](auto &w) { return w.id == entry.webinarId; }));
    QCOMPARE(model->headerData(AccessLogModel::Who, Qt::Horizontal).toString(),
             language == u"nl"_s ? u"Wie"_s : u"Who"_s);

    auto *chain = child<QLabel>(view, u"chainStatusLabel"_s);
    const QString verified = prefixOf("Chain verified up to entry %1 of %2 at %3");
    QVERIFY(verified.startsWith(language == u"nl"_s ? u"Keten"_s : u"Chain verified up to entry"_s));
    QTRY_VERIFY_WITH_TIMEOUT(chain->text().startsWith(verified), 40000);
    QVERIFY(chain->property("intact").toBool());

    checkFiltersAndLive(log, *other, webinarId);
    if (QTest::currentTestFailed())
        return;
    checkExport(log, language);
    closeNotices();
    controller.mainWindow()->signOutRequested();
    QTRY_COMPARE(model->rowCount(), 0); // nothing stays behind after signing out
}

void TstGuiAccessLog::checkFiltersAndLive(AccessLogView *log, client::ApiClient &other, qint64 webinarId)
{
    AccessLogModel *model = modelOf(log);
    // Action filter: only reads, re-queried on the server.
    auto *action = child<QComboBox>(log, u"actionFilter"_s);
    action->setCurrentIndex(action->findData(u"read"_s));
    QCOMPARE(action->currentText(), AccessLogLabels::actionName(u"read"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!log->loader()->isLoading() && model->rowCount() > 0, timeoutMs);
    QCOMPARE(log->loader()->filter().action, u"read"_s);
    for (const api::AuditEntry &entry : model->entries())
        QCOMPARE(entry.action, u"read"_s);

    // Free text: one entry's request id finds exactly that entry.
    const api::AuditEntry picked = model->entryAt(model->rowCount() - 1);
    auto *search = child<QLineEdit>(log, u"accessSearchEdit"_s);
    QTest::keyClicks(search, picked.requestId);
    QTRY_VERIFY_WITH_TIMEOUT(log->loader()->filter().text == picked.requestId && !log->loader()->isLoading(),
                             timeoutMs);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entryAt(0).sequence, picked.sequence);
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(log->loader()->filter().text.isEmpty() && !log->loader()->isLoading(), timeoutMs);
    QVERIFY(model->rowCount() > 1);

    // Live: another session's read appears at the top, without a reload.
    const qint64 newest = model->entryAt(0).sequence;
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QVERIFY(readRegistrations(other, webinarId));
    QTRY_VERIFY_WITH_TIMEOUT(model->entryAt(0).sequence > newest, timeoutMs);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!inserted.isEmpty());
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(model->entryAt(0).action, u"read"_s);
    QCOMPARE(model->entryAt(0).webinarId, webinarId);
    QCOMPARE(model->index(0, AccessLogModel::Action).data().toString(), AccessLogLabels::actionName(u"read"_s));
}

void TstGuiAccessLog::checkExport(AccessLogView *log, const QString &language)
{
    AccessLogModel *model = modelOf(log);
    QVERIFY(!model->canFetchMore({})); // the few reads fit on one page: the model holds them all
    const QString path = m_files.filePath(u"access-log-%1.csv"_s.arg(language));
    ui::ExportController::setFileChooser(
        [path](QWidget *, const QString &suggested) { return suggested.endsWith(u".csv"_s) ? path : QString(); });
    QTest::mouseClick(child<QPushButton>(log, u"accessLogExportButton"_s), Qt::LeftButton);
    auto *status = child<QLabel>(log, u"accessLogExportStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), timeoutMs);
    ui::ExportController::setFileChooser({});
    QVERIFY2(status->property("success").toBool(), qPrintable(status->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("sequence,at,actor,role,"));
    QCOMPARE(ui::ExportController::countCsvRows(path), qint64(model->rowCount()));
    // The export is logged too, but as an export: it does not show under the "read" filter.
    QCOMPARE(model->entryAt(0).action, u"read"_s);
}

void TstGuiAccessLog::clientStaffSeesTheDirectorsRead()
{
    const auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(director);
    const auto reply = guitest::call(*director, "GET", QString::fromLatin1(api::path::webinars));
    QVERIFY(reply);
    const auto directed = api::listFromJson<api::WebinarSummary>(*reply);
    QVERIFY(directed);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::ClientStaff);
    QVERIFY(view);
    client::SessionController *session = controller.session();
    QTRY_VERIFY_WITH_TIMEOUT(session->webinars()->rowCount() > 0, timeoutMs);
    // A webinar of the client's organisation that the director runs.
    qint64 shared = 0;
    for (const api::WebinarSummary &webinar : session->webinars()->webinars()) {
        if (std::ranges::any_of(*directed, [&](const api::WebinarSummary &w) { return w.id == webinar.id; }))
            shared = webinar.id;
    }
    QVERIFY(shared > 0);
    QVERIFY(readRegistrations(*director, shared));
    AccessLogView *log = openAccessLog(view, u"clientStaffSections"_s);
    QVERIFY(log);
    AccessLogModel *model = modelOf(log);
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(model,
                                      [&](const api::AuditEntry &e) {
                                          return e.actorRole == u"director"_s && e.action == u"read"_s &&
                                              e.webinarId == shared;
                                      }) >= 0,
                             timeoutMs);
    for (const api::AuditEntry &entry : model->entries())
        QCOMPARE(entry.organisationId, session->user().organisationId);
    const int row = rowWhere(model, [&](const api::AuditEntry &e) { return e.actorRole == u"director"_s; });
    QCOMPARE(model->index(row, AccessLogModel::Role).data().toString(), roleDisplayName(Role::Director));
    QVERIFY(child<QPushButton>(log, u"accessLogExportButton"_s)->isVisibleTo(log));
    controller.mainWindow()->signOutRequested();
}

void TstGuiAccessLog::moderatorHasNoAccessLog()
{
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Moderator);
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"moderatorView"_s);
    QVERIFY(!controller.mainWindow()->findChild<AccessLogView *>());
    const auto moderator = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Moderator));
    QVERIFY(moderator);
    const auto refused = guitest::call(*moderator, "GET", QString::fromLatin1(api::path::auditLog));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"forbidden"_s);
    controller.mainWindow()->signOutRequested();
}

void TstGuiAccessLog::adminSeesEverything()
{
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Admin);
    QVERIFY(view);
    AccessLogView *log = openAccessLog(view, u"adminTabs"_s);
    QVERIFY(log);
    AccessLogModel *model = modelOf(log);
    // Sign-ins of other people (no webinar) and reads in webinars of both organisations.
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(model,
                                      [](const api::AuditEntry &e) {
                                          return e.action == u"login"_s && e.actorRole == u"client_staff"_s;
                                      }) >= 0,
                             timeoutMs);
    QVERIFY(rowWhere(model, [](const api::AuditEntry &e) { return e.actorRole == u"moderator"_s; }) >= 0);
    QVERIFY(rowWhere(model, [](const api::AuditEntry &e) { return e.outcome == u"denied"_s; }) >= 0);
    const int denied = rowWhere(model, [](const api::AuditEntry &e) { return e.outcome == u"denied"_s; });
    QCOMPARE(model->index(denied, AccessLogModel::Outcome).data().toString(), u"Denied"_s);
    controller.mainWindow()->signOutRequested();
}

void TstGuiAccessLog::unwritableLogIsReported()
{
    AppController controller({QString(), u"en"_s});
    AccessLogView *log = adminLogInDutch(controller, m_server);
    QVERIFY(log);
    SqlFile database(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    QVERIFY(database.isOpen());
    QCOMPARE(database.exec(u"CREATE TRIGGER gui_test_fault BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s),
             QString());
    auto *action = child<QComboBox>(log, u"actionFilter"_s);
    action->setCurrentIndex(action->findData(u"login"_s)); // reading the log is logged too, so this read is refused
    auto *messages = child<ui::MessageBar>(log, u"accessLogMessages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible() && messages->kind() == ui::MessageBar::Kind::Error, timeoutMs);
    const QString expected = api::describeApiError(QString::fromLatin1(api::errc::accessLogUnavailable));
    QCOMPARE(messages->text(), expected);
    QVERIFY2(expected.startsWith(u"De server"_s), qPrintable(expected)); // in Dutch
    QCOMPARE(modelOf(log)->rowCount(), 0);

    QCOMPARE(database.exec(u"DROP TRIGGER gui_test_fault"_s), QString());
    action->setCurrentIndex(action->findData(QString())); // all actions again: the log answers again
    QTRY_VERIFY_WITH_TIMEOUT(modelOf(log)->rowCount() > 0 && !messages->isVisible(), timeoutMs);
    controller.mainWindow()->signOutRequested();
}

void TstGuiAccessLog::brokenChainIsShownInRed()
{
    QStringList original;
    QCOMPARE(m_server.terminate(), 0);
    {
        SqlFile database(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
        QVERIFY(database.isOpen());
        // A plain column: a changed sealed one (actor name, address) would also make the entry unreadable.
        original = database.rows(u"SELECT reason FROM audit_log WHERE seq = 3"_s);
        QCOMPARE(original.size(), 1);
        QCOMPARE(database.exec(u"UPDATE audit_log SET reason = 'edited afterwards' WHERE seq = 3"_s), QString());
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData()); // the start-up verification finds the change
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Admin, u"nl"_s);
    QVERIFY(view);
    AccessLogView *log = openAccessLog(view, u"adminTabs"_s);
    QVERIFY(log);
    auto *chain = child<QLabel>(view, u"chainStatusLabel"_s);
    const QString warning = prefixOf("Warning: the access log has been tampered with or damaged from entry %1 on. "
                                     "Tell the administrator. Details: %2");
    QVERIFY2(warning.startsWith(u"Waarschuwing"_s), qPrintable(warning));
    QTRY_VERIFY_WITH_TIMEOUT(chain->text().startsWith(warning), 40000);
    const QString afterPrefix = chain->text().mid(warning.size()); // names the first bad entry: 3
    QVERIFY2(afterPrefix.startsWith(u'3') && !afterPrefix.at(1).isDigit(), qPrintable(chain->text()));
    QVERIFY(!chain->property("intact").toBool());
    QVERIFY(chain->styleSheet().contains(u"color"_s));
    // The server serves no data while its log is broken: the entries themselves are refused, with the reason.
    auto *messages = child<ui::MessageBar>(log, u"accessLogMessages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), timeoutMs);
    QCOMPARE(messages->text(), api::describeApiError(QString::fromLatin1(api::errc::accessLogBroken)));
    QCOMPARE(modelOf(log)->rowCount(), 0);
    controller.mainWindow()->signOutRequested();

    // The next tests need an intact log again.
    QCOMPARE(m_server.terminate(), 0);
    {
        SqlFile database(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
        QCOMPARE(
            database.exec(u"UPDATE audit_log SET reason = ? WHERE seq = 3"_s, {QString(u""_s + original.constFirst())}),
            QString());
    }
    QVERIFY2(m_server.start(), m_server.lastOutput().constData());
}

void TstGuiAccessLog::lostServerIsReported()
{
    AppController controller({QString(), u"en"_s});
    AccessLogView *log = adminLogInDutch(controller, m_server);
    QVERIFY(log);
    QCOMPARE(m_server.terminate(), 0);
    auto *action = child<QComboBox>(log, u"actionFilter"_s);
    action->setCurrentIndex(action->findData(u"login"_s)); // re-queries the server, which is gone
    auto *messages = child<ui::MessageBar>(log, u"accessLogMessages"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible() && messages->kind() == ui::MessageBar::Kind::Error, timeoutMs);
    const QUrl server = controller.session()->server();
    QVERIFY2(messages->text() == client::errc::unreachableMessage(server) ||
                 messages->text() == client::errc::timeoutMessage(server),
             qPrintable(messages->text()));
    QVERIFY(!messages->text().startsWith(u"Cannot reach"_s)); // in Dutch
    QCOMPARE(modelOf(log)->rowCount(), 0);
}

void TstGuiAccessLog::cleanupTestCase()
{
    closeNotices();
    m_server.terminate();
    guitest::clearTrustStore();
}

QTEST_MAIN(TstGuiAccessLog)
#include "tst_gui_access_log.moc"
