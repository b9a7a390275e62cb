// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The selection generator is a contract: these vectors pin SplitMix64, xoshiro256**, Lemire's bounded integers, the
// partial Fisher-Yates shuffle and systematic selection, so any other tool can reproduce a Tickmark selection.
#include "sampling/selection.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

using namespace Tickmark;
using namespace Tickmark::Core;

namespace {

struct SelectionVector
{
    const char *method; // "random" or "systematic"
    quint64 seed;
    qint64 population;
    int size;
    QList<qint64> rows; // 1-based, in draw order
};

// Computed by an independent Python implementation written from the algorithm's description (docs/sampling.md),
// not from this code. The same vectors are printed in docs/sampling.md.
// clang-format off
const QList<SelectionVector> &selectionVectors()
{
    static const QList<SelectionVector> vectors{
        {"random", 1ULL, 1, 1, {1}},
        {"random", 42ULL, 10, 10, {1, 5, 8, 10, 4, 9, 6, 2, 3, 7}},
        {"random", 42ULL, 10, 3, {1, 5, 8}},
        {"random", 123456789ULL, 12, 12, {10, 11, 3, 8, 2, 9, 6, 5, 7, 1, 4, 12}},
        {"random", 20260301ULL, 500, 25, {
            50, 212, 276, 244, 72, 319, 283, 472, 335, 66, 134, 141, 2, 328, 99, 274, 265, 83, 198, 236,
            426, 209, 315, 254, 377}},
        {"random", 18446744073709551615ULL, 365, 40, {
            205, 281, 187, 274, 209, 269, 139, 282, 232, 228, 102, 27, 182, 183, 82, 287, 81, 277, 169, 178,
            39, 225, 2, 188, 328, 111, 109, 184, 230, 42, 24, 159, 95, 17, 122, 137, 337, 285, 155, 342}},
        {"random", 20260301ULL, 1000000, 60, {
            98928, 422153, 549645, 483556, 136879, 633390, 560408, 941660, 663502, 114604, 252704, 265191,
            409220, 645181, 173994, 533889, 514132, 135838, 372923, 449111, 845320, 391741, 611913, 484120,
            739561, 754658, 503370, 968199, 754509, 572085, 254212, 895421, 835789, 897127, 755069, 426651,
            119048, 469306, 642262, 445375, 845978, 438210, 328626, 540054, 110875, 975128, 796336, 875087,
            462671, 845941, 429367, 844237, 479759, 83621, 852396, 765499, 412573, 975541, 488113, 926396}},
        {"random", 0ULL, 1000000, 60, {
            601263, 747775, 103022, 416591, 732998, 999749, 422215, 535659, 855519, 918859, 114307, 67243,
            106686, 654838, 496066, 296376, 704441, 188701, 549790, 57817, 312348, 493683, 321633, 627893,
            986749, 302637, 645097, 913516, 987884, 890078, 140501, 292126, 762169, 160377, 958076, 958853,
            897980, 172254, 237803, 407063, 714771, 897362, 38356, 130137, 809535, 810456, 207992, 985481,
            909326, 819164, 653248, 680713, 711478, 797797, 179761, 32622, 452159, 556914, 356306, 441130}},
        {"random", 99ULL, 1000000000000, 5, {348703856426, 564000024739, 378214560489, 855628022335, 785951945893}},
        {"systematic", 7ULL, 1, 1, {1}},
        {"systematic", 7ULL, 10, 10, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
        {"systematic", 42ULL, 1000, 10, {9, 109, 209, 309, 409, 509, 609, 709, 809, 909}},
        {"systematic", 99ULL, 365, 25, {
            5, 19, 33, 47, 61, 75, 89, 103, 117, 131, 145, 159, 173, 187, 201, 215, 229, 243, 257, 271, 285,
            299, 313, 327, 341}},
        {"systematic", 20260301ULL, 1000000, 60, {
            1649, 18315, 34981, 51647, 68313, 84979, 101645, 118311, 134977, 151643, 168309, 184975, 201641,
            218307, 234973, 251639, 268305, 284971, 301637, 318303, 334969, 351635, 368301, 384967, 401633,
            418299, 434965, 451631, 468297, 484963, 501629, 518295, 534961, 551627, 568293, 584959, 601625,
            618291, 634957, 651623, 668289, 684955, 701621, 718287, 734953, 751619, 768285, 784951, 801617,
            818283, 834949, 851615, 868281, 884947, 901613, 918279, 934945, 951611, 968277, 984943}},
    };
    return vectors;
}
// clang-format on

Result<QList<qint64>> draw(const SelectionVector &v, SelectionStorage storage = SelectionStorage::Automatic)
{
    if (qstrcmp(v.method, "random") == 0)
        return randomSelection(v.seed, v.population, v.size, storage);
    return systematicSelection(v.seed, v.population, v.size);
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitMix64Reference();
    void xoshiroReference();
    void seededState();
    void boundedIntegers();
    void boundedRejection();
    void vectors_data();
    void vectors();
    void denseAndSparseAgree_data();
    void denseAndSparseAgree();
    void extendingKeepsTheFirstItems();
    void withoutReplacement();
    void largePopulationIsCheap();
    void refusals_data();
    void refusals();
    void seedsDiffer();
};

void TestSelection::splitMix64Reference()
{
    // Published reference outputs (splitmix64.c; Rosetta Code "Pseudo-random numbers/Splitmix64").
    quint64 state = 1234567;
    const QList<quint64> want{6457827717110365317ULL, 3203168211198807973ULL, 9817491932198370423ULL,
                              4593380528125082431ULL, 16408922859458223821ULL};
    QList<quint64> got;
    for (int i = 0; i < want.size(); ++i)
        got << splitMix64Next(state);
    QCOMPARE(got, want);
    quint64 zero = 0;
    QCOMPARE(splitMix64Next(zero), 0xE220'A839'7B1D'CDAFULL);
    QCOMPARE(splitMix64Next(zero), 0x6E78'9E6A'A1B9'65F4ULL);
}

void TestSelection::xoshiroReference()
{
    // Reference outputs of xoshiro256** 1.0 from state {1, 2, 3, 4} (the authors' C code; rand_xoshiro's test).
    Xoshiro256ss rng = Xoshiro256ss::fromState({1, 2, 3, 4});
    const QList<quint64> want{11520ULL,
                              0ULL,
                              1509978240ULL,
                              1215971899390074240ULL,
                              1216172134540287360ULL,
                              607988272756665600ULL,
                              16172922978634559625ULL,
                              8476171486693032832ULL,
                              10595114339597558777ULL,
                              2904607092377533576ULL};
    QList<quint64> got;
    for (int i = 0; i < want.size(); ++i)
        got << rng.next();
    QCOMPARE(got, want);
}

void TestSelection::seededState()
{
    // The seed's four SplitMix64 outputs are the state; seed 0 is allowed (SplitMix64 never yields four zeros).
    const Xoshiro256ss zero(0);
    QCOMPARE(zero.state(), (std::array<quint64, 4>{16294208416658607535ULL, 7960286522194355700ULL,
                                                   487617019471545679ULL, 17909611376780542444ULL}));
    Xoshiro256ss rng(0);
    QCOMPARE(rng.next(), 11091344671253066420ULL);
    QCOMPARE(rng.next(), 13793997310169335082ULL);
    // Seed 42: other implementations that seed xoshiro256** from SplitMix64 this way print the same outputs.
    Xoshiro256ss fortyTwo(42);
    QCOMPARE(fortyTwo.next(), 1546998764402558742ULL);
    QCOMPARE(fortyTwo.next(), 6990951692964543102ULL);
    QCOMPARE(fortyTwo.next(), 12544586762248559009ULL);
}

void TestSelection::boundedIntegers()
{
    Xoshiro256ss ten(42);
    QList<quint64> got;
    for (int i = 0; i < 10; ++i)
        got << boundedRandom(ten, 10);
    QCOMPARE(got, (QList<quint64>{0, 3, 6, 9, 9, 7, 7, 8, 7, 5}));

    Xoshiro256ss three(42);
    got.clear();
    for (int i = 0; i < 10; ++i)
        got << boundedRandom(three, 3);
    QCOMPARE(got, (QList<quint64>{0, 1, 2, 2, 2, 2, 2, 2, 2, 1}));

    Xoshiro256ss one(1);
    Xoshiro256ss same(1);
    QCOMPARE(boundedRandom(one, 1), quint64{0});
    same.next();
    QCOMPARE(one.state(), same.state()); // n = 1 still consumes one output
    QCOMPARE(boundedRandom(one, 0), quint64{0});
    QCOMPARE(one.state(), same.state()); // n = 0 consumes nothing
}

void TestSelection::boundedRejection()
{
    // n = 2^63 + 1 rejects about half the draws (threshold 2^63 − 1): outputs 2, 6, 7, 8, 9 and 11 of seed 7 are
    // rejected, so six results consume twelve outputs.
    Xoshiro256ss rng(7);
    QList<quint64> got;
    for (int i = 0; i < 6; ++i)
        got << boundedRandom(rng, (quint64{1} << 63) + 1);
    QCOMPARE(got, (QList<quint64>{6461677535414237997ULL, 7744196453246319819ULL, 9049029322324588832ULL,
                                  9139072988219048332ULL, 1400256439129669809ULL, 6750200521807187948ULL}));
    Xoshiro256ss raw(7);
    for (int i = 0; i < 11; ++i)
        raw.next();
    QVERIFY(rng.state() != raw.state());
    raw.next();
    QCOMPARE(rng.state(), raw.state());
}

void TestSelection::vectors_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < selectionVectors().size(); ++i) {
        const SelectionVector &v = selectionVectors().at(i);
        QTest::addRow("%s seed=%llu N=%lld n=%d", v.method, v.seed, v.population, v.size) << i;
    }
}

void TestSelection::vectors()
{
    QFETCH(int, index);
    const SelectionVector &v = selectionVectors().at(index);
    const auto rows = draw(v);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().detail));
    QCOMPARE(*rows, v.rows);
}

