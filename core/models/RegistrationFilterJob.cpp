#include "models/RegistrationFilterJob.h"

#include <QPromise>
#include <QStringMatcher>
#include <QThreadPool>

#include <numeric>

namespace regiekamer::client {
namespace {

using Field = RegistrationModel::Field;

constexpr size_t checkEvery = 4096; // rows between two looks at cancelled()

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Reads the sort field of a key.
struct FieldOf
{
    size_t text = 0;
    size_t number = 0;
    bool isText = false;

    explicit FieldOf(Field field)
        : isText(RegistrationSortSpec::isText(field))
    {
        const auto index = static_cast<size_t>(field);
        (isText ? text : number) = isText ? index : index - RegistrationKey::textFields;
    }
    const QString &textOf(const RegistrationKey &key) const { return key.texts[text]; }
    qint64 numberOf(const RegistrationKey &key) const { return key.numbers[number]; }
};

// Sorts every row of the snapshot; std::nullopt when cancelled. Text fields compare precomputed collation keys
// (bytes), so the collator runs once per row instead of once per comparison.
std::optional<std::vector<int>> sortAll(const RegistrationKeys &keys, const RegistrationSortSpec &spec,
                                        const std::function<bool()> &cancelled)
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    if (!spec.field)
        return order;
    const bool ascending = spec.order == Qt::AscendingOrder;
    const FieldOf field(*spec.field);
    if (!field.isText) {
        std::vector<qint64> values(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            values[i] = field.numberOf(keys[i]);
        std::stable_sort(order.begin(), order.end(), [&values, ascending](int a, int b) {
            const auto x = values[static_cast<size_t>(a)];
            const auto y = values[static_cast<size_t>(b)];
            return ascending ? x < y : y < x;
        });
        return order;
    }
    const QCollator collator = spec.collator();
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i % checkEvery == 0 && cancelled())
            return std::nullopt;
        sortKeys.push_back(collator.sortKey(field.textOf(keys[i])));
    }
    std::stable_sort(order.begin(), order.end(), [&sortKeys, ascending](int a, int b) {
        const int c = sortKeys[static_cast<size_t>(a)].compare(sortKeys[static_cast<size_t>(b)]);
        return ascending ? c < 0 : c > 0;
    });
    return order;
}

// The rows not in the kept order (appended after it, or changed since), accepted by the filter.
std::vector<int> extraRows(const std::vector<char> &accepted, const std::vector<int> &changed, size_t known)
{
    std::vector<int> extra;
    for (int row : changed) {
        if (accepted[static_cast<size_t>(row)])
            extra.push_back(row);
    }
    for (size_t row = known; row < accepted.size(); ++row) {
        if (accepted[row])
            extra.push_back(static_cast<int>(row));
    }
    return extra;
}

} // namespace

bool RegistrationFilterSpec::accepts(const RegistrationKey &key) const
{
    if (!search.isEmpty() && !key.search.contains(search))
        return false;
    if (approval && key.approval != static_cast<qint8>(*approval))
        return false;
    return !present || key.present == (*present ? 1 : 0);
}

std::optional<std::vector<char>> RegistrationFilterSpec::acceptAll(const RegistrationKeys &keys,
                                                                   const std::function<bool()> &cancelled) const
{
    std::vector<char> accepted(keys.size(), 0);
    const QStringMatcher matcher(search);
    for (size_t row = 0; row < keys.size(); ++row) {
        if (row % checkEvery == 0 && cancelled())
            return std::nullopt;
        const RegistrationKey &key = keys[row];
        if (!search.isEmpty() && matcher.indexIn(key.search) < 0)
            continue;
        if (approval && key.approval != static_cast<qint8>(*approval))
            continue;
        accepted[row] = !present || key.present == (*present ? 1 : 0);
    }
    return accepted;
}

