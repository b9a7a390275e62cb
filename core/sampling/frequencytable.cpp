// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frequencytable.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

constexpr int kMaxTableSize = 10'000;
constexpr int kProratedMinimum = 2; // the quarterly/monthly minimum: a prorated size never falls below it

QString controlPhrase(Frequency f)
{
    switch (f) {
    case Frequency::Annual:
        return tr("Annual control");
    case Frequency::Quarterly:
        return tr("Quarterly control");
    case Frequency::Monthly:
        return tr("Monthly control");
    case Frequency::Weekly:
        return tr("Weekly control");
    case Frequency::Daily:
        return tr("Daily control");
    case Frequency::MultipleDaily:
        return tr("Control operating multiple times a day");
    case Frequency::AdHoc:
        return tr("Ad hoc control (population-based, sized like a daily control)");
    }
    return {};
}

/// Occurrences a period of @p months can hold for the low-frequency controls; nullopt for the prorated ones.
std::optional<int> occurrencesInPeriod(Frequency f, int months)
{
    switch (f) {
    case Frequency::Annual:
        return 1;
    case Frequency::Quarterly:
        return (months + 2) / 3;
    case Frequency::Monthly:
        return months;
    case Frequency::Weekly:
    case Frequency::Daily:
    case Frequency::MultipleDaily:
    case Frequency::AdHoc:
        return std::nullopt;
    }
    return std::nullopt;
}

QString periodPhrase(int months)
{
    return months == 1 ? tr("period of 1 month") : tr("period of %1 months").arg(months);
}

QString occurrencesPhrase(int occurrences)
{
    return occurrences == 1 ? tr("1 occurrence") : tr("%1 occurrences").arg(occurrences);
}

/// Step 3 of frequencySampleSize(): applies a period shorter than a year to @p size and explains it.
int applyPeriod(Frequency f, int size, int months, QStringList &steps)
{
    if (const std::optional<int> occurrences = occurrencesInPeriod(f, months)) {
        if (size <= *occurrences) {
            steps
                << tr("%1 holds %2: %3 unchanged").arg(periodPhrase(months), occurrencesPhrase(*occurrences)).arg(size);
            return size;
        }
        steps
            << tr("%1: at most %2, so %3").arg(periodPhrase(months), occurrencesPhrase(*occurrences)).arg(*occurrences);
        return *occurrences;
    }
    const int prorated = (size * months + 11) / 12;
    const QString product = QStringLiteral("%1 × %2/12").arg(size).arg(months);
    const int minimum = std::min(size, kProratedMinimum);
    if (prorated < minimum) {
        steps << tr("%1: %2 rounded up = %3, raised to the minimum of %4")
                     .arg(periodPhrase(months), product)
                     .arg(prorated)
                     .arg(minimum);
        return minimum;
    }
    if (size * months % 12 != 0)
        steps << tr("%1: %2 rounded up = %3").arg(periodPhrase(months), product).arg(prorated);
    else
        steps << tr("%1: %2 = %3").arg(periodPhrase(months), product).arg(prorated);
    return prorated;
}

/// Reads one {"lower": n, "higher": n} entry; an error detail names @p key.
Result<std::pair<int, int>> readEntry(const QString &key, const QJsonValue &value)
{
    if (!value.isObject())
        return fail(ErrorCode::InvalidArgument,
                    tr("frequency table, %1: must be an object with lower and higher sizes").arg(key));
    const QJsonObject entry = value.toObject();
    int sizes[2] = {0, 0};
    const QString fields[2] = {QStringLiteral("lower"), QStringLiteral("higher")};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue v = entry.value(fields[i]);
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != std::floor(d) || d < 1.0 || d > kMaxTableSize)
            return fail(ErrorCode::InvalidArgument, tr("frequency table, %1.%2: must be a whole number from 1 to %3")
                                                        .arg(key, fields[i])
                                                        .arg(kMaxTableSize));
        sizes[i] = static_cast<int>(d);
    }
    if (sizes[0] > sizes[1])
        return fail(ErrorCode::InvalidArgument,
                    tr("frequency table, %1: the lower-risk size %2 exceeds the higher-risk size %3")
                        .arg(key)
                        .arg(sizes[0])
                        .arg(sizes[1]));
    return std::pair<int, int>{sizes[0], sizes[1]};
}

} // namespace

FrequencyTable FrequencyTable::defaults()
{
    FrequencyTable t;
    t.sizes = {
        {Frequency::Annual, {1, 1}},  {Frequency::Quarterly, {2, 2}}, {Frequency::Monthly, {2, 5}},
        {Frequency::Weekly, {5, 15}}, {Frequency::Daily, {25, 40}},   {Frequency::MultipleDaily, {25, 60}},
        {Frequency::AdHoc, {25, 40}},
    };
    return t;
}

QJsonObject FrequencyTable::toJson() const
{
    QJsonObject json;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        json.insert(frequencyKey(it.key()),
                    QJsonObject{{QStringLiteral("lower"), it->first}, {QStringLiteral("higher"), it->second}});
    }
    return json;
}

Result<FrequencyTable> FrequencyTable::fromJson(const QJsonObject &json)
{
    FrequencyTable table = defaults();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const auto frequency = std::find_if(table.sizes.keyBegin(), table.sizes.keyEnd(),
                                            [&](Frequency f) { return frequencyKey(f) == it.key(); });
        if (frequency == table.sizes.keyEnd())
            return fail(ErrorCode::InvalidArgument, tr("frequency table: unknown frequency \"%1\"").arg(it.key()));
        auto entry = readEntry(it.key(), it.value());
        if (!entry)
            return entry.error();
        table.sizes[*frequency] = *entry;
    }
    return table;
}

int FrequencyTable::size(Frequency frequency, RiskLevel risk) const
{
    const auto it = sizes.constFind(frequency);
    const std::pair<int, int> entry = it != sizes.cend() ? *it : defaults().sizes.value(frequency);
    return risk == RiskLevel::Lower ? entry.first : entry.second;
}

FrequencySize frequencySampleSize(const FrequencyTable &table, Frequency frequency, RiskLevel risk, bool automated,
                                  std::optional<qint64> population, std::optional<int> periodMonths)
{
    QStringList steps;
    int size = 1;
    if (automated) {
        steps << tr("Automated control: 1, a test of one instance (its consistent operation rests on effective IT "
                    "general controls)");
    } else {
        size = table.size(frequency, risk);
        steps << tr("%1, %2 risk: %3 from the firm table")
                     .arg(controlPhrase(frequency), risk == RiskLevel::Lower ? tr("lower") : tr("higher"))
                     .arg(size);
        if (periodMonths && *periodMonths >= 1 && *periodMonths < 12)
            size = applyPeriod(frequency, size, *periodMonths, steps);
    }
    if (population) {
        const qint64 items = std::max<qint64>(0, *population);
        if (items == 0) {
            steps << tr("the population is empty: nothing to test");
            size = 0;
        } else if (items < size) {
            steps << tr("population of %1 is smaller, so all %1 are tested").arg(items);
            size = static_cast<int>(items);
        }
    }
    return FrequencySize{size, steps.join(QStringLiteral("; "))};
}

} // namespace Tickmark::Core
