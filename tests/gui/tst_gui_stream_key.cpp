// The director's Go-live tab (issue 17) with real widgets against the real server, in Dutch and English: the stream
// key masked, revealed for a while and copied, the clipboard cleared afterwards (only while it still holds the key),
// rotation only after a confirmation; the pre-flight checklist with its ticks and crosses; the countdown, the on-air
// indicator with elapsed and remaining time; the timeline, following the webinar.changed event; and no trace of the
// key in the offline cache.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "canary/CanaryScan.h"
#include "models/TimelineModel.h"
#include "models/WebinarListModel.h"
#include "panels/GoLivePanel.h"
#include "panels/StreamKeyPanel.h"
#include "panels/WebinarStatePanel.h"
#include "protocol/ApiPaths.h"
#include "session/GoLiveStatus.h"
#include "session/SessionController.h"
#include "session/StreamKeyVault.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QClipboard>
#include <QDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::expectText;
using guitest::timeoutMs;
using ui::AppController;

namespace {

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s;
const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s;
const QString canaryKey = u"GuiCanaryStreamKey-4b8e2d"_s;

} // namespace

class TstGuiStreamKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
        m_director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
        QVERIFY(m_director);
    }
    void revealCopyAndClearTheClipboard_data() { languages(); }
    void revealCopyAndClearTheClipboard();
    void rotationAsksFirst_data() { languages(); }
    void rotationAsksFirst();
    void checklistAndCountdown_data() { languages(); }
    void checklistAndCountdown();
    void onAirAndTimeline_data() { languages(); }
    void onAirAndTimeline();
    void goingLiveIsRefusedThenOverridden_data() { languages(); }
    void goingLiveIsRefusedThenOverridden();
    void setThroughTheDialog();
    void adminSetsButNeverSees();
    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }
    // Signs in as the director, opens the webinar and its Go-live tab; the role view.
    QWidget *openGoLive(AppController &controller, const QString &title);
    QString revealOnServer(qint64 webinarId)
    {
        const auto answer =
            guitest::call(*m_director, "POST", api::path::expand(api::path::webinarStreamKeyReveal, {webinarId}));
        return answer ? answer->value(u"streamKey"_s).toString() : QString();
    }
    QJsonObject keyInfo(qint64 webinarId)
    {
        return guitest::call(*m_director, "GET", api::path::expand(api::path::webinarStreamKey, {webinarId}))
            .value_or(QJsonObject());
    }

    QCA::Initializer *m_crypto = new QCA::Initializer; // never destroyed, as in the other GUI tests
    ServerProcess m_server;
    std::unique_ptr<client::ApiClient> m_director;
};

