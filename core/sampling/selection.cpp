// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <numeric>
#include <optional>
#include <vector>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr qint64 kDenseLimit = 65'536;

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

struct Product128
{
    quint64 high;
    quint64 low;
};

/// The full 128-bit product of two 64-bit values, in portable 32-bit limbs (no compiler extension needed).
Product128 multiply(quint64 a, quint64 b)
{
    constexpr quint64 kLow32 = 0xFFFF'FFFFULL;
    const quint64 ll = (a & kLow32) * (b & kLow32);
    const quint64 lh = (a & kLow32) * (b >> 32);
    const quint64 hl = (a >> 32) * (b & kLow32);
    const quint64 hh = (a >> 32) * (b >> 32);
    const quint64 middle = (ll >> 32) + (lh & kLow32) + (hl & kLow32);
    return Product128{hh + (lh >> 32) + (hl >> 32) + (middle >> 32), (middle << 32) | (ll & kLow32)};
}

std::optional<Error> validateSelection(qint64 populationSize, int sampleSize)
{
    if (populationSize < 1)
        return fail(ErrorCode::InvalidArgument, tr("population size %1: must be at least 1").arg(populationSize));
    if (sampleSize < 1)
        return fail(ErrorCode::InvalidArgument, tr("sample size %1: must be at least 1").arg(sampleSize));
    if (sampleSize > populationSize)
        return fail(ErrorCode::InvalidArgument,
                    tr("sample size %1: exceeds the population of %2").arg(sampleSize).arg(populationSize));
    return std::nullopt;
}

QList<qint64> drawDense(Xoshiro256ss &rng, qint64 populationSize, int sampleSize)
{
    std::vector<qint64> rows(static_cast<std::size_t>(populationSize));
    std::iota(rows.begin(), rows.end(), qint64{0});
    QList<qint64> out;
    out.reserve(sampleSize);
    for (qint64 i = 0; i < sampleSize; ++i) {
        const auto j = i + static_cast<qint64>(boundedRandom(rng, static_cast<quint64>(populationSize - i)));
        std::swap(rows[static_cast<std::size_t>(i)], rows[static_cast<std::size_t>(j)]);
        out << rows[static_cast<std::size_t>(i)] + 1;
    }
    return out;
}

/// The same shuffle as drawDense(), holding only the positions it has touched (an absent position holds its index).
QList<qint64> drawSparse(Xoshiro256ss &rng, qint64 populationSize, int sampleSize)
{
    QHash<qint64, qint64> moved;
    moved.reserve(2 * static_cast<qsizetype>(sampleSize));
    QList<qint64> out;
    out.reserve(sampleSize);
    for (qint64 i = 0; i < sampleSize; ++i) {
        const auto j = i + static_cast<qint64>(boundedRandom(rng, static_cast<quint64>(populationSize - i)));
        const qint64 atI = moved.value(i, i);
        const qint64 atJ = moved.value(j, j);
        moved.insert(i, atJ);
        moved.insert(j, atI);
        out << atJ + 1;
    }
    return out;
}

} // namespace

quint64 splitMix64Next(quint64 &state)
{
    state += 0x9E37'79B9'7F4A'7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58'476D'1CE4'E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D0'49BB'1331'11EBULL;
    return z ^ (z >> 31);
}

Xoshiro256ss::Xoshiro256ss(quint64 seed)
{
    for (quint64 &word : m_s)
        word = splitMix64Next(seed);
}

Xoshiro256ss Xoshiro256ss::fromState(const std::array<quint64, 4> &state)
{
    Q_ASSERT(state[0] != 0 || state[1] != 0 || state[2] != 0 || state[3] != 0);
    Xoshiro256ss rng;
    rng.m_s = state;
    return rng;
}

quint64 Xoshiro256ss::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 boundedRandom(Xoshiro256ss &rng, quint64 n)
{
    if (n == 0)
        return 0;
    Product128 m = multiply(rng.next(), n);
    if (m.low < n) {
        const quint64 threshold = (quint64{0} - n) % n; // 2^64 mod n: the size of the biased low band
        while (m.low < threshold)
            m = multiply(rng.next(), n);
    }
    return m.high;
}

Result<QList<qint64>> randomSelection(quint64 seed, qint64 populationSize, int sampleSize, SelectionStorage storage)
{
    if (auto error = validateSelection(populationSize, sampleSize))
        return *error;
    Xoshiro256ss rng(seed);
    const bool dense = storage == SelectionStorage::Dense ||
                       (storage == SelectionStorage::Automatic &&
                        (populationSize <= kDenseLimit || populationSize <= 4 * static_cast<qint64>(sampleSize)));
    return dense ? drawDense(rng, populationSize, sampleSize) : drawSparse(rng, populationSize, sampleSize);
}

Result<QList<qint64>> systematicSelection(quint64 seed, qint64 populationSize, int sampleSize)
{
    if (auto error = validateSelection(populationSize, sampleSize))
        return *error;
    Xoshiro256ss rng(seed);
    const qint64 interval = populationSize / sampleSize;
    const auto start = static_cast<qint64>(boundedRandom(rng, static_cast<quint64>(interval)));
    QList<qint64> out;
    out.reserve(sampleSize);
    for (qint64 i = 0; i < sampleSize; ++i)
        out << start + i * interval + 1;
    return out;
}

quint64 newSeed()
{
    return QRandomGenerator::system()->generate64();
}

} // namespace Tickmark::Core
