// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sample evaluation: upper deviation limits against the AICPA Audit Sampling guide's tables, rounding,
// the conclusion in words, and refusals.
#include "sampling/evaluation.h"

#include <QtTest>

#include <cmath>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

struct LimitRow
{
    int sampleSize;
    const char *limits; // upper deviation limit in percent for 0..10 deviations
};

// Computed from the definition (one-sided exact binomial upper bound, rounded up to 0.1%) by an independent Python
// script, in exact rational arithmetic at each 0.1% step; identical in every cell to the guide's tables
// (2017 edition, as transcribed in the jfa R package's tests), which also list sizes 300, 400 and 500.

// clang-format off
// Table A-3: 5% risk of overreliance.
const LimitRow kTableA3[] = {
    //         0     1     2     3     4     5     6     7     8     9    10  deviations
    { 20, " 14.0  21.7  28.3  34.4  40.2  45.6  50.8  55.9  60.7  65.4  69.9"},
    { 25, " 11.3  17.7  23.2  28.2  33.0  37.6  42.0  46.3  50.4  54.4  58.4"},
    { 30, "  9.6  14.9  19.6  23.9  28.0  31.9  35.8  39.4  43.0  46.6  50.0"},
    { 35, "  8.3  12.9  17.0  20.7  24.3  27.8  31.1  34.4  37.5  40.6  43.7"},
    { 40, "  7.3  11.4  15.0  18.3  21.5  24.6  27.5  30.4  33.3  36.0  38.8"},
    { 45, "  6.5  10.2  13.4  16.4  19.2  22.0  24.7  27.3  29.8  32.4  34.8"},
    { 50, "  5.9   9.2  12.1  14.8  17.4  19.9  22.4  24.7  27.1  29.4  31.6"},
    { 55, "  5.4   8.4  11.1  13.5  15.9  18.2  20.5  22.6  24.8  26.9  28.9"},
    { 60, "  4.9   7.7  10.2  12.5  14.7  16.8  18.8  20.8  22.8  24.8  26.7"},
    { 65, "  4.6   7.1   9.4  11.5  13.6  15.5  17.5  19.3  21.2  23.0  24.7"},
    { 70, "  4.2   6.6   8.8  10.8  12.7  14.5  16.3  18.0  19.7  21.4  23.1"},
    { 75, "  4.0   6.2   8.2  10.1  11.8  13.6  15.2  16.9  18.5  20.1  21.6"},
    { 80, "  3.7   5.8   7.7   9.5  11.1  12.7  14.3  15.9  17.4  18.9  20.3"},
    { 90, "  3.3   5.2   6.9   8.4   9.9  11.4  12.8  14.2  15.5  16.9  18.2"},
    {100, "  3.0   4.7   6.2   7.6   9.0  10.3  11.5  12.8  14.0  15.2  16.4"},
    {125, "  2.4   3.8   5.0   6.1   7.2   8.3   9.3  10.3  11.3  12.3  13.2"},
    {150, "  2.0   3.2   4.2   5.1   6.0   6.9   7.8   8.6   9.5  10.3  11.1"},
    {200, "  1.5   2.4   3.2   3.9   4.6   5.2   5.9   6.5   7.2   7.8   8.4"},
    {300, "  1.0   1.6   2.1   2.6   3.1   3.5   4.0   4.4   4.8   5.2   5.6"},
    {400, "  0.8   1.2   1.6   2.0   2.3   2.7   3.0   3.3   3.6   3.9   4.3"},
    {500, "  0.6   1.0   1.3   1.6   1.9   2.1   2.4   2.7   2.9   3.2   3.4"},
};
// Table A-4: 10% risk of overreliance.
const LimitRow kTableA4[] = {
    //         0     1     2     3     4     5     6     7     8     9    10  deviations
    { 20, " 10.9  18.1  24.5  30.5  36.1  41.5  46.8  51.9  56.8  61.6  66.2"},
    { 25, "  8.8  14.7  20.0  24.9  29.5  34.0  38.4  42.6  46.8  50.8  54.8"},
    { 30, "  7.4  12.4  16.8  21.0  24.9  28.8  32.5  36.2  39.7  43.2  46.7"},
    { 35, "  6.4  10.7  14.5  18.2  21.6  24.9  28.2  31.4  34.5  37.6  40.6"},
    { 40, "  5.6   9.4  12.8  16.0  19.0  22.0  24.9  27.7  30.5  33.2  35.9"},
    { 45, "  5.0   8.4  11.4  14.3  17.0  19.7  22.3  24.8  27.3  29.8  32.2"},
    { 50, "  4.6   7.6  10.3  12.9  15.4  17.8  20.2  22.5  24.7  27.0  29.2"},
    { 55, "  4.2   6.9   9.4  11.8  14.1  16.3  18.4  20.5  22.6  24.6  26.7"},
    { 60, "  3.8   6.4   8.7  10.8  12.9  15.0  16.9  18.9  20.8  22.7  24.6"},
    { 65, "  3.5   5.9   8.0  10.0  12.0  13.9  15.7  17.5  19.3  21.0  22.8"},
    { 70, "  3.3   5.5   7.5   9.3  11.1  12.9  14.6  16.3  18.0  19.6  21.2"},
    { 75, "  3.1   5.1   7.0   8.7  10.4  12.1  13.7  15.2  16.8  18.3  19.8"},
    { 80, "  2.9   4.8   6.6   8.2   9.8  11.3  12.8  14.3  15.8  17.2  18.7"},
    { 90, "  2.6   4.3   5.9   7.3   8.7  10.1  11.5  12.8  14.1  15.4  16.7"},
    {100, "  2.3   3.9   5.3   6.6   7.9   9.1  10.3  11.5  12.7  13.9  15.0"},
    {125, "  1.9   3.1   4.3   5.3   6.3   7.3   8.3   9.3  10.2  11.2  12.1"},
    {150, "  1.6   2.6   3.6   4.4   5.3   6.1   7.0   7.8   8.6   9.4  10.1"},
    {200, "  1.2   2.0   2.7   3.4   4.0   4.6   5.3   5.9   6.5   7.1   7.6"},
    {300, "  0.8   1.3   1.8   2.3   2.7   3.1   3.5   3.9   4.3   4.7   5.1"},
    {400, "  0.6   1.0   1.4   1.7   2.0   2.4   2.7   3.0   3.3   3.6   3.9"},
    {500, "  0.5   0.8   1.1   1.4   1.6   1.9   2.1   2.4   2.6   2.9   3.1"},
};
// clang-format on

