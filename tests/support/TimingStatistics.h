#pragma once

#include <cstddef>
#include <vector>

// Timing comparisons of the attack tests: is one kind of request told from another by its round trip?
namespace timing {

// Known and unknown in a shuffled order, half each: a strict alternation lines up with anything periodic in the
// server (the allocator, a timer) and reads it as a difference.
std::vector<bool> shuffledHalves(size_t count);

double median(std::vector<double> values);

// Whether the medians (in ms) lie within a quarter of b's median, or within half a millisecond of each other (1.5 ms
// under AddressSanitizer): a round trip of about a millisecond on loopback varies by more than a quarter from the
// scheduling of two cores alone, while half a millisecond is far below what a client across a network can resolve
// from a few dozen tries. The rank test of the release build is the strict one.
bool mediansClose(const std::vector<double> &a, const std::vector<double> &b);

// Two-sided Mann-Whitney U test, normal approximation with tie correction: the probability of samples this far
// apart if both came from one distribution.
double mannWhitneyP(const std::vector<double> &a, const std::vector<double> &b);

} // namespace timing