QWidget *TstGuiStreamKey::openGoLive(AppController &controller, const QString &title)
{
    if (!guitest::signIn(controller, m_server, Role::Director))
        return nullptr;
    if (!QTest::qWaitFor(
            [&] { return controller.session()->connection() == client::SessionController::Connection::Live; },
            timeoutMs))
        return nullptr;
    QWidget *view = controller.mainWindow()->currentRoleView();
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    int row = -1;
    const bool listed = QTest::qWaitFor(
        [&] {
            row = table->model()
                      ->match(table->model()->index(0, client::WebinarListModel::Title), Qt::DisplayRole, title, 1,
                              Qt::MatchExactly)
                      .value(0)
                      .row();
            return row >= 0;
        },
        timeoutMs);
    if (!listed)
        return nullptr;
    table->selectRow(row);
    auto *tabs = child<QTabWidget>(view, u"webinarTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(view, u"productionPanel"_s));
    return QTest::qWaitFor([&] { return controller.session()->workspace()->detail().has_value(); }, timeoutMs)
        ? view
        : nullptr;
}

void TstGuiStreamKey::revealCopyAndClearTheClipboard()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = openGoLive(controller, liveTitle);
    QVERIFY(view);
    const qint64 webinarId = controller.session()->workspace()->webinarId();
    // A fresh random key (an earlier row left a canary).
    QVERIFY(guitest::call(*m_director, "POST", api::path::expand(api::path::webinarStreamKeyRotation, {webinarId})));
    auto *panel = child<ui::StreamKeyPanel>(view, u"streamKeyPanel"_s);
    auto *url = child<QLabel>(panel, u"ingestUrlLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(url->text(), u"rtmps://ingest.regiekamer.example:443/live/noorderlicht"_s, timeoutMs);
    auto *field = child<QLineEdit>(panel, u"streamKeyField"_s);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(field->text().isEmpty());
    auto *reveal = child<QPushButton>(panel, u"streamKeyRevealButton"_s);
    expectText(reveal->text(), "regiekamer::ui::StreamKeyPanel", "&Reveal", u"&Onthullen"_s, language);
    QVERIFY(!QTest::currentTestFailed());

    // Reveal (its shortcut): the key as the server has it, shown in plain text for a while.
    view->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view->window()));
    QTest::keyClick(view->window(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isKeyShown(), timeoutMs);
    const QString key = revealOnServer(webinarId);
    QVERIFY(key.size() >= 43);
    QCOMPARE(field->text(), key);
    QCOMPARE(field->echoMode(), QLineEdit::Normal);

    // Copy: the clipboard holds the key, and is cleared after the (shortened) delay.
    panel->setClipboardClearDelay(std::chrono::milliseconds(400));
    QGuiApplication::clipboard()->clear();
    auto *copy = child<QPushButton>(panel, u"streamKeyCopyButton"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), key, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);

    // Something else copied since is left alone.
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), key, timeoutMs);
    QGuiApplication::clipboard()->setText(u"the speaker's notes"_s);
    QTest::qWait(1000);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"the speaker's notes"_s);

    // The key is hidden again when the panel is left.
    child<QTabWidget>(view, u"webinarTabs"_s)->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isKeyShown(), timeoutMs);
    QVERIFY(field->text().isEmpty());

    // A canary key revealed and copied leaves no trace in the offline cache.
    QVERIFY(guitest::call(*m_director, "PUT", api::path::expand(api::path::webinarStreamKey, {webinarId}),
                          {{u"ingestUrl"_s, url->text()}, {u"streamKey"_s, canaryKey}}));
    child<QTabWidget>(view, u"webinarTabs"_s)->setCurrentWidget(child<QWidget>(view, u"productionPanel"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(panel, u"streamKeyChangedLabel"_s)->text().isEmpty(), timeoutMs);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(field->text(), canaryKey, timeoutMs);
    controller.session()->workspace()->storeToCache();
    controller.session()->signOut();
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY(!canary::filesUnder(cacheDir).isEmpty());
    const auto hits = canary::scanDirectory(cacheDir, {canaryKey});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.value(0).describe()));
}