Rate rate(const char *text)
{
    const Result<Rate> r = Rate::parse(QString::fromLatin1(text));
    if (!r)
        qFatal("bad rate literal in test: %s", text);
    return *r;
}

void addRows(const char *table, const char *risk, const LimitRow *rows, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        QTest::addRow("%s n=%d", table, rows[i].sampleSize)
            << rate(risk) << rows[i].sampleSize << QString::fromLatin1(rows[i].limits).simplified();
    }
}

QString permilleText(int permille)
{
    return QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10);
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aicpaTables_data();
    void aicpaTables();
    void supportsReliance();
    void exceedsTolerable();
    void boundaryIsInclusive();
    void withoutTolerableRate();
    void allDeviations();
    void otherRisksAndSizes_data();
    void otherRisksAndSizes();
    void refusals_data();
    void refusals();
};

void TestEvaluation::aicpaTables_data()
{
    QTest::addColumn<Rate>("risk");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("limits");
    addRows("A-3", "5%", kTableA3, std::size(kTableA3));
    addRows("A-4", "10%", kTableA4, std::size(kTableA4));
}

void TestEvaluation::aicpaTables()
{
    QFETCH(Rate, risk);
    QFETCH(int, n);
    QFETCH(QString, limits);
    QStringList got;
    QStringList fromBisection;
    for (int k = 0; k <= 10; ++k) {
        const auto e = evaluateSample(n, k, risk, std::nullopt);
        QVERIFY(e);
        got << permilleText(e->upperLimitPermille);
        QCOMPARE(e->upperDeviationLimit, e->upperLimitPermille / 1000.0);
        // The unrounded bound, rounded up, lands on the same 0.1% step.
        const long double exact = binomialUpperLimit(n, k, risk.toLongDouble());
        fromBisection << permilleText(static_cast<int>(std::ceil(exact * 1000.0L)));
    }
    QCOMPARE(got, limits.split(QLatin1Char(' ')));
    QCOMPARE(fromBisection, got);
}

