// Drives the client staff and admin views against the real server (--demo), offscreen, in English and Dutch:
// client staff search, filter and export a webinar's registrations as CSV, and cancel an export midway (no file, no
// partial file left); an admin creates an account (which then signs in) and renames an organisation. The save-file
// dialog is replaced through ExportController's seam.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/TrustCertificateDialog.h"
#include "models/RegistrationFilterModel.h"
#include "models/StaffAccountModel.h"
#include "net/TrustStore.h"
#include "session/CsvExport.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/ExportController.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using ui::AppController;

namespace {

using guitest::child;
using guitest::clearTrustStore;
using guitest::timeoutMs;

void closeNotices()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
            box->close();
    }
}

} // namespace

class TstGuiStaffAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void clientStaffSearchesFiltersExports_data();
    void clientStaffSearchesFiltersExports();
    void clientStaffCancelsExportMidway_data();
    void clientStaffCancelsExportMidway();
    void adminCreatesAccountAndRenamesOrganisation_data();
    void adminCreatesAccountAndRenamesOrganisation();
    void cleanupTestCase();

private:
    qint64 openLargestWebinar(QWidget *view, client::SessionController *session);

    // Never destroyed: the test object goes before the application object, while a key derivation of the offline
    // cache may still run on a worker thread and must be able to free its key.
    QCA::Initializer *m_crypto = new QCA::Initializer;
    ServerProcess m_server;
    QTemporaryDir m_files;
};

void TstGuiStaffAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
}

void TstGuiStaffAdmin::init()
{
    clearTrustStore();
    closeNotices();
}

// Opens the webinar with the most registrations in the client staff view; returns their number (0: failed).
qint64 TstGuiStaffAdmin::openLargestWebinar(QWidget *view, client::SessionController *session)
{
    auto *webinars = child<QTableView>(view, u"webinarTable"_s);
    if (!QTest::qWaitFor([&] { return webinars->model()->rowCount() > 0; }, timeoutMs))
        return 0;
    qint64 webinarId = 0;
    qint64 expected = -1;
    for (const api::WebinarSummary &webinar : session->webinars()->webinars()) {
        if (webinar.registrationCount > expected)
            std::tie(webinarId, expected) = std::pair(webinar.id, webinar.registrationCount);
    }
    const auto *webinarProxy = qobject_cast<QAbstractProxyModel *>(webinars->model());
    for (int row = 0; row < webinars->model()->rowCount(); ++row) {
        const int source = webinarProxy->mapToSource(webinarProxy->index(row, 0)).row();
        if (session->webinars()->webinars().at(source).id == webinarId)
            webinars->setCurrentIndex(webinarProxy->index(row, 0));
    }
    if (!QTest::qWaitFor([&] { return session->workspace()->webinarId() == webinarId; }, timeoutMs))
        return 0;
    return std::max<qint64>(0, expected);
}

void TstGuiStaffAdmin::clientStaffSearchesFiltersExports_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("nameHeader");
    QTest::newRow("en") << u"en"_s << u"Name"_s;
    QTest::newRow("nl") << u"nl"_s << u"Naam"_s;
}

