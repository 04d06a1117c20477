#pragma once

#include "models/RegistrationModel.h"

#include <QCollator>
#include <QFuture>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace regiekamer::client {

struct RegistrationFilterSpec
{
    QString search; // trimmed, lower case
    std::optional<api::ApprovalState> approval;
    std::optional<bool> present;

    bool accepts(const RegistrationKey &key) const;
    bool accepts(const RegistrationRow &row) const;
    // Every row of keys, by index: 1 accepted. One pass in memory order; nullopt when cancelled.
    std::optional<std::vector<char>> acceptAll(const RegistrationKeys &keys,
                                               const std::function<bool()> &cancelled) const;
};

// An order of the rows: by a field (text fields by locale collation, case-insensitive), or the source order when
// there is no field. Equal values keep the source order in both directions, as a stable sort of the rows would.
struct RegistrationSortSpec
{
    std::optional<RegistrationModel::Field> field;
    Qt::SortOrder order = Qt::AscendingOrder;
    QLocale locale;

    bool operator==(const RegistrationSortSpec &other) const = default;
    QCollator collator() const;
    static bool isText(RegistrationModel::Field field);
    // < 0, 0, > 0 by the field only (ascending), the way the worker's collation keys order them.
    static int compare(const RegistrationRow &a, const RegistrationRow &b, RegistrationModel::Field field,
                       const QCollator &collator);
};

using RowOrder = std::shared_ptr<const std::vector<int>>;

// One filter + sort computation over a snapshot of rows [0, keys->size()).
struct RegistrationFilterJob
{
    RegistrationKeys keys; // a snapshot: RegistrationModel::keys()
    RegistrationFilterSpec filter;
    RegistrationSortSpec sort;
    RowOrder order; // optional: every row of [0, order->size()) already in `sort` order
    std::vector<int> changed; // rows of `order` whose sort value changed since it was computed
};

struct RegistrationFilterResult
{
    std::vector<int> proxyToSource; // the accepted rows, in order
    RowOrder order; // set when the job sorted every row (worth keeping for the next filter)
    int snapshotRows = 0;
};

// Runs on any thread; returns early (empty result) when cancelled() says so.
RegistrationFilterResult runRegistrationFilterJob(const RegistrationFilterJob &job,
                                                  const std::function<bool()> &cancelled = {});

// Runs the job on the global thread pool; cancelling the future stops it early (it then delivers no result).
QFuture<RegistrationFilterResult> startRegistrationFilterJob(RegistrationFilterJob job);

void sortUniqueRows(std::vector<int> &rows);

// Merges `extra` rows (not in `rows`) into `rows`, which is ordered by `less`, with O(extra · log rows)
// comparisons.
template<typename Less> void mergeOrdered(std::vector<int> &rows, std::vector<int> extra, Less less)
{
    if (extra.empty())
        return;
    std::sort(extra.begin(), extra.end(), less);
    std::vector<int> merged;
    merged.reserve(rows.size() + extra.size());
    auto from = rows.begin();
    for (int row : extra) {
        const auto at = std::upper_bound(from, rows.end(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, rows.end());
    rows = std::move(merged);
}

} // namespace regiekamer::client