bool RegistrationFilterSpec::accepts(const RegistrationRow &row) const
{
    if (!search.isEmpty() && !row.searchKey.contains(search))
        return false;
    if (approval && (!row.data.registration || row.data.registration->approvalState != *approval))
        return false;
    return !present || (row.data.attendance && row.data.attendance->present == *present);
}

QCollator RegistrationSortSpec::collator() const
{
    // The C locale's collator compares code units and its sort keys ignore the case setting: use a real one.
    QCollator result(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    result.setCaseSensitivity(Qt::CaseInsensitive);
    return result;
}

bool RegistrationSortSpec::isText(RegistrationModel::Field field)
{
    return field == Field::FullName || field == Field::Email || field == Field::Phone || field == Field::Company ||
        field == Field::JobTitle;
}

int RegistrationSortSpec::compare(const RegistrationRow &a, const RegistrationRow &b, RegistrationModel::Field field,
                                  const QCollator &collator)
{
    if (isText(field))
        return collator.compare(RegistrationKey::text(a.data, static_cast<int>(field)),
                                RegistrationKey::text(b.data, static_cast<int>(field)));
    return compareNumbers(RegistrationKey::number(a.data, static_cast<int>(field)),
                          RegistrationKey::number(b.data, static_cast<int>(field)));
}

RegistrationFilterResult runRegistrationFilterJob(const RegistrationFilterJob &job,
                                                  const std::function<bool()> &cancelled)
{
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    const size_t rows = job.keys.size();
    RegistrationFilterResult result;
    result.snapshotRows = static_cast<int>(rows);
    const std::optional<std::vector<char>> accepted = job.filter.acceptAll(job.keys, isCancelled);
    if (!accepted)
        return {};
    RowOrder order = job.order;
    size_t known = order ? order->size() : 0;
    const std::vector<int> *changed = &job.changed;
    static const std::vector<int> none;
    if (!order || known > rows || rows - known + changed->size() > rows / 8 + 64) {
        auto sorted = sortAll(job.keys, job.sort, isCancelled);
        if (!sorted)
            return {};
        order = std::make_shared<const std::vector<int>>(std::move(*sorted));
        result.order = order;
        known = rows;
        changed = &none;
    }
    std::vector<char> skip(rows, 0);
    for (int row : *changed)
        skip[static_cast<size_t>(row)] = 1;
    result.proxyToSource.reserve(order->size());
    for (int row : *order) {
        const auto at = static_cast<size_t>(row);
        if ((*accepted)[at] && !skip[at])
            result.proxyToSource.push_back(row);
    }
    std::vector<int> extra = extraRows(*accepted, *changed, known);
    if (!job.sort.field) {
        mergeOrdered(result.proxyToSource, std::move(extra), std::less<>());
        return result;
    }
    const QCollator collator = job.sort.collator();
    const FieldOf field(*job.sort.field);
    const bool ascending = job.sort.order == Qt::AscendingOrder;
    mergeOrdered(result.proxyToSource, std::move(extra), [&](int a, int b) {
        const RegistrationKey &x = job.keys[static_cast<size_t>(a)];
        const RegistrationKey &y = job.keys[static_cast<size_t>(b)];
        int c = field.isText ? collator.compare(field.textOf(x), field.textOf(y))
                             : compareNumbers(field.numberOf(x), field.numberOf(y));
        return (ascending ? c : -c) != 0 ? (ascending ? c : -c) < 0 : a < b;
    });
    return result;
}

QFuture<RegistrationFilterResult> startRegistrationFilterJob(RegistrationFilterJob job)
{
    auto promise = std::make_shared<QPromise<RegistrationFilterResult>>();
    QFuture<RegistrationFilterResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, job = std::move(job)] {
        RegistrationFilterResult result = runRegistrationFilterJob(job, [&promise] { return promise->isCanceled(); });
        if (!promise->isCanceled())
            promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

void sortUniqueRows(std::vector<int> &rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
}

} // namespace regiekamer::client