void TestSelection::denseAndSparseAgree_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < selectionVectors().size(); ++i) {
        const SelectionVector &v = selectionVectors().at(i);
        if (qstrcmp(v.method, "random") == 0 && v.population <= 2'000'000) // small enough to materialise
            QTest::addRow("seed=%llu N=%lld n=%d", v.seed, v.population, v.size) << i;
    }
}

void TestSelection::denseAndSparseAgree()
{
    QFETCH(int, index);
    const SelectionVector &v = selectionVectors().at(index);
    QCOMPARE(*draw(v, SelectionStorage::Sparse), v.rows);
    QCOMPARE(*draw(v, SelectionStorage::Dense), v.rows);
}

void TestSelection::extendingKeepsTheFirstItems()
{
    const auto sixty = randomSelection(20260301, 1'000'000, 60);
    const auto hundred = randomSelection(20260301, 1'000'000, 100);
    QVERIFY(sixty && hundred);
    QCOMPARE(hundred->first(60), *sixty);
    const QList<qint64> added{130914, 920079, 312426, 749401, 182780, 913508, 250458, 133060, 960979, 120121,
                              805958, 438459, 220094, 258107, 272941, 13536,  367403, 427805, 454879, 886957,
                              663476, 401406, 648971, 556624, 391359, 509239, 872482, 395463, 894336, 452065,
                              279982, 183898, 541561, 846120, 329319, 112095, 178780, 923566, 603398, 603734};
    QCOMPARE(hundred->mid(60), added);

    // The same holds on the dense path and when the extension takes the whole population.
    const auto some = randomSelection(5, 300, 20);
    const auto all = randomSelection(5, 300, 300);
    QVERIFY(some && all);
    QCOMPARE(all->first(20), *some);
}

