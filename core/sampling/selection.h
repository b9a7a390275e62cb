// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QtGlobal>

#include <array>

namespace Tickmark::Core {

/// One step of SplitMix64 (Steele, Lea, Flood 2014): advances @p state by 0x9E3779B97F4A7C15 and returns the mixed
/// output. Used only to expand a 64-bit seed into xoshiro256** state.
quint64 splitMix64Next(quint64 &state);

/// xoshiro256** 1.0 (Blackman and Vigna), the generator behind every Tickmark selection. The algorithm is fixed
/// and documented in docs/sampling.md so that any tool can reproduce a selection. Not thread-safe; cheap to copy.
class Xoshiro256ss final
{
public:
    /// State s[0..3] = four successive SplitMix64 outputs from @p seed (any value, 0 included).
    explicit Xoshiro256ss(quint64 seed);
    /// A generator with the given raw state (for reference vectors); the state must not be all zero.
    static Xoshiro256ss fromState(const std::array<quint64, 4> &state);

    /// The next 64-bit output.
    quint64 next();
    const std::array<quint64, 4> &state() const { return m_s; }

private:
    Xoshiro256ss() = default;
    std::array<quint64, 4> m_s{};
};

/// A uniform integer in [0, n) by Lemire's multiply-shift with rejection (the "nearly divisionless" method): with
/// m = x × n as a 128-bit product, l = low 64 bits: if l < n, t = (2^64 − n) mod n and x is redrawn while l < t;
/// the result is the high 64 bits. Consumes one output of @p rng (more only when rejecting). n = 0 returns 0 and
/// consumes nothing.
quint64 boundedRandom(Xoshiro256ss &rng, quint64 n);

/// How randomSelection() keeps its permutation; every choice gives identical rows.
enum class SelectionStorage {
    Automatic, ///< Dense when N ≤ 65,536 or N ≤ 4n, else Sparse
    Dense,     ///< materialises all N row indices (8 bytes each)
    Sparse,    ///< keeps only the displaced positions in a hash map: memory O(n), independent of N
};

/// Random selection without replacement: a partial Fisher–Yates shuffle of the row indices 0..N−1 in import order,
/// driven by Xoshiro256ss(seed): for i in 0..n−1, j = i + boundedRandom(N − i), swap a[i] and a[j], item i is a[i].
/// Returns 1-based row numbers (index + 1) in draw order. Drawing n' > n from the same seed continues the same stream,
/// so the first n rows are unchanged. O(n) time. Fails with InvalidArgument for N < 1, n < 1 or n > N.
[[nodiscard]] Result<QList<qint64>> randomSelection(quint64 seed, qint64 populationSize, int sampleSize,
                                                    SelectionStorage storage = SelectionStorage::Automatic);

/// Systematic selection with a random start: interval k = floor(N / n), start = boundedRandom(k) from
/// Xoshiro256ss(seed), rows start + i·k + 1 for i in 0..n−1 (1-based, ascending). Fails like randomSelection().
[[nodiscard]] Result<QList<qint64>> systematicSelection(quint64 seed, qint64 populationSize, int sampleSize);

/// A fresh seed from the operating system's cryptographic source (QRandomGenerator::system()). Thread-safe.
quint64 newSeed();

} // namespace Tickmark::Core
