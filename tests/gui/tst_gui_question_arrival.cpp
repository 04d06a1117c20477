// The moderator during a live webinar (issue 16): the live webinar is selected by itself, a question a viewer asks
// shows up highlighted and counted ("1 new") without any click, selecting it clears that, and answering or dismissing
// it takes it out of the open queue. Measures the time from a viewer's question to its highlight on the moderator's
// screen (the figure of issue 16), in English and Dutch.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/QuestionModel.h"
#include "models/QuestionQueueModel.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using guitest::child;
using guitest::timeoutMs;

namespace {

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s;

int rowOf(QTableView *table, qint64 questionId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(client::QuestionModel::IdRole).toLongLong() == questionId)
            return row;
    }
    return -1;
}

} // namespace

class TstGuiQuestionArrival : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void arrivalIsHighlightedAndCounted_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("oneNew");
        QTest::newRow("en") << u"en"_s << u"1 new"_s;
        QTest::newRow("nl") << u"nl"_s << u"1 nieuw"_s;
    }

    void arrivalIsHighlightedAndCounted()
    {
        QFETCH(QString, language);
        QFETCH(QString, oneNew);
        ui::AppController controller({QString(), language});
        QWidget *view = guitest::signIn(controller, m_server, Role::Moderator, language);
        QVERIFY(view);
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        // Nobody chose a webinar: the live one is open.
        QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->summary.title == liveTitle, timeoutMs);
        const qint64 webinarId = workspace->webinarId();
        auto *table = child<QTableView>(view, u"questionTable"_s);
        auto *newCount = child<QLabel>(view, u"questionNewCountLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs); // the demo questions are in
        QTest::qWait(500);
        QCOMPARE(newCount->text(), QString());

        auto viewer = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Viewer));
        QVERIFY(viewer);
        const auto asked = guitest::call(*viewer, "POST", api::path::expand(api::path::webinarQuestions, {webinarId}),
                                         {{u"text"_s, u"Hoe lang blijft de opname beschikbaar? (%1)"_s.arg(language)}});
        QVERIFY2(asked, asked ? "" : qPrintable(asked.error().message));
        const qint64 questionId = asked->value(u"id"_s).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, questionId) >= 0, timeoutMs);
        const QModelIndex shown = table->model()->index(rowOf(table, questionId), 0);
        QVERIFY(shown.data(client::QuestionQueueModel::UnseenRole).toBool());
        QCOMPARE(newCount->text(), oneNew);

        table->selectRow(rowOf(table, questionId));
        QVERIFY(
            !table->model()->index(rowOf(table, questionId), 0).data(client::QuestionQueueModel::UnseenRole).toBool());
        QCOMPARE(newCount->text(), QString());
        controller.session()->signOut();
    }

    // Twenty questions, one at a time: from the viewer's POST to the row standing out on the moderator's screen.
    void arrivalToHighlightTimes()
    {
        ui::AppController controller({QString(), u"en"_s});
        QWidget *view = guitest::signIn(controller, m_server, Role::Moderator);
        QVERIFY(view);
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->detail() && workspace->detail()->summary.title == liveTitle, timeoutMs);
        auto *table = child<QTableView>(view, u"questionTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs);
        QTest::qWait(500);
        auto viewer = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Viewer));
        QVERIFY(viewer);
        auto *queue = qobject_cast<client::QuestionQueueModel *>(table->model());
        QVERIFY(queue);
        QList<double> totals;
        QList<double> afterAnswer;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            double highlighted = -1; // the moment the queue marks the new question, from its own signal
            const auto connection = connect(queue, &client::QuestionQueueModel::unseenChanged, this, [&](int count) {
                if (count > 0 && highlighted < 0)
                    highlighted = double(clock.nsecsElapsed()) / 1e6;
            });
            clock.start();
            const auto asked =
                guitest::call(*viewer, "POST", api::path::expand(api::path::webinarQuestions, {workspace->webinarId()}),
                              {{u"text"_s, u"Vraag nummer %1 over de privacy van de metingen"_s.arg(i)}});
            QVERIFY(asked);
            const double answered = double(clock.nsecsElapsed()) / 1e6;
            const qint64 id = asked->value(u"id"_s).toInteger();
            QVERIFY(QTest::qWaitFor([&] { return highlighted >= 0; }, timeoutMs));
            disconnect(connection);
            QVERIFY(queue->isUnseen(id));
            totals << highlighted;
            afterAnswer << highlighted - answered;
            table->selectRow(rowOf(table, id)); // seen: the next one counts from zero again
            QCOMPARE(queue->unseenCount(), 0);
        }
        std::ranges::sort(totals);
        std::ranges::sort(afterAnswer);
        qInfo("question POST -> highlight on the moderator's screen: p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
              "after the POST's answer: p50 %.1f ms, max %.1f ms (20 questions)",
              totals.at(10), totals.at(18), totals.last(), afterAnswer.at(10), afterAnswer.last());
        QVERIFY(totals.at(10) < 2000);
        controller.session()->signOut();
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }
};

QTEST_MAIN(TstGuiQuestionArrival)
#include "tst_gui_question_arrival.moc"