void TstGuiStreamKey::rotationAsksFirst()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = openGoLive(controller, liveTitle);
    QVERIFY(view);
    const qint64 webinarId = controller.session()->workspace()->webinarId();
    auto *panel = child<ui::StreamKeyPanel>(view, u"streamKeyPanel"_s);
    auto *rotate = child<QPushButton>(panel, u"streamKeyRotateButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), timeoutMs);
    const QString before = revealOnServer(webinarId);

    QTest::mouseClick(rotate, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (box = view->findChild<QMessageBox *>(u"rotateStreamKeyBox"_s)); }, timeoutMs));
    expectText(box->windowTitle(), "regiekamer::ui::StreamKeyPanel", "Rotate the stream key?",
               u"Streamsleutel vervangen?"_s, language);
    QVERIFY(!QTest::currentTestFailed());
    QTest::keyClick(box, Qt::Key_Return); // the default keeps the key
    QTest::qWait(300);
    QCOMPARE(revealOnServer(webinarId), before);

    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(
        QTest::qWaitFor([&] { return (box = view->findChild<QMessageBox *>(u"rotateStreamKeyBox"_s)); }, timeoutMs));
    QTest::mouseClick(child<QPushButton>(box, u"rotateStreamKeyConfirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(keyInfo(webinarId).value(u"origin"_s).toString(), u"rotated"_s, timeoutMs);
    QVERIFY(revealOnServer(webinarId) != before);
    auto *changed = child<QLabel>(panel, u"streamKeyChangedLabel"_s);
    const QString rotatedBy = language == u"nl"_s ? u"Vervangen door"_s : u"Rotated by"_s;
    QTRY_VERIFY_WITH_TIMEOUT(changed->text().startsWith(rotatedBy), timeoutMs);
    controller.session()->signOut();
}

void TstGuiStreamKey::checklistAndCountdown()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    QWidget *view = openGoLive(controller, rehearsalTitle);
    QVERIFY(view);
    auto *goLive = child<ui::GoLivePanel>(view, u"goLivePanel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(goLive->status()->preflight().has_value(), timeoutMs);
    auto *rehearsal = child<QLabel>(goLive, ui::GoLivePanel::itemName(api::PreflightCheck::RehearsalHeld));
    auto *moderator = child<QLabel>(goLive, ui::GoLivePanel::itemName(api::PreflightCheck::ModeratorPresent));
    const bool nl = language == u"nl"_s;
    QCOMPARE(rehearsal->text(), nl ? u"✓ Repetitie gehouden"_s : u"✓ Rehearsal held"_s);
    QVERIFY2(
        moderator->text().startsWith(nl ? u"✗ Er is een moderator aanwezig — "_s : u"✗ A moderator is present — "_s),
        qPrintable(moderator->text()));
    auto *override = child<QPushButton>(goLive, u"goLiveOverrideButton"_s);
    QVERIFY(override->isVisible());

    const QDateTime starts = controller.session()->workspace()->detail()->summary.startsAt;
    goLive->setClock([starts] { return starts.addSecs(-3723); });
    auto *time = child<QLabel>(goLive, u"goLiveTimeLabel"_s);
    QCOMPARE(time->text(), nl ? u"Begint over 1:02:03"_s : u"Starts in 1:02:03"_s);
    goLive->setClock([starts] { return starts.addSecs(125); });
    QCOMPARE(time->text(), nl ? u"De geplande start was 0:02:05 geleden"_s : u"The scheduled start was 0:02:05 ago"_s);
    QVERIFY(!child<QLabel>(goLive, u"onAirIndicator"_s)->isVisible());
    controller.session()->signOut();
}

void TstGuiStreamKey::onAirAndTimeline()
{
    QFETCH(QString, language);
    const bool nl = language == u"nl"_s;
    AppController controller({QString(), language});
    QWidget *view = openGoLive(controller, liveTitle);
    QVERIFY(view);
    auto *goLive = child<ui::GoLivePanel>(view, u"goLivePanel"_s);
    auto *onAir = child<QLabel>(goLive, u"onAirIndicator"_s);
    QTRY_VERIFY_WITH_TIMEOUT(onAir->isVisible(), timeoutMs);
    QCOMPARE(onAir->text(), nl ? u"IN DE LUCHT"_s : u"ON AIR"_s);
    client::TimelineModel *timeline = goLive->status()->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 3, timeoutMs);
    const QDateTime wentLive = timeline->wentLiveAt();
    QVERIFY(wentLive.isValid());
    const api::WebinarSummary webinar = controller.session()->workspace()->detail()->summary;
    const QDateTime ends = webinar.startsAt.addSecs(webinar.durationMinutes * 60);
    goLive->setClock([ends] { return ends.addSecs(-600); });
    auto *time = child<QLabel>(goLive, u"goLiveTimeLabel"_s);
    QVERIFY2(time->text().endsWith(nl ? u"· 0:10:00 te gaan"_s : u"· 0:10:00 left"_s), qPrintable(time->text()));
    QVERIFY(time->text().startsWith(nl ? u"Live sinds "_s : u"Live for "_s));
    const QModelIndex last = timeline->index(timeline->rowCount() - 1, client::TimelineModel::Change);
    QCOMPARE(last.data().toString(), nl ? u"Repetitie → Live"_s : u"Rehearsal → Live"_s);
    QVERIFY(timeline->index(timeline->rowCount() - 1, client::TimelineModel::Who)
                .data()
                .toString()
                .startsWith(u"Joost van Dijk"_s));

    // A state change made elsewhere reaches the timeline through webinar.changed.
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    table->selectRow(table->model()
                         ->match(table->model()->index(0, client::WebinarListModel::Title), Qt::DisplayRole,
                                 rehearsalTitle, 1, Qt::MatchExactly)
                         .value(0)
                         .row());
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->summary.title == rehearsalTitle, timeoutMs);
    const qint64 id = controller.session()->workspace()->webinarId();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2, timeoutMs);
    const int rows = timeline->rowCount();
    for (const QString &state : {u"scheduled"_s, u"rehearsal"_s}) {
        const auto version =
            guitest::call(*m_director, "GET", api::path::expand(api::path::webinar, {id}))->value(u"version"_s);
        QVERIFY(guitest::call(*m_director, "POST", api::path::expand(api::path::webinarState, {id}),
                              {{u"state"_s, state}, {u"version"_s, version}}));
    }
    QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), rows + 2, timeoutMs);
    QCOMPARE(timeline->index(rows, client::TimelineModel::Change).data().toString(),
             nl ? u"Repetitie → Gepland"_s : u"Rehearsal → Scheduled"_s);
    controller.session()->signOut();
}