void TestSelection::withoutReplacement()
{
    const auto all = randomSelection(123, 1000, 1000);
    QVERIFY(all);
    QSet<qint64> seen(all->cbegin(), all->cend());
    QCOMPARE(seen.size(), 1000);
    QCOMPARE(*std::min_element(all->cbegin(), all->cend()), qint64{1});
    QCOMPARE(*std::max_element(all->cbegin(), all->cend()), qint64{1000});

    const auto sparse = randomSelection(123, 10'000'000, 5000, SelectionStorage::Sparse);
    QVERIFY(sparse);
    QCOMPARE(QSet<qint64>(sparse->cbegin(), sparse->cend()).size(), 5000);
}

void TestSelection::largePopulationIsCheap()
{
    // A trillion rows: only the displaced positions are kept, so this takes microseconds and no memory to speak of.
    QElapsedTimer timer;
    timer.start();
    const auto rows = randomSelection(99, 1'000'000'000'000, 5);
    QVERIFY(rows);
    QCOMPARE(*rows, (QList<qint64>{348703856426, 564000024739, 378214560489, 855628022335, 785951945893}));
    QVERIFY(timer.elapsed() < 1000);
}

void TestSelection::refusals_data()
{
    QTest::addColumn<qint64>("population");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty population") << qint64{0} << 1 << QStringLiteral("population size 0: must be at least 1");
    QTest::newRow("negative population") << qint64{-5} << 1 << QStringLiteral("population size -5");
    QTest::newRow("empty sample") << qint64{10} << 0 << QStringLiteral("sample size 0: must be at least 1");
    QTest::newRow("negative sample") << qint64{10} << -1 << QStringLiteral("sample size -1");
    QTest::newRow("sample above population")
        << qint64{10} << 11 << QStringLiteral("sample size 11: exceeds the population of 10");
}

void TestSelection::refusals()
{
    QFETCH(qint64, population);
    QFETCH(int, size);
    QFETCH(QString, detail);
    for (const auto &r : {randomSelection(1, population, size), systematicSelection(1, population, size)}) {
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
    }
}

void TestSelection::seedsDiffer()
{
    // Two draws from the system's cryptographic source are equal with probability 2^-64.
    QVERIFY(newSeed() != newSeed());
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
