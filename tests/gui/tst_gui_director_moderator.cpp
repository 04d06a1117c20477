// The director's and the moderator's views against the real server (--demo), offscreen, in English and Dutch:
// a director changes a webinar's state and approves a registration; a moderator approves, answers, pins and
// dismisses questions that an attendee just asked; a separate API client reads every change back from the server.
// Assigning and removing a moderator: tst_gui_moderator_assignment.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "models/QuestionModel.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "net/DomainClient.h"
#include "net/TrustStore.h"
#include "panels/WebinarStatePanel.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::await;
using guitest::call;
using guitest::child;
using guitest::clearTrustStore;
using guitest::expectText;
using guitest::timeoutMs;

const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s; // director assigned
const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s; // director, moderator, viewer

// With REGIEKAMER_SCREENSHOT_DIR set, saves the main window as rendered (for looking at the views by hand).
void saveScreenshot(QWidget *window, const QString &name)
{
    const QString directory = qEnvironmentVariable("REGIEKAMER_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    window->resize(1280, 760);
    QTest::qWait(300);
    window->grab().save(directory + u'/' + name + u".png"_s);
}

int rowWithText(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

int comboIndexOf(QComboBox *combo, int data)
{
    return combo->findData(data);
}

} // namespace

class TstGuiDirectorModerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void directorChangesStateAndApproves_data();
    void directorChangesStateAndApproves();
    void directorSwitchesApprovalOffAndOn();
    void moderatorApprovesAndAnswers_data();
    void moderatorApprovesAndAnswers();
    void moderatorPinsAndDismisses_data();
    void moderatorPinsAndDismisses();
    void cleanupTestCase();

private:
    qint64 askQuestion(qint64 webinarId, const QString &text);
    void signIn(AppController &controller, Role role);
    void selectWebinar(QWidget *view, const QString &title);
    std::unique_ptr<client::ApiClient> apiAs(Role role);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
};

void TstGuiDirectorModerator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
}

void TstGuiDirectorModerator::init()
{
    clearTrustStore();
}

void TstGuiDirectorModerator::signIn(AppController &controller, Role role)
{
    QVERIFY(guitest::signIn(controller, m_server, role));
    QTRY_COMPARE_WITH_TIMEOUT(controller.session()->connection(), client::SessionController::Connection::Live,
                              timeoutMs);
}

void TstGuiDirectorModerator::selectWebinar(QWidget *view, const QString &title)
{
    auto *table = child<QTableView>(view, u"webinarTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(table->model(), client::WebinarListModel::Title, title) >= 0, timeoutMs);
    table->selectRow(rowWithText(table->model(), client::WebinarListModel::Title, title));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(view, u"webinarTitleLabel"_s)->text(), title, timeoutMs);
}

// A second client of the same server, signed in with the role's demo account (the certificate is trusted by now).
std::unique_ptr<client::ApiClient> TstGuiDirectorModerator::apiAs(Role role)
{
    return guitest::signedInApi(m_server, m_server.demoAccounts().value(role));
}