// Going live with an incomplete checklist: the server's refusal names the unmet checks in the reader's language;
// "Go live anyway …" asks for a reason and goes live, and the timeline marks the override.
void TstGuiStreamKey::goingLiveIsRefusedThenOverridden()
{
    QFETCH(QString, language);
    const bool nl = language == u"nl"_s;
    const QString title = u"Go-live test "_s + language;
    auto admin = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Admin));
    QVERIFY(admin);
    const auto created =
        guitest::call(*admin, "POST", QString::fromLatin1(api::path::webinars),
                      {{u"organisationId"_s, 1},
                       {u"title"_s, title},
                       {u"description"_s, QString()},
                       {u"startsAt"_s, QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODate)},
                       {u"durationMinutes"_s, 30}});
    QVERIFY(created);
    const qint64 id = created->value(u"id"_s).toInteger();
    QVERIFY(guitest::call(*admin, "POST", api::path::expand(api::path::webinarState, {id}),
                          {{u"state"_s, u"scheduled"_s}, {u"version"_s, created->value(u"version"_s)}}));
    qint64 directorId = 0;
    for (const auto &account :
         guitest::call(*admin, "GET", QString::fromLatin1(api::path::users))->value(u"items"_s).toArray()) {
        if (account.toObject().value(u"role"_s).toString() == u"director"_s)
            directorId = account.toObject().value(u"id"_s).toInteger();
    }
    QVERIFY(guitest::call(*admin, "PUT", api::path::expand(api::path::webinarStaff, {id, directorId}),
                          {{u"role"_s, u"director"_s}}));

    AppController controller({QString(), language});
    QWidget *view = openGoLive(controller, title);
    QVERIFY(view);
    QTest::mouseClick(child<QPushButton>(view, ui::WebinarStatePanel::stateButtonName(WebinarState::Live)),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (box = view->findChild<QMessageBox *>(u"goLiveBox"_s)); }, timeoutMs));
    QTest::mouseClick(child<QPushButton>(box, u"goLiveConfirmButton"_s), Qt::LeftButton);
    auto *message = child<QLabel>(view, u"messageText"_s);
    const QString refused = nl ? u"Het webinar kan nog niet live"_s : u"The webinar cannot go live yet"_s;
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(refused), timeoutMs);
    QVERIFY2(message->text().contains(nl ? u"Repetitie gehouden"_s : u"Rehearsal held"_s), qPrintable(message->text()));
    QCOMPARE(controller.session()->workspace()->detail()->summary.state, WebinarState::Scheduled);

    auto *goLive = child<ui::GoLivePanel>(view, u"goLivePanel"_s);
    auto *override = child<QPushButton>(goLive, u"goLiveOverrideButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(override->isVisible(), timeoutMs);
    QTest::mouseClick(override, Qt::LeftButton);
    QInputDialog *ask = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (ask = goLive->findChild<QInputDialog *>(u"goLiveOverrideDialog"_s)); },
                            timeoutMs));
    ask->setTextValue(u"The speaker is on stage"_s);
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->workspace()->detail()->summary.state, WebinarState::Live,
                              timeoutMs);
    client::TimelineModel *timeline = goLive->status()->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() >= 2 && timeline->entries().constLast().overridden, timeoutMs);
    QCOMPARE(timeline->index(timeline->rowCount() - 1, client::TimelineModel::Change).data().toString(),
             nl ? u"Gepland → Live (checklist overgeslagen)"_s : u"Scheduled → Live (checklist overridden)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(goLive, u"onAirIndicator"_s)->isVisible(), timeoutMs);
    controller.session()->signOut();
}

