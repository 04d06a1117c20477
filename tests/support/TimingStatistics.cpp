#include "TimingStatistics.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>

namespace timing {

std::vector<bool> shuffledHalves(size_t count)
{
    std::vector<bool> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = i % 2 == 0;
    std::shuffle(order.begin(), order.end(), std::mt19937(QRandomGenerator::global()->generate()));
    return order;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double mannWhitneyP(const std::vector<double> &a, const std::vector<double> &b)
{
    std::vector<std::pair<double, int>> all;
    for (double value : a)
        all.emplace_back(value, 0);
    for (double value : b)
        all.emplace_back(value, 1);
    std::sort(all.begin(), all.end());
    double rankSumA = 0;
    double ties = 0;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        while (j < all.size() && all[j].first == all[i].first)
            ++j;
        const double rank = (static_cast<double>(i + j) + 1) / 2;
        const double count = static_cast<double>(j - i);
        ties += count * count * count - count;
        for (size_t k = i; k < j; ++k)
            rankSumA += all[k].second == 0 ? rank : 0;
        i = j;
    }
    const double n1 = static_cast<double>(a.size());
    const double n2 = static_cast<double>(b.size());
    const double n = n1 + n2;
    const double u = rankSumA - n1 * (n1 + 1) / 2;
    const double sigma = std::sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))));
    const double z = (std::abs(u - n1 * n2 / 2) - 0.5) / sigma;
    return std::erfc(z / std::sqrt(2.0));
}

namespace {

// Under AddressSanitizer (./test's second build) a millisecond round trip is about three times as long and as noisy.
#if defined(__SANITIZE_ADDRESS__)
constexpr double floorMs = 1.5;
#else
constexpr double floorMs = 0.5;
#endif

} // namespace

bool mediansClose(const std::vector<double> &a, const std::vector<double> &b)
{
    const double medianB = median(b);
    return std::abs(median(a) - medianB) < std::max(0.25 * medianB, floorMs);
}

} // namespace timing
