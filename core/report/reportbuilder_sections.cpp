// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sections III (description of the system), IV (criteria, controls, tests and results), V (other information) and
// the evidence index appendix.
#include "reportbuilder_p.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

namespace Tickmark::Core::ReportBuild {

namespace {

ReportBlock h2(const QString &text, const QString &anchor)
{
    return ReportBlock::heading(2, text, anchor);
}

ReportBlock literal(const QString &text)
{
    return ReportBlock::paragraph(QList<TextSpan>{TextSpan{text}});
}

QList<TextSpan> blockSpans(const QTextBlock &block)
{
    QList<TextSpan> spans;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        TextSpan span{fragment.text(), format.fontWeight() >= QFont::DemiBold, format.fontItalic()};
        span.text.replace(QChar::LineSeparator, QLatin1Char(' '));
        if (!spans.isEmpty() && spans.last().bold == span.bold && spans.last().italic == span.italic)
            spans.last().text += span.text;
        else
            spans << span;
    }
    return spans;
}

QString procedureName(ProcedureKind kind)
{
    switch (kind) {
    case ProcedureKind::Inquiry:
        return tr("Inquiry");
    case ProcedureKind::Observation:
        return tr("Observation");
    case ProcedureKind::Inspection:
        return tr("Inspection");
    case ProcedureKind::Reperformance:
        return tr("Reperformance");
    }
    return {};
}

QString testsText(const ReportControl &rc)
{
    QStringList lines;
    for (const TestProcedure &p : rc.procedures)
        lines << QStringLiteral("%1: %2").arg(procedureName(p.kind), p.text.trimmed());
    for (const ReportSample &s : rc.samples) {
        const QString how = s.method == QLatin1String("systematic") ? tr("by systematic selection") : tr("at random");
        lines << tr("Sample of %1 items selected %2 from the %3 items of population \u201c%4\u201d.")
                     .arg(s.size)
                     .arg(how)
                     .arg(QLocale(QLocale::English).toString(s.populationSize), s.population);
    }
    if (lines.isEmpty())
        lines << tr("Tests not yet designed.");
    return lines.join(QLatin1Char('\n'));
}

// "Access was removed late." -> "access was removed late."; keeps "AWS …" and "IT …" as they are.
QString lowerFirst(const QString &text)
{
    if (text.size() < 2 || !text.at(0).isUpper() || text.at(1).isUpper())
        return text;
    return text.at(0).toLower() + text.mid(1);
}

QString sentence(const QString &text)
{
    QString t = text.trimmed();
    if (!t.isEmpty() && !t.endsWith(QLatin1Char('.')))
        t += QLatin1Char('.');
    return t;
}

QString resultsText(Context &ctx, const ReportControl &rc)
{
    if (rc.evaluation.conclusion == ControlConclusion::NotOperated)
        return ctx.line(QStringLiteral("controls.not_operated"));
    QStringList lines;
    for (const ControlException &e : rc.exceptions) {
        if (e.kind == ExceptionKind::Operating && e.deviations > 0)
            lines << tr("For %1 of %2 items sampled, %3")
                         .arg(e.deviations)
                         .arg(e.sampleSize)
                         .arg(sentence(lowerFirst(e.description.trimmed())));
        else if (!e.description.trimmed().isEmpty())
            lines << sentence(e.description);
    }
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n'));
    switch (rc.evaluation.conclusion) {
    case ControlConclusion::Effective:
    case ControlConclusion::DeviationsWithinTolerable:
        return ctx.line(QStringLiteral("controls.no_exceptions"));
    default:
        return tr("Testing not yet completed.");
    }
}

ReportTable controlTable(Context &ctx, const QString &criterionId)
{
    ReportTable t;
    if (ctx.typeII()) {
        t.header = {tr("Control"), tr("Control activity specified by %1").arg(ctx.in.details.client),
                    tr("Tests performed by the service auditor"), tr("Results of tests")};
        t.widths = {0.12, 0.32, 0.32, 0.24};
    } else {
        t.header = {tr("Control"), tr("Control activity specified by %1").arg(ctx.in.details.client)};
        t.widths = {0.16, 0.84};
    }
    for (const ReportControl &rc : ctx.in.controls) {
        if (!rc.control.criteria.contains(criterionId))
            continue;
        QStringList row{rc.control.id, rc.control.description.trimmed()};
        if (ctx.typeII())
            row << testsText(rc) << resultsText(ctx, rc);
        t.rows << row;
    }
    return t;
}

void addRichPart(QList<ReportBlock> &b, Context &ctx, const QString &key)
{
    const QList<ReportBlock> blocks = htmlToBlocks(ctx.in.description.value(key));
    if (blocks.isEmpty())
        ctx.add(b, QStringLiteral("description.missing"));
    else
        b += blocks;
}

void addSubservice(QList<ReportBlock> &b, Context &ctx)
{
    if (ctx.in.subservice.isEmpty()) {
        ctx.add(b, QStringLiteral("description.subservice.none"));
    } else {
        ReportTable t;
        t.header = {tr("Subservice organization"), tr("Services provided"), tr("Method"),
                    tr("Complementary subservice organization controls assumed")};
        t.widths = {0.2, 0.25, 0.13, 0.42};
        for (const SubserviceOrg &org : ctx.in.subservice)
            t.rows << QStringList{
                org.name, org.services, org.method == SubserviceMethod::Inclusive ? tr("Inclusive") : tr("Carve-out"),
                org.method == SubserviceMethod::Inclusive ? tr("Included in this description") : org.csocs};
        b << ReportBlock::tableBlock(t);
    }
    const QList<ReportBlock> extra = htmlToBlocks(ctx.in.description.value(QStringLiteral("subservice")));
    b += extra;
}

void addCuecs(QList<ReportBlock> &b, Context &ctx)
{
    if (ctx.in.cuecs.isEmpty()) {
        ctx.add(b, QStringLiteral("description.cuecs.none"));
        return;
    }
    ctx.add(b, QStringLiteral("description.cuecs.intro"));
    ReportTable t;
    t.header = {tr("No."), tr("Complementary user entity control"), tr("Related criteria")};
    t.widths = {0.07, 0.73, 0.2};
    int n = 0;
    for (const Cuec &cuec : ctx.in.cuecs)
        t.rows << QStringList{QString::number(++n), cuec.text, cuec.criteria.join(QStringLiteral(", "))};
    b << ReportBlock::tableBlock(t);
}

} // namespace