// Set: the dialog takes the URL and the key (masked), the server stores them, the panel shows the new URL.
void TstGuiStreamKey::setThroughTheDialog()
{
    AppController controller({QString(), u"en"_s});
    QWidget *view = openGoLive(controller, rehearsalTitle);
    QVERIFY(view);
    const qint64 webinarId = controller.session()->workspace()->webinarId();
    auto *panel = child<ui::StreamKeyPanel>(view, u"streamKeyPanel"_s);
    auto *set = child<QPushButton>(panel, u"streamKeySetButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(set->isEnabled(), timeoutMs);
    QTest::mouseClick(set, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (dialog = panel->findChild<QDialog *>(u"streamKeySetDialog"_s)); }, timeoutMs));
    auto *url = child<QLineEdit>(dialog, u"ingestUrlEdit"_s);
    auto *key = child<QLineEdit>(dialog, u"streamKeyEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    url->setText(u"srt://ingest.example.net:9000?mode=caller"_s);
    key->setText(u"typed-in-key-2048"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"streamKeySaveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, u"ingestUrlLabel"_s)->text(),
                              u"srt://ingest.example.net:9000?mode=caller"_s, timeoutMs);
    QCOMPARE(revealOnServer(webinarId), u"typed-in-key-2048"_s);
    QVERIFY(!panel->isKeyShown());
    controller.session()->signOut();
}

// The administrator sets and rotates keys in the webinars tab but has no Reveal or Copy.
void TstGuiStreamKey::adminSetsButNeverSees()
{
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Admin);
    QVERIFY(view);
    auto *panel = view->findChild<ui::StreamKeyPanel *>(u"streamKeyPanel"_s);
    QVERIFY(panel);
    auto *tabs = child<QTabWidget>(view, u"adminTabs"_s);
    QWidget *page = panel->parentWidget();
    while (page && tabs->indexOf(page) < 0)
        page = page->parentWidget();
    QVERIFY(page);
    tabs->setCurrentWidget(page);
    auto *table = child<QTableView>(page, u"webinarTable"_s);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = table->model()
                                        ->match(table->model()->index(0, client::WebinarListModel::Title),
                                                Qt::DisplayRole, liveTitle, 1, Qt::MatchExactly)
                                        .value(0)
                                        .row()) >= 0,
                             timeoutMs);
    table->selectRow(row);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(panel, u"streamKeyRotateButton"_s)->isEnabled(), timeoutMs);
    QVERIFY(child<QPushButton>(panel, u"streamKeySetButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(panel, u"streamKeyRevealButton"_s)->isVisible());
    QVERIFY(!child<QPushButton>(panel, u"streamKeyCopyButton"_s)->isVisible());
    QCOMPARE(child<QLabel>(panel, u"ingestUrlLabel"_s)->text(),
             u"rtmps://ingest.regiekamer.example:443/live/noorderlicht"_s);
    controller.session()->signOut();
}

QTEST_MAIN(TstGuiStreamKey)
#include "tst_gui_stream_key.moc"
