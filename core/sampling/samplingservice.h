// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "frequencytable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

enum class SelectionMethod { Random, Systematic };
QString selectionMethodKey(SelectionMethod m);   ///< "random" | "systematic"
std::optional<SelectionMethod> selectionMethodFromKey(const QString &key);

/// A population's stored sample: how it was drawn (so anyone can reperform it) and the rows in draw order.
struct SampleInfo
{
    QString population;
    qint64 populationId = 0;
    qint64 populationSize = 0;
    SelectionMethod method = SelectionMethod::Random;
    quint64 seed = 0;
    QString basis;        ///< how the size was chosen, in words (e.g. the frequency-table explanation)
    QList<qint64> rows;   ///< 1-based population rows, in draw order (systematic: ascending)
    QDateTime drawnAt;
    QString drawnBy;      ///< "Name (INITIALS)"
};

/// Draws, extends and reads samples, and keeps the firm's frequency table in the workpaper. Each change is one
/// audited action that records the method, seed and size.
class SamplingService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::SamplingService)

public:
    explicit SamplingService(Workpaper &workpaper) : m_wp(workpaper) {}

    /// Draws @p size rows of population @p population with @p method from @p seed (a new cryptographic seed when
    /// nullopt) and stores the selection, replacing an earlier one; the audit trail keeps every draw with its seed.
    /// When test results are recorded on the current sample, replacing it discards them: a preparer is refused
    /// (PermissionDenied); a reviewer or partner may, and the audit event's action is then "redraw" with the number
    /// of discarded results ("discarded_results") in its summary.
    Result<SampleInfo> draw(const QString &population, int size, SelectionMethod method,
                            std::optional<quint64> seed = std::nullopt, const QString &basis = {});
    /// Extends a random sample to @p newSize rows from the same generator stream: the first rows are unchanged and
    /// stay stored, so results recorded on them survive; only the new rows are appended (audit action "extend"; the
    /// drawing time and user stay those of the draw). Any role may extend.
    /// Systematic samples cannot be extended (the interval would change): InvalidArgument.
    Result<SampleInfo> extend(const QString &population, int newSize);
    /// The stored sample, or nullopt when none was drawn.
    Result<std::optional<SampleInfo>> sample(const QString &population) const;

    /// The firm's frequency table as kept in this workpaper (defaults until edited).
    Result<FrequencyTable> frequencyTable() const;
    Result<void> setFrequencyTable(const FrequencyTable &table);

    /// Writes the sample as a request list for the client: an XLSX workbook with the engagement and population in
    /// a title block, then one row per item (sample item number, population row, the population's columns) and
    /// empty columns "Evidence reference", "Provided by", "Date provided", "Client comments". FileError on failure.
    Result<void> exportRequest(const QString &population, const QString &xlsxPath) const;

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
