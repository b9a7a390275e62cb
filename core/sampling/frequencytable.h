// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "controls/control.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace Tickmark::Core {

/// The assessed risk of the control failing, which picks the column of the frequency table.
enum class RiskLevel { Lower, Higher };

/// The firm's sample sizes by control frequency: first = lower risk, second = higher risk. Editable per firm.
struct FrequencyTable
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::FrequencyTable)

public:
    QMap<Frequency, std::pair<int, int>> sizes;

    /// Annual 1/1, quarterly 2/2, monthly 2/5, weekly 5/15, daily 25/40, multiple times a day 25/60, ad hoc 25/40
    /// (ad hoc controls follow population-based guidance: a population as large as a daily control's).
    static FrequencyTable defaults();
    /// {"annual": {"lower": 1, "higher": 1}, …} keyed by frequencyKey().
    QJsonObject toJson() const;
    /// Reads toJson()'s form. A frequency that is absent keeps its default. Fails with InvalidArgument (detail
    /// names the key) on an unknown frequency, a missing or non-integer size, a size outside 1..10,000 or a
    /// lower-risk size above the higher-risk size.
    static Result<FrequencyTable> fromJson(const QJsonObject &json);
    /// The table size for @p frequency at @p risk; the default when the frequency is missing.
    int size(Frequency frequency, RiskLevel risk) const;

    bool operator==(const FrequencyTable &) const = default;
};

/// A frequency-based sample size and how it was reached, for the workpaper.
struct FrequencySize
{
    int size = 0;
    /// Translated steps joined by "; ", e.g.
    /// "Daily control, higher risk: 40 from the firm table; period of 6 months: 40 × 6/12 = 20".
    QString explanation;
};

/// The frequency-based sample size, applying in order:
/// 1. automated controls: 1 (a test of one), whatever the frequency;
/// 2. otherwise the firm table's size for the frequency and risk;
/// 3. a period of 1–11 months: annual, quarterly and monthly controls keep the table size but never more than
///    the occurrences the period can hold (ceil(months × per-year / 12): 1, ceil(months / 3), months); weekly,
///    daily, multiple-daily and ad hoc sizes are prorated to ceil(size × months / 12), never below 2 (the
///    quarterly/monthly minimum) unless the table size itself is smaller. No period, or 12 months or more: no change;
/// 4. a known population smaller than the size: the whole population (0 for an empty or negative population).
/// Pure; never fails.
FrequencySize frequencySampleSize(const FrequencyTable &table, Frequency frequency, RiskLevel risk, bool automated,
                                  std::optional<qint64> population, std::optional<int> periodMonths);

} // namespace Tickmark::Core
