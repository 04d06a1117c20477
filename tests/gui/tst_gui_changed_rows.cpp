// A change event arriving in the desktop app (issue 19), offscreen, in English and Dutch: director B has the 300
// attendees of a webinar open, scrolled down with one registration selected; director A (another session) approves or
// rejects that registration and another one in view. The rows show their new state, and the selection, the current
// row and the scroll position stay on the same registration: the table neither resets nor jumps.
#include "ChangedRowsFixture.h"
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/RegistrationFilterModel.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Registration.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::call;
using guitest::child;
using guitest::timeoutMs;

constexpr int seeded = 300;
const QString seededTitle = u"Benchmark: 100,000 attendees"_s;

api::ApprovalState otherState(api::ApprovalState state)
{
    return state == api::ApprovalState::Approved ? api::ApprovalState::Rejected : api::ApprovalState::Approved;
}

} // namespace

class TstGuiChangedRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { guitest::clearTrustStore(); }
    void selectionAndScrollStay_data();
    void selectionAndScrollStay();
    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }

private:
    QTableView *openSeeded(QWidget *view);
    // Director A decides on the registration; the new state.
    api::ApprovalState decide(qint64 registrationId);

    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
    ServerProcess m_server;
    std::unique_ptr<client::ApiClient> m_directorA;
    qint64 m_webinar = 0;
};

void TstGuiChangedRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_webinar = changedrows::startWithSeededWebinar(m_server, seeded);
    QVERIFY(m_webinar > 0);
    m_directorA = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
    QVERIFY(m_directorA);
}

void TstGuiChangedRows::selectionAndScrollStay_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

QTableView *TstGuiChangedRows::openSeeded(QWidget *view)
{
    auto *webinars = child<QTableView>(view, u"webinarTable"_s);
    if (!webinars)
        return nullptr;
    int row = -1;
    if (!QTest::qWaitFor(
            [&] {
                row = webinars->model()
                          ->match(webinars->model()->index(0, client::WebinarListModel::Title), Qt::DisplayRole,
                                  seededTitle, 1, Qt::MatchExactly)
                          .value(0)
                          .row();
                return row >= 0;
            },
            timeoutMs))
        return nullptr;
    webinars->selectRow(row);
    auto *table = child<QTableView>(view, u"attendeeTable"_s);
    if (!table || !QTest::qWaitFor([&] { return table->model()->rowCount() == seeded; }, timeoutMs))
        return nullptr;
    return table;
}

api::ApprovalState TstGuiChangedRows::decide(qint64 registrationId)
{
    const QString path = api::path::expand(api::path::registration, {registrationId});
    const auto current = call(*m_directorA, "GET", path);
    if (!current)
        return api::ApprovalState::Pending;
    const auto state = otherState(api::approvalStateFromWire(current->value(u"approvalState"_s).toString())
                                      .value_or(api::ApprovalState::Pending));
    const auto changed = call(*m_directorA, "PATCH", path,
                              api::RegistrationUpdate {state, current->value(u"version"_s).toInteger(), {}}.toJson());
    return changed ? state : api::ApprovalState::Pending;
}

void TstGuiChangedRows::selectionAndScrollStay()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
    QVERIFY(view);
    QTableView *table = openSeeded(view);
    QVERIFY(table);
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->registrationLoader()->isLoading(), timeoutMs);
    auto *filter = qobject_cast<client::RegistrationFilterModel *>(table->model());
    QVERIFY(filter);
    table->resize(900, 400);

    // Scrolled down, one registration selected and current.
    const int selectedRow = 200;
    const qint64 selected = filter->idAt(selectedRow);
    table->scrollTo(filter->index(selectedRow, 0), QAbstractItemView::PositionAtCenter);
    table->selectRow(selectedRow);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    const qint64 neighbour = filter->idAt(selectedRow - 2);
    QSignalSpy reset(filter, &QAbstractItemModel::modelReset);
    QSignalSpy layout(filter, &QAbstractItemModel::layoutChanged);

    const api::ApprovalState selectedState = decide(selected);
    const api::ApprovalState neighbourState = decide(neighbour);
    QVERIFY(selectedState != api::ApprovalState::Pending && neighbourState != api::ApprovalState::Pending);
    client::RegistrationModel *model = workspace->registrations();
    const int approval = model->columnOf(client::RegistrationModel::Field::Approval);
    const auto shown = [&](qint64 id) {
        return filter->index(filter->mapFromSource(model->index(model->rowOfId(id), 0)).row(), approval)
            .data()
            .toString();
    };
    const QString selectedText = client::RegistrationModel::approvalDisplayName(selectedState);
    QTRY_COMPARE_WITH_TIMEOUT(shown(selected), selectedText, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shown(neighbour), client::RegistrationModel::approvalDisplayName(neighbourState),
                              timeoutMs);
    const bool nl = language == u"nl"_s;
    QCOMPARE(selectedText,
             selectedState == api::ApprovalState::Approved ? (nl ? u"Goedgekeurd"_s : u"Approved"_s)
                                                           : (nl ? u"Afgewezen"_s : u"Rejected"_s));

    // The same registration is selected and current, in the same place, and nothing scrolled or was reset.
    QCOMPARE(table->currentIndex().data(client::RegistrationModel::IdRole).toLongLong(), selected);
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(client::RegistrationModel::IdRole).toLongLong(), selected);
    QCOMPARE(rows.first().row(), selectedRow);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(filter->rowCount(), seeded);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    controller.session()->signOut();
}

QTEST_MAIN(TstGuiChangedRows)
#include "tst_gui_changed_rows.moc"