void TestEvaluation::supportsReliance()
{
    const auto e = evaluateSample(60, 1, rate("5%"), rate("10%"));
    QVERIFY(e);
    QCOMPARE(e->sampleSize, 60);
    QCOMPARE(e->deviations, 1);
    QCOMPARE(e->deviationRate, 1.0 / 60.0);
    QCOMPARE(e->upperLimitPermille, 77);
    QCOMPARE(e->upperDeviationLimit, 0.077);
    QCOMPARE(e->tolerableRate, std::optional<double>(0.10));
    QCOMPARE(e->supportsReliance, std::optional<bool>(true));
    QCOMPARE(e->conclusion, QStringLiteral("The upper deviation limit of 7.7% does not exceed the tolerable rate of "
                                           "10.0%; the sample supports the planned reliance on the control."));

    const auto zero = evaluateSample(59, 0, rate("5%"), rate("5%"));
    QVERIFY(zero);
    QCOMPARE(zero->upperLimitPermille, 50); // 1 − 0.05^(1/59) = 4.951%, rounded up
    QCOMPARE(zero->supportsReliance, std::optional<bool>(true));
    QVERIFY(zero->conclusion.startsWith(QStringLiteral("The upper deviation limit of 5.0% does not exceed the "
                                                       "tolerable rate of 5.0%")));
}

void TestEvaluation::exceedsTolerable()
{
    const auto e = evaluateSample(60, 3, rate("5%"), rate("6%"));
    QVERIFY(e);
    QCOMPARE(e->deviationRate, 0.05);
    QCOMPARE(e->upperLimitPermille, 125);
    QCOMPARE(e->supportsReliance, std::optional<bool>(false));
    QCOMPARE(e->conclusion, QStringLiteral("The upper deviation limit of 12.5% exceeds the tolerable rate of 6.0%; "
                                           "the sample does not support the planned reliance on the control."));
}

void TestEvaluation::boundaryIsInclusive()
{
    // n = 60, k = 0 at 5% risk: 4.9%. Equal to the tolerable rate supports; a hair above it does not.
    QCOMPARE(evaluateSample(60, 0, rate("5%"), rate("4.9%"))->supportsReliance, std::optional<bool>(true));
    QCOMPARE(evaluateSample(60, 0, rate("5%"), rate("4.8999999999%"))->supportsReliance, std::optional<bool>(false));
    const auto e = evaluateSample(60, 0, rate("5%"), rate("3.25%"));
    QVERIFY(e->conclusion.contains(QStringLiteral("exceeds the tolerable rate of 3.25%")));
}

void TestEvaluation::withoutTolerableRate()
{
    const auto e = evaluateSample(25, 0, rate("10%"), std::nullopt);
    QVERIFY(e);
    QCOMPARE(e->upperLimitPermille, 88);
    QVERIFY(!e->tolerableRate);
    QVERIFY(!e->supportsReliance);
    QCOMPARE(e->conclusion, QStringLiteral("The upper deviation limit is 8.8% at a 10% risk of overreliance; without "
                                           "a tolerable rate no conclusion on reliance is drawn."));
}

