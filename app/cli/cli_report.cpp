// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Report commands: report export, report issue, report opinion.
#include "cli_command.h"
#include "cli_common.h"

#include "report/reportservice.h"
#include "workpaper/workpaper.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Tickmark::Cli {

namespace {

QList<QCommandLineOption> pdfOptions()
{
    return {QCommandLineOption(QStringLiteral("paper"), tr("PDF paper size: a4 or letter (default: the workpaper's)."),
                               tr("SIZE")),
            QCommandLineOption(QStringLiteral("pdfa"), tr("Write PDF/A-1b (archival PDF).")),
            QCommandLineOption(QStringLiteral("appendix"),
                               tr("Add the evidence index: every item linked to a control, with its SHA-256."))};
}

Result<Core::ReportExportOptions> exportOptions(const Invocation &invocation)
{
    Core::ReportExportOptions options;
    options.pdfA = invocation.isSet(QStringLiteral("pdfa"));
    options.appendix = invocation.isSet(QStringLiteral("appendix"));
    if (invocation.isSet(QStringLiteral("paper"))) {
        const QString value = invocation.value(QStringLiteral("paper"));
        options.paper = Core::paperSizeFromKey(value.trimmed());
        if (!options.paper)
            return fail(ErrorCode::InvalidArgument,
                        tr("%1: --paper must be a4 or letter, not \"%2\"").arg(invocation.command().name(), value));
    }
    return options;
}

int runExport(const Invocation &invocation)
{
    const auto options = exportOptions(invocation);
    if (!options)
        return usageError(options.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const QString out = invocation.argument(1);
        const auto info = workpaper.report().exportTo(out, *options);
        if (!info)
            return failure(info.error());
        if (invocation.json()) {
            printJson(QJsonObject{
                {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                {QStringLiteral("format"), info->format},
                {QStringLiteral("pages"),
                 info->format == QLatin1String("pdf") ? QJsonValue(info->pages) : QJsonValue()},
                {QStringLiteral("draft"), info->draft},
                {QStringLiteral("opinion"), Core::opinionKindKey(info->opinion.kind)},
                {QStringLiteral("criteria_not_met"), QJsonArray::fromStringList(info->opinion.criteriaNotMet)}});
            return kExitOk;
        }
        const QString state = info->draft ? tr("draft") : tr("issued");
        if (info->format == QLatin1String("pdf"))
            printLine(tr("%1: report written (%2, %3 pages, %4 opinion, %5)")
                          .arg(out, info->format.toUpper())
                          .arg(info->pages)
                          .arg(Core::opinionKindKey(info->opinion.kind), state));
        else
            printLine(tr("%1: report written (%2, %3 opinion, %4)")
                          .arg(out, info->format.toUpper(), Core::opinionKindKey(info->opinion.kind), state));
        return kExitOk;
    });
}

int runIssue(const Invocation &invocation)
{
    const auto options = exportOptions(invocation);
    if (!options)
        return usageError(options.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        Core::ReportIssueOptions issue;
        issue.pdf = *options;
        issue.archiveDir = invocation.value(QStringLiteral("archive-dir"));
        const auto result = workpaper.report().issue(issue);
        if (!result)
            return failure(result.error());
        if (invocation.json()) {
            printJson(QJsonObject{{QStringLiteral("archive"), QFileInfo(result->archivePath).absoluteFilePath()},
                                  {QStringLiteral("archive_sha256"), QString::fromLatin1(result->archiveSha256)},
                                  {QStringLiteral("pdf_sha256"), QString::fromLatin1(result->pdfSha256)},
                                  {QStringLiteral("pages"), result->pages},
                                  {QStringLiteral("opinion"), Core::opinionKindKey(result->opinion.kind)}});
            return kExitOk;
        }
        printLine(QFileInfo(result->archivePath).absoluteFilePath());
        return kExitOk;
    });
}

int runOpinion(const Invocation &invocation)
{
    const QString mode = invocation.value(QStringLiteral("mode")).trimmed();
    const auto parsed = Core::opinionModeFromKey(mode);
    if (!mode.isEmpty() && !parsed)
        return usageError(tr("report opinion: --mode must be proposed, adverse or disclaimer, not \"%1\"").arg(mode));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (parsed) {
            Core::OpinionChoice choice{*parsed, invocation.value(QStringLiteral("reason"))};
            if (auto ok = workpaper.report().setOpinionChoice(choice); !ok)
                return failure(ok.error());
        }
        const auto opinion = workpaper.report().opinion();
        if (!opinion)
            return failure(opinion.error());
        if (invocation.json()) {
            printJson(
                QJsonObject{{QStringLiteral("opinion"), Core::opinionKindKey(opinion->kind)},
                            {QStringLiteral("criteria_not_met"), QJsonArray::fromStringList(opinion->criteriaNotMet)},
                            {QStringLiteral("reason"), opinion->reason}});
            return kExitOk;
        }
        QString line = Core::opinionKindKey(opinion->kind);
        if (!opinion->criteriaNotMet.isEmpty())
            line += QStringLiteral(": ") + opinion->criteriaNotMet.join(QStringLiteral(", "));
        if (!opinion->reason.isEmpty())
            line += QStringLiteral(": ") + opinion->reason;
        printLine(line);
        return kExitOk;
    });
}

} // namespace

QList<Command> reportCommands()
{
    QList<QCommandLineOption> issueOptions = pdfOptions();
    issueOptions << jsonOption()
                 << QCommandLineOption(QStringLiteral("archive-dir"),
                                       tr("Folder for the reference archive (default: the workpaper's folder)."),
                                       tr("DIR"));
    return {
        {{QStringLiteral("report"), QStringLiteral("export")},
         {fileArgument(), Argument{QStringLiteral("OUT"), tr("The report file to write: .pdf, .odt or .html.")}},
         pdfOptions() << jsonOption(),
         tr("Export the SOC 2 report to PDF, ODT or HTML"),
         tr("The format follows OUT's suffix. Every page is marked DRAFT until the report is issued.\n"
            "JSON: {\"path\", \"format\", \"pages\" (PDF; else null), \"draft\", \"opinion\", \"criteria_not_met\"}"),
         &runExport},
        {{QStringLiteral("report"), QStringLiteral("issue")},
         {fileArgument()},
         issueOptions,
         tr("Issue the report and lock the engagement"),
         tr("Refused while review notes are open or sign-offs are missing or stale, and for the preparer role.\n"
            "Writes the reference archive (a zip with the final PDF, a copy of the workpaper and manifest.json\n"
            "with the SHA-256 of every file) and prints its path, then locks the engagement.\n"
            "JSON: {\"archive\", \"archive_sha256\", \"pdf_sha256\", \"pages\", \"opinion\"}"),
         &runIssue},
        {{QStringLiteral("report"), QStringLiteral("opinion")},
         {fileArgument()},
         {jsonOption(),
          QCommandLineOption(QStringLiteral("mode"), tr("proposed (from the criteria results), adverse or disclaimer."),
                             tr("MODE")),
          QCommandLineOption(QStringLiteral("reason"), tr("Adverse or disclaimer: the reason, stated in the report."),
                             tr("TEXT"))},
         tr("Show or choose the report's opinion"),
         tr("Without --mode, prints the opinion the report would carry now.\n"
            "JSON: {\"opinion\", \"criteria_not_met\", \"reason\"}"),
         &runOpinion},
    };
}

} // namespace Tickmark::Cli
