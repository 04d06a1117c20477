#include "models/StaffAccountModel.h"
#include "models/WebinarListModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::WebinarListModel;

namespace {

api::WebinarSummary webinar(qint64 id, const QString &title, WebinarState state, qint64 registrations, qint64 questions)
{
    api::WebinarSummary summary;
    summary.id = id;
    summary.title = title;
    summary.organisationId = 7;
    summary.organisationName = u"Gemeente Utrecht"_s;
    summary.state = state;
    summary.startsAt = QDateTime(QDate(2026, 12, 1), QTime(14, 30), QTimeZone::UTC);
    summary.durationMinutes = 60;
    summary.registrationCount = registrations;
    summary.openQuestionCount = questions;
    return summary;
}

} // namespace

class TstWebinarListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAndColumns();
    void displayData();
    void headers();
    void translatedStateAndHeaders();
    void staffAccounts();
};

void TstWebinarListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstWebinarListModel::rowsAndColumns()
{
    WebinarListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(WebinarListModel::ColumnCount));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setWebinars(
        {webinar(1, u"Kick-off"_s, WebinarState::Live, 120, 4), webinar(2, u"Q&A"_s, WebinarState::Scheduled, 30, 0)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstWebinarListModel::displayData()
{
    WebinarListModel model;
    model.setWebinars({webinar(1, u"Kick-off"_s, WebinarState::Live, 120, 4)});
    QCOMPARE(model.index(0, WebinarListModel::Title).data().toString(), u"Kick-off"_s);
    QCOMPARE(model.index(0, WebinarListModel::Organisation).data().toString(), u"Gemeente Utrecht"_s);
    QCOMPARE(model.index(0, WebinarListModel::State).data().toString(), u"Live"_s);
    QCOMPARE(model.index(0, WebinarListModel::Registrations).data().toLongLong(), 120);
    QCOMPARE(model.index(0, WebinarListModel::OpenQuestions).data().toLongLong(), 4);
    const QDateTime start = model.webinars().first().startsAt;
    QCOMPARE(model.index(0, WebinarListModel::StartsAt).data().toString(),
             QLocale().toString(start.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(0, WebinarListModel::StartsAt).data(WebinarListModel::SortRole).toDateTime(), start);
    QVERIFY(!model.index(0, WebinarListModel::Title).data(Qt::EditRole).isValid());
}

void TstWebinarListModel::headers()
{
    WebinarListModel model;
    const QStringList expected {u"Title"_s,     u"Organisation"_s,  u"State"_s,
                                u"Starts at"_s, u"Registrations"_s, u"Open questions"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TstWebinarListModel::translatedStateAndHeaders()
{
    WebinarListModel model;
    model.setWebinars({webinar(1, u"Kick-off"_s, WebinarState::Live, 120, 4)});
    QSignalSpy headersChanged(&model, &QAbstractItemModel::headerDataChanged);
    QTranslator dutch;
    QVERIFY(dutch.load(u":/i18n/regiekamer_nl.qm"_s));
    QCoreApplication::installTranslator(&dutch);
    QTRY_VERIFY(headersChanged.size() >= 1); // LanguageChange reaches the model
    QCOMPARE(model.index(0, WebinarListModel::State).data().toString(), u"Live"_s); // Dutch is also "Live"
    model.setWebinars({webinar(1, u"Kick-off"_s, WebinarState::Scheduled, 1, 0)});
    QCOMPARE(model.index(0, WebinarListModel::State).data().toString(), u"Gepland"_s);
    QCOMPARE(model.headerData(WebinarListModel::OpenQuestions, Qt::Horizontal).toString(), u"Open vragen"_s);
    QCoreApplication::removeTranslator(&dutch);
    QCOMPARE(model.index(0, WebinarListModel::State).data().toString(), u"Scheduled"_s);
}

void TstWebinarListModel::staffAccounts()
{
    client::StaffAccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    api::StaffAccount account;
    account.id = 3;
    account.email = u"regie@example.org"_s;
    account.displayName = u"Rik Regie"_s;
    account.role = Role::Director;
    account.disabled = true;
    model.setAccounts({account});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, client::StaffAccountModel::Role).data().toString(), u"Director"_s);
    QCOMPARE(model.index(0, client::StaffAccountModel::Status).data().toString(), u"Disabled"_s);
    QCOMPARE(model.index(0, client::StaffAccountModel::Email).data().toString(), u"regie@example.org"_s);

    // A viewer account listed without an access reason comes without name and e-mail address.
    api::StaffAccount viewer;
    viewer.id = 4;
    model.setAccounts({account, viewer});
    QCOMPARE(model.index(1, client::StaffAccountModel::Name).data().toString(), u"(attendee data, not shown)"_s);
    QCOMPARE(model.index(1, client::StaffAccountModel::Email).data().toString(), u"(attendee data, not shown)"_s);
}

QTEST_GUILESS_MAIN(TstWebinarListModel)
#include "tst_webinarlistmodel.moc"
