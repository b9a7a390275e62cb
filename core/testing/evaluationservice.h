// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

class Workpaper;

/// The conclusion on one control's tests.
enum class ControlConclusion {
    NotTested,         ///< no sample or no results yet (Type II), no walkthrough (Type I)
    InProgress,        ///< some sample items still lack a result for some attribute
    NotOperated,       ///< the control's event did not occur in the period (empty population), recorded as such
    Effective,         ///< tested, no deviations (Type I: walkthrough found the design implemented)
    DeviationsWithinTolerable, ///< deviations, upper deviation limit not above the tolerable rate
    NotEffective,      ///< deviations with the upper limit above the tolerable rate, or a failed walkthrough
};
QString controlConclusionKey(ControlConclusion conclusion); ///< "not-tested" | "in-progress" | "not-operated" | ...

/// Per-control test evaluation (live from the recorded results).
struct ControlEvaluation
{
    QString controlId;
    int sampleSize = 0;    ///< items in the control's sample(s); 1 for a Type I walkthrough
    int itemsDone = 0;     ///< items with a result for every attribute
    int deviations = 0;    ///< items with at least one deviation
    double deviationRate = 0.0;
    std::optional<double> upperDeviationLimit; ///< Clopper-Pearson at the risk of overreliance; unset before results
    double tolerableRate = 0.05;
    double riskOfOverreliance = 0.10;
    int openExceptions = 0;  ///< exceptions of the control
    ControlConclusion conclusion = ControlConclusion::NotTested;
};

/// The state of one in-scope criterion, derived from its controls and their exceptions.
enum class CriterionStatus {
    NotCovered,     ///< no control mapped
    NotTested,      ///< controls mapped, testing not complete
    Clean,          ///< all mapped controls tested (or not operated) without exceptions
    ExceptionsNoted,///< exceptions, none concluded "criterion not met"
    NotMet,         ///< an exception affecting it is concluded "criterion not met"
};
QString criterionStatusKey(CriterionStatus status); ///< "not-covered" | "not-tested" | "clean" | "exceptions" | "not-met"

struct CriterionEvaluation
{
    QString criterionId;
    QStringList controls;   ///< mapped control ids
    int controlsTested = 0; ///< controls concluded (anything but NotTested/InProgress)
    int exceptions = 0;     ///< exceptions whose criteria include this one
    CriterionStatus status = CriterionStatus::NotCovered;
};

/// Evaluation roll-up per control and per criterion. Read-only; thread affinity: the workpaper's.
class EvaluationService final
{
    Q_DECLARE_TR_FUNCTIONS(Tickmark::Core::EvaluationService)

public:
    explicit EvaluationService(Workpaper &workpaper) : m_wp(workpaper) {}

    Result<ControlEvaluation> control(const QString &controlId) const;
    /// Every control, in control order.
    Result<QList<ControlEvaluation>> controls() const;
    /// Every in-scope criterion, in criteria order.
    Result<QList<CriterionEvaluation>> criteria() const;

    /// Sets the tolerable rate and risk of overreliance used to evaluate @p controlId (defaults 5% and 10%).
    Result<void> setTolerance(const QString &controlId, double tolerableRate, double riskOfOverreliance);

private:
    Workpaper &m_wp;
};

} // namespace Tickmark::Core
