// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testingtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Tickmark::Ui {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Tickmark::Ui", text, comment, n);
}

} // namespace

QString conclusionName(Core::ControlConclusion conclusion)
{
    using C = Core::ControlConclusion;
    switch (conclusion) {
    case C::NotTested:
        return tr("Not tested");
    case C::InProgress:
        return tr("In progress");
    case C::NotOperated:
        return tr("Not operated");
    case C::Effective:
        return tr("Effective");
    case C::DeviationsWithinTolerable:
        return tr("Deviations within tolerable");
    case C::NotEffective:
        return tr("Not effective");
    }
    return {};
}

QString procedureKindName(Core::ProcedureKind kind)
{
    switch (kind) {
    case Core::ProcedureKind::Inquiry:
        return tr("Inquiry");
    case Core::ProcedureKind::Observation:
        return tr("Observation");
    case Core::ProcedureKind::Inspection:
        return tr("Inspection");
    case Core::ProcedureKind::Reperformance:
        return tr("Reperformance");
    }
    return {};
}

QString assessmentName(Core::ExceptionAssessment assessment)
{
    switch (assessment) {
    case Core::ExceptionAssessment::Unassessed:
        return tr("Unassessed");
    case Core::ExceptionAssessment::Isolated:
        return tr("Isolated");
    case Core::ExceptionAssessment::Systematic:
        return tr("Systematic");
    }
    return {};
}

QString exceptionKindName(Core::ExceptionKind kind)
{
    switch (kind) {
    case Core::ExceptionKind::Operating:
        return tr("Operating");
    case Core::ExceptionKind::Design:
        return tr("Design");
    case Core::ExceptionKind::Description:
        return tr("Description");
    }
    return {};
}

QString criterionStatusName(Core::CriterionStatus status)
{
    using S = Core::CriterionStatus;
    switch (status) {
    case S::NotCovered:
        return tr("Not covered");
    case S::NotTested:
        return tr("Not tested");
    case S::Clean:
        return tr("Clean");
    case S::ExceptionsNoted:
        return tr("Exceptions noted");
    case S::NotMet:
        return tr("Not met");
    }
    return {};
}

QString percentText(double rate)
{
    const double percent = rate * 100.0;
    const bool whole = qFuzzyCompare(percent + 1.0, double(qRound(percent)) + 1.0);
    return tr("%1%").arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
}

QString evaluationLine(const Core::ControlEvaluation &e)
{
    using C = Core::ControlConclusion;
    if (e.conclusion == C::NotOperated)
        return tr("Not operated: the control's event did not occur in the period");
    if (e.sampleSize == 0)
        return tr("No sample yet");
    if (e.itemsDone == 0 && e.deviations == 0)
        return tr("No results yet — 0 of %n items done", nullptr, e.sampleSize);
    QString line = tr("%n deviation(s) in %1 items", nullptr, e.deviations).arg(e.sampleSize);
    if (e.upperDeviationLimit) {
        line += tr(" — upper limit %1 vs tolerable %2")
                    .arg(percentText(*e.upperDeviationLimit), percentText(e.tolerableRate));
    }
    return tr("%1: %2").arg(line, conclusionName(e.conclusion).toLower());
}

QString progressText(const Core::ControlEvaluation &e)
{
    return tr("%1/%2").arg(e.itemsDone).arg(e.sampleSize);
}

} // namespace Tickmark::Ui