void TstGuiStaffAdmin::clientStaffSearchesFiltersExports()
{
    QFETCH(QString, language);
    QFETCH(QString, nameHeader);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::ClientStaff, language);
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"clientStaffView"_s);
    client::SessionController *session = controller.session();
    auto *webinars = child<QTableView>(view, u"webinarTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(webinars->model()->rowCount() > 0, timeoutMs);

    const qint64 expected = openLargestWebinar(view, session);
    QVERIFY(expected > 0);
    auto *table = child<QTableView>(view, u"attendeeTable"_s);
    auto *proxy = qobject_cast<client::RegistrationFilterModel *>(table->model());
    QVERIFY(proxy);
    client::RegistrationModel *model = proxy->registrations();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(expected), timeoutMs);
    QTRY_VERIFY(!session->workspace()->registrationLoader()->isLoading());
    QCOMPARE(proxy->rowCount(), model->rowCount());
    QTRY_COMPARE(proxy->headerData(0, Qt::Horizontal).toString(), nameHeader);
    auto *count = child<QLabel>(view, u"attendeeCountLabel"_s);
    QVERIFY(count->text().contains(QLocale().toString(model->rowCount())));

    // Sort by clicking the name header twice: descending.
    const int nameColumn = model->columnOf(client::RegistrationModel::Field::FullName);
    table->horizontalHeader()->setSortIndicator(nameColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->sortColumn(), nameColumn);
    const QString first = proxy->index(0, nameColumn).data().toString();
    const QString last = proxy->index(proxy->rowCount() - 1, nameColumn).data().toString();
    QVERIFY2(first.toLower() >= last.toLower(), qPrintable(first + u" / "_s + last));

    // Search: part of one attendee's name.
    const QString needle = model->rowAt(0).nameKey.left(5);
    QTest::keyClicks(child<QLineEdit>(view, u"attendeeSearchEdit"_s), needle.toUpper());
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() <= model->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(model->rowAt(model->rowOfId(proxy->idAt(row))).searchKey.contains(needle));
    QVERIFY(count->text().startsWith(QLocale().toString(proxy->rowCount())));
    child<QLineEdit>(view, u"attendeeSearchEdit"_s)->clear();
    QCOMPARE(proxy->rowCount(), model->rowCount());

    // Filters: present, then approved and present.
    auto *present = child<QComboBox>(view, u"presentFilter"_s);
    present->setCurrentIndex(present->findData(1));
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(model->rowAt(model->rowOfId(proxy->idAt(row))).data.attendance->present);
    auto *approval = child<QComboBox>(view, u"approvalFilterCombo"_s);
    approval->setCurrentIndex(approval->findData(static_cast<int>(api::ApprovalState::Approved)));
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const auto &data = model->rowAt(model->rowOfId(proxy->idAt(row))).data;
        QVERIFY(data.attendance->present && data.registration->approvalState == api::ApprovalState::Approved);
    }
    QVERIFY(count->text().startsWith(QLocale().toString(proxy->rowCount())));
    present->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(view, u"attendeeSearchEdit"_s), u"a"_s);
    const int shown = proxy->rowCount(); // approved, with an "a": what the export must hold, and no more
    QVERIFY(shown > 0 && shown < model->rowCount());

    // Export through the server's endpoint into the file the (replaced) save dialog returns: the rows the list shows,
    // for a spreadsheet in the interface language.
    const QString path = m_files.filePath(u"export-%1.csv"_s.arg(language));
    ui::ExportController::setFileChooser(
        [path](QWidget *, const QString &suggested) { return suggested.endsWith(u".csv"_s) ? path : QString(); });
    QTest::mouseClick(child<QPushButton>(view, u"exportButton"_s), Qt::LeftButton);
    auto *status = child<QLabel>(view, u"exportStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), timeoutMs);
    QVERIFY2(status->property("success").toBool(), qPrintable(status->text()));
    QVERIFY(status->text().contains(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine().mid(3)); // after the byte order mark
    QVERIFY2(
        header.startsWith(language == u"nl"_s ? u"Nummer;"_s + nameHeader + u';' : u"Number,"_s + nameHeader + u','),
        qPrintable(header));
    const QString row = QString::fromUtf8(file.readLine());
    QVERIFY2(row.contains(client::RegistrationModel::approvalDisplayName(api::ApprovalState::Approved)),
             qPrintable(row));
    QCOMPARE(ui::ExportController::countCsvRows(path), shown);
    child<QLineEdit>(view, u"attendeeSearchEdit"_s)->clear();
    approval->setCurrentIndex(0);
    ui::ExportController::setFileChooser({});
    closeNotices();
    controller.mainWindow()->signOutRequested();
}

void TstGuiStaffAdmin::clientStaffCancelsExportMidway_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancelledText");
    QTest::newRow("en") << u"en"_s << u"The export was cancelled; no file was written."_s;
    QTest::newRow("nl") << u"nl"_s << u"De export is geannuleerd; er is geen bestand geschreven."_s;
}

// Cancel is pressed in the progress dialog as soon as the first bytes arrived: CsvExport writes through a
// QSaveFile, so neither the target nor a temporary file may remain, and an existing file keeps its content.
void TstGuiStaffAdmin::clientStaffCancelsExportMidway()
{
    QFETCH(QString, language);
    QFETCH(QString, cancelledText);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::ClientStaff, language);
    QVERIFY(view);
    client::SessionController *session = controller.session();
    QVERIFY(openLargestWebinar(view, session) > 0);
    QDir folder(m_files.filePath(u"cancelled-%1"_s.arg(language)));
    QVERIFY(folder.mkpath(u"."_s));
    const QString fresh = folder.filePath(u"new.csv"_s);
    const QString existing = folder.filePath(u"existing.csv"_s);
    QFile previous(existing);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("an earlier export\n");
    previous.close();

    for (const QString &path : {fresh, existing}) {
        ui::ExportController::setFileChooser([path](QWidget *, const QString &) { return path; });
        int progressSeen = 0;
        const auto cancelOnFirstData =
            connect(session->csvExport(), &client::CsvExport::progress, this, [&](qint64 received, qint64) {
                if (received <= 0 || progressSeen++ > 0)
                    return;
                auto *progress = child<QProgressDialog>(view, u"exportProgress"_s);
                QVERIFY(progress && progress->isVisible());
                auto *cancel = progress->findChild<QPushButton *>();
                QVERIFY(cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            });
        QSignalSpy finished(session->csvExport(), &client::CsvExport::finished);
        QSignalSpy cancelled(session->csvExport(), &client::CsvExport::cancelled);
        QTest::mouseClick(child<QPushButton>(view, u"exportButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), timeoutMs);
        disconnect(cancelOnFirstData);
        QCOMPARE(progressSeen > 0, true);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cancelled.size(), 1);
        auto *status = child<QLabel>(view, u"exportStatusLabel"_s);
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->text(), cancelledText);
        QCOMPARE(status->property("success").toBool(), false);
        QTRY_VERIFY(!view->findChild<QProgressDialog *>(u"exportProgress"_s) ||
                    !view->findChild<QProgressDialog *>(u"exportProgress"_s)->isVisible());
        QVERIFY(!session->csvExport()->isRunning());
    }
    ui::ExportController::setFileChooser({});
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList({u"existing.csv"_s}));
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("an earlier export\n"));
    closeNotices();
    controller.mainWindow()->signOutRequested();
}