QList<ReportBlock> htmlToBlocks(const QString &html)
{
    QList<ReportBlock> out;
    if (html.trimmed().isEmpty())
        return out;
    QTextDocument doc;
    if (Qt::mightBeRichText(html))
        doc.setHtml(html);
    else
        doc.setPlainText(html);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QList<TextSpan> spans = blockSpans(block);
        if (plainText(spans).trimmed().isEmpty())
            continue;
        ReportBlock rb = ReportBlock::paragraph(spans);
        if (block.textList())
            rb.kind = ReportBlock::Kind::Bullet;
        else if (block.blockFormat().headingLevel() > 0)
            rb = ReportBlock::heading(4, plainText(spans), QString());
        out << rb;
    }
    return out;
}

ReportSection sectionThree(Context &ctx)
{
    ReportSection s{
        QStringLiteral("section-3"), tr("Section III"), tr("Description of the %1").arg(ctx.in.details.system), {}};
    QList<ReportBlock> &b = s.blocks;
    ctx.add(b, QStringLiteral("description.intro"));
    static const QStringList components{QStringLiteral("infrastructure"), QStringLiteral("software"),
                                        QStringLiteral("people"), QStringLiteral("procedures"), QStringLiteral("data")};
    for (const DescriptionPart &part : descriptionParts()) {
        if (part.typeIIOnly && !ctx.typeII())
            continue;
        if (part.key == QLatin1String("infrastructure"))
            b << h2(tr("Components of the System"), QStringLiteral("s3-components"));
        if (components.contains(part.key)) {
            b << ReportBlock::heading(3, part.title, QStringLiteral("s3-") + part.key);
            addRichPart(b, ctx, part.key);
            continue;
        }
        b << h2(part.title, QStringLiteral("s3-") + part.key);
        if (part.key == QLatin1String("subservice")) {
            addSubservice(b, ctx);
            b << h2(tr("Complementary User Entity Controls"), QStringLiteral("s3-cuecs"));
            addCuecs(b, ctx);
        } else {
            addRichPart(b, ctx, part.key);
        }
    }
    return s;
}

