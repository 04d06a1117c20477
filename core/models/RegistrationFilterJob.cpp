#include "models/RegistrationFilterJob.h"

#include <QPromise>
#include <QStringMatcher>
#include <QThreadPool>

#include <atomic>
#include <numeric>

namespace regiekamer::client {
namespace {

using Field = RegistrationModel::Field;

constexpr size_t checkEvery = 4096; // rows between two looks at cancelled()

const QString &noText()
{
    static const QString none;
    return none;
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// The text of a text field; rows without the field's class have the empty text (and sort first).
const QString &textOf(const api::Registration &r, Field field)
{
    switch (field) {
    case Field::FullName:
        return r.fullName ? *r.fullName : noText();
    case Field::Email:
        return r.contact ? r.contact->email : noText();
    case Field::Phone:
        return r.contact ? r.contact->phone : noText();
    case Field::Company:
        return r.profile ? r.profile->company : noText();
    case Field::JobTitle:
        return r.profile ? r.profile->jobTitle : noText();
    default:
        return noText();
    }
}

// The value of any other field; rows without the field's class sort first.
qint64 numberOf(const api::Registration &r, Field field)
{
    switch (field) {
    case Field::RegisteredAt:
        return r.registration ? msecs(r.registration->registeredAt) : 0;
    case Field::Approval:
        return r.registration ? static_cast<qint64>(r.registration->approvalState) : -1;
    case Field::JoinedAt:
        return r.attendance ? msecs(r.attendance->joinedAt) : 0;
    case Field::LeftAt:
        return r.attendance ? msecs(r.attendance->leftAt) : 0;
    case Field::MinutesWatched:
        return r.attendance ? r.attendance->minutesWatched : -1;
    case Field::Present:
        return r.attendance ? static_cast<qint64>(r.attendance->present) : -1;
    case Field::ConsentRecording:
        return r.consent ? static_cast<qint64>(r.consent->recording) : -1;
    case Field::ConsentMarketing:
        return r.consent ? static_cast<qint64>(r.consent->marketing) : -1;
    case Field::ConsentGivenAt:
        return r.consent ? msecs(r.consent->givenAt) : 0;
    default:
        return 0;
    }
}

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

RegistrationKey RegistrationKey::from(const RegistrationRow &row)
{
    RegistrationKey key;
    key.search = row.searchKey;
    if (row.data.registration)
        key.approval = static_cast<qint8>(row.data.registration->approvalState);
    if (row.data.attendance)
        key.present = row.data.attendance->present ? 1 : 0;
    for (int field = 0; field < textFields; ++field)
        key.texts[static_cast<size_t>(field)] = textOf(row.data, static_cast<Field>(field));
    for (int field = 0; field < numberFields; ++field)
        key.numbers[static_cast<size_t>(field)] = numberOf(row.data, static_cast<Field>(textFields + field));
    return key;
}

std::shared_ptr<std::vector<RegistrationKey>> RegistrationKeys::writable(size_t chunk)
{
    std::shared_ptr<const Chunk> &at = m_chunks[chunk];
    if (at.use_count() == 1) {
        // Nobody else holds it (only this thread makes snapshots): no snapshot can see the change. The fence
        // pairs with the release of the last worker's reference.
        std::atomic_thread_fence(std::memory_order_acquire);
        return std::const_pointer_cast<Chunk>(at);
    }
    auto copy = std::make_shared<Chunk>(*at);
    at = copy;
    return copy;
}

void RegistrationKeys::append(const RegistrationRow &row)
{
    if ((m_size & chunkMask) == 0) {
        auto chunk = std::make_shared<Chunk>();
        chunk->reserve(chunkMask + 1);
        m_chunks.push_back(std::move(chunk));
    }
    writable(m_chunks.size() - 1)->push_back(RegistrationKey::from(row));
    ++m_size;
}

void RegistrationKeys::update(size_t row, const RegistrationRow &value)
{
    if (row < m_size)
        (*writable(row >> chunkBits))[row & chunkMask] = RegistrationKey::from(value);
}

void RegistrationKeys::clear()
{
    m_chunks.clear();
    m_size = 0;
}

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
        return collator.compare(textOf(a.data, field), textOf(b.data, field));
    return compareNumbers(numberOf(a.data, field), numberOf(b.data, field));
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
