// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Criteria and controls commands: criteria list, controls import, controls list, coverage.
#include "cli_command.h"
#include "cli_common.h"

#include "controls/controlservice.h"
#include "criteria/criteriaservice.h"
#include "workpaper/workpaper.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Tickmark::Cli {

namespace {

QJsonObject criterionJson(const Core::Criterion &criterion)
{
    return {{QStringLiteral("id"), criterion.id},
            {QStringLiteral("category"), Core::categoryKey(criterion.category)},
            {QStringLiteral("title"), criterion.title}};
}

int runCriteriaList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto criteria = workpaper.criteria().inScope();
        if (!criteria)
            return failure(criteria.error());
        if (invocation.json()) {
            QJsonArray list;
            for (const Core::Criterion &criterion : *criteria)
                list.append(criterionJson(criterion));
            printJson(list);
            return kExitOk;
        }
        for (const Core::Criterion &criterion : *criteria)
            printLine(padded(criterion.id, 8) + padded(Core::categoryKey(criterion.category), 20) + criterion.title);
        printLine(tr("Criteria in scope: %1.").arg(criteria->size()));
        return kExitOk;
    });
}

void reportMatrixWarnings(const QString &matrix, const Core::ControlImportResult &result)
{
    const QString name = QFileInfo(matrix).fileName();
    for (const QString &header : result.unknownHeaders)
        printWarning(tr("%1: unknown column \"%2\" was ignored").arg(name, header));
    // A workbook is XML (UTF-8) inside: only a text file that was not UTF-8 deserves the warning.
    if (result.encoding != QLatin1String("UTF-8") && result.encoding != QLatin1String("XLSX"))
        printWarning(tr("%1 is not UTF-8; it was read as %2").arg(name, result.encoding));
    for (const Core::OutOfScopeMapping &m : result.outOfScope)
        printWarning(tr("%1: control %2 maps to %3, which is not in the engagement's scope; coverage, results and the"
                        " report leave that mapping out")
                         .arg(name, m.control, m.criterion));
}

QJsonArray outOfScopeJson(const QList<Core::OutOfScopeMapping> &mappings)
{
    QJsonArray array;
    for (const Core::OutOfScopeMapping &m : mappings)
        array.append(QJsonObject{{QStringLiteral("control"), m.control}, {QStringLiteral("criterion"), m.criterion}});
    return array;
}

int runControlsImport(const Invocation &invocation)
{
    const QString matrix = invocation.argument(1);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto result = workpaper.controls().importFile(matrix);
        if (!result)
            return failure(result.error());
        reportMatrixWarnings(matrix, *result);
        if (invocation.json()) {
            printJson(
                QJsonObject{{QStringLiteral("imported"), result->added},
                            {QStringLiteral("unknown_headers"), QJsonArray::fromStringList(result->unknownHeaders)},
                            {QStringLiteral("encoding"), result->encoding},
                            {QStringLiteral("out_of_scope"), outOfScopeJson(result->outOfScope)}});
            return kExitOk;
        }
        printLine(tr("Imported %1 into %2; controls added: %3.")
                      .arg(QFileInfo(matrix).fileName(), invocation.file())
                      .arg(result->added));
        return kExitOk;
    });
}

void printControl(const Core::Control &control)
{
    QStringList facts{Core::frequencyKey(control.frequency), Core::controlTypeKey(control.type)};
    if (control.key)
        facts << tr("key");
    if (!control.owner.isEmpty())
        facts << tr("owner: %1").arg(control.owner);
    printLine(QStringLiteral("%1  %2  [%3]")
                  .arg(control.id, control.criteria.join(QStringLiteral(", ")), facts.join(QStringLiteral(", "))));
    printLine(QStringLiteral("    ") + control.description);
}

int runControlsList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto controls = workpaper.controls().list();
        if (!controls)
            return failure(controls.error());
        if (invocation.json()) {
            QJsonArray list;
            for (const Core::Control &control : *controls)
                list.append(Core::controlToJson(control));
            printJson(list);
            return kExitOk;
        }
        for (const Core::Control &control : *controls)
            printControl(control);
        printLine(tr("Controls: %1.").arg(controls->size()));
        return kExitOk;
    });
}

QJsonObject coverageJson(const Core::CoverageRow &row)
{
    return {{QStringLiteral("criterion"), row.criterion.id},
            {QStringLiteral("category"), Core::categoryKey(row.criterion.category)},
            {QStringLiteral("title"), row.criterion.title},
            {QStringLiteral("controls"), QJsonArray::fromStringList(row.controls)}};
}

// Two sections, as the rows come: criteria without a control, then the covered ones with their controls.
void printCoverage(const QList<Core::CoverageRow> &rows)
{
    qsizetype uncovered = 0;
    while (uncovered < rows.size() && rows.at(uncovered).controls.isEmpty())
        ++uncovered;
    if (uncovered > 0)
        printLine(tr("Criteria without a control:"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Core::CoverageRow &row = rows.at(i);
        if (i == uncovered)
            printLine(tr("Criteria with controls:"));
        QString line = padded(row.criterion.id, 7) + row.criterion.title;
        if (!row.controls.isEmpty())
            line += QStringLiteral(": ") + row.controls.join(QStringLiteral(", "));
        printLine(line);
    }
    printLine(tr("Criteria in scope: %1; without a control: %2.").arg(rows.size()).arg(uncovered));
}

int runCoverage(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto rows = workpaper.criteria().coverage();
        if (!rows)
            return failure(rows.error());
        if (invocation.json()) {
            QJsonArray list;
            for (const Core::CoverageRow &row : *rows)
                list.append(coverageJson(row));
            printJson(list);
            return kExitOk;
        }
        printCoverage(*rows);
        return kExitOk;
    });
}

} // namespace

QList<Command> controlCommands()
{
    const Argument matrix{QStringLiteral("MATRIX"),
                          tr("The control matrix (.csv or .xlsx) with a header row: control id, description, criteria"
                             " and optionally frequency, type, owner, key.")};
    return {
        {{QStringLiteral("criteria"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption()},
         tr("List the in-scope trust services criteria"),
         tr("JSON: [{\"id\", \"category\", \"title\"}] in catalog order."),
         &runCriteriaList},
        {{QStringLiteral("controls"), QStringLiteral("import")},
         {fileArgument(), matrix},
         {jsonOption()},
         tr("Import a client's control matrix"),
         tr("Headers are matched case-insensitively; unknown headers are reported as warnings on stderr.\n"
            "Criteria are ids separated by \";\" or \",\". Any invalid row (named in the error) or an id that\n"
            "already exists fails the whole import and leaves the workpaper unchanged. A mapping to a criterion\n"
            "outside the engagement's categories is kept and reported as a warning (and in \"out_of_scope\").\n"
            "JSON: {\"imported\", \"unknown_headers\", \"encoding\", \"out_of_scope\": [{\"control\", "
            "\"criterion\"}]}"),
         &runControlsImport},
        {{QStringLiteral("controls"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption()},
         tr("List the engagement's controls"),
         tr("JSON: [{\"id\", \"description\", \"criteria\", \"frequency\", \"type\", \"owner\", \"key\"}]"),
         &runControlsList},
        {{QStringLiteral("coverage")},
         {fileArgument()},
         {jsonOption()},
         tr("Show each in-scope criterion with its controls, uncovered ones first"),
         tr("JSON: [{\"criterion\", \"category\", \"title\", \"controls\"}]; criteria without a control come first,"
            "\nthen the rest, each group in catalog order."),
         &runCoverage},
    };
}

} // namespace Tickmark::Cli
