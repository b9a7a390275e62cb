// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "reportbuilder_p.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Tickmark::Core {

namespace ReportBuild {

// lupdate files a tr() call under the namespace it is written in, so every translated string of the report builder
// is written inside ReportBuild (the section builders below too) and has this one context.
QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core::ReportBuild", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(date, QStringLiteral("MMMM d, yyyy"));
}

QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + tr(" and ") + items.last();
}

namespace {

QString periodPhrase(const EngagementDetails &d)
{
    if (d.type == ReportType::TypeI)
        return tr("as of %1").arg(longDate(d.asOf));
    return tr("throughout the period %1 to %2").arg(longDate(d.periodFrom), longDate(d.periodTo));
}

QString categoriesPhrase(const EngagementDetails &d)
{
    QStringList names;
    for (Category c : allCategories()) {
        if (d.inScope(c))
            names << categoryName(c).toLower();
    }
    return joinAnd(names);
}

QString subserviceList(const QList<SubserviceOrg> &orgs, SubserviceMethod method)
{
    QStringList names;
    for (const SubserviceOrg &org : orgs) {
        if (org.method == method)
            names << (org.services.isEmpty() ? org.name : QStringLiteral("%1 (%2)").arg(org.name, org.services));
    }
    return joinAnd(names);
}

QHash<QString, QString> placeholderValues(const ReportInputs &in, const ReportOpinion &opinion)
{
    const EngagementDetails &d = in.details;
    return {
        {QStringLiteral("client"), d.client},
        {QStringLiteral("system"), d.system},
        {QStringLiteral("period"), periodPhrase(d)},
        {QStringLiteral("period_end"), longDate(d.type == ReportType::TypeI ? d.asOf : d.periodTo)},
        {QStringLiteral("categories"), categoriesPhrase(d)},
        {QStringLiteral("firm"), d.firm},
        {QStringLiteral("city"), d.firmCity},
        {QStringLiteral("partner"), d.partner},
        {QStringLiteral("date"), longDate(in.reportDate)},
        {QStringLiteral("report_type"), d.type == ReportType::TypeI ? tr("Type I") : tr("Type II")},
        {QStringLiteral("criteria_not_met"), joinAnd(opinion.criteriaNotMet)},
        {QStringLiteral("reason"), in.opinion.reason},
        {QStringLiteral("subservice_carveout"), subserviceList(in.subservice, SubserviceMethod::CarveOut)},
        {QStringLiteral("subservice_inclusive"), subserviceList(in.subservice, SubserviceMethod::Inclusive)},
    };
}

} // namespace

Context::Context(const ReportInputs &inputs)
    : in(inputs)
    , templates(inputs.templates, placeholderValues(inputs, proposeOpinion(inputs.criteriaResults, inputs.opinion)))
{}

void Context::add(QList<ReportBlock> &out, const QString &key, const QHash<QString, QString> &extra)
{
    auto blocks = templates.blocks(key, extra);
    if (!blocks) {
        if (!error)
            error = blocks.error();
        return;
    }
    out += *blocks;
}

QString Context::line(const QString &key)
{
    auto text = templates.line(key);
    if (!text) {
        if (!error)
            error = text.error();
        return {};
    }
    return *text;
}

} // namespace ReportBuild

using namespace ReportBuild;

QString opinionModeKey(OpinionChoice::Mode mode)
{
    switch (mode) {
    case OpinionChoice::Mode::Adverse:
        return QStringLiteral("adverse");
    case OpinionChoice::Mode::Disclaimer:
        return QStringLiteral("disclaimer");
    case OpinionChoice::Mode::Proposed:
        break;
    }
    return QStringLiteral("proposed");
}

