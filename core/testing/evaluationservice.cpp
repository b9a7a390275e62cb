// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationservice.h"

#include "controltally.h"
#include "common/summary.h"
#include "criteria/criteriaservice.h"
#include "exceptionservice.h"
#include "sampling/evaluation.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace Tickmark::Core {

namespace {

Rate rateOf(double fraction)
{
    return Rate{std::llround(fraction * double(Rate::kDenominator))};
}

bool concluded(ControlConclusion c)
{
    return c != ControlConclusion::NotTested && c != ControlConclusion::InProgress;
}

// Fills the sample-based figures and conclusion of @p e from @p tally.
Result<void> evaluateSampleResults(ControlEvaluation &e, const ControlTally &tally)
{
    e.sampleSize = tally.sampleSize;
    e.itemsDone = tally.itemsDone;
    e.deviations = tally.deviations;
    if (tally.sampleSize == 0 || tally.attributes == 0 || tally.itemsStarted == 0) {
        e.conclusion = ControlConclusion::NotTested;
        return {};
    }
    e.deviationRate = double(e.deviations) / double(e.sampleSize);
    const auto evaluated =
        evaluateSample(e.sampleSize, e.deviations, rateOf(e.riskOfOverreliance), rateOf(e.tolerableRate));
    if (!evaluated)
        return evaluated.error();
    e.upperDeviationLimit = evaluated->upperDeviationLimit;
    if (tally.itemsDone < tally.sampleSize)
        e.conclusion = ControlConclusion::InProgress;
    else if (e.deviations == 0)
        e.conclusion = ControlConclusion::Effective;
    else if (evaluated->supportsReliance.value_or(false))
        e.conclusion = ControlConclusion::DeviationsWithinTolerable;
    else
        e.conclusion = ControlConclusion::NotEffective;
    return {};
}

} // namespace

QString controlConclusionKey(ControlConclusion conclusion)
{
    switch (conclusion) {
    case ControlConclusion::NotTested:
        return QStringLiteral("not-tested");
    case ControlConclusion::InProgress:
        return QStringLiteral("in-progress");
    case ControlConclusion::NotOperated:
        return QStringLiteral("not-operated");
    case ControlConclusion::Effective:
        return QStringLiteral("effective");
    case ControlConclusion::DeviationsWithinTolerable:
        return QStringLiteral("deviations-within-tolerable");
    case ControlConclusion::NotEffective:
        return QStringLiteral("not-effective");
    }
    return QStringLiteral("not-tested");
}

QString criterionStatusKey(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::NotCovered:
        return QStringLiteral("not-covered");
    case CriterionStatus::NotTested:
        return QStringLiteral("not-tested");
    case CriterionStatus::Clean:
        return QStringLiteral("clean");
    case CriterionStatus::ExceptionsNoted:
        return QStringLiteral("exceptions");
    case CriterionStatus::NotMet:
        return QStringLiteral("not-met");
    }
    return QStringLiteral("not-covered");
}

Result<ControlEvaluation> EvaluationService::control(const QString &controlId) const
{
    Repositories &repos = m_wp.repositories();
    const auto rowId = repos.testing.controlRowId(controlId);
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    const auto setting = repos.exceptions.setting(**rowId);
    if (!setting)
        return setting.error();
    const auto exceptions = repos.exceptions.list(controlId);
    if (!exceptions)
        return exceptions.error();
    ControlEvaluation e;
    e.controlId = controlId;
    e.tolerableRate = setting->tolerableRate;
    e.riskOfOverreliance = setting->risk;
    e.openExceptions = int(exceptions->size());
    if (setting->walkthroughImplemented) {
        const bool implemented = *setting->walkthroughImplemented;
        e.sampleSize = 1;
        e.itemsDone = 1;
        e.deviations = implemented ? 0 : 1;
        e.deviationRate = e.deviations;
        e.conclusion = implemented ? ControlConclusion::Effective : ControlConclusion::NotEffective;
        return e;
    }
    const auto tally = tallyControl(m_wp, controlId);
    if (!tally)
        return tally.error();
    if (setting->notOperatedReason || (tally->emptyPopulation && tally->sampleSize == 0)) {
        e.conclusion = ControlConclusion::NotOperated;
        return e;
    }
    if (auto evaluated = evaluateSampleResults(e, *tally); !evaluated)
        return evaluated.error();
    return e;
}

