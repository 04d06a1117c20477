#pragma once

#include <cstddef>
#include <vector>

// Timing comparisons of the attack tests: is one kind of request told from another by its round trip?
namespace timing {

// Known and unknown in a shuffled order, half each: a strict alternation lines up with anything periodic in the
// server (the allocator, a timer) and reads it as a difference.
std::vector<bool> shuffledHalves(size_t count);

double median(std::vector<double> values);

// Two-sided Mann-Whitney U test, normal approximation with tie correction: the probability of samples this far
// apart if both came from one distribution.
double mannWhitneyP(const std::vector<double> &a, const std::vector<double> &b);

} // namespace timing
