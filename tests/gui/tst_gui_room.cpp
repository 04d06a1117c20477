// The live room in the desktop app against the real server (--demo), offscreen, in English and Dutch: the
// director's attendee table and the moderator's presence list and count follow a viewer's join and leave row by row
// (the access log shows no new read of the attendee list, only of that one registration); the moderator sends the
// attendee out after confirming; the director bans with a required reason and lifts the ban; the client's staff see
// the ban and its reason in their attendee table.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "SqlFile.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Room.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::call;
using guitest::child;
using guitest::expectText;
using guitest::timeoutMs;

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s;
const QString viewerName = u"Sanne de Vries"_s;
const QString joinToken = QString(43, u'r');

} // namespace

class TstGuiRoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { guitest::clearTrustStore(); }
    void language_data();
    void directorFollowsTheRoomAndBans_data() { language_data(); }
    void directorFollowsTheRoomAndBans();
    void moderatorSeesPresenceAndSendsOut_data() { language_data(); }
    void moderatorSeesPresenceAndSendsOut();
    void clientStaffSeeTheBan_data() { language_data(); }
    void clientStaffSeeTheBan();
    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }

private:
    QWidget *signIn(AppController &controller, Role role, const QString &language);
    void selectLive(QWidget *view);
    // How often the role read pages of the live webinar's attendee list (a list entry has a row count), or the one
    // registration, per the access log.
    qint64 listReads(const QString &role);
    qint64 registrationReads(const QString &role);
    // The list's reads once the opening loads are over: unchanged for a second.
    qint64 settledListReads(const QString &role);
    void viewerJoins();
    void viewerLeaves();
    int rowOf(const QAbstractItemModel *model, qint64 registrationId);

    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
    ServerProcess m_server;
    std::unique_ptr<client::ApiClient> m_viewer;
    qint64 m_live = 0, m_registration = 0;
};

void TstGuiRoom::language_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TstGuiRoom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    m_viewer = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Viewer));
    QVERIFY(m_viewer);
    const auto own = call(*m_viewer, "GET", QString::fromLatin1(api::path::myRegistrations));
    QVERIFY(own);
    auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(director);
    const auto webinars = call(*director, "GET", QString::fromLatin1(api::path::webinars));
    QVERIFY(webinars);
    for (const QJsonValue &item : webinars->value(u"items"_s).toArray()) {
        if (item.toObject().value(u"title"_s).toString() == liveTitle)
            m_live = item.toObject().value(u"id"_s).toInteger();
    }
    for (const QJsonValue &item : own->value(u"items"_s).toArray()) {
        if (item.toObject().value(u"webinarId"_s).toInteger() == m_live)
            m_registration = item.toObject().value(u"id"_s).toInteger();
    }
    QVERIFY(m_live > 0 && m_registration > 0);
    const QString path = api::path::expand(api::path::registration, {m_registration});
    const auto current = call(*director, "GET", path);
    QVERIFY(current);
    if (current->value(u"approvalState"_s).toString() != u"approved"_s)
        QVERIFY(call(*director, "PATCH", path,
                     {{u"approvalState"_s, u"approved"_s}, {u"version"_s, current->value(u"version"_s)}}));
    SqlFile file(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(joinToken.toLatin1(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(file.exec(u"UPDATE registrations SET join_token_hash = ? WHERE id = ?"_s, {hash, m_registration}),
             QString());
    viewerLeaves(); // the demo may have the viewer in the room
}

QWidget *TstGuiRoom::signIn(AppController &controller, Role role, const QString &language)
{
    QWidget *view = guitest::signIn(controller, m_server, role, language);
    if (view &&
        !QTest::qWaitFor(
            [&] { return controller.session()->connection() == client::SessionController::Connection::Live; },
            timeoutMs))
        return nullptr;
    return view;
}

void TstGuiRoom::selectLive(QWidget *view)
{
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = table->model()
                                        ->match(table->model()->index(0, client::WebinarListModel::Title),
                                                Qt::DisplayRole, liveTitle, 1, Qt::MatchExactly)
                                        .value(0)
                                        .row()) >= 0,
                             timeoutMs);
    table->selectRow(row);
}