void TstGuiDirectorModerator::directorChangesStateAndApproves_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TstGuiDirectorModerator::directorChangesStateAndApproves()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    signIn(controller, Role::Director);
    if (QTest::currentTestFailed())
        return;
    QWidget *view = controller.mainWindow()->currentRoleView();
    QCOMPARE(view->objectName(), u"directorView"_s);
    selectWebinar(view, rehearsalTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    const qint64 webinarId = workspace->webinarId();

    // The state: one button for each allowed next step and none for another; the change goes to the server.
    const WebinarState current = workspace->detail()->summary.state;
    QVERIFY(current == WebinarState::Rehearsal || current == WebinarState::Scheduled);
    const WebinarState target = current == WebinarState::Rehearsal ? WebinarState::Scheduled : WebinarState::Rehearsal;
    using enum WebinarState;
    for (WebinarState state : {Draft, Scheduled, Rehearsal, Live, Ended, Archived}) {
        auto *button = child<QPushButton>(view, ui::WebinarStatePanel::stateButtonName(state));
        QCOMPARE(button->isVisible(), isTransitionAllowed(current, state));
        QVERIFY(!button->isDefault() && !button->autoDefault()); // Enter never changes a state
    }
    auto *apply = child<QPushButton>(view, ui::WebinarStatePanel::stateButtonName(target));
    if (target == Scheduled)
        expectText(apply->text(), "regiekamer::ui::WebinarStatePanel", "End the rehearsal",
                   u"De repetitie beëindigen"_s, language);
    else
        expectText(apply->text(), "regiekamer::ui::WebinarStatePanel", "Start the rehearsal", u"De repetitie starten"_s,
                   language);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->detail()->summary.state, target, timeoutMs);
    QVERIFY(child<QLabel>(view, u"webinarStateLabel"_s)->text().contains(webinarStateDisplayName(target)));

    auto reader = apiAs(Role::Director);
    QVERIFY(reader);
    const auto detail =
        await<api::WebinarDetail>([&](auto done) { client::DomainClient(*reader).fetchWebinar(webinarId, done); });
    QVERIFY2(detail, detail ? "" : qPrintable(detail.error().message));
    QCOMPARE(detail->summary.state, target);

    // A pending registration, approved from the attendee table.
    auto *tabs = child<QTabWidget>(view, u"webinarTabs"_s);
    expectText(tabs->tabText(0), "regiekamer::ui::DirectorView", "Attendees", u"Deelnemers"_s, language);
    auto *filter = child<QComboBox>(view, u"approvalFilterCombo"_s);
    filter->setCurrentIndex(comboIndexOf(filter, static_cast<int>(api::ApprovalState::Pending)));
    auto *table = child<QTableView>(view, u"attendeeTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs);
    QVERIFY(child<QLabel>(view, u"attendeeCountLabel"_s)->text().contains(QString::number(table->model()->rowCount())));
    table->selectRow(0);
    const qint64 registrationId = table->model()->index(0, 0).data(client::RegistrationModel::IdRole).toLongLong();
    QVERIFY(registrationId > 0);
    auto *approve = child<QPushButton>(view, u"approveRegistrationButton"_s);
    QVERIFY(approve->isEnabled());
    expectText(approve->text(), "regiekamer::ui::AttendeePanel", "&Approve", u"&Goedkeuren"_s, language);
    const QString attendee = workspace->registrations()
                                 ->rowAt(workspace->registrations()->rowOfId(registrationId))
                                 .data.fullName.value_or(QString());
    const QPoint tableAt = table->mapTo(controller.mainWindow(), QPoint(0, 0));
    QTest::mouseClick(approve, Qt::LeftButton);
    const auto isApproved = [&] {
        const int row = workspace->registrations()->rowOfId(registrationId);
        const auto &fields = workspace->registrations()->rowAt(row).data.registration;
        return fields && fields->approvalState == api::ApprovalState::Approved;
    };
    QTRY_VERIFY_WITH_TIMEOUT(isApproved(), timeoutMs);
    const auto stored = await<QJsonObject>([&](auto done) {
        reader->sendJson("GET", api::path::expand(api::path::registration, {registrationId}), {}, {}, done);
    });
    QVERIFY(stored);
    QCOMPARE(stored->value(u"approvalState"_s).toString(), u"approved"_s);
    auto *messages = child<ui::MessageBar>(view, u"messageBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), timeoutMs); // what changed, not an error
    QCOMPARE(messages->kind(), ui::MessageBar::Kind::Information);
    QCOMPARE(messages->text(),
             (language == u"nl"_s ? u"Aanmelding van %1: goedgekeurd."_s : u"Registration of %1: approved."_s)
                 .arg(attendee));
    // The message appeared above the table without moving it, and goes without moving it either.
    QCOMPARE(table->mapTo(controller.mainWindow(), QPoint(0, 0)), tableAt);
    child<QToolButton>(messages, u"messageCloseButton"_s)->click();
    QCoreApplication::processEvents();
    QCOMPARE(table->mapTo(controller.mainWindow(), QPoint(0, 0)), tableAt);
    saveScreenshot(controller.mainWindow(), u"director-"_s + language);
}

// Whether new registrations wait for approval is a switch on the webinar: off, then on again, each time stored on the
// server (docs/accounts.md "Self-registration").
void TstGuiDirectorModerator::directorSwitchesApprovalOffAndOn()
{
    AppController controller({QString(), u"en"_s});
    signIn(controller, Role::Director);
    if (QTest::currentTestFailed())
        return;
    QWidget *view = controller.mainWindow()->currentRoleView();
    selectWebinar(view, rehearsalTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    const qint64 webinarId = workspace->webinarId();
    auto *approval = child<QCheckBox>(view, u"requiresApprovalCheck"_s);
    QVERIFY(approval->isVisible());
    QCOMPARE(approval->text(), u"New registrations &wait for approval"_s);
    QVERIFY(approval->isChecked());
    auto reader = apiAs(Role::Director);
    QVERIFY(reader);
    const auto stored = [&] {
        const auto detail =
            await<api::WebinarDetail>([&](auto done) { client::DomainClient(*reader).fetchWebinar(webinarId, done); });
        return detail && detail->summary.requiresApproval;
    };
    for (const bool wanted : {false, true}) {
        QTest::mouseClick(approval, Qt::LeftButton, {}, QPoint(8, approval->height() / 2)); // on the box itself
        QTRY_COMPARE_WITH_TIMEOUT(workspace->detail()->summary.requiresApproval, wanted, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(approval->isEnabled(), timeoutMs);
        QCOMPARE(approval->isChecked(), wanted);
        QCOMPARE(stored(), wanted);
    }
}

void TstGuiDirectorModerator::moderatorApprovesAndAnswers_data()
{
    directorChangesStateAndApproves_data();
}

void TstGuiDirectorModerator::moderatorApprovesAndAnswers()
{
    QFETCH(QString, language);
    AppController controller({QString(), language});
    signIn(controller, Role::Moderator);
    if (QTest::currentTestFailed())
        return;
    QWidget *view = controller.mainWindow()->currentRoleView();
    QCOMPARE(view->objectName(), u"moderatorView"_s);
    selectWebinar(view, liveTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    const qint64 webinarId = workspace->webinarId();

    // No contact or profile columns for a moderator; presence shows names.
    client::RegistrationModel *registrations = workspace->registrations();
    QCOMPARE(registrations->columnOf(client::RegistrationModel::Field::Email), -1);
    QCOMPARE(registrations->columnOf(client::RegistrationModel::Field::Company), -1);
    QTRY_VERIFY_WITH_TIMEOUT(child<QListView>(view, u"presentList"_s)->model()->rowCount() > 0, timeoutMs);
    // Two people present under one name are told apart (the demo has two of them): every line reads differently.
    auto *presentList = child<QListView>(view, u"presentList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!registrations->rowCount() || !workspace->registrationLoader()->isLoading(), timeoutMs);
    QStringList shownNames;
    for (int row = 0; row < presentList->model()->rowCount(); ++row)
        shownNames << presentList->model()->index(row, presentList->modelColumn()).data().toString();
    QStringList twice;
    for (const QString &name : std::as_const(shownNames)) {
        if (shownNames.count(name) > 1)
            twice << name;
    }
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u" / "_s)));
    QVERIFY(std::ranges::any_of(shownNames, [](const QString &name) { return name.endsWith(u')'); }));
    const QString presentText = child<QLabel>(view, u"presentCountLabel"_s)->text();
    const char *presentSource = "Present: %1 of %2 registered";
    const bool presentTranslated =
        QCoreApplication::translate("regiekamer::ui::PresencePanel", presentSource) != QLatin1StringView(presentSource);
    QVERIFY2(presentText.startsWith(language == u"nl"_s && presentTranslated ? u"Aanwezig: "_s : u"Present: "_s),
             qPrintable(presentText));

    // An attendee asks a question; it arrives live in the queue (newest first).
    auto viewer = apiAs(Role::Viewer);
    QVERIFY(viewer);
    const QString text = u"Hoe borgen jullie de privacy bij beeldbellen? (%1)"_s.arg(language);
    const auto asked = await<QJsonObject>([&](auto done) {
        viewer->sendJson("POST", api::path::expand(api::path::webinarQuestions, {webinarId}), {},
                         api::QuestionCreate {text}.toJson(), done);
    });
    QVERIFY2(asked, asked ? "" : qPrintable(asked.error().message));
    const qint64 questionId = asked->value(u"id"_s).toInteger();
    auto *table = child<QTableView>(view, u"questionTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0 &&
                                 table->model()->index(0, 0).data(client::QuestionModel::IdRole).toLongLong() ==
                                     questionId,
                             timeoutMs);

    table->selectRow(0);
    auto *approve = child<QPushButton>(view, u"approveQuestionButton"_s);
    expectText(approve->text(), "regiekamer::ui::QuestionQueuePanel", "Appro&ve", u"Goed&keuren"_s, language);
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    const auto stateOf = [&] {
        const api::Question *question = workspace->questions()->questionById(questionId);
        return question && question->question ? question->question->state : api::QuestionState::New;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), api::QuestionState::Approved, timeoutMs);

    const QString answer = u"Alle gesprekken lopen via een versleutelde verbinding."_s;
    QTest::keyClicks(child<QPlainTextEdit>(view, u"answerEdit"_s), answer);
    auto *send = child<QPushButton>(view, u"answerButton"_s);
    expectText(send->text(), "regiekamer::ui::QuestionQueuePanel", "A&nswer", u"Beant&woorden"_s, language);
    auto *answerEdit = child<QPlainTextEdit>(view, u"answerEdit"_s);
    answerEdit->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(answerEdit->hasFocus(), timeoutMs);
    QTest::keyClick(answerEdit, Qt::Key_Return, Qt::ControlModifier); // sends
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(), api::QuestionState::Answered, timeoutMs);

    auto reader = apiAs(Role::Moderator);
    QVERIFY(reader);
    const auto page = await<api::Page<api::Question>>([&](auto done) {
        reader->fetchPage<api::Question>(api::path::expand(api::path::webinarQuestions, {webinarId}), {}, 0, 500, done);
    });
    QVERIFY(page);
    const auto stored = std::find_if(page->items.cbegin(), page->items.cend(),
                                     [&](const api::Question &question) { return question.id == questionId; });
    QVERIFY(stored != page->items.cend() && stored->question);
    QCOMPARE(stored->question->state, api::QuestionState::Answered);
    QCOMPARE(stored->question->answer.value_or(QString()), answer);
    QCOMPARE(stored->question->answeredBy.value_or(QString()), controller.session()->user().displayName);
    saveScreenshot(controller.mainWindow(), u"moderator-"_s + language);
}

