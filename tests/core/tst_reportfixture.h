// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Made-up report inputs shared by the tst_report* suites: a small engagement with one deviation (CTL-07 on CC6.2),
// a control that did not operate (CTL-03), a carve-out and an inclusive subservice organization and two CUECs.
#pragma once

#include "criteria/criterion.h"
#include "report/reportbuilder.h"

namespace Tickmark::Test {

inline Core::ControlException deviationOnCtl07(std::optional<bool> criterionMet)
{
    Core::ControlException e;
    e.id = 1;
    e.controlId = QStringLiteral("CTL-07");
    e.kind = Core::ExceptionKind::Operating;
    e.description = QStringLiteral("Logical access was removed nine days after termination, exceeding the one-day "
                                   "requirement");
    e.deviations = 1;
    e.sampleSize = 25;
    e.criteria = {QStringLiteral("CC6.2")};
    e.managementResponse = QStringLiteral("HR now sends terminations to IT daily and access is removed the same day.");
    e.criterionMet = criterionMet;
    return e;
}

/// @p controls controls CTL-01.. mapped round-robin over the in-scope criteria (CTL-07 also to CC6.2).
inline Core::ReportInputs reportInputs(Core::ReportType type, int controls = 12, bool criterionNotMet = false)
{
    using namespace Tickmark::Core;
    ReportInputs in;
    EngagementDetails &d = in.details;
    d.client = QStringLiteral("Example Cloud Ltd");
    d.system = QStringLiteral("Example Platform");
    d.type = type;
    d.asOf = QDate(2026, 9, 30);
    d.periodFrom = QDate(2026, 1, 1);
    d.periodTo = QDate(2026, 9, 30);
    d.categories = {Category::Security, Category::Availability};
    d.firm = QStringLiteral("Tally & Mark LLP");
    d.firmCity = QStringLiteral("Denver, Colorado");
    d.partner = QStringLiteral("Jo Partner, CPA");
    in.subservice = {
        SubserviceOrg{1, QStringLiteral("Nimbus Hosting Inc."), QStringLiteral("cloud hosting"),
                      SubserviceMethod::CarveOut,
                      QStringLiteral("Physical access to data centres is "
                                     "restricted (CC6.4).")},
        SubserviceOrg{2, QStringLiteral("PayRight GmbH"), QStringLiteral("payroll"), SubserviceMethod::Inclusive, {}}};
    in.cuecs = {Cuec{1,
                     QStringLiteral("User entities remove their own users' access when staff leave."),
                     {QStringLiteral("CC6.2")}},
                Cuec{2, QStringLiteral("User entities protect their API credentials."), {QStringLiteral("CC6.1")}}};
    in.criteria = CriteriaCatalog::inCategories(d.categories);
    for (const Criterion &c : in.criteria) {
        CriterionEvaluation ce;
        ce.criterionId = c.id;
        ce.status = CriterionStatus::Clean;
        if (c.id == QLatin1String("CC6.2"))
            ce.status = criterionNotMet ? CriterionStatus::NotMet : CriterionStatus::ExceptionsNoted;
        in.criteriaResults << ce;
    }
    for (int i = 1; i <= controls; ++i) {
        ReportControl rc;
        rc.control.id = QStringLiteral("CTL-%1").arg(i, 2, 10, QLatin1Char('0'));
        rc.control.description = QStringLiteral("Control activity number %1 is performed by the operations team and "
                                                "its performance is documented in the ticketing system.")
                                     .arg(i);
        rc.control.criteria = {in.criteria.at((i * 7) % in.criteria.size()).id};
        rc.procedures = {TestProcedure{ProcedureKind::Inquiry, QStringLiteral("Inquired of the operations manager.")},
                         TestProcedure{ProcedureKind::Inspection,
                                       QStringLiteral("Inspected the ticket of each sampled occurrence.")}};
        rc.samples = {ReportSample{QStringLiteral("Tickets %1").arg(i), 250, 25, QStringLiteral("random")}};
        rc.evaluation.controlId = rc.control.id;
        rc.evaluation.sampleSize = 25;
        rc.evaluation.conclusion = ControlConclusion::Effective;
        if (i == 3)
            rc.evaluation.conclusion = ControlConclusion::NotOperated;
        if (i == 7) {
            rc.control.criteria << QStringLiteral("CC6.2");
            rc.control.criteria = CriteriaCatalog::sorted(rc.control.criteria);
            rc.evaluation.conclusion = ControlConclusion::DeviationsWithinTolerable;
            rc.evaluation.deviations = 1;
            rc.exceptions = {
                deviationOnCtl07(criterionNotMet ? std::optional<bool>(false) : std::optional<bool>(true))};
        }
        in.controls << rc;
    }
    in.description.insert(QStringLiteral("services"),
                          QStringLiteral("<p>Example Cloud Ltd provides a <b>hosted platform</b> for "
                                         "<i>payroll</i> processing.</p><ul><li>Hosting</li><li>Support</li></ul>"));
    in.reportDate = QDate(2026, 10, 15);
    in.draft = true;
    return in;
}

} // namespace Tickmark::Test