void TestEvaluation::allDeviations()
{
    const auto e = evaluateSample(10, 10, rate("5%"), rate("20%"));
    QVERIFY(e);
    QCOMPARE(e->deviationRate, 1.0);
    QCOMPARE(e->upperLimitPermille, 1000);
    QCOMPARE(e->upperDeviationLimit, 1.0);
    QCOMPARE(e->supportsReliance, std::optional<bool>(false));
    QVERIFY(binomialUpperLimit(10, 10, 0.05L) == 1.0L);
}

void TestEvaluation::otherRisksAndSizes_data()
{
    // Expected values from exact rational arithmetic at each 0.1% step (independent Python script).
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<Rate>("risk");
    QTest::addColumn<int>("permille");
    QTest::newRow("n=1, exact tie") << 1 << 0 << rate("5%") << 950; // P(X ≤ 0; 1, 95%) = 5% exactly
    QTest::newRow("n=2, exact tie") << 2 << 0 << rate("1%") << 900; // P(X ≤ 0; 2, 90%) = 1% exactly
    QTest::newRow("1% risk, n=25") << 25 << 0 << rate("1%") << 169;
    QTest::newRow("1% risk, n=100, k=2") << 100 << 2 << rate("1%") << 82;
    QTest::newRow("20% risk, n=100, k=2") << 100 << 2 << rate("20%") << 43;
    QTest::newRow("10% risk, n=40, k=1") << 40 << 1 << rate("10%") << 94;
    QTest::newRow("n=2000, k=40") << 2000 << 40 << rate("5%") << 26;
    QTest::newRow("n=100000, k=500") << 100'000 << 500 << rate("5%") << 6;
    QTest::newRow("n=1000000, k=0") << 1'000'000 << 0 << rate("5%") << 1;
}

void TestEvaluation::otherRisksAndSizes()
{
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(Rate, risk);
    QFETCH(int, permille);
    const auto e = evaluateSample(n, k, risk, std::nullopt);
    QVERIFY(e);
    QCOMPARE(e->upperLimitPermille, permille);
}

void TestEvaluation::refusals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("risk");
    QTest::addColumn<QString>("tolerable"); // empty: none
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty sample") << 0 << 0 << QStringLiteral("5%") << QString()
                                  << QStringLiteral("sample size 0: must be at least 1");
    QTest::newRow("negative deviations") << 60 << -1 << QStringLiteral("5%") << QString()
                                         << QStringLiteral(
                                                "deviations -1: must be between 0 and the sample size of 60");
    QTest::newRow("too many deviations") << 60 << 61 << QStringLiteral("5%") << QString()
                                         << QStringLiteral("deviations 61");
    QTest::newRow("zero risk") << 60 << 1 << QStringLiteral("0%") << QString()
                               << QStringLiteral("risk of overreliance 0%: must be above 0% and below 100%");
    QTest::newRow("full risk") << 60 << 1 << QStringLiteral("100%") << QString()
                               << QStringLiteral("risk of overreliance 100%");
    QTest::newRow("zero tolerable") << 60 << 1 << QStringLiteral("5%") << QStringLiteral("0%")
                                    << QStringLiteral("tolerable deviation rate 0%");
    QTest::newRow("full tolerable") << 60 << 1 << QStringLiteral("5%") << QStringLiteral("1")
                                    << QStringLiteral("tolerable deviation rate 100%");
}

void TestEvaluation::refusals()
{
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(QString, risk);
    QFETCH(QString, tolerable);
    QFETCH(QString, detail);
    const std::optional<Rate> tolerableRate =
        tolerable.isEmpty() ? std::nullopt : std::optional<Rate>(*Rate::parse(tolerable));
    const auto e = evaluateSample(n, k, *Rate::parse(risk), tolerableRate);
    QVERIFY(!e);
    QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(e.error().detail.contains(detail), qPrintable(e.error().detail));
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
