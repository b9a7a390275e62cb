// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr qint64 kPercentScale = 10'000'000'000; // numerator units per whole percent (10^12 / 100)

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

Error notARate(const QString &text)
{
    return fail(ErrorCode::InvalidArgument,
                tr("rate \"%1\": not a number; write a fraction such as 0.05 or a percentage such as 5%").arg(text));
}

bool isOpenUnit(Rate r)
{
    return r.numerator > 0 && r.numerator < Rate::kDenominator;
}

} // namespace

Result<Rate> Rate::parse(const QString &text)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent) {
        t.chop(1);
        t = t.trimmed();
    }
    static const QRegularExpression number(QStringLiteral("^([0-9]*)(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch m = number.match(t);
    if (!m.hasMatch() || (m.capturedLength(1) == 0 && m.capturedLength(2) == 0))
        return notARate(text);

    // Both forms are scaled to 10^-12 of one: the fraction form keeps 12 decimals, the percent form 10.
    const int decimals = percent ? kFractionDigits - 2 : kFractionDigits;
    QString whole = m.captured(1);
    while (whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    const QString fraction = m.captured(2);
    if (fraction.size() > decimals)
        return fail(ErrorCode::InvalidArgument, tr("rate \"%1\": more than %2 decimal places").arg(text).arg(decimals));
    if (whole.size() > 3) // beyond any valid rate, and keeps the arithmetic below from overflowing
        return fail(ErrorCode::InvalidArgument, tr("rate \"%1\": above 100%").arg(text));

    const qint64 scale = powerOfTen(decimals);
    const qint64 value = whole.toLongLong() * scale + fraction.leftJustified(decimals, QLatin1Char('0')).toLongLong();
    if (value > kDenominator) {
        if (!percent)
            return fail(ErrorCode::InvalidArgument,
                        tr("rate \"%1\": above 1; write %1% for a percentage").arg(text.trimmed()));
        return fail(ErrorCode::InvalidArgument, tr("rate \"%1\": above 100%").arg(text));
    }
    return Rate{value};
}

double Rate::toDouble() const
{
    return static_cast<double>(toLongDouble());
}

long double Rate::toLongDouble() const
{
    return static_cast<long double>(numerator) / static_cast<long double>(kDenominator);
}

QString Rate::toString() const
{
    return toPercentText(0);
}

QString Rate::toPercentText(int minDecimals) const
{
    const qint64 whole = numerator / kPercentScale;
    QString fraction = QStringLiteral("%1").arg(numerator % kPercentScale, 10, 10, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.isEmpty())
        return QStringLiteral("%1%").arg(whole);
    return QStringLiteral("%1.%2%").arg(whole).arg(fraction);
}

qint64 Rate::ceilTimes(qint64 n) const
{
    Q_ASSERT(n >= 0 && n <= 9'000'000);
    return (n * numerator + kDenominator - 1) / kDenominator;
}

long double binomialCdf(qint64 k, qint64 n, long double p)
{
    if (k < 0)
        return 0.0L;
    if (k >= n)
        return 1.0L;
    p = std::clamp(p, 0.0L, 1.0L);
    if (p <= 0.0L)
        return 1.0L;
    if (p >= 1.0L)
        return 0.0L;
    // Terms C(n,i) p^i q^(n-i) by the ratio recurrence in log space, summed relative to the largest term seen so
    // far: nothing underflows even where q^n is far below the long double range.
    const long double logQ = std::log1p(-p);
    const long double logRatio = std::log(p) - logQ;
    long double logTerm = static_cast<long double>(n) * logQ;
    long double maxLog = logTerm;
    long double sum = 1.0L;
    for (qint64 i = 0; i < k; ++i) {
        logTerm += std::log(static_cast<long double>(n - i) / static_cast<long double>(i + 1)) + logRatio;
        if (logTerm > maxLog) {
            sum = sum * std::exp(maxLog - logTerm) + 1.0L;
            maxLog = logTerm;
        } else {
            sum += std::exp(logTerm - maxLog);
        }
    }
    return std::min(1.0L, std::exp(maxLog + std::log(sum)));
}

bool meetsRisk(long double probability, long double risk)
{
    return probability <= risk * (1.0L + 1e-12L);
}

Result<StatisticalSize> statisticalSampleSize(Rate risk, Rate tolerable, Rate expected)
{
    if (!isOpenUnit(risk))
        return fail(ErrorCode::InvalidArgument,
                    tr("risk of overreliance %1: must be above 0% and below 100%").arg(risk.toString()));
    if (!isOpenUnit(tolerable))
        return fail(ErrorCode::InvalidArgument,
                    tr("tolerable deviation rate %1: must be above 0% and below 100%").arg(tolerable.toString()));
    if (expected.numerator < 0 || expected >= tolerable)
        return fail(ErrorCode::InvalidArgument, tr("expected deviation rate %1: must be below the tolerable rate of %2")
                                                    .arg(expected.toString(), tolerable.toString()));

    const long double riskValue = risk.toLongDouble();
    const long double tolerableValue = tolerable.toLongDouble();
    for (int n = 1; n <= kMaxStatisticalSampleSize; ++n) {
        // The size need not be monotone in n (k jumps at each integer), so the scan starts at 1.
        const qint64 k = expected.ceilTimes(n);
        if (k < n && meetsRisk(binomialCdf(k, n, tolerableValue), riskValue))
            return StatisticalSize{n, static_cast<int>(k), false};
    }
    return StatisticalSize{0, 0, true};
}

} // namespace Tickmark::Core
