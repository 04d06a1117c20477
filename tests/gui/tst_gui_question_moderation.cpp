// The moderator's question queue of issue 17, in English and Dutch, against the demo server: sorting by the
// audience's votes (pinned stay on top), "answered live" by button and Ctrl+L, who and when of the last moderation
// action, and merging duplicates after a confirmation that names them, undone by Unmerge.
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "models/QuestionModel.h"
#include "models/QuestionQueueModel.h"
#include "protocol/ApiPaths.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::QuestionModel;
using guitest::child;
using guitest::timeoutMs;

namespace {

const QString liveTitle = u"Zorg op afstand: lessen uit drie jaar e-health"_s;

int rowOf(QTableView *table, qint64 questionId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(QuestionModel::IdRole).toLongLong() == questionId)
            return row;
    }
    return -1;
}

std::optional<api::QuestionState> stateOf(client::WebinarWorkspace *workspace, qint64 id)
{
    const api::Question *question = workspace->questions()->questionById(id);
    return question && question->question ? std::optional(question->question->state) : std::nullopt;
}

} // namespace

class TstGuiQuestionModeration : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;

    // Signs the moderator in with the live webinar's queue on screen; the view, or nullptr.
    QWidget *openQueue(ui::AppController &controller, const QString &language)
    {
        QWidget *view = guitest::signIn(controller, m_server, Role::Moderator, language);
        if (!view)
            return nullptr;
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        if (!QTest::qWaitFor([&] { return workspace->detail() && workspace->detail()->summary.title == liveTitle; },
                             timeoutMs))
            return nullptr;
        auto *table = child<QTableView>(view, u"questionTable"_s);
        return QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, timeoutMs) ? view : nullptr;
    }

    // A new question from the demo viewer, once it is in the moderator's queue.
    qint64 ask(client::WebinarWorkspace *workspace, QTableView *table, const QString &text)
    {
        auto viewer = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Viewer));
        if (!viewer)
            return 0;
        const auto asked =
            guitest::call(*viewer, "POST", api::path::expand(api::path::webinarQuestions, {workspace->webinarId()}),
                          {{u"text"_s, text}});
        const qint64 id = asked ? asked->value(u"id"_s).toInteger() : 0;
        return id && QTest::qWaitFor([&] { return rowOf(table, id) >= 0; }, timeoutMs) ? id : 0;
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void sortByVotes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("header");
        QTest::newRow("en") << u"en"_s << u"Most votes first"_s << u"Votes"_s;
        QTest::newRow("nl") << u"nl"_s << u"Meeste stemmen eerst"_s << u"Stemmen"_s;
    }

    void sortByVotes()
    {
        QFETCH(QString, language);
        QFETCH(QString, choice);
        QFETCH(QString, header);
        ui::AppController controller({QString(), language});
        QWidget *view = openQueue(controller, language);
        QVERIFY(view);
        auto *table = child<QTableView>(view, u"questionTable"_s);
        auto *sort = child<QComboBox>(view, u"questionSortCombo"_s);
        QCOMPARE(table->model()->headerData(QuestionModel::Votes, Qt::Horizontal).toString(), header);
        child<QComboBox>(view, u"questionStateFilterCombo"_s)->setCurrentIndex(1); // all questions
        sort->setCurrentIndex(sort->findText(choice));
        QCOMPARE(sort->currentText(), choice);
        auto *model = table->model();
        qint64 previous = std::numeric_limits<qint64>::max();
        bool pinnedPart = true;
        bool sawVotes = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool pinned = model->index(row, QuestionModel::State).data(QuestionModel::SortRole).toInt() ==
                int(api::QuestionState::Pinned);
            if (pinned) {
                QVERIFY2(pinnedPart, "a pinned question below an unpinned one");
                continue;
            }
            if (pinnedPart)
                previous = std::numeric_limits<qint64>::max();
            pinnedPart = false;
            const qint64 votes = model->index(row, QuestionModel::Votes).data(QuestionModel::SortRole).toLongLong();
            sawVotes = sawVotes || votes > 0;
            QVERIFY2(votes <= previous, qPrintable(u"row %1: %2 votes after %3"_s.arg(row).arg(votes).arg(previous)));
            previous = votes;
        }
        QVERIFY2(sawVotes, "the demo data has votes");
        controller.session()->signOut();
    }

    void answeredLiveShowsWhoAndWhen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("answeredLive");
        QTest::addColumn<QString>("by");
        QTest::newRow("en") << u"en"_s << u"Answered live"_s << u"Answered live by "_s;
        QTest::newRow("nl") << u"nl"_s << u"Live beantwoord"_s << u"Live beantwoord door "_s;
    }

    void answeredLiveShowsWhoAndWhen()
    {
        QFETCH(QString, language);
        QFETCH(QString, answeredLive);
        QFETCH(QString, by);
        ui::AppController controller({QString(), language});
        QWidget *view = openQueue(controller, language);
        QVERIFY(view);
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        auto *table = child<QTableView>(view, u"questionTable"_s);
        child<QComboBox>(view, u"questionStateFilterCombo"_s)->setCurrentIndex(1); // all: it stays in view
        const qint64 id = ask(workspace, table, u"Wordt dit live beantwoord? (%1)"_s.arg(language));
        QVERIFY(id);
        table->selectRow(rowOf(table, id));
        auto *button = child<QPushButton>(view, u"answeredLiveButton"_s);
        QVERIFY(button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
        view->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view->window()));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier); // the shortcut
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(workspace, id) == api::QuestionState::Answered, timeoutMs);
        const int row = rowOf(table, id);
        QCOMPARE(table->model()->index(row, QuestionModel::Answer).data().toString(), answeredLive);
        const QString who = table->model()->index(row, QuestionModel::Moderated).data().toString();
        const QString expected = by + controller.session()->user().displayName + u", "_s;
        QVERIFY2(who.startsWith(expected), qPrintable(who));
        QVERIFY2(QTime::fromString(who.right(5), u"HH:mm"_s).isValid(), qPrintable(who));
        QCOMPARE(table->model()->index(row, QuestionModel::State).data(Qt::ToolTipRole).toString(), who);
        QVERIFY(!button->isEnabled()); // once is enough
        controller.session()->signOut();
    }

    void mergeAfterConfirmationAndUnmerge_data() { addLanguages(); }

    void mergeAfterConfirmationAndUnmerge()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QWidget *view = openQueue(controller, language);
        QVERIFY(view);
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        auto *table = child<QTableView>(view, u"questionTable"_s);
        const QString first = u"Hoe lang bewaren jullie de metingen? (%1)"_s.arg(language);
        const QString second = u"Hoe lang blijven de metingen bewaard? (%1)"_s.arg(language);
        const qint64 a = ask(workspace, table, first);
        const qint64 b = ask(workspace, table, second);
        QVERIFY(a && b);
        auto *merge = child<QPushButton>(view, u"mergeQuestionsButton"_s);
        table->selectRow(rowOf(table, a));
        QVERIFY(!merge->isEnabled()); // one question is no duplicate
        table->selectionModel()->select(table->model()->index(rowOf(table, b), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(merge->isEnabled());

        // Keeping them apart changes nothing.
        merge->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"mergeQuestionsMessage"_s)) != nullptr,
                                 timeoutMs);
        QVERIFY2(box->text().contains(first) && box->text().contains(second), qPrintable(box->text()));
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::qWait(300);
        QCOMPARE(stateOf(workspace, b), api::QuestionState::New);

        merge->click();
        QTRY_VERIFY_WITH_TIMEOUT((box = view->findChild<QMessageBox *>(u"mergeQuestionsMessage"_s)) != nullptr,
                                 timeoutMs);
        child<QPushButton>(box, u"mergeQuestionsConfirmButton"_s)->click();
        // The newer question joins the older one and leaves the open queue.
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(workspace, b) == api::QuestionState::Merged, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(table, b), -1, timeoutMs);
        QCOMPARE(workspace->questions()->questionById(b)->question->mergedInto->id, a);
        QCOMPARE(stateOf(workspace, a), api::QuestionState::New);

        auto *unmerge = child<QPushButton>(view, u"unmergeQuestionButton"_s);
        QVERIFY(unmerge->isEnabled());
        unmerge->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(workspace, b) == api::QuestionState::New, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, b) >= 0, timeoutMs);
        QVERIFY(!unmerge->isEnabled());
        controller.session()->signOut();
    }

    // A viewer's vote reaches the moderator's Votes column through questions.changed, without any click.
    void votesUpdateLive_data() { addLanguages(); }

    void votesUpdateLive()
    {
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QWidget *view = openQueue(controller, language);
        QVERIFY(view);
        client::WebinarWorkspace *workspace = controller.session()->workspace();
        auto *table = child<QTableView>(view, u"questionTable"_s);
        child<QComboBox>(view, u"questionStateFilterCombo"_s)->setCurrentIndex(1); // all: answered ones too
        auto viewer = guitest::signedInApi(m_server, m_server.demoAccounts().value(Role::Viewer));
        QVERIFY(viewer);
        const auto audience = guitest::call(
            *viewer, "GET", api::path::expand(api::path::webinarAudienceQuestions, {workspace->webinarId()}), {});
        QVERIFY2(audience, audience ? "" : qPrintable(audience.error().message));
        qint64 id = 0;
        for (const QJsonValue &item : audience->value(u"items"_s).toArray()) {
            if (!item.toObject().value(u"mine"_s).toBool() &&
                rowOf(table, item.toObject().value(u"id"_s).toInteger()) >= 0) {
                id = item.toObject().value(u"id"_s).toInteger();
                break;
            }
        }
        QVERIFY2(id,
                 qPrintable(u"no question of someone else the audience sees: "_s +
                            QString::fromUtf8(QJsonDocument(*audience).toJson(QJsonDocument::Compact)).left(300)));
        const QString vote = api::path::expand(api::path::questionVote, {id});
        const auto withdrawn = guitest::call(*viewer, "DELETE", vote, {});
        QVERIFY(withdrawn);
        const auto votesShown = [&] {
            const int row = rowOf(table, id);
            return row < 0
                ? qint64 {-1}
                : table->model()->index(row, QuestionModel::Votes).data(QuestionModel::SortRole).toLongLong();
        };
        const qint64 before = withdrawn->value(u"votes"_s).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(votesShown(), before, timeoutMs);
        const auto voted = guitest::call(*viewer, "POST", vote, {});
        QVERIFY2(voted, voted ? "" : qPrintable(voted.error().message));
        QCOMPARE(voted->value(u"votes"_s).toInteger(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(votesShown(), before + 1, timeoutMs);
        QCOMPARE(table->model()->index(rowOf(table, id), QuestionModel::Votes).data().toString(),
                 QLocale().toString(before + 1));
        controller.session()->signOut();
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }
};

QTEST_MAIN(TstGuiQuestionModeration)
#include "tst_gui_question_moderation.moc"