qint64 TstGuiRoom::listReads(const QString &role)
{
    SqlFile file(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    return file
        .rows(u"SELECT COUNT(*) FROM audit_log WHERE actor_role = ? AND action = 'read'"
              " AND object_type = 'registration' AND object_id = ? AND row_count >= 0"_s,
              {role, m_live})
        .value(0)
        .toLongLong();
}

qint64 TstGuiRoom::registrationReads(const QString &role)
{
    SqlFile file(QDir(m_server.dataDir()).filePath(u"regiekamer.sqlite"_s));
    return file
        .rows(u"SELECT COUNT(*) FROM audit_log WHERE actor_role = ? AND action = 'read'"
              " AND object_type = 'registration' AND object_id = ? AND row_count = -1"_s,
              {role, m_registration})
        .value(0)
        .toLongLong();
}

qint64 TstGuiRoom::settledListReads(const QString &role)
{
    qint64 last = -1;
    for (int round = 0; round < 20; ++round) {
        const qint64 now = listReads(role);
        if (now == last)
            return now;
        last = now;
        QTest::qWait(1000);
    }
    return last;
}

void TstGuiRoom::viewerJoins()
{
    const auto joined =
        call(*m_viewer, "POST", QString::fromLatin1(api::path::roomJoin), api::RoomJoin {joinToken}.toJson());
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error().message));
}

void TstGuiRoom::viewerLeaves()
{
    QVERIFY(call(*m_viewer, "POST", api::path::expand(api::path::registrationLeave, {m_registration})));
}

int TstGuiRoom::rowOf(const QAbstractItemModel *model, qint64 registrationId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(client::RegistrationModel::IdRole).toLongLong() == registrationId)
            return row;
    }
    return -1;
}

// The director's table follows the join and the leave without loading the list again; ban and lift the ban.
void TstGuiRoom::directorFollowsTheRoomAndBans()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = signIn(controller, Role::Director, language);
    QVERIFY(view);
    selectLive(view);
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_COMPARE_WITH_TIMEOUT(workspace->webinarId(), m_live, timeoutMs);
    auto *table = child<QTableView>(view, u"attendeeTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table->model(), m_registration) >= 0, timeoutMs);
    const qint64 lists = settledListReads(u"director"_s), ones = registrationReads(u"director"_s);
    client::RegistrationModel *model = workspace->registrations();
    const int presentColumn = model->columnOf(client::RegistrationModel::Field::Present);
    const auto present = [&] {
        const int row = model->rowOfId(m_registration);
        return row >= 0 && model->index(row, presentColumn).data(client::RegistrationModel::SortRole).toBool();
    };
    QVERIFY(!present());

    viewerJoins();
    QTRY_VERIFY_WITH_TIMEOUT(present(), timeoutMs);
    viewerLeaves();
    QTRY_VERIFY_WITH_TIMEOUT(!present(), timeoutMs);
    // The row shows the event at once; the fetch of that one registration follows (each time, or folded into one).
    QTRY_VERIFY_WITH_TIMEOUT(registrationReads(u"director"_s) >= ones + 1, timeoutMs);
    QTest::qWait(500);
    QCOMPARE(listReads(u"director"_s), lists); // no page of the list was loaded again

    // Ban: the button asks for a reason, which is required; the table shows it.
    table->selectRow(table->model()->index(rowOf(table->model(), m_registration), 0).row());
    auto *ban = child<QPushButton>(view, u"banButton"_s);
    QVERIFY(ban && ban->isEnabled());
    QVERIFY(!child<QPushButton>(view, u"unbanButton"_s)->isEnabled());
    expectText(ban->text(), "regiekamer::ui::RoomActions", "Ba&n …", u"We&ren …"_s, language);
    ban->click();
    QWidget *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = view->findChild<QWidget *>(u"banDialog"_s)) != nullptr, timeoutMs);
    auto *confirm = child<QPushButton>(dialog, u"banConfirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // no reason yet
    child<QPlainTextEdit>(dialog, u"banReasonEdit"_s)->setPlainText(u"Herhaaldelijk reclame in de chat"_s);
    QVERIFY(confirm->isEnabled());
    confirm->click();
    const int reasonColumn = model->columnOf(client::RegistrationModel::Field::BanReason);
    QVERIFY(reasonColumn >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOfId(m_registration), reasonColumn).data().toString(),
                              u"Herhaaldelijk reclame in de chat"_s, timeoutMs);
    const auto refused =
        call(*m_viewer, "POST", QString::fromLatin1(api::path::roomJoin), api::RoomJoin {joinToken}.toJson());
    QVERIFY(!refused);
    // Lift it (Alt+L); the row follows.
    auto *unban = child<QPushButton>(view, u"unbanButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(unban->isEnabled(), timeoutMs);
    unban->click();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOfId(m_registration), reasonColumn).data().toString(), QString(),
                              timeoutMs);
}

