// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "controls/control.h"
#include "criteria/criterion.h"
#include "engagement/engagement.h"
#include "evidence/evidence.h"
#include "reportdocument.h"
#include "testing/evaluationservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"

#include <QDate>
#include <QMap>

namespace Tickmark::Core {

/// The auditor's stored opinion choice: the proposal from the criteria results, or an explicit adverse opinion or
/// disclaimer with its reason.
struct OpinionChoice
{
    enum class Mode { Proposed, Adverse, Disclaimer };
    Mode mode = Mode::Proposed;
    QString reason; ///< required for Adverse and Disclaimer
};
QString opinionModeKey(OpinionChoice::Mode mode); ///< "proposed" | "adverse" | "disclaimer"
std::optional<OpinionChoice::Mode> opinionModeFromKey(const QString &key);

/// The opinion proposed from @p criteria: qualified naming each criterion NotMet, else unmodified; an explicit
/// adverse or disclaimer choice wins.
ReportOpinion proposeOpinion(const QList<CriterionEvaluation> &criteria, const OpinionChoice &choice);

/// One population sampled for a control, for the "tests performed" text.
struct ReportSample
{
    QString population;
    qint64 populationSize = 0;
    int size = 0;
    QString method; ///< "random" | "systematic"
};

/// What the report says about one control.
struct ReportControl
{
    Control control;
    QList<TestProcedure> procedures;
    QList<ReportSample> samples;
    ControlEvaluation evaluation;
    QList<ControlException> exceptions;
};

/// Everything the builder reads, gathered from the workpaper by ReportService (or made up by tests).
struct ReportInputs
{
    EngagementDetails details;
    QList<SubserviceOrg> subservice;
    QList<Cuec> cuecs;
    QList<Criterion> criteria; ///< in scope, catalog order
    QList<CriterionEvaluation> criteriaResults;
    QList<ReportControl> controls;      ///< control order
    QMap<QString, QString> templates;   ///< the firm's overrides by key
    QMap<QString, QString> description; ///< Section III parts by key, as HTML
    OpinionChoice opinion;
    QList<EvidenceItem> evidence; ///< appendix: the items relied on
    bool appendix = false;
    bool draft = true;
    QDate reportDate;
};

/// The parts of Section III, in order, with their translated headings ("components" parts are sub-headed).
struct DescriptionPart
{
    QString key;   ///< "services", "commitments", "infrastructure", …
    QString title; ///< translated heading
    bool typeIIOnly = false;
};
const QList<DescriptionPart> &descriptionParts();

/// Assembles a ReportDocument from @p inputs. Pure: no workpaper access. Fails only on a template error (naming the
/// template and the placeholder).
Result<ReportDocument> buildReport(const ReportInputs &inputs);

} // namespace Tickmark::Core
