// The director's and the moderator's views against the real server (--demo), offscreen, in English and Dutch:
// a director changes a webinar's state and approves a registration, a moderator approves and answers a question
// that an attendee just asked; a separate API client reads every change back from the server.
#include "ApiClient.h"
#include "AppController.h"
#include "GuiTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "QuestionModel.h"
#include "RegistrationModel.h"
#include "ServerProcess.h"
#include "SessionController.h"
#include "TrustCertificateDialog.h"
#include "TrustStore.h"
#include "WebinarListModel.h"

#include <QApplication>
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

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::child;
using guitest::clearTrustStore;
using guitest::timeoutMs;

const QString rehearsalTitle = u"Valpreventie bij ouderen: wat werkt echt?"_s; // director assigned
const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s; // director, moderator, viewer

// Runs an ApiClient call and waits for its answer.
template<typename T> Result<T> await(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> result) { answer = std::move(result); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(10);
    return answer ? std::move(*answer) : fail(u"timeout"_s, u"no answer"_s);
}

// The text a widget must show: the English source, or in Dutch the expected translation. Until the lead has put
// a new string into translations/regiekamer_nl.ts, the Dutch run accepts the English source (and says so).
void expectText(const QString &actual, const char *context, const char *source, const QString &dutch,
                const QString &language)
{
    const QString english = QString::fromUtf8(source);
    if (language == u"en"_s) {
        QCOMPARE(actual, english);
        return;
    }
    if (QCoreApplication::translate(context, source) == english) {
        qWarning("not yet translated to Dutch: %s \"%s\"", context, source);
        QCOMPARE(actual, english);
        return;
    }
    QCOMPARE(actual, dutch);
}

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
    void moderatorApprovesAndAnswers_data();
    void moderatorApprovesAndAnswers();
    void cleanupTestCase();

private:
    void signIn(AppController &controller, Role role);
    void selectWebinar(QWidget *view, const QString &title);
    std::unique_ptr<client::ApiClient> apiAs(Role role);

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
    auto api = std::make_unique<client::ApiClient>();
    const auto account = m_server.demoAccounts().value(role);
    const auto grant = await<api::SessionGrant>(
        [&](auto done) { api->login(m_server.baseUrl(), account.email, account.password, std::move(done)); });
    if (!grant)
        qWarning("sign-in as %s failed: %s", qPrintable(account.email), qPrintable(grant.error().message));
    return grant ? std::move(api) : nullptr;
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

    // The state: only allowed transitions are offered; the change goes to the server.
    const WebinarState current = workspace->detail()->summary.state;
    QVERIFY(current == WebinarState::Rehearsal || current == WebinarState::Scheduled);
    const WebinarState target = current == WebinarState::Rehearsal ? WebinarState::Scheduled : WebinarState::Rehearsal;
    auto *nextState = child<QComboBox>(view, u"nextStateCombo"_s);
    QCOMPARE(nextState->count(), current == WebinarState::Rehearsal ? 2 : 3);
    QVERIFY(comboIndexOf(nextState, static_cast<int>(WebinarState::Ended)) < 0);
    nextState->setCurrentIndex(comboIndexOf(nextState, static_cast<int>(target)));
    QCOMPARE(nextState->currentText(), webinarStateDisplayName(target));
    auto *apply = child<QPushButton>(view, u"changeStateButton"_s);
    expectText(apply->text(), "regiekamer::ui::WebinarStatePanel", "Apply", u"Toepassen"_s, language);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(workspace->detail()->summary.state, target, timeoutMs);
    QVERIFY(child<QLabel>(view, u"webinarStateLabel"_s)->text().contains(webinarStateDisplayName(target)));

    auto reader = apiAs(Role::Director);
    QVERIFY(reader);
    const auto detail = await<api::WebinarDetail>([&](auto done) { reader->fetchWebinar(webinarId, done); });
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
    expectText(approve->text(), "regiekamer::ui::AttendeePanel", "Approve", u"Goedkeuren"_s, language);
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
    QVERIFY(child<QWidget>(view, u"messageBar"_s)->isVisible()); // "saved", not an error
    QCOMPARE(child<QWidget>(view, u"messageBar"_s)->styleSheet().contains(u"#fde7e9"_s), false);
    saveScreenshot(controller.mainWindow(), u"director-"_s + language);
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
    expectText(approve->text(), "regiekamer::ui::QuestionQueuePanel", "Approve", u"Goedkeuren"_s, language);
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
    expectText(send->text(), "regiekamer::ui::QuestionQueuePanel", "Answer", u"Beantwoorden"_s, language);
    QTest::mouseClick(send, Qt::LeftButton);
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

void TstGuiDirectorModerator::cleanupTestCase()
{
    m_server.terminate();
    clearTrustStore();
}

QTEST_MAIN(TstGuiDirectorModerator)
#include "tst_gui_director_moderator.moc"
