// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Statistical sample sizes against the AICPA Audit Sampling guide's tables A-1 and A-2, exact rates, and the
// firm's frequency table with its period and population rules.
#include "sampling/frequencytable.h"
#include "sampling/samplesize.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

struct SizeRow
{
    const char *expected; // expected population deviation rate
    const char *cells;    // one cell per tolerable rate: "n(k)", "*" (more than 2,000) or "-" (expected ≥ tolerable)
};

const char *const kTolerableRates[] = {"2%", "3%", "4%", "5%", "6%", "7%", "8%", "9%", "10%", "15%", "20%"};

// The grids below were computed from the definition (smallest n with P(X ≤ ceil(n·E); n, T) ≤ risk, n ≤ 2,000) by an
// independent Python script in exact rational arithmetic, then compared cell by cell with the sample sizes of the
// AICPA Audit Sampling guide (2017 edition) as transcribed in the jfa R package's tests. Every size agrees, and
// every "*" agrees, except two cells of A-2 noted there (7% tolerable, 3.25% and 3.50% expected): the guide prints
// 112, but P(X ≤ 4; 112, 7%) = 0.10071 > 10%, so the definition needs 113. Tickmark follows the definition.
// The parenthesised expected deviations are ceil(n × expected rate) at the chosen n.

// clang-format off
// Table A-1: 5% risk of overreliance.
const SizeRow kTableA1[] = {
    //                2%       3%       4%       5%       6%       7%       8%       9%      10%      15%      20%
    {"0.00%",  "  149(0)    99(0)    74(0)    59(0)    49(0)    42(0)    36(0)    32(0)    29(0)    19(0)    14(0)"},
    {"0.25%",  "  236(1)   157(1)   117(1)    93(1)    78(1)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"0.50%",  "  313(2)   157(1)   117(1)    93(1)    78(1)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"0.75%",  "  386(3)   208(2)   117(1)    93(1)    78(1)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"1.00%",  "  590(6)   257(3)   156(2)    93(1)    78(1)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"1.25%",  "1030(13)   303(4)   156(2)   124(2)    78(1)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"1.50%",  "       *   392(6)   192(3)   124(2)   103(2)    66(1)    58(1)    51(1)    46(1)    30(1)    22(1)"},
    {"1.75%",  "       *  562(10)   227(4)   153(3)   103(2)    88(2)    77(2)    51(1)    46(1)    30(1)    22(1)"},
    {"2.00%",  "       -  846(17)   294(6)   181(4)   127(3)    88(2)    77(2)    68(2)    46(1)    30(1)    22(1)"},
    {"2.25%",  "       - 1466(33)   390(9)   208(5)   127(3)    88(2)    77(2)    68(2)    61(2)    30(1)    22(1)"},
    {"2.50%",  "       -        *  513(13)   234(6)   150(4)   109(3)    77(2)    68(2)    61(2)    30(1)    22(1)"},
    {"2.75%",  "       -        *  722(20)   286(8)   173(5)   109(3)    95(3)    68(2)    61(2)    30(1)    22(1)"},
    {"3.00%",  "       -        - 1098(33)  361(11)   195(6)   129(4)    95(3)    84(3)    61(2)    30(1)    22(1)"},
    {"3.25%",  "       -        - 1936(63)  458(15)   238(8)   148(5)   112(4)    84(3)    61(2)    30(1)    22(1)"},
    {"3.50%",  "       -        -        *  624(22)  280(10)   167(6)   112(4)    84(3)    76(3)    40(2)    22(1)"},
    {"3.75%",  "       -        -        *  877(33)  341(13)   185(7)   129(5)   100(4)    76(3)    40(2)    22(1)"},
    {"4.00%",  "       -        -        - 1348(54)  421(17)   221(9)   146(6)   100(4)    89(4)    40(2)    22(1)"},
    {"5.00%",  "       -        -        -        - 1580(79)  478(24)  240(12)   158(8)   116(6)    40(2)    30(2)"},
    {"6.00%",  "       -        -        -        -        - 1832(110)  532(32)  266(16)  179(11)    50(3)    30(2)"},
    {"7.00%",  "       -        -        -        -        -        -        *  585(41)  298(21)    68(5)    37(3)"},
    {"8.00%",  "       -        -        -        -        -        -        -        *  649(52)    85(7)    37(3)"},
    {"9.00%",  "       -        -        -        -        -        -        -        -        *  110(10)    44(4)"},
    {"10.00%", "       -        -        -        -        -        -        -        -        -  150(15)    50(5)"},
    {"12.50%", "       -        -        -        -        -        -        -        -        -  576(72)   88(11)"},
    {"15.00%", "       -        -        -        -        -        -        -        -        -        -  193(29)"},
    {"17.50%", "       -        -        -        -        -        -        -        -        -        - 720(126)"},
};

// Table A-2: 10% risk of overreliance.
const SizeRow kTableA2[] = {
    //                2%       3%       4%       5%       6%       7%       8%       9%      10%      15%      20%
    {"0.00%",  "  114(0)    76(0)    57(0)    45(0)    38(0)    32(0)    28(0)    25(0)    22(0)    15(0)    11(0)"},
    {"0.25%",  "  194(1)   129(1)    96(1)    77(1)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"0.50%",  "  194(1)   129(1)    96(1)    77(1)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"0.75%",  "  265(2)   129(1)    96(1)    77(1)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"1.00%",  "  398(4)   176(2)    96(1)    77(1)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"1.25%",  "  708(9)   221(3)   132(2)    77(1)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"1.50%",  "1463(22)   265(4)   132(2)   105(2)    64(1)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"1.75%",  "       *   390(7)   166(3)   105(2)    88(2)    55(1)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"2.00%",  "       -  590(12)   198(4)   132(3)    88(2)    75(2)    48(1)    42(1)    38(1)    25(1)    18(1)"},
    {"2.25%",  "       -  974(22)   262(6)   132(3)    88(2)    75(2)    65(2)    42(1)    38(1)    25(1)    18(1)"},
    {"2.50%",  "       -        *   353(9)   158(4)   110(3)    75(2)    65(2)    58(2)    38(1)    25(1)    18(1)"},
    {"2.75%",  "       -        *  471(13)   209(6)   132(4)    94(3)    65(2)    58(2)    52(2)    25(1)    18(1)"},
    {"3.00%",  "       -        -  730(22)   258(8)   132(4)    94(3)    65(2)    58(2)    52(2)    25(1)    18(1)"},
    // 3.25% and 3.50% at 7%: the guide prints 112(4); the definition gives 113(4) (see above).
    // 3.50% at 5%: 400 × 0.035 is exactly 14; a double product (14.000000000000002) would give 423(15).
    {"3.25%",  "       -        - 1258(41)  306(10)   153(5)   113(4)    82(3)    58(2)    52(2)    25(1)    18(1)"},
    {"3.50%",  "       -        -        *  400(14)   194(7)   113(4)    82(3)    73(3)    52(2)    25(1)    18(1)"},
    {"3.75%",  "       -        -        *  583(22)   235(9)   131(5)    98(4)    73(3)    52(2)    25(1)    18(1)"},
    {"4.00%",  "       -        -        -  873(35)  274(11)   149(6)    98(4)    73(3)    65(3)    25(1)    18(1)"},
    {"5.00%",  "       -        -        -        - 1019(51)  318(16)   160(8)   115(6)    78(4)    34(2)    18(1)"},
    {"6.00%",  "       -        -        -        -        - 1150(69)  349(21)  182(11)   116(7)    43(3)    25(2)"},
    {"7.00%",  "       -        -        -        -        -        - 1300(91)  385(27)  199(14)    52(4)    25(2)"},
    {"8.00%",  "       -        -        -        -        -        -        - 1437(115)  424(34)    60(5)    25(2)"},
    {"9.00%",  "       -        -        -        -        -        -        -        - 1577(142)    77(7)    32(3)"},
    {"10.00%", "       -        -        -        -        -        -        -        -        -  100(10)    38(4)"},
    {"12.50%", "       -        -        -        -        -        -        -        -        -  368(46)    63(8)"},
    {"15.00%", "       -        -        -        -        -        -        -        -        -        -  126(19)"},
    {"17.50%", "       -        -        -        -        -        -        -        -        -        -  457(80)"},
};
// clang-format on

Rate rate(const char *text)
{
    const Result<Rate> r = Rate::parse(QString::fromLatin1(text));
    if (!r)
        qFatal("bad rate literal in test: %s", text);
    return *r;
}

QString cellText(const Result<StatisticalSize> &r)
{
    if (!r)
        return QStringLiteral("-");
    if (r->tooLarge)
        return QStringLiteral("*");
    return QStringLiteral("%1(%2)").arg(r->size).arg(r->expectedDeviations);
}

void addTableRows(const char *table, const char *risk, const SizeRow *rows, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        QTest::addRow("%s %s", table, rows[i].expected)
            << rate(risk) << rate(rows[i].expected) << QString::fromLatin1(rows[i].cells).simplified();
    }
}

} // namespace

class TestSampleSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRates_data();
    void parseRates();
    void refuseRates_data();
    void refuseRates();
    void exactCeiling();
    void knownCells();
    void aicpaTables_data();
    void aicpaTables();
    void publishedCellDisagreement();
    void otherRisks();
    void refusals();
    void binomialCdfValues();
    void frequencyDefaults();
    void frequencyJson();
    void frequencyJsonRefusals_data();
    void frequencyJsonRefusals();
    void frequencySizes_data();
    void frequencySizes();
};

void TestSampleSize::parseRates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<QString>("percent");
    QTest::newRow("fraction") << QStringLiteral("0.05") << qint64{50'000'000'000} << QStringLiteral("5%");
    QTest::newRow("percent") << QStringLiteral("5%") << qint64{50'000'000'000} << QStringLiteral("5%");
    QTest::newRow("spaced percent") << QStringLiteral(" 3.5 % ") << qint64{35'000'000'000} << QStringLiteral("3.5%");
    QTest::newRow("leading point") << QStringLiteral(".035") << qint64{35'000'000'000} << QStringLiteral("3.5%");
    QTest::newRow("quarter percent") << QStringLiteral("0.25%") << qint64{2'500'000'000} << QStringLiteral("0.25%");
    QTest::newRow("zero") << QStringLiteral("0") << qint64{0} << QStringLiteral("0%");
    QTest::newRow("zero percent") << QStringLiteral("0.00%") << qint64{0} << QStringLiteral("0%");
    QTest::newRow("one") << QStringLiteral("1") << Rate::kDenominator << QStringLiteral("100%");
    QTest::newRow("hundred percent") << QStringLiteral("100%") << Rate::kDenominator << QStringLiteral("100%");
    QTest::newRow("twelve decimals") << QStringLiteral("0.000000000001") << qint64{1}
                                     << QStringLiteral("0.0000000001%");
    QTest::newRow("trailing point") << QStringLiteral("5.%") << qint64{50'000'000'000} << QStringLiteral("5%");
    QTest::newRow("leading zeros") << QStringLiteral("0005%") << qint64{50'000'000'000} << QStringLiteral("5%");
}

void TestSampleSize::parseRates()
{
    QFETCH(QString, text);
    QFETCH(qint64, numerator);
    QFETCH(QString, percent);
    const Result<Rate> r = Rate::parse(text);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(r->numerator, numerator);
    QCOMPARE(r->toString(), percent);
    QCOMPARE(Rate::parse(r->toString())->numerator, numerator);
}

void TestSampleSize::refuseRates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QString() << QStringLiteral("not a number");
    QTest::newRow("point only") << QStringLiteral(".") << QStringLiteral("not a number");
    QTest::newRow("percent sign only") << QStringLiteral("%") << QStringLiteral("not a number");
    QTest::newRow("negative") << QStringLiteral("-0.05") << QStringLiteral("not a number");
    QTest::newRow("comma") << QStringLiteral("0,05") << QStringLiteral("not a number");
    QTest::newRow("words") << QStringLiteral("five percent") << QStringLiteral("not a number");
    QTest::newRow("two points") << QStringLiteral("0.0.5") << QStringLiteral("not a number");
    QTest::newRow("bare integer") << QStringLiteral("5") << QStringLiteral("write 5% for a percentage");
    QTest::newRow("above one") << QStringLiteral("1.5") << QStringLiteral("above 1");
    QTest::newRow("above 100%") << QStringLiteral("100.01%") << QStringLiteral("above 100%");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999%") << QStringLiteral("above 100%");
    QTest::newRow("13 decimals") << QStringLiteral("0.0000000000001") << QStringLiteral("more than 12 decimal places");
    QTest::newRow("11 percent decimals") << QStringLiteral("0.00000000001%") << QStringLiteral("more than 10");
}

void TestSampleSize::refuseRates()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const Result<Rate> r = Rate::parse(text);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestSampleSize::exactCeiling()
{
    // The reason rates are exact decimals: in binary floating point 0.035 × 400 is just above 14.
    QCOMPARE(std::ceil(0.035 * 400.0), 15.0);
    QCOMPARE(rate("0.035").ceilTimes(400), qint64{14});
    QCOMPARE(rate("3.5%").ceilTimes(401), qint64{15});
    QCOMPARE(rate("0.07").ceilTimes(1300), qint64{91});
    QCOMPARE(rate("0").ceilTimes(2000), qint64{0});
    QCOMPARE(Rate::fromBasisPoints(350), rate("3.5%"));
    QCOMPARE(rate("10%").toPercentText(1), QStringLiteral("10.0%"));
    QCOMPARE(rate("3.25%").toPercentText(1), QStringLiteral("3.25%"));
    QCOMPARE(rate("0.25%").toDouble(), 0.0025);
    QVERIFY(rate("2%") < rate("2.25%"));

    const auto size = statisticalSampleSize(rate("10%"), rate("5%"), rate("3.5%"));
    QVERIFY(size);
    QCOMPARE(*size, (StatisticalSize{400, 14, false}));
    const auto big = statisticalSampleSize(rate("10%"), rate("8%"), rate("7%"));
    QVERIFY(big);
    QCOMPARE(*big, (StatisticalSize{1300, 91, false}));
}

void TestSampleSize::knownCells()
{
    auto check = [](const char *risk, const char *tolerable, const char *expected, StatisticalSize want) {
        const auto r = statisticalSampleSize(rate(risk), rate(tolerable), rate(expected));
        QVERIFY(r);
        QCOMPARE(*r, want);
    };
    check("5%", "5%", "0%", {59, 0, false});
    check("5%", "5%", "1%", {93, 1, false});
    check("10%", "10%", "0%", {22, 0, false});
    check("5%", "2%", "0%", {149, 0, false});
    check("5%", "10%", "0%", {29, 0, false});
    check("5%", "2%", "1.5%", {0, 0, true});
}

void TestSampleSize::aicpaTables_data()
{
    QTest::addColumn<Rate>("risk");
    QTest::addColumn<Rate>("expected");
    QTest::addColumn<QString>("cells");
    addTableRows("A-1", "5%", kTableA1, std::size(kTableA1));
    addTableRows("A-2", "10%", kTableA2, std::size(kTableA2));
}

void TestSampleSize::aicpaTables()
{
    QFETCH(Rate, risk);
    QFETCH(Rate, expected);
    QFETCH(QString, cells);
    const QStringList want = cells.split(QLatin1Char(' '));
    QCOMPARE(want.size(), qsizetype(std::size(kTolerableRates)));
    QStringList got;
    for (const char *tolerable : kTolerableRates)
        got << cellText(statisticalSampleSize(risk, rate(tolerable), expected));
    QCOMPARE(got, want);
}

void TestSampleSize::publishedCellDisagreement()
{
    // A-2 prints 112(4) for 7% tolerable at 3.25% and 3.50% expected; 112 does not reach a 10% risk.
    QVERIFY(binomialCdf(4, 112, 0.07L) > 0.10L);
    QVERIFY(binomialCdf(4, 113, 0.07L) <= 0.10L);
    for (const char *expected : {"3.25%", "3.5%"}) {
        const auto r = statisticalSampleSize(rate("10%"), rate("7%"), rate(expected));
        QVERIFY(r);
        QCOMPARE(*r, (StatisticalSize{113, 4, false}));
    }
}

void TestSampleSize::otherRisks()
{
    // Zero expected deviations: n = ceil(ln(risk) / ln(1 − tolerable)); ln(0.01)/ln(0.95) = 89.78.
    const auto one = statisticalSampleSize(rate("1%"), rate("5%"), rate("0%"));
    QVERIFY(one);
    QCOMPARE(*one, (StatisticalSize{90, 0, false}));
    const auto quarter = statisticalSampleSize(rate("25%"), rate("10%"), rate("0%"));
    QVERIFY(quarter);
    QCOMPARE(quarter->size, 14); // 0.9^13 = 0.254, 0.9^14 = 0.229
    // An exact tie meets the risk: P(X ≤ 0; 1, 95%) is exactly 5%.
    const auto tie = statisticalSampleSize(rate("5%"), rate("95%"), rate("0%"));
    QVERIFY(tie);
    QCOMPARE(*tie, (StatisticalSize{1, 0, false}));
    QVERIFY(meetsRisk(0.05L, 0.05L));
    QVERIFY(!meetsRisk(0.0500001L, 0.05L));
}

void TestSampleSize::refusals()
{
    auto refused = [](const char *risk, const char *tolerable, const char *expected, const char *detail) {
        const auto r = statisticalSampleSize(rate(risk), rate(tolerable), rate(expected));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().detail.contains(QString::fromUtf8(detail)), qPrintable(r.error().detail));
    };
    refused("5%", "5%", "5%", "expected deviation rate 5%: must be below the tolerable rate of 5%");
    refused("5%", "5%", "6%", "must be below the tolerable rate");
    refused("0%", "5%", "1%", "risk of overreliance 0%");
    refused("100%", "5%", "1%", "risk of overreliance 100%");
    refused("5%", "0%", "0%", "tolerable deviation rate 0%");
    refused("5%", "100%", "0%", "tolerable deviation rate 100%");
}

void TestSampleSize::binomialCdfValues()
{
    // Reference values from exact rational arithmetic.
    QVERIFY(binomialCdf(5, 5, 0.3L) == 1.0L);
    QVERIFY(binomialCdf(-1, 5, 0.3L) == 0.0L);
    QVERIFY(binomialCdf(2, 5, 0.0L) == 1.0L);
    QVERIFY(binomialCdf(2, 5, 1.0L) == 0.0L);
    QVERIFY(std::fabs(binomialCdf(4, 112, 0.07L) - 0.10071157625566557L) < 1e-15L);
    QVERIFY(std::fabs(binomialCdf(14, 400, 0.05L) - 0.09897945721878991L) < 1e-15L);
    QVERIFY(std::fabs(binomialCdf(7, 200, 0.05L) - 0.2133047027847048L) < 1e-15L);
    // q^n = 0.5^100000 (about 1e-30103) underflows even a long double; the log-space sum does not need it.
    QVERIFY(std::fabs(binomialCdf(50'000, 100'000, 0.5L) - 0.50126156310709837L) < 1e-12L);
    const long double tiny = binomialCdf(10, 100'000, 0.5L);
    QVERIFY(tiny >= 0.0L && tiny < 1e-300L);
}

void TestSampleSize::frequencyDefaults()
{
    const FrequencyTable t = FrequencyTable::defaults();
    const QList<std::pair<Frequency, std::pair<int, int>>> want{
        {Frequency::Annual, {1, 1}},  {Frequency::Quarterly, {2, 2}}, {Frequency::Monthly, {2, 5}},
        {Frequency::Weekly, {5, 15}}, {Frequency::Daily, {25, 40}},   {Frequency::MultipleDaily, {25, 60}},
        {Frequency::AdHoc, {25, 40}},
    };
    QCOMPARE(t.sizes.size(), want.size());
    for (const auto &[frequency, sizes] : want) {
        QCOMPARE(t.size(frequency, RiskLevel::Lower), sizes.first);
        QCOMPARE(t.size(frequency, RiskLevel::Higher), sizes.second);
    }
    FrequencyTable partial;
    QCOMPARE(partial.size(Frequency::Daily, RiskLevel::Higher), 40);
}

void TestSampleSize::frequencyJson()
{
    const FrequencyTable defaults = FrequencyTable::defaults();
    const QJsonObject json = defaults.toJson();
    QCOMPARE(json.value(QStringLiteral("multiple-daily")).toObject().value(QStringLiteral("higher")).toInt(), 60);
    const auto back = FrequencyTable::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, defaults);

    const auto edited = FrequencyTable::fromJson(
        QJsonDocument::fromJson(R"({"daily": {"lower": 30, "higher": 45}, "weekly": {"lower": 10, "higher": 10}})")
            .object());
    QVERIFY(edited);
    QCOMPARE(edited->size(Frequency::Daily, RiskLevel::Lower), 30);
    QCOMPARE(edited->size(Frequency::Daily, RiskLevel::Higher), 45);
    QCOMPARE(edited->size(Frequency::Weekly, RiskLevel::Higher), 10);
    QCOMPARE(edited->size(Frequency::Monthly, RiskLevel::Higher), 5);
    QCOMPARE(*FrequencyTable::fromJson(edited->toJson()), *edited);
}

void TestSampleSize::frequencyJsonRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown") << QByteArray(R"({"fortnightly": {"lower": 1, "higher": 2}})")
                             << QStringLiteral("unknown frequency \"fortnightly\"");
    QTest::newRow("not object") << QByteArray(R"({"daily": 25})") << QStringLiteral("daily: must be an object");
    QTest::newRow("missing") << QByteArray(R"({"daily": {"lower": 25}})") << QStringLiteral("daily.higher");
    QTest::newRow("zero") << QByteArray(R"({"daily": {"lower": 0, "higher": 40}})") << QStringLiteral("daily.lower");
    QTest::newRow("fraction") << QByteArray(R"({"weekly": {"lower": 2.5, "higher": 5}})")
                              << QStringLiteral("weekly.lower");
    QTest::newRow("text") << QByteArray(R"({"weekly": {"lower": "2", "higher": 5}})") << QStringLiteral("weekly.lower");
    QTest::newRow("too big") << QByteArray(R"({"daily": {"lower": 1, "higher": 10001}})")
                             << QStringLiteral("daily.higher: must be a whole number from 1 to 10000");
    QTest::newRow("inverted") << QByteArray(R"({"monthly": {"lower": 6, "higher": 5}})")
                              << QStringLiteral("lower-risk size 6 exceeds the higher-risk size 5");
}

void TestSampleSize::frequencyJsonRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const auto r = FrequencyTable::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestSampleSize::frequencySizes_data()
{
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<RiskLevel>("risk");
    QTest::addColumn<bool>("automated");
    QTest::addColumn<qint64>("population"); // -1: not known
    QTest::addColumn<int>("months");        // 0: not given
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("explanation");
    const auto H = RiskLevel::Higher;
    const auto L = RiskLevel::Lower;
    QTest::newRow("daily higher, 6 months")
        << Frequency::Daily << H << false << qint64{-1} << 6 << 20
        << QStringLiteral("Daily control, higher risk: 40 from the firm table; period of 6 months: 40 × 6/12 = 20");
    QTest::newRow("daily lower, full year") << Frequency::Daily << L << false << qint64{-1} << 12 << 25
                                            << QStringLiteral("Daily control, lower risk: 25 from the firm table");
    QTest::newRow("annual") << Frequency::Annual << H << false << qint64{-1} << 0 << 1
                            << QStringLiteral("Annual control, higher risk: 1 from the firm table");
    QTest::newRow("weekly higher, 5 months")
        << Frequency::Weekly << H << false << qint64{-1} << 5 << 7
        << QStringLiteral("Weekly control, higher risk: 15 from the firm table; period of 5 months: 15 × 5/12 rounded "
                          "up = 7");
    QTest::newRow("weekly lower, 1 month")
        << Frequency::Weekly << L << false << qint64{-1} << 1 << 2
        << QStringLiteral("Weekly control, lower risk: 5 from the firm table; period of 1 month: 5 × 1/12 rounded up "
                          "= 1, raised to the minimum of 2");
    QTest::newRow("multiple daily, 9 months")
        << Frequency::MultipleDaily << H << false << qint64{-1} << 9 << 45
        << QStringLiteral("Control operating multiple times a day, higher risk: 60 from the firm table; period of 9 "
                          "months: 60 × 9/12 = 45");
    QTest::newRow("ad hoc, 6 months")
        << Frequency::AdHoc << L << false << qint64{-1} << 6 << 13
        << QStringLiteral("Ad hoc control (population-based, sized like a daily control), lower risk: 25 from the firm "
                          "table; period of 6 months: 25 × 6/12 rounded up = 13");
    QTest::newRow("quarterly, 6 months")
        << Frequency::Quarterly << H << false << qint64{-1} << 6 << 2
        << QStringLiteral("Quarterly control, higher risk: 2 from the firm table; period of 6 months holds 2 "
                          "occurrences: 2 unchanged");
    QTest::newRow("quarterly, 2 months")
        << Frequency::Quarterly << H << false << qint64{-1} << 2 << 1
        << QStringLiteral("Quarterly control, higher risk: 2 from the firm table; period of 2 months: at most 1 "
                          "occurrence, so 1");
    QTest::newRow("monthly higher, 3 months")
        << Frequency::Monthly << H << false << qint64{-1} << 3 << 3
        << QStringLiteral("Monthly control, higher risk: 5 from the firm table; period of 3 months: at most 3 "
                          "occurrences, so 3");
    QTest::newRow("monthly higher, 6 months")
        << Frequency::Monthly << H << false << qint64{-1} << 6 << 5
        << QStringLiteral("Monthly control, higher risk: 5 from the firm table; period of 6 months holds 6 "
                          "occurrences: 5 unchanged");
    QTest::newRow("annual, 6 months")
        << Frequency::Annual << L << false << qint64{-1} << 6 << 1
        << QStringLiteral("Annual control, lower risk: 1 from the firm table; period of 6 months holds 1 occurrence: "
                          "1 unchanged");
    QTest::newRow("automated") << Frequency::Daily << H << true << qint64{-1} << 6 << 1
                               << QStringLiteral("Automated control: 1, a test of one instance (its consistent "
                                                 "operation rests on effective IT general controls)");
    QTest::newRow("small population")
        << Frequency::Daily << H << false << qint64{12} << 0 << 12
        << QStringLiteral("Daily control, higher risk: 40 from the firm table; population of 12 is smaller, so all "
                          "12 are tested");
    QTest::newRow("population after period")
        << Frequency::Daily << H << false << qint64{18} << 6 << 18
        << QStringLiteral("Daily control, higher risk: 40 from the firm table; period of 6 months: 40 × 6/12 = 20; "
                          "population of 18 is smaller, so all 18 are tested");
    QTest::newRow("large population") << Frequency::Daily << L << false << qint64{1'000'000} << 0 << 25
                                      << QStringLiteral("Daily control, lower risk: 25 from the firm table");
    QTest::newRow("empty population")
        << Frequency::Weekly << H << false << qint64{0} << 0 << 0
        << QStringLiteral("Weekly control, higher risk: 15 from the firm table; the population is empty: nothing to "
                          "test");
    QTest::newRow("zero months ignored") << Frequency::Daily << H << false << qint64{-1} << 0 << 40
                                         << QStringLiteral("Daily control, higher risk: 40 from the firm table");
}

void TestSampleSize::frequencySizes()
{
    QFETCH(Frequency, frequency);
    QFETCH(RiskLevel, risk);
    QFETCH(bool, automated);
    QFETCH(qint64, population);
    QFETCH(int, months);
    QFETCH(int, size);
    QFETCH(QString, explanation);
    const FrequencySize r = frequencySampleSize(FrequencyTable::defaults(), frequency, risk, automated,
                                                population < 0 ? std::nullopt : std::optional<qint64>(population),
                                                months == 0 ? std::nullopt : std::optional<int>(months));
    QCOMPARE(r.explanation, explanation);
    QCOMPARE(r.size, size);
}

QTEST_GUILESS_MAIN(TestSampleSize)
#include "tst_samplesize.moc"