std::optional<OpinionChoice::Mode> opinionModeFromKey(const QString &key)
{
    for (auto mode : {OpinionChoice::Mode::Proposed, OpinionChoice::Mode::Adverse, OpinionChoice::Mode::Disclaimer}) {
        if (opinionModeKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

ReportOpinion proposeOpinion(const QList<CriterionEvaluation> &criteria, const OpinionChoice &choice)
{
    ReportOpinion opinion;
    if (choice.mode == OpinionChoice::Mode::Adverse || choice.mode == OpinionChoice::Mode::Disclaimer) {
        opinion.kind = choice.mode == OpinionChoice::Mode::Adverse ? OpinionKind::Adverse : OpinionKind::Disclaimer;
        opinion.reason = choice.reason;
        return opinion;
    }
    for (const CriterionEvaluation &c : criteria) {
        if (c.status == CriterionStatus::NotMet)
            opinion.criteriaNotMet << c.criterionId;
    }
    opinion.criteriaNotMet = CriteriaCatalog::sorted(opinion.criteriaNotMet);
    opinion.kind = opinion.criteriaNotMet.isEmpty() ? OpinionKind::Unmodified : OpinionKind::Qualified;
    return opinion;
}

namespace ReportBuild {
namespace {

ReportBlock h2(const QString &text, const QString &anchor)
{
    return ReportBlock::heading(2, text, anchor);
}

// "CC6.2 title — control CTL-07: description" — one bullet per criterion not met, naming the
// exceptions concluded "criterion not met" that affect it.
QList<ReportBlock> qualificationMatters(Context &ctx, const QStringList &criteriaNotMet)
{
    QList<ReportBlock> out;
    for (const QString &id : criteriaNotMet) {
        QStringList matters;
        for (const ReportControl &rc : ctx.in.controls) {
            for (const ControlException &e : rc.exceptions) {
                if (e.criteria.contains(id) && e.criterionMet == false)
                    matters << tr("control %1: %2").arg(rc.control.id, e.description.trimmed());
            }
        }
        const auto criterion = CriteriaCatalog::find(id);
        QString rest = QStringLiteral(" ") + (criterion ? criterion->title : QString());
        if (!matters.isEmpty())
            rest += QStringLiteral(" \u2014 ") + matters.join(QStringLiteral("; "));
        ReportBlock bullet = ReportBlock::bullet(QString());
        bullet.spans = {TextSpan{id, true, false}, TextSpan{rest}};
        out << bullet;
    }
    return out;
}

void addOpinion(Context &ctx, const ReportOpinion &opinion, QList<ReportBlock> &b)
{
    switch (opinion.kind) {
    case OpinionKind::Unmodified:
        b << h2(tr("Opinion"), QStringLiteral("s1-opinion"));
        ctx.add(b, QStringLiteral("auditor.opinion.unmodified.") + ctx.typeKey());
        return;
    case OpinionKind::Qualified:
        b << h2(tr("Basis for Qualified Opinion"), QStringLiteral("s1-basis"));
        ctx.add(b, QStringLiteral("auditor.basis.qualified"));
        b += qualificationMatters(ctx, opinion.criteriaNotMet);
        b << h2(tr("Qualified Opinion"), QStringLiteral("s1-opinion"));
        ctx.add(b, QStringLiteral("auditor.opinion.qualified.") + ctx.typeKey());
        return;
    case OpinionKind::Adverse:
        b << h2(tr("Basis for Adverse Opinion"), QStringLiteral("s1-basis"));
        ctx.add(b, QStringLiteral("auditor.basis.adverse"));
        b << h2(tr("Adverse Opinion"), QStringLiteral("s1-opinion"));
        ctx.add(b, QStringLiteral("auditor.opinion.adverse"));
        return;
    case OpinionKind::Disclaimer:
        b << h2(tr("Basis for Disclaimer of Opinion"), QStringLiteral("s1-basis"));
        ctx.add(b, QStringLiteral("auditor.basis.disclaimer"));
        b << h2(tr("Disclaimer of Opinion"), QStringLiteral("s1-opinion"));
        ctx.add(b, QStringLiteral("auditor.opinion.disclaimer"));
        return;
    }
}

bool usesMethod(const QList<SubserviceOrg> &orgs, SubserviceMethod method)
{
    return std::any_of(orgs.cbegin(), orgs.cend(), [&](const SubserviceOrg &o) { return o.method == method; });
}

ReportSection sectionOne(Context &ctx, const ReportOpinion &opinion)
{
    ReportSection s{QStringLiteral("section-1"), tr("Section I"), tr("Independent Service Auditor's Report"), {}};
    QList<ReportBlock> &b = s.blocks;
    ctx.add(b, QStringLiteral("auditor.addressee"));
    b << h2(tr("Scope"), QStringLiteral("s1-scope"));
    ctx.add(b, QStringLiteral("auditor.scope.") + ctx.typeKey());
    if (usesMethod(ctx.in.subservice, SubserviceMethod::CarveOut))
        ctx.add(b, QStringLiteral("auditor.carveout"));
    if (usesMethod(ctx.in.subservice, SubserviceMethod::Inclusive))
        ctx.add(b, QStringLiteral("auditor.inclusive"));
    if (!ctx.in.cuecs.isEmpty())
        ctx.add(b, QStringLiteral("auditor.cuecs"));
    ctx.add(b, QStringLiteral("auditor.other_information"));
    b << h2(tr("Service Organization's Responsibilities"), QStringLiteral("s1-org-responsibilities"));
    ctx.add(b, QStringLiteral("auditor.org_responsibilities"));
    b << h2(tr("Service Auditor's Responsibilities"), QStringLiteral("s1-auditor-responsibilities"));
    ctx.add(b, QStringLiteral("auditor.auditor_responsibilities.") + ctx.typeKey());
    b << h2(tr("Inherent Limitations"), QStringLiteral("s1-limitations"));
    ctx.add(b, QStringLiteral("auditor.limitations.") + ctx.typeKey());
    if (ctx.typeII()) {
        b << h2(tr("Description of Tests of Controls"), QStringLiteral("s1-tests"));
        ctx.add(b, QStringLiteral("auditor.tests.type2"));
    }
    addOpinion(ctx, opinion, b);
    b << h2(tr("Restricted Use"), QStringLiteral("s1-restricted-use"));
    ctx.add(b, QStringLiteral("auditor.restricted_use"));
    ctx.add(b, QStringLiteral("auditor.signature"));
    return s;
}

ReportSection sectionTwo(Context &ctx)
{
    ReportSection s{QStringLiteral("section-2"),
                    tr("Section II"),
                    tr("Management's Assertion of %1").arg(ctx.in.details.client),
                    {}};
    ctx.add(s.blocks, QStringLiteral("assertion.intro.") + ctx.typeKey());
    ctx.add(s.blocks, QStringLiteral("assertion.statements.") + ctx.typeKey());
    ctx.add(s.blocks, QStringLiteral("assertion.signature"));
    return s;
}

void fillCover(Context &ctx, ReportDocument &doc)
{
    const EngagementDetails &d = ctx.in.details;
    const QString type = ctx.typeII() ? tr("SOC 2 Type II Report") : tr("SOC 2 Type I Report");
    const QString when = ctx.typeII() ? tr("For the period %1 to %2").arg(longDate(d.periodFrom), longDate(d.periodTo))
                                      : tr("As of %1").arg(longDate(d.asOf));
    QStringList categories;
    for (Category c : allCategories()) {
        if (d.inScope(c))
            categories << categoryName(c);
    }
    doc.title =
        ctx.typeII()
            ? tr("Report on %1's Description of Its %2 and on the Suitability of the Design and Operating "
                 "Effectiveness "
                 "of Its Controls Relevant to %3")
                  .arg(d.client, d.system, joinAnd(categories))
            : tr("Report on %1's Description of Its %2 and on the Suitability of the Design of Its Controls Relevant "
                 "to %3")
                  .arg(d.client, d.system, joinAnd(categories));
    doc.coverLines = {type, d.client, d.system, when};
    doc.preparedBy = d.firm.isEmpty() ? QString() : tr("Prepared by %1").arg(d.firm);
    doc.runningHeader = QStringLiteral("%1 \u00b7 %2 \u00b7 %3").arg(d.client, type, when);
    doc.author = d.firm;
    doc.subject = tr("%1 for %2, %3").arg(type, d.client, when.at(0).toLower() + when.mid(1));
}

} // namespace
} // namespace ReportBuild

Result<ReportDocument> buildReport(const ReportInputs &inputs)
{
    Context ctx(inputs);
    ReportDocument doc;
    doc.draft = inputs.draft;
    doc.opinion = proposeOpinion(inputs.criteriaResults, inputs.opinion);
    fillCover(ctx, doc);
    doc.sections << sectionOne(ctx, doc.opinion) << sectionTwo(ctx) << sectionThree(ctx) << sectionFour(ctx)
                 << sectionFive(ctx);
    if (inputs.appendix)
        doc.sections << appendix(ctx);
    if (ctx.error)
        return *ctx.error;
    return doc;
}

} // namespace Tickmark::Core
