// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include <QCoreApplication>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr qint64 kPermille = 1000;

/// The smallest u in 1..1000 with P(X ≤ k; n, u/1000) ≤ risk; 1000 when k = n (no bound below 100%).
int upperLimitPermille(qint64 n, qint64 k, long double risk)
{
    if (k >= n)
        return static_cast<int>(kPermille);
    // Invariant: lo fails (at p = 0 the probability is 1), hi passes (at p = 1 it is 0 for k < n).
    qint64 lo = 0;
    qint64 hi = kPermille;
    while (hi - lo > 1) {
        const qint64 mid = (lo + hi) / 2;
        const long double p = static_cast<long double>(mid) / static_cast<long double>(kPermille);
        if (meetsRisk(binomialCdf(k, n, p), risk))
            hi = mid;
        else
            lo = mid;
    }
    return static_cast<int>(hi);
}

QString permilleText(int permille)
{
    return QStringLiteral("%1.%2%").arg(permille / 10).arg(permille % 10);
}

QString conclusionText(const Evaluation &e, Rate risk, std::optional<Rate> tolerable)
{
    const QString limit = permilleText(e.upperLimitPermille);
    if (!tolerable)
        return tr("The upper deviation limit is %1 at a %2 risk of overreliance; without a tolerable rate no "
                  "conclusion on reliance is drawn.")
            .arg(limit, risk.toString());
    if (*e.supportsReliance)
        return tr("The upper deviation limit of %1 does not exceed the tolerable rate of %2; the sample supports the "
                  "planned reliance on the control.")
            .arg(limit, tolerable->toPercentText(1));
    return tr("The upper deviation limit of %1 exceeds the tolerable rate of %2; the sample does not support the "
              "planned reliance on the control.")
        .arg(limit, tolerable->toPercentText(1));
}

std::optional<Error> validate(int n, int k, Rate risk, std::optional<Rate> tolerable)
{
    if (n < 1)
        return fail(ErrorCode::InvalidArgument, tr("sample size %1: must be at least 1").arg(n));
    if (k < 0 || k > n)
        return fail(ErrorCode::InvalidArgument,
                    tr("deviations %1: must be between 0 and the sample size of %2").arg(k).arg(n));
    if (risk.numerator <= 0 || risk.numerator >= Rate::kDenominator)
        return fail(ErrorCode::InvalidArgument,
                    tr("risk of overreliance %1: must be above 0% and below 100%").arg(risk.toString()));
    if (tolerable && (tolerable->numerator <= 0 || tolerable->numerator >= Rate::kDenominator))
        return fail(ErrorCode::InvalidArgument,
                    tr("tolerable deviation rate %1: must be above 0% and below 100%").arg(tolerable->toString()));
    return std::nullopt;
}

} // namespace

Result<Evaluation> evaluateSample(int n, int k, Rate risk, std::optional<Rate> tolerable)
{
    if (auto error = validate(n, k, risk, tolerable))
        return *error;
    Evaluation e;
    e.sampleSize = n;
    e.deviations = k;
    e.deviationRate = static_cast<double>(k) / static_cast<double>(n);
    e.upperLimitPermille = upperLimitPermille(n, k, risk.toLongDouble());
    e.upperDeviationLimit = static_cast<double>(e.upperLimitPermille) / static_cast<double>(kPermille);
    if (tolerable) {
        e.tolerableRate = tolerable->toDouble();
        // Exact: u/1000 ≤ numerator/10^12  ⇔  u × 10^9 ≤ numerator.
        e.supportsReliance = e.upperLimitPermille * (Rate::kDenominator / kPermille) <= tolerable->numerator;
    }
    e.conclusion = conclusionText(e, risk, tolerable);
    return e;
}

long double binomialUpperLimit(qint64 n, qint64 k, long double risk)
{
    if (n < 1 || k < 0 || !(risk > 0.0L && risk < 1.0L))
        return 0.0L;
    if (k >= n)
        return 1.0L;
    long double lo = 0.0L;
    long double hi = 1.0L;
    while (hi - lo > 1e-15L) {
        const long double mid = (lo + hi) / 2.0L;
        if (meetsRisk(binomialCdf(k, n, mid), risk))
            hi = mid;
        else
            lo = mid;
    }
    return (lo + hi) / 2.0L;
}

} // namespace Tickmark::Core
