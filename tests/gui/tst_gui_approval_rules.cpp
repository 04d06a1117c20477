// The director's approval rules, waiting list and reasons in the desktop app (issue 17), in Dutch and English: the
// demo webinar "Outlook 2025" has rules, a full capacity and a waiting list of three. The waiting list is a state of
// its own with its position and its filter; the rules dialog opens by its access key, names a wrong domain and
// changes nothing, and saving a higher capacity moves the first on the waiting list up; approving past the capacity
// is refused with the translated reason. Every change is checked on the server.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/RegistrationModel.h"
#include "models/WebinarListModel.h"
#include "net/ApiClient.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

const QString rulesTitle = u"Outlook 2025: Interest Rates and Your Portfolio"_s; // demoData::approvalRules()

int comboIndexOf(QComboBox *combo, int value)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toInt() == value)
            return i;
    }
    return -1;
}

} // namespace

class TstGuiApprovalRules : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;
    qint64 m_webinar = 0;

    // The director's window on the webinar with rules, its attendee table filtered to one approval state.
    QTableView *openFiltered(ui::AppController &controller, const QString &language, api::ApprovalState state)
    {
        QWidget *view = guitest::signIn(controller, m_server, Role::Director, language);
        if (!view)
            return nullptr;
        auto *webinars = view->findChild<QTableView *>(u"webinarTable"_s);
        const bool listed = QTest::qWaitFor([webinars] { return webinars->model()->rowCount() > 0; }, timeoutMs);
        for (int row = 0; listed && row < webinars->model()->rowCount(); ++row) {
            if (webinars->model()->index(row, client::WebinarListModel::Title).data().toString() == rulesTitle)
                webinars->selectRow(row);
        }
        auto *filter = child<QComboBox>(view, u"approvalFilterCombo"_s);
        const int index = comboIndexOf(filter, static_cast<int>(state));
        if (index < 0)
            return nullptr;
        filter->setCurrentIndex(index);
        auto *table = child<QTableView>(view, u"attendeeTable"_s);
        const bool loaded = QTest::qWaitFor(
            [&] {
                const auto *loader = controller.session()->workspace()->registrationLoader();
                return table->model()->rowCount() > 0 && !loader->isLoading();
            },
            timeoutMs);
        m_webinar = controller.session()->workspace()->webinarId();
        return loaded ? table : nullptr;
    }

    QJsonObject rulesOnServer()
    {
        auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
        const auto rules = guitest::call(*director, "GET", u"/api/v1/webinars/%1/approval-rules"_s.arg(m_webinar));
        return rules ? *rules : QJsonObject();
    }

    static QDialog *openDialog(QWidget *window)
    {
        QDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (dialog = window->findChild<QDialog *>(u"approvalRulesDialog"_s)) != nullptr; }, timeoutMs);
        return shown ? dialog : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << u"nl"_s;
        QTest::newRow("en") << u"en"_s;
    }

    // The waiting list: its own filter choice, and each row says "Waiting list (n)" in order of registration.
    void theWaitingListIsAStateWithItsPosition_data() { languages_data(); }
    void theWaitingListIsAStateWithItsPosition()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QTableView *table = openFiltered(controller, language, api::ApprovalState::Waitlisted);
        QVERIFY(table);
        const int column =
            controller.session()->workspace()->registrations()->columnOf(client::RegistrationModel::Field::Approval);
        QVERIFY(column >= 0);
        const QJsonObject rules = rulesOnServer();
        QCOMPARE(table->model()->rowCount(), rules.value("waitlistCount"_L1).toInteger());
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << table->model()->index(row, column).data().toString();
        const QString word = language == u"nl"_s ? u"Wachtlijst"_s : u"Waiting list"_s;
        for (int position = 1; position <= shown.size(); ++position)
            QVERIFY2(shown.contains(u"%1 (%2)"_s.arg(word).arg(position)), qPrintable(shown.join(u", "_s)));
        auto *filter = child<QComboBox>(controller.mainWindow(), u"approvalFilterCombo"_s);
        QCOMPARE(filter->currentText(), word);
        controller.session()->signOut();
    }

    // Alt+C opens the rules (loaded from the server); a wrong domain is named and nothing is saved; a higher
    // capacity is saved and the first on the waiting list moves up.
    void theRulesDialogChecksAndSaves_data() { languages_data(); }
    void theRulesDialogChecksAndSaves()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QVERIFY(openFiltered(controller, language, api::ApprovalState::Waitlisted));
        const QJsonObject before = rulesOnServer();
        QVERIFY(before.value("waitlistCount"_L1).toInteger() > 0);
        QWidget *window = controller.mainWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_C, Qt::AltModifier); // &Capacity and approval rules …
        QDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *domains = child<QPlainTextEdit>(dialog, u"approvalDomainsEdit"_s);
        auto *limited = child<QCheckBox>(dialog, u"approvalCapacityCheck"_s);
        auto *capacity = child<QSpinBox>(dialog, u"approvalCapacitySpin"_s);
        auto *save = child<QPushButton>(dialog, u"approvalRulesSaveButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), timeoutMs);
        QVERIFY(domains->toPlainText().contains(u"atlas-fs.example"_s));
        QVERIFY(limited->isChecked());
        QCOMPARE(capacity->value(), before.value("capacity"_L1).toInteger());
        QVERIFY(!domains->accessibleName().isEmpty() && !capacity->accessibleName().isEmpty());

        domains->setPlainText(domains->toPlainText() + u"\n*.zorg.nl"_s);
        save->click();
        auto *error = child<QLabel>(dialog, u"approvalRulesErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"*.zorg.nl"_s), qPrintable(error->text()));
        const QString named =
            language == u"nl"_s ? u"“*.zorg.nl” is geen domeinnaam"_s : u"“*.zorg.nl” is not a domain name"_s;
        QVERIFY2(error->text().startsWith(named), qPrintable(error->text()));
        QTest::qWait(200);
        QCOMPARE(rulesOnServer().value("version"_L1), before.value("version"_L1));

        domains->setPlainText(domains->toPlainText().replace(u"*.zorg.nl"_s, u"Zorg.NL"_s));
        capacity->setValue(capacity->value() + 1);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QDialog *>(u"approvalRulesDialog"_s), timeoutMs);
        const QJsonObject after = rulesOnServer();
        QCOMPARE(after.value("capacity"_L1).toInteger(), before.value("capacity"_L1).toInteger() + 1);
        QVERIFY(after.value("domains"_L1).toArray().contains(u"zorg.nl"_s));
        QCOMPARE(after.value("waitlistCount"_L1).toInteger(), before.value("waitlistCount"_L1).toInteger() - 1);
        QCOMPARE(after.value("approvedCount"_L1).toInteger(), before.value("approvedCount"_L1).toInteger() + 1);
        controller.session()->signOut();
    }

    // The webinar is full: approving a pending registration (with a reason) is refused with the translated reason,
    // the registration stays pending and the reason stays in its field.
    void approvingPastTheCapacityIsRefused_data() { languages_data(); }
    void approvingPastTheCapacityIsRefused()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QTableView *table = openFiltered(controller, language, api::ApprovalState::Pending);
        QVERIFY(table);
        const QJsonObject rules = rulesOnServer();
        QVERIFY(rules.value("approvedCount"_L1).toInteger() >= rules.value("capacity"_L1).toInteger());
        const qint64 id = table->model()->index(0, 0).data(client::RegistrationModel::IdRole).toLongLong();
        table->selectRow(0);
        auto *reason = child<QLineEdit>(controller.mainWindow(), u"decisionReasonEdit"_s);
        QVERIFY(!reason->accessibleName().isEmpty());
        reason->setText(u"Welkom"_s);
        child<QPushButton>(controller.mainWindow(), u"approveRegistrationButton"_s)->click();
        auto *messages = child<ui::MessageBar>(controller.mainWindow(), u"messageBar"_s);
        const QString full = language == u"nl"_s ? u"Het webinar is vol"_s : u"The webinar is full"_s;
        QTRY_VERIFY_WITH_TIMEOUT(messages->text().startsWith(full), timeoutMs);
        auto director = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Director));
        const auto stored = guitest::call(*director, "GET", u"/api/v1/registrations/%1"_s.arg(id));
        QVERIFY(stored);
        QCOMPARE(stored->value("approvalState"_L1).toString(), u"pending"_s);
        controller.session()->signOut();
    }
};

QTEST_MAIN(TstGuiApprovalRules)
#include "tst_gui_approval_rules.moc"
