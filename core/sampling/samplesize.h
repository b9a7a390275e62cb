// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace Tickmark::Core {

/// A rate (risk, tolerable or expected deviation rate) held as an exact decimal: numerator / 10^12.
/// Exactness matters: the expected deviations are ceil(n × rate), and a double product lands on the wrong side of an
/// integer (0.035 × 400 is 14.000000000000002 in binary floating point, so a double ceil gives 15 instead of 14).
struct Rate
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::Rate)

public:
    static constexpr qint64 kDenominator = 1'000'000'000'000; ///< 10^12: the finest step is 1e-12 (1e-10 %)
    static constexpr int kFractionDigits = 12;                ///< decimal places of the fraction form

    qint64 numerator = 0; ///< value × 10^12; 0 ≤ numerator ≤ kDenominator for a valid rate

    /// Parses "0.05", ".035", "5%", "3.25 %" (surrounding spaces allowed, '.' as decimal point only). The fraction
    /// form takes up to 12 decimal places, the percent form up to 10. Fails with InvalidArgument on anything else,
    /// on a negative value and on a value above 1 (100%); "5" is refused with a hint to write "5%".
    static Result<Rate> parse(const QString &text);
    /// An exact rate from basis points (1 bp = 0.01%), e.g. fromBasisPoints(350) is 3.5%.
    static constexpr Rate fromBasisPoints(qint64 basisPoints) { return Rate{basisPoints * 100'000'000}; }

    double toDouble() const;
    long double toLongDouble() const;
    /// Shortest exact percent text: "5%", "3.5%", "0.25%". Not translated (digits and '%' only).
    QString toString() const;
    /// Percent text with at least @p minDecimals decimals: toPercentText(1) gives "10.0%", "3.25%".
    QString toPercentText(int minDecimals) const;
    /// ceil(n × rate), exactly, for 0 ≤ n ≤ 9,000,000 (so that n × numerator fits in 64 bits).
    qint64 ceilTimes(qint64 n) const;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted comparison
    friend constexpr auto operator<=>(const Rate &, const Rate &) = default;
};

/// Samples above this size are reported as too large (the AICPA tables print "*").
inline constexpr int kMaxStatisticalSampleSize = 2000;

/// Result of the attribute-sampling size rule.
struct StatisticalSize
{
    int size = 0;               ///< the sample size n; 0 when tooLarge
    int expectedDeviations = 0; ///< ceil(n × expected rate) at that n; 0 when tooLarge
    bool tooLarge = false;      ///< no n ≤ kMaxStatisticalSampleSize meets the risk

    bool operator==(const StatisticalSize &) const = default;
};

/// The statistical sample size for a test of controls (attribute sampling, binomial, large population): the
/// smallest n with P(X ≤ k; n, tolerable) ≤ risk where k = ceil(n × expected). This is the definition behind the
/// AICPA Audit Sampling guide's tables A-1 (5% risk) and A-2 (10% risk); any risk in (0, 1) may be used.
/// Pure and thread-safe; at most ~2,000 binomial sums, a few milliseconds.
/// Fails with InvalidArgument when risk or tolerable is not strictly between 0 and 1, or when expected is not
/// below tolerable (no sample size can then support reliance). "Too large" is a result, not an error.
[[nodiscard]] Result<StatisticalSize> statisticalSampleSize(Rate risk, Rate tolerable, Rate expected);

/// P(X ≤ k) for X ~ Binomial(n, p), summed in log space in long double so that no term underflows; exact to
/// about 1e-15 relative for n up to a few million. Returns 1 for k ≥ n, 0 for k < 0; p is clamped to [0, 1].
long double binomialCdf(qint64 k, qint64 n, long double p);

/// Whether a computed probability meets "P ≤ risk". A probability within 1e-12 (relative) of the risk counts as
/// equal, so that rounding in the last bits cannot break an exact tie (n = 1, k = 0 at 5% risk has P = 5% exactly
/// at p = 95%). The computation's own error is below 1e-15; the closest calls in the AICPA tables are 1.7e-4
/// (sample sizes) and 3.7e-5 (upper limits) away from the risk.
bool meetsRisk(long double probability, long double risk);

} // namespace Tickmark::Core
