// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/testing: live counts of a control's sample results and the operating-exception rule shared by
// TestingService, ExceptionService and EvaluationService.
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// A control's sample figures, computed from the stored samples and results.
struct ControlTally
{
    int populations = 0;     ///< populations of the control
    bool emptyPopulation = false; ///< one of them has 0 rows (the event did not occur)
    int sampleSize = 0;      ///< items in the current samples of its populations
    int attributes = 0;      ///< attributes defined
    int itemsDone = 0;       ///< items with a result for every attribute
    int itemsStarted = 0;    ///< items with at least one result
    int deviations = 0;      ///< items with at least one deviation
};

/// Counts control @p controlId's sample items, results and deviations.
Result<ControlTally> tallyControl(Workpaper &workpaper, const QString &controlId);

/// Inside a running perform(): makes sure control @p controlId (row @p controlRowId) has an operating exception,
/// creating it with a prefilled description ("Deviation noted in attribute B: note") and the control's criteria.
/// Returns the exception's id and whether it was created.
Result<std::pair<qint64, bool>> joinOrCreateOperatingException(Workpaper &workpaper, const QString &controlId,
                                                                qint64 controlRowId, const QString &letter,
                                                                const QString &note);

/// Inside a running perform(): makes sure control @p controlId has a design exception with @p description.
Result<qint64> joinOrCreateDesignException(Workpaper &workpaper, const QString &controlId, qint64 controlRowId,
                                           const QString &description);

} // namespace Tickmark::Core