Result<QList<ControlEvaluation>> EvaluationService::controls() const
{
    const auto list = m_wp.repositories().controls.list();
    if (!list)
        return list.error();
    QList<ControlEvaluation> out;
    for (const Control &c : *list) {
        auto e = control(c.id);
        if (!e)
            return e.error();
        out.append(*e);
    }
    return out;
}

Result<QList<CriterionEvaluation>> EvaluationService::criteria() const
{
    const auto coverage = m_wp.criteria().coverage();
    if (!coverage)
        return coverage.error();
    const auto evaluations = controls();
    if (!evaluations)
        return evaluations.error();
    QHash<QString, ControlConclusion> conclusions;
    for (const ControlEvaluation &e : *evaluations)
        conclusions.insert(e.controlId, e.conclusion);
    const auto exceptions = m_wp.repositories().exceptions.list();
    if (!exceptions)
        return exceptions.error();
    QList<CriterionEvaluation> out;
    for (const CoverageRow &row : *coverage) {
        CriterionEvaluation c;
        c.criterionId = row.criterion.id;
        c.controls = row.controls;
        bool notMet = false;
        for (const QString &id : row.controls)
            c.controlsTested += concluded(conclusions.value(id, ControlConclusion::NotTested)) ? 1 : 0;
        for (const ExceptionRecord &x : *exceptions) {
            if (!x.criteria.contains(c.criterionId))
                continue;
            ++c.exceptions;
            notMet = notMet || x.criterionMet == false;
        }
        if (c.controls.isEmpty())
            c.status = CriterionStatus::NotCovered;
        else if (notMet)
            c.status = CriterionStatus::NotMet;
        else if (c.exceptions > 0)
            c.status = CriterionStatus::ExceptionsNoted;
        else if (c.controlsTested < c.controls.size())
            c.status = CriterionStatus::NotTested;
        else
            c.status = CriterionStatus::Clean;
        out.append(c);
    }
    return out;
}

Result<void> EvaluationService::setTolerance(const QString &controlId, double tolerableRate, double riskOfOverreliance)
{
    Repositories &repos = m_wp.repositories();
    const auto rowId = repos.testing.controlRowId(controlId);
    if (!rowId)
        return rowId.error();
    if (!*rowId)
        return fail(ErrorCode::NotFound, tr("control %1 does not exist").arg(controlId));
    if (!(tolerableRate > 0.0 && tolerableRate < 1.0))
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1: the tolerable rate must be between 0 and 1 (exclusive), not %2")
                        .arg(controlId)
                        .arg(tolerableRate));
    if (!(riskOfOverreliance > 0.0 && riskOfOverreliance < 1.0))
        return fail(ErrorCode::InvalidArgument,
                    tr("control %1: the risk of overreliance must be between 0 and 1 (exclusive), not %2")
                        .arg(controlId)
                        .arg(riskOfOverreliance));
    auto setting = repos.exceptions.setting(**rowId);
    if (!setting)
        return setting.error();
    const QJsonObject before{{QStringLiteral("tolerable_rate"), setting->tolerableRate},
                             {QStringLiteral("risk"), setting->risk}};
    setting->tolerableRate = tolerableRate;
    setting->risk = riskOfOverreliance;
    return m_wp.perform(
        QStringLiteral("control:%1").arg(controlId), QStringLiteral("tolerance"), [&]() -> Result<QString> {
            if (auto saved = repos.exceptions.saveSetting(**rowId, *setting); !saved)
                return saved.error();
            return changeSummary(before, {{QStringLiteral("tolerable_rate"), tolerableRate},
                                          {QStringLiteral("risk"), riskOfOverreliance}});
        });
}

} // namespace Tickmark::Core