// The moderator's presence list and count follow the join; "Send out" asks first, then the row leaves the list.
void TstGuiRoom::moderatorSeesPresenceAndSendsOut()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = signIn(controller, Role::Moderator, language);
    QVERIFY(view);
    selectLive(view);
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_COMPARE_WITH_TIMEOUT(workspace->webinarId(), m_live, timeoutMs);
    auto *list = child<QListView>(view, u"presentList"_s);
    auto *count = child<QLabel>(view, u"presentCountLabel"_s);
    const auto listed = [&] {
        return !list->model()
                    ->match(list->model()->index(0, list->modelColumn()), Qt::DisplayRole, viewerName, 1,
                            Qt::MatchStartsWith)
                    .isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(workspace->registrations()->rowOfId(m_registration) >= 0, timeoutMs);
    const qint64 lists = settledListReads(u"moderator"_s);
    const int before = list->model()->rowCount();
    QVERIFY(!listed());

    viewerJoins();
    QTRY_VERIFY_WITH_TIMEOUT(listed(), timeoutMs);
    QCOMPARE(list->model()->rowCount(), before + 1);
    QVERIFY(count->text().contains(QString::number(before + 1)));
    QCOMPARE(listReads(u"moderator"_s), lists);

    // Select the viewer and send them out (Alt+O in English): a confirmation names them first.
    const QModelIndex row =
        list->model()
            ->match(list->model()->index(0, list->modelColumn()), Qt::DisplayRole, viewerName, 1, Qt::MatchStartsWith)
            .value(0);
    list->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    auto *send = child<QPushButton>(view, u"removeFromRoomButton"_s);
    QVERIFY(send->isEnabled());
    QVERIFY(!view->findChild<QPushButton *>(u"banButton"_s)); // banning is the director's
    expectText(send->text(), "regiekamer::ui::RoomActions", "Send &out …", u"Uit de zaal &sturen …"_s, language);
    send->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"removeFromRoomBox"_s)) != nullptr, timeoutMs);
    QVERIFY(box->text().contains(viewerName));
    child<QPushButton>(box, u"removeFromRoomConfirmButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!listed(), timeoutMs);
    QCOMPARE(list->model()->rowCount(), before);
    QCOMPARE(listReads(u"moderator"_s), lists);
}

// The client's staff see a ban and its reason in their attendee table.
void TstGuiRoom::clientStaffSeeTheBan()
{
    QFETCH(QString, language);
    auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(director);
    const QString ban = api::path::expand(api::path::registrationBan, {m_registration});
    QVERIFY(call(*director, "PUT", ban, {{u"reason"_s, u"Schold de spreker uit"_s}}));
    AppController controller({QString(), language});
    QWidget *view = signIn(controller, Role::ClientStaff, language);
    QVERIFY(view);
    selectLive(view);
    client::RegistrationModel *model = controller.session()->workspace()->registrations();
    const int column = model->columnOf(client::RegistrationModel::Field::BanReason);
    QVERIFY(column >= 0);
    expectText(model->headerData(column, Qt::Horizontal).toString(), "regiekamer::client::RegistrationModel",
               "Banned because", u"Geweerd omdat"_s, language);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(m_registration) >= 0, timeoutMs);
    QCOMPARE(model->index(model->rowOfId(m_registration), column).data().toString(), u"Schold de spreker uit"_s);
    QVERIFY(!view->findChild<QPushButton *>(u"banButton"_s) ||
            !view->findChild<QPushButton *>(u"banButton"_s)->isVisible());
    QVERIFY(call(*director, "DELETE", ban));
}

QTEST_MAIN(TstGuiRoom)
#include "tst_gui_room.moc"
