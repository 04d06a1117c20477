// The moderator's queue (issue 16): the open questions by default, pinned ones on top in either sort order, and the
// questions that arrive while the queue is watched marked unseen until the moderator selects them.
#include "models/QuestionModel.h"
#include "models/QuestionQueueModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using api::QuestionState;
using client::QuestionModel;
using client::QuestionQueueModel;

namespace {

api::Question question(qint64 id, QuestionState state, int minutesAgo)
{
    api::Question q;
    q.id = id;
    q.webinarId = 1;
    q.askerName = u"Vraagsteller %1"_s.arg(id);
    q.question = api::QuestionFields {u"Vraag %1"_s.arg(id),
                                      QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo),
                                      state,
                                      {},
                                      {},
                                      false,
                                      std::nullopt,
                                      {},
                                      std::nullopt};
    return q;
}

QList<qint64> shownIds(const QuestionQueueModel &queue)
{
    QList<qint64> ids;
    for (int row = 0; row < queue.rowCount(); ++row)
        ids << queue.index(row, 0).data(QuestionModel::IdRole).toLongLong();
    return ids;
}

} // namespace

class TstQuestionQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openQuestionsByDefaultPinnedFirst()
    {
        QuestionModel questions;
        questions.mergeRows({question(1, QuestionState::New, 5), question(2, QuestionState::Answered, 4),
                             question(3, QuestionState::Pinned, 30), question(4, QuestionState::Dismissed, 3),
                             question(5, QuestionState::Approved, 1)});
        QuestionQueueModel queue(&questions);
        queue.sort(QuestionModel::AskedAt, Qt::DescendingOrder); // newest first, as the panel shows it
        QCOMPARE(shownIds(queue), (QList<qint64> {3, 5, 1})); // the old pinned one leads
        queue.sort(QuestionModel::AskedAt, Qt::AscendingOrder);
        QCOMPARE(shownIds(queue), (QList<qint64> {3, 1, 5}));
        queue.showAll();
        QCOMPARE(shownIds(queue), (QList<qint64> {3, 1, 2, 4, 5}));
        queue.showState(QuestionState::Dismissed);
        QCOMPARE(shownIds(queue), QList<qint64> {4});
    }

    void arrivalsAreUnseenUntilSelected()
    {
        QuestionModel questions;
        QuestionQueueModel queue(&questions);
        QSignalSpy unseen(&queue, &QuestionQueueModel::unseenChanged);
        questions.mergeRows({question(1, QuestionState::New, 5)}); // the first load: nothing to point out
        QCOMPARE(queue.unseenCount(), 0);
        queue.watchArrivals();
        questions.mergeRows({question(1, QuestionState::New, 5), question(2, QuestionState::New, 0)});
        QCOMPARE(queue.unseenCount(), 1);
        QVERIFY(queue.isUnseen(2));
        QVERIFY(!queue.isUnseen(1));
        const int row = shownIds(queue).indexOf(2);
        QVERIFY(queue.index(row, 0).data(QuestionQueueModel::UnseenRole).toBool());
        QVERIFY(!queue.index(shownIds(queue).indexOf(1), 0).data(QuestionQueueModel::UnseenRole).toBool());
        QCOMPARE(unseen.last().first().toInt(), 1);
        queue.markSeen(2);
        QCOMPARE(queue.unseenCount(), 0);
        QCOMPARE(unseen.last().first().toInt(), 0);
        // Another webinar's questions replace these: counting stops until they are loaded and watched again.
        questions.mergeRows({question(3, QuestionState::New, 0)});
        QCOMPARE(queue.unseenCount(), 1);
        questions.clear();
        QCOMPARE(queue.unseenCount(), 0);
        questions.mergeRows({question(7, QuestionState::New, 0)});
        QCOMPARE(queue.unseenCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstQuestionQueue)
#include "tst_questionqueue.moc"
