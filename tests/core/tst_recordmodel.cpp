// RecordModel on its own: rows found by id after appending, prepending, merging and removing; rows keyed by another
// member than `id` and without a version; the language switch announced to views.
#include "models/RecordModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

struct Versioned
{
    qint64 id = 0;
    qint64 version = 0;
    QString text;
};

struct Sequenced // like an access log entry: keyed by its sequence number, never changed once written
{
    qint64 sequence = 0;
    QString text;
};

template<typename Row, auto IdOf = &Row::id> class TextModel : public client::RecordModel<Row, IdOf>
{
public:
    explicit TextModel(const QList<int> &translatedRoles = {Qt::DisplayRole})
    {
        this->retranslateOnLanguageChange(translatedRoles);
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return this->rowAt(index.row()).text;
    }
};

QList<qint64> idsByRow(const TextModel<Sequenced, &Sequenced::sequence> &model)
{
    QList<qint64> ids;
    for (const Sequenced &row : model.rows())
        ids.append(row.sequence);
    return ids;
}

} // namespace

class TstRecordModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prependedRowsAreFoundById();
    void updateAfterPrependChangesTheRightRow();
    void mergeKeepsRowsByIdAndVersion();
    void rowsWithoutVersionAreNeverReplaced();
    void languageSwitchIsAnnounced();
};

void TstRecordModel::prependedRowsAreFoundById()
{
    TextModel<Sequenced, &Sequenced::sequence> model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows({{5, u"five"_s}, {4, u"four"_s}, {3, u"three"_s}});
    model.prependRow({6, u"six"_s});
    model.prependRow({7, u"seven"_s});
    model.appendRows({{2, u"two"_s}});
    QCOMPARE(idsByRow(model), (QList<qint64> {7, 6, 5, 4, 3, 2}));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfId(model.rowAt(row).sequence), row);
    QCOMPARE(model.rowOfId(1), -1);

    model.mergeRows({{7, u"seven"_s}, {5, u"five"_s}, {2, u"two"_s}}); // removes 6, 4 and 3
    QCOMPARE(idsByRow(model), (QList<qint64> {7, 5, 2}));
    QCOMPARE(model.rowOfId(7), 0);
    QCOMPARE(model.rowOfId(5), 1);
    QCOMPARE(model.rowOfId(2), 2);
    QCOMPARE(model.rowOfId(6), -1);
    model.prependRow({8, u"eight"_s});
    QCOMPARE(model.rowOfId(8), 0);
    QCOMPARE(model.rowOfId(2), 3);
}

void TstRecordModel::updateAfterPrependChangesTheRightRow()
{
    TextModel<Versioned> model;
    model.appendRows({{1, 1, u"one"_s}, {2, 1, u"two"_s}});
    model.prependRow({3, 1, u"three"_s});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.updateRow({2, 2, u"two, changed"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(model.rowAt(2).text, u"two, changed"_s);
    QCOMPARE(model.rowAt(0).text, u"three"_s);
    QVERIFY(!model.updateRow({9, 1, u"nine"_s}));
}

void TstRecordModel::mergeKeepsRowsByIdAndVersion()
{
    TextModel<Versioned> model;
    model.setRows({{1, 1, u"one"_s}, {2, 1, u"two"_s}});
    model.mergeRows({{1, 1, u"one, same version"_s}, {2, 2, u"two, new version"_s}, {3, 1, u"three"_s}});
    QCOMPARE(model.rowAt(0).text, u"one"_s);
    QCOMPARE(model.rowAt(1).text, u"two, new version"_s);
    QCOMPARE(model.rowAt(2).text, u"three"_s);
    QCOMPARE(model.rowOfId(3), 2);
}

void TstRecordModel::rowsWithoutVersionAreNeverReplaced()
{
    TextModel<Sequenced, &Sequenced::sequence> model;
    model.setRows({{10, u"written"_s}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.mergeRows({{10, u"other text"_s}});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowAt(0).text, u"written"_s);
}

void TstRecordModel::languageSwitchIsAnnounced()
{
    TextModel<Versioned> model({Qt::DisplayRole, Qt::ToolTipRole});
    TextModel<Versioned> headersOnly({});
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy onlyHeaders(&headersOnly, &QAbstractItemModel::headerDataChanged);
    QSignalSpy noData(&headersOnly, &QAbstractItemModel::dataChanged);
    model.appendRows({{1, 1, u"one"_s}, {2, 1, u"two"_s}});
    headersOnly.appendRows({{1, 1, u"one"_s}});

    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), 1);
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(data.at(0).at(1).toModelIndex(), model.index(1, 1));
    QCOMPARE(data.at(0).at(2).value<QList<int>>(), (QList<int> {Qt::DisplayRole, Qt::ToolTipRole}));
    QCOMPARE(onlyHeaders.size(), 1);
    QCOMPARE(noData.size(), 0);
}

QTEST_GUILESS_MAIN(TstRecordModel)
#include "tst_recordmodel.moc"