void TstGuiStaffAdmin::adminCreatesAccountAndRenamesOrganisation_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("nl") << u"nl"_s;
}

void TstGuiStaffAdmin::adminCreatesAccountAndRenamesOrganisation()
{
    QFETCH(QString, language);
    AppController controller({QString(), u"en"_s});
    QWidget *view = guitest::signIn(controller, m_server, Role::Admin, language);
    QVERIFY(view);
    QCOMPARE(view->objectName(), u"adminView"_s);
    client::SessionController *session = controller.session();
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>(view, u"staffTable"_s)->model()->rowCount() > 0, timeoutMs);
    for (const api::StaffAccount &account : session->staffAccounts()->rows()) // staff only: no attendee accounts
        QVERIFY2(account.role != Role::Viewer, qPrintable(QString::number(account.id)));
    auto *status = child<QLabel>(view, u"adminStatusLabel"_s);

    // A new moderator through the dialog; the passwords are cleared after use.
    const QString email = u"new.moderator.%1@example.org"_s.arg(language);
    const QString password = u"Correct-Horse-%1-42"_s.arg(language);
    QTest::mouseClick(child<QPushButton>(view, u"newAccountButton"_s), Qt::LeftButton);
    auto *dialog = child<QDialog>(view, u"accountDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, u"accountEmailEdit"_s), email);
    QTest::keyClicks(child<QLineEdit>(dialog, u"accountNameEdit"_s), u"Nieuwe Moderator"_s);
    auto *passwordEdit = child<QLineEdit>(dialog, u"accountPasswordEdit"_s);
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClicks(child<QLineEdit>(dialog, u"accountRepeatEdit"_s), password);
    QSignalSpy created(session->admin(), &client::AdminActions::actionSucceeded);
    QSignalSpy failed(session->admin(), &client::AdminActions::actionFailed);
    QTest::mouseClick(child<QPushButton>(dialog, u"accountCreateButton"_s), Qt::LeftButton);
    QVERIFY(passwordEdit->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), timeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(u"create account failed: "_s + status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(session->staffAccounts()->accounts(),
                                                 [&](const api::StaffAccount &a) { return a.email == email; }),
                             timeoutMs);
    QVERIFY(status->isVisible() && status->text().contains(email));

    client::SessionController other;
    QSignalSpy signedIn(&other, &client::SessionController::signedIn);
    QSignalSpy refused(&other, &client::SessionController::signInFailed);
    other.signIn(m_server.baseUrl().toString(), email, password);
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), timeoutMs);
    QVERIFY2(refused.isEmpty(),
             qPrintable(refused.isEmpty() ? QString() : refused.first().first().value<Error>().message));
    QCOMPARE(other.user().role, Role::Moderator);
    other.signOut();

    // Rename the first organisation.
    auto *organisations = child<QTableView>(view, u"organisationTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(organisations->model()->rowCount() > 0, timeoutMs);
    organisations->selectRow(0);
    const QString renamed = u"Hernoemde Organisatie %1"_s.arg(language);
    auto *name = child<QLineEdit>(view, u"organisationNameEdit"_s);
    name->clear();
    QTest::keyClicks(name, renamed);
    QTest::mouseClick(child<QPushButton>(view, u"renameOrganisationButton"_s), Qt::LeftButton);
    client::OrganisationModel *model = session->admin()->organisations();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::ranges::any_of(model->rows(), [&](const api::Organisation &o) { return o.name == renamed; }), timeoutMs);
    QTRY_VERIFY(status->text().contains(renamed));
    controller.mainWindow()->signOutRequested();
}

void TstGuiStaffAdmin::cleanupTestCase()
{
    closeNotices();
    m_server.terminate();
    clearTrustStore();
}

QTEST_MAIN(TstGuiStaffAdmin)
#include "tst_gui_staff_admin.moc"
