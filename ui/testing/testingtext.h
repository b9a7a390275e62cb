// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testing/evaluationservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"

#include <QString>

namespace Tickmark::Ui {

/// "Not tested", "In progress", "Not operated", "Effective", "Deviations within tolerable", "Not effective".
QString conclusionName(Core::ControlConclusion conclusion);
/// "Inquiry", "Observation", "Inspection", "Reperformance".
QString procedureKindName(Core::ProcedureKind kind);
/// "Unassessed", "Isolated", "Systematic".
QString assessmentName(Core::ExceptionAssessment assessment);
/// "Operating", "Design", "Description".
QString exceptionKindName(Core::ExceptionKind kind);
/// "Not covered", "Not tested", "Clean", "Exceptions noted", "Not met".
QString criterionStatusName(Core::CriterionStatus status);
/// A percentage with at most one decimal: 0.176 → "17.6%", 0.1 → "10%".
QString percentText(double rate);
/// The evaluation in one line, e.g. "1 deviation in 25 items — upper limit 17.6% vs tolerable 10%: not
/// effective"; before any result "No results yet — 0 of 25 items done".
QString evaluationLine(const Core::ControlEvaluation &evaluation);
/// "12/25" (items done / sample size).
QString progressText(const Core::ControlEvaluation &evaluation);

} // namespace Tickmark::Ui
