// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sampling/samplesize.h"

#include <QString>

#include <optional>

namespace Tickmark::Core {

/// The evaluation of an attribute sample, with the conclusion in words.
struct Evaluation
{
    int sampleSize = 0;
    int deviations = 0;
    double deviationRate = 0.0;          ///< deviations / sampleSize, a fraction
    double upperDeviationLimit = 0.0;    ///< fraction, rounded up to 0.001 (0.1%): exactly upperLimitPermille / 1000
    int upperLimitPermille = 0;          ///< the same limit in tenths of a percent (77 for 7.7%), for exact comparisons
    std::optional<double> tolerableRate; ///< fraction, when one was given
    std::optional<bool> supportsReliance; ///< upper limit ≤ tolerable rate; empty without a tolerable rate
    QString conclusion;                   ///< one translated sentence
};

/// Evaluates a sample of @p n items with @p k deviations at the given risk of overreliance. The upper deviation
/// limit is the one-sided exact binomial (Clopper–Pearson) bound p with P(X ≤ k; n, p) = risk, rounded up to 0.1%:
/// it is computed as the smallest multiple of 0.001 whose P(X ≤ k; n, ·) ≤ risk, which is the same number (the
/// probability falls as p rises) and leaves no bisection tolerance to decide a 0.1% boundary. k = n gives 100%.
/// Equals the AICPA Audit Sampling guide's tables A-3 (5%) and A-4 (10%). Pure and thread-safe.
/// Fails with InvalidArgument for n < 1, k < 0, k > n, a risk not strictly between 0 and 1 or a tolerable rate
/// not strictly between 0 and 1.
[[nodiscard]] Result<Evaluation> evaluateSample(int n, int k, Rate risk, std::optional<Rate> tolerable);

/// The unrounded one-sided upper bound p with P(X ≤ k; n, p) = risk, by bisection on [0, 1] until the bracket is
/// narrower than 1e-15 (fraction). Returns 1 for k ≥ n and 0 for invalid input (n < 1, k < 0, risk outside (0, 1)).
long double binomialUpperLimit(qint64 n, qint64 k, long double risk);

} // namespace Tickmark::Core
