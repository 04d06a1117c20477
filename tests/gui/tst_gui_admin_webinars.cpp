// The administrator creates, edits and deletes webinars in the desktop app (issue 16), in English and Dutch: the
// dialog's start follows the interface language's date order, every change reaches the server, and deleting asks
// first (naming the webinar and its registrations; "Keep it" is the default and changes nothing).
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/WebinarListModel.h"
#include "protocol/ApiPaths.h"
#include "protocol/Lists.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

class TstGuiAdminWebinars : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;

    // The webinar with this title as the server lists it to an administrator, if there is one.
    std::optional<api::WebinarSummary> onServer(const QString &title)
    {
        auto admin = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Admin));
        const auto webinars =
            guitest::await<QList<api::WebinarSummary>>([&](auto done) { admin->fetchWebinars(std::move(done)); });
        if (!webinars)
            return std::nullopt;
        for (const api::WebinarSummary &webinar : *webinars) {
            if (webinar.title == title)
                return webinar;
        }
        return std::nullopt;
    }

    static QDialog *openDialog(QWidget *view, const QString &button)
    {
        QTest::mouseClick(child<QPushButton>(view, button), Qt::LeftButton);
        QDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] { return (dialog = view->findChild<QDialog *>(u"webinarDialog"_s)) != nullptr; }, timeoutMs);
        return opened && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    // The row of the webinar with this title in the table, or -1.
    static int rowOf(QTableView *table, const QString &title)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, client::WebinarListModel::Title).data().toString() == title)
                return row;
        }
        return -1;
    }

    static bool selectTitle(QTableView *table, const QString &title)
    {
        if (!QTest::qWaitFor([&] { return rowOf(table, title) >= 0; }, timeoutMs))
            return false;
        table->selectRow(rowOf(table, title));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void createEditDelete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }

    void createEditDelete()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QWidget *view = guitest::signIn(controller, m_server, Role::Admin, language);
        QVERIFY(view);
        auto *tabs = child<QTabWidget>(view, u"adminTabs"_s);
        tabs->setCurrentIndex(3);
        QCOMPARE(tabs->tabText(3), u"Webinars"_s); // the same word in both languages

        // New: a draft for a client organisation.
        const QString title = u"Jaarcijfers 2026 (%1)"_s.arg(language);
        QDialog *dialog = openDialog(view, u"newWebinarButton"_s);
        QVERIFY(dialog);
        auto *starts = child<QDateTimeEdit>(dialog, u"webinarStartEdit"_s);
        QCOMPARE(starts->displayFormat(), QLocale(language).dateTimeFormat(QLocale::ShortFormat));
        auto *organisation = child<QComboBox>(dialog, u"webinarOrganisationCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(organisation->findText(u"Atlas Financial Services"_s) >= 0, timeoutMs);
        organisation->setCurrentIndex(organisation->findText(u"Atlas Financial Services"_s));
        child<QPushButton>(dialog, u"webinarSaveButton"_s)->click(); // no title yet: says so, sends nothing
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QWidget>(dialog, u"webinarErrorLabel"_s)->isHidden());
        QTest::keyClicks(child<QLineEdit>(dialog, u"webinarTitleEdit"_s), title);
        const QDateTime start(QDate(2027, 1, 14), QTime(15, 0));
        starts->setDateTime(start);
        child<QSpinBox>(dialog, u"webinarDurationSpin"_s)->setValue(45);
        child<QPushButton>(dialog, u"webinarSaveButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(title).has_value(), timeoutMs);
        const api::WebinarSummary created = *onServer(title);
        QCOMPARE(created.state, WebinarState::Draft);
        QCOMPARE(created.organisationName, u"Atlas Financial Services"_s);
        QCOMPARE(created.startsAt, start.toUTC());
        QCOMPARE(created.durationMinutes, 45);

        // Edit: the dialog opens with what is stored; the organisation stays.
        auto *table = child<QTableView>(view, u"webinarTable"_s);
        QVERIFY(selectTitle(table, title));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, u"editWebinarButton"_s)->isEnabled(), timeoutMs);
        dialog = openDialog(view, u"editWebinarButton"_s);
        QVERIFY(dialog);
        auto *titleEdit = child<QLineEdit>(dialog, u"webinarTitleEdit"_s);
        QCOMPARE(titleEdit->text(), title);
        QVERIFY(!child<QComboBox>(dialog, u"webinarOrganisationCombo"_s)->isEnabled());
        const QString renamed = title + u" – Q&A"_s;
        titleEdit->setText(renamed);
        child<QPushButton>(dialog, u"webinarSaveButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(onServer(renamed).has_value(), timeoutMs);
        QCOMPARE(onServer(renamed)->id, created.id);

        // Delete: asks; Enter keeps it; the confirming button deletes it.
        QVERIFY(selectTitle(table, renamed));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, u"deleteWebinarButton"_s)->isEnabled(), timeoutMs);
        QTest::mouseClick(child<QPushButton>(view, u"deleteWebinarButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"deleteWebinarBox"_s)) != nullptr, timeoutMs);
        QVERIFY2(box->text().contains(renamed), qPrintable(box->text()));
        QTest::keyClick(box, Qt::Key_Return);
        QTest::qWait(300);
        QVERIFY(onServer(renamed).has_value());
        QTest::mouseClick(child<QPushButton>(view, u"deleteWebinarButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"deleteWebinarBox"_s)) != nullptr, timeoutMs);
        child<QPushButton>(box, u"deleteWebinarConfirmButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!onServer(renamed).has_value(), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(table, renamed), -1, timeoutMs); // gone from the list too
        controller.session()->signOut();
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }
};

QTEST_MAIN(TstGuiAdminWebinars)
#include "tst_gui_admin_webinars.moc"