qint64 TstGuiDirectorModerator::askQuestion(qint64 webinarId, const QString &text)
{
    auto viewer = apiAs(Role::Viewer);
    if (!viewer)
        return 0;
    const auto asked = call(*viewer, "POST", api::path::expand(api::path::webinarQuestions, {webinarId}),
                            api::QuestionCreate {text}.toJson());
    return asked ? asked->value(u"id"_s).toInteger() : 0;
}

void TstGuiDirectorModerator::moderatorPinsAndDismisses_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pinnedText");
    QTest::addColumn<QString>("dismissedText");
    QTest::newRow("en") << u"en"_s << u"Pinned"_s << u"Dismissed"_s;
    QTest::newRow("nl") << u"nl"_s << u"Vastgezet"_s << u"Terzijde gelegd"_s;
}

void TstGuiDirectorModerator::moderatorPinsAndDismisses()
{
    QFETCH(QString, language);
    QFETCH(QString, pinnedText);
    QFETCH(QString, dismissedText);
    AppController controller({QString(), language});
    signIn(controller, Role::Moderator);
    if (QTest::currentTestFailed())
        return;
    QWidget *view = controller.mainWindow()->currentRoleView();
    selectWebinar(view, liveTitle);
    if (QTest::currentTestFailed())
        return;
    client::WebinarWorkspace *workspace = controller.session()->workspace();
    const qint64 webinarId = workspace->webinarId();
    const qint64 questionId = askQuestion(webinarId, u"Komt er een herhaling van deze sessie? (%1)"_s.arg(language));
    QVERIFY(questionId > 0);
    auto *table = child<QTableView>(view, u"questionTable"_s);
    const auto rowOfQuestion = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(client::QuestionModel::IdRole).toLongLong() == questionId)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOfQuestion() >= 0, timeoutMs);
    table->selectRow(rowOfQuestion());
    const auto shownState = [&] {
        return table->model()->index(rowOfQuestion(), client::QuestionModel::State).data().toString();
    };
    auto reader = apiAs(Role::Moderator);
    QVERIFY(reader);
    const auto stateOnServer = [&] {
        const auto page = await<api::Page<api::Question>>([&](auto done) {
            reader->fetchPage<api::Question>(api::path::expand(api::path::webinarQuestions, {webinarId}), {}, 0, 500,
                                             done);
        });
        for (const api::Question &question : page ? page->items : QList<api::Question>()) {
            if (question.id == questionId && question.question)
                return std::optional(question.question->state);
        }
        return std::optional<api::QuestionState>();
    };

    auto *pin = child<QPushButton>(view, u"pinQuestionButton"_s);
    auto *dismiss = child<QPushButton>(view, u"dismissQuestionButton"_s);
    expectText(pin->text(), "regiekamer::ui::QuestionQueuePanel", "&Pin", u"&Vastzetten"_s, language);
    expectText(dismiss->text(), "regiekamer::ui::QuestionQueuePanel", "&Dismiss", u"&Terzijde leggen"_s, language);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(pin->isEnabled() && dismiss->isEnabled());
    QTest::mouseClick(pin, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownState(), pinnedText, timeoutMs);
    QVERIFY(!pin->isEnabled() && dismiss->isEnabled());
    QCOMPARE(stateOnServer(), std::optional(api::QuestionState::Pinned));
    QCOMPARE(rowOfQuestion(), 0); // pinned questions lead the queue

    // Dismissed, it leaves the open questions (the default view) and nothing else is selected in its place.
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rowOfQuestion(), -1, timeoutMs);
    QCOMPARE(stateOnServer(), std::optional(api::QuestionState::Dismissed));
    QVERIFY(!pin->isEnabled() && !dismiss->isEnabled());
    auto *filter = child<QComboBox>(view, u"questionStateFilterCombo"_s);
    filter->setCurrentIndex(filter->findData(-1)); // all questions
    QTRY_VERIFY(rowOfQuestion() >= 0);
    QCOMPARE(shownState(), dismissedText);

    // The state filter shows it under "Dismissed" only.
    filter->setCurrentIndex(filter->findData(static_cast<int>(api::QuestionState::Dismissed)));
    QTRY_VERIFY(rowOfQuestion() >= 0);
    filter->setCurrentIndex(filter->findData(static_cast<int>(api::QuestionState::Pinned)));
    QTRY_COMPARE(rowOfQuestion(), -1);
}

void TstGuiDirectorModerator::cleanupTestCase()
{
    m_server.terminate();
    clearTrustStore();
}

QTEST_MAIN(TstGuiDirectorModerator)
#include "tst_gui_director_moderator.moc"