ReportSection sectionFour(Context &ctx)
{
    ReportSection s{QStringLiteral("section-4"),
                    tr("Section IV"),
                    tr("Trust Services Criteria, Related Controls and Tests of Controls"),
                    {}};
    QList<ReportBlock> &b = s.blocks;
    ctx.add(b, QStringLiteral("controls.intro.") + ctx.typeKey());
    QString series;
    for (const Criterion &criterion : ctx.in.criteria) {
        if (criterion.series != series) {
            series = criterion.series;
            b << h2(series, QStringLiteral("s4-") + criterion.id.section(QLatin1Char('.'), 0, 0).toLower());
        }
        b << ReportBlock::heading(3, QStringLiteral("%1 %2").arg(criterion.id, criterion.title),
                                  QStringLiteral("s4-") + criterion.id.toLower());
        const ReportTable table = controlTable(ctx, criterion.id);
        if (table.rows.isEmpty())
            b << ReportBlock::note(tr("No control of %1 is mapped to this criterion.").arg(ctx.in.details.client));
        else
            b << ReportBlock::tableBlock(table);
    }
    return s;
}

ReportSection sectionFive(Context &ctx)
{
    ReportSection s{QStringLiteral("section-5"),
                    tr("Section V"),
                    tr("Other Information Provided by %1").arg(ctx.in.details.client),
                    {}};
    QList<ReportBlock> &b = s.blocks;
    ctx.add(b, QStringLiteral("other.intro"));
    ReportTable t;
    t.header = {tr("Control"), tr("Exception noted"), tr("Management's response")};
    t.widths = {0.14, 0.43, 0.43};
    for (const ReportControl &rc : ctx.in.controls) {
        for (const ControlException &e : rc.exceptions) {
            if (!e.managementResponse.trimmed().isEmpty())
                t.rows << QStringList{rc.control.id, e.description.trimmed(), e.managementResponse.trimmed()};
        }
    }
    b << h2(tr("Management's Responses to Exceptions"), QStringLiteral("s5-responses"));
    if (t.rows.isEmpty())
        ctx.add(b, QStringLiteral("other.none"));
    else
        b << ReportBlock::tableBlock(t);
    return s;
}

ReportSection appendix(Context &ctx)
{
    ReportSection s{QStringLiteral("appendix"), tr("Appendix"), tr("Index of Evidence Relied On"), {}};
    ctx.add(s.blocks, QStringLiteral("appendix.intro"));
    ReportTable t;
    t.header = {tr("Evidence item"), tr("Controls"), tr("Bytes"), tr("SHA-256")};
    t.widths = {0.3, 0.14, 0.1, 0.46};
    t.monospaceLast = true;
    for (const EvidenceItem &item : ctx.in.evidence)
        t.rows << QStringList{item.packageName + QLatin1Char('/') + item.path, item.controls.join(QStringLiteral(", ")),
                              QLocale(QLocale::English).toString(item.size), QString::fromLatin1(item.sha256)};
    if (t.rows.isEmpty())
        s.blocks << literal(tr("No evidence item is linked to a control."));
    else
        s.blocks << ReportBlock::tableBlock(t);
    return s;
}

} // namespace Tickmark::Core::ReportBuild

namespace Tickmark::Core {

const QList<DescriptionPart> &descriptionParts()
{
    static const QList<DescriptionPart> parts{
        {QStringLiteral("services"), ReportBuild::tr("Services Provided"), false},
        {QStringLiteral("commitments"), ReportBuild::tr("Principal Service Commitments and System Requirements"),
         false},
        {QStringLiteral("infrastructure"), ReportBuild::tr("Infrastructure"), false},
        {QStringLiteral("software"), ReportBuild::tr("Software"), false},
        {QStringLiteral("people"), ReportBuild::tr("People"), false},
        {QStringLiteral("procedures"), ReportBuild::tr("Procedures"), false},
        {QStringLiteral("data"), ReportBuild::tr("Data"), false},
        {QStringLiteral("boundaries"), ReportBuild::tr("System Boundaries"), false},
        {QStringLiteral("incidents"), ReportBuild::tr("System Incidents"), false},
        {QStringLiteral("subservice"), ReportBuild::tr("Subservice Organizations"), false},
        {QStringLiteral("not-relevant"), ReportBuild::tr("Trust Services Criteria Not Relevant to the System"), false},
        {QStringLiteral("changes"), ReportBuild::tr("Significant Changes During the Period"), true},
    };
    return parts;
}

} // namespace Tickmark::Core
