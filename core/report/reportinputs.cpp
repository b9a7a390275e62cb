// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReportService::inputs(): everything the report says, read from the workpaper's services.
#include "reportservice.h"

#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "engagement/engagementservice.h"
#include "evidence/evidenceservice.h"
#include "population/populationservice.h"
#include "sampling/samplingservice.h"
#include "storage/reportrepository.h"
#include "testing/evaluationservice.h"
#include "testing/exceptionservice.h"
#include "testing/testingservice.h"
#include "workpaper/repositories.h"
#include "workpaper/workpaper.h"

#include <QHash>

namespace Tickmark::Core {

namespace {

Result<void> addSamples(Workpaper &wp, QHash<QString, QList<ReportSample>> &byControl)
{
    auto populations = wp.populations().list();
    if (!populations)
        return populations.error();
    for (const PopulationInfo &p : std::as_const(*populations)) {
        if (p.controlId.isEmpty())
            continue;
        auto sample = wp.sampling().sample(p.name);
        if (!sample)
            return sample.error();
        if (!sample->has_value())
            continue;
        const SampleInfo &s = **sample;
        byControl[p.controlId] << ReportSample{p.name, p.rowCount, int(s.rows.size()), selectionMethodKey(s.method)};
    }
    return {};
}

Result<QList<ReportControl>> reportControls(Workpaper &wp)
{
    auto controls = wp.controls().list();
    if (!controls)
        return controls.error();
    auto evaluations = wp.evaluation().controls();
    if (!evaluations)
        return evaluations.error();
    auto exceptions = wp.exceptions().list();
    if (!exceptions)
        return exceptions.error();
    QHash<QString, ControlEvaluation> evalById;
    for (const ControlEvaluation &e : std::as_const(*evaluations))
        evalById.insert(e.controlId, e);
    QHash<QString, QList<ControlException>> exceptionsById;
    for (const ControlException &e : std::as_const(*exceptions))
        exceptionsById[e.controlId] << e;
    QHash<QString, QList<ReportSample>> samples;
    if (auto ok = addSamples(wp, samples); !ok)
        return ok.error();
    QList<ReportControl> out;
    for (const Control &c : std::as_const(*controls)) {
        ReportControl rc;
        rc.control = c;
        auto procedures = wp.testing().procedures(c.id);
        if (!procedures)
            return procedures.error();
        rc.procedures = *procedures;
        rc.samples = samples.value(c.id);
        rc.evaluation = evalById.value(c.id);
        rc.exceptions = exceptionsById.value(c.id);
        out << rc;
    }
    return out;
}

} // namespace

Result<ReportInputs> ReportService::inputs(bool appendix) const
{
    ReportInputs in;
    auto details = m_wp.engagement().details();
    if (!details)
        return details.error();
    in.details = *details;
    auto subservice = m_wp.engagement().subserviceOrgs();
    auto cuecs = m_wp.engagement().cuecs();
    auto criteria = m_wp.criteria().inScope();
    auto results = m_wp.evaluation().criteria();
    for (const Error *e : {subservice ? nullptr : &subservice.error(), cuecs ? nullptr : &cuecs.error(),
                           criteria ? nullptr : &criteria.error(), results ? nullptr : &results.error()}) {
        if (e)
            return *e;
    }
    in.subservice = *subservice;
    in.cuecs = *cuecs;
    in.criteria = *criteria;
    in.criteriaResults = *results;
    auto controls = reportControls(m_wp);
    if (!controls)
        return controls.error();
    in.controls = *controls;
    auto templates = m_wp.repositories().report.templates();
    auto description = m_wp.repositories().report.descriptions();
    auto choice = opinionChoice();
    if (!templates || !description || !choice)
        return !templates ? templates.error() : !description ? description.error() : choice.error();
    in.templates = *templates;
    in.description = *description;
    in.opinion = *choice;
    in.appendix = appendix;
    if (appendix) {
        auto items = m_wp.evidence().list();
        if (!items)
            return items.error();
        for (const EvidenceItem &item : std::as_const(*items)) {
            if (!item.controls.isEmpty())
                in.evidence << item;
        }
    }
    in.draft = !m_wp.isLocked();
    const auto issued = m_wp.repositories().engagement.issuedAt();
    in.reportDate = issued && issued->isValid() ? issued->date() : m_wp.clock().now().date();
    return in;
}

} // namespace Tickmark::Core
