// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Population commands: population import, population list, population show.
#include "cli_command.h"
#include "cli_common.h"

#include "population/populationservice.h"
#include "workpaper/workpaper.h"

#include <QFileInfo>
#include <QJsonArray>

#include <limits>

namespace Tickmark::Cli {

namespace {

// How many rows `population show` prints when --count is not given.
constexpr qint64 kDefaultShowCount = 20;
// The most rows one `population show` call reads (PopulationService::rows takes an int count).
constexpr qint64 kMaxShowCount = 100'000;
// The highest --header-row (PopulationImportOptions::headerRow is an int).
constexpr qint64 kMaxHeaderRow = std::numeric_limits<int>::max();

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

bool isXlsx(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Result<std::optional<QChar>> delimiterValue(const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("delimiter")))
        return std::optional<QChar>();
    const QString text = invocation.value(QStringLiteral("delimiter"));
    if (text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || text == QLatin1String("\\t"))
        return std::optional<QChar>(QLatin1Char('\t'));
    const bool usable = text.size() == 1 && text.at(0).unicode() < 0x80 && text.at(0) != QLatin1Char('"') &&
                        text.at(0) != QLatin1Char('\n') && text.at(0) != QLatin1Char('\r');
    if (!usable)
        return invalid(tr("--delimiter: \"%1\" is not a delimiter; give one ASCII character other than a quote,"
                          " such as \",\" or \";\", or \"tab\"")
                           .arg(text));
    return std::optional<QChar>(text.at(0));
}

// --sheet and --delimiter each belong to one kind of file; refusing the other kind avoids a silently ignored option.
Result<void> checkFormatOptions(const Invocation &invocation, const QString &data)
{
    const QString name = QFileInfo(data).fileName();
    if (invocation.isSet(QStringLiteral("sheet")) && !isXlsx(data))
        return invalid(tr("--sheet applies only to an .xlsx file; %1 is read as CSV").arg(name));
    if (invocation.isSet(QStringLiteral("delimiter")) && isXlsx(data))
        return invalid(tr("--delimiter applies only to a CSV file; %1 is a workbook").arg(name));
    return {};
}

Result<Core::PopulationImportOptions> importOptions(const Invocation &invocation, const QString &data)
{
    if (auto ok = checkFormatOptions(invocation, data); !ok)
        return ok.error();
    const auto name = requiredValue(invocation, QStringLiteral("name"));
    if (!name)
        return name.error();
    const auto control = requiredValue(invocation, QStringLiteral("control"));
    if (!control)
        return control.error();
    const auto delimiter = delimiterValue(invocation);
    if (!delimiter)
        return delimiter.error();
    const auto headerRow = integerValue(invocation, QStringLiteral("header-row"), 1, kMaxHeaderRow, 1);
    if (!headerRow)
        return headerRow.error();
    Core::PopulationImportOptions options;
    options.name = *name;
    options.controlId = *control;
    options.sheet = invocation.value(QStringLiteral("sheet")).trimmed();
    options.delimiter = *delimiter;
    options.headerRow = static_cast<int>(*headerRow);
    return options;
}

QJsonValue sheetJson(const Core::PopulationInfo &info)
{
    return info.sheet.isEmpty() ? QJsonValue() : QJsonValue(info.sheet);
}

QJsonObject importJson(const Core::PopulationImportResult &result)
{
    const Core::PopulationInfo &info = result.info;
    return {{QStringLiteral("name"), info.name},
            {QStringLiteral("control"), info.controlId},
            {QStringLiteral("source"), info.sourceName},
            {QStringLiteral("rows"), info.rowCount},
            {QStringLiteral("columns"), QJsonArray::fromStringList(info.columns)},
            {QStringLiteral("sha256"), QString::fromLatin1(info.sha256)},
            {QStringLiteral("encoding"), info.encoding},
            {QStringLiteral("sheet"), sheetJson(info)},
            {QStringLiteral("skipped_blank_rows"), result.skippedBlankRows}};
}

void reportImportWarnings(const QString &data, const Core::PopulationImportResult &result)
{
    const QString name = QFileInfo(data).fileName();
    if (result.skippedBlankRows > 0)
        printWarning(
            tr("%1: blank rows skipped (not stored, not numbered): %2").arg(name).arg(result.skippedBlankRows));
    if (result.info.encoding == QLatin1String("Windows-1252"))
        printWarning(tr("%1 is not UTF-8; it was read as Windows-1252").arg(name));
    if (result.info.rowCount == 0)
        printWarning(tr("%1 has no data rows: control %2 is concluded as not operated in the period (its event did"
                        " not occur) until a sample is drawn from another population")
                         .arg(name, result.info.controlId));
}

int runImport(const Invocation &invocation)
{
    const QString data = invocation.argument(1);
    const auto options = importOptions(invocation, data);
    if (!options)
        return usageError(options.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto result = workpaper.populations().importFile(data, *options);
        if (!result)
            return failure(result.error());
        reportImportWarnings(data, *result);
        if (invocation.json()) {
            printJson(importJson(*result));
            return kExitOk;
        }
        const Core::PopulationInfo &info = result->info;
        printLine(tr("Imported %1 as population \"%2\" of control %3; rows: %4; columns: %5.")
                      .arg(QFileInfo(data).fileName(), info.name, info.controlId)
                      .arg(info.rowCount)
                      .arg(info.columns.size()));
        printLine(tr("SHA-256 of the file: %1").arg(QString::fromLatin1(info.sha256)));
        return kExitOk;
    });
}

QJsonObject populationJson(const Core::PopulationInfo &info)
{
    return {{QStringLiteral("name"), info.name},
            {QStringLiteral("control"), info.controlId},
            {QStringLiteral("rows"), info.rowCount},
            {QStringLiteral("columns"), QJsonArray::fromStringList(info.columns)},
            {QStringLiteral("sha256"), QString::fromLatin1(info.sha256)},
            {QStringLiteral("source"), info.sourceName},
            {QStringLiteral("encoding"), info.encoding},
            {QStringLiteral("sheet"), sheetJson(info)},
            {QStringLiteral("imported_at"), info.importedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("imported_by"), info.importedBy}};
}

void printPopulations(const QList<Core::PopulationInfo> &populations)
{
    qsizetype nameWidth = 0;
    qsizetype controlWidth = 0;
    for (const Core::PopulationInfo &info : populations) {
        nameWidth = qMax(nameWidth, info.name.size());
        controlWidth = qMax(controlWidth, info.controlId.size());
    }
    for (const Core::PopulationInfo &info : populations)
        printLine(padded(info.name, nameWidth) + padded(info.controlId, controlWidth) +
                  tr("  rows: %1  %2  %3").arg(info.rowCount).arg(info.sourceName, QString::fromLatin1(info.sha256)));
    printLine(tr("Populations: %1.").arg(populations.size()));
}

int runList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto populations = workpaper.populations().list();
        if (!populations)
            return failure(populations.error());
        if (invocation.json()) {
            QJsonArray list;
            for (const Core::PopulationInfo &info : *populations)
                list.append(populationJson(info));
            printJson(list);
            return kExitOk;
        }
        printPopulations(*populations);
        return kExitOk;
    });
}

Result<Core::PopulationInfo> findPopulation(Core::Workpaper &workpaper, const QString &name)
{
    const auto found = workpaper.populations().find(name);
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound,
                    tr("%1: no population named \"%2\"; see \"population list\"").arg(workpaper.path(), name));
    return **found;
}

void printRows(const Core::PopulationInfo &info, qint64 from, const QList<QStringList> &rows)
{
    const qsizetype width = QString::number(from + rows.size()).size();
    printLine(padded(tr("#"), width) + QStringLiteral("  ") + rowText(info.columns));
    for (qsizetype i = 0; i < rows.size(); ++i)
        printLine(padded(QString::number(from + i), width) + QStringLiteral("  ") + rowText(rows.at(i)));
    if (rows.isEmpty())
        printLine(tr("No rows; the population has %1.").arg(info.rowCount));
    else
        printLine(tr("Rows %1 to %2 of %3.").arg(from).arg(from + rows.size() - 1).arg(info.rowCount));
}

int showRows(const Invocation &invocation, Core::Workpaper &workpaper, const QString &name, qint64 from, int count)
{
    const auto info = findPopulation(workpaper, name);
    if (!info)
        return failure(info.error());
    if (from > info->rowCount && info->rowCount > 0)
        return printError(tr("population \"%1\" has %2 rows; --from %3 is past the last one")
                              .arg(info->name)
                              .arg(info->rowCount)
                              .arg(from),
                          kExitFailure);
    const auto rows = workpaper.populations().rows(info->id, from, count);
    if (!rows)
        return failure(rows.error());
    if (!invocation.json()) {
        printRows(*info, from, *rows);
        return kExitOk;
    }
    QJsonArray list;
    for (qsizetype i = 0; i < rows->size(); ++i)
        list.append(rowJson(from + i, info->columns, rows->at(i)));
    printJson(QJsonObject{{QStringLiteral("name"), info->name},
                          {QStringLiteral("columns"), QJsonArray::fromStringList(info->columns)},
                          {QStringLiteral("total_rows"), info->rowCount},
                          {QStringLiteral("rows"), list}});
    return kExitOk;
}

int runShow(const Invocation &invocation)
{
    const auto name = requiredValue(invocation, QStringLiteral("name"));
    if (!name)
        return usageError(name.error().detail);
    const auto from = integerValue(invocation, QStringLiteral("from"), 1, std::numeric_limits<qint64>::max(), 1);
    if (!from)
        return usageError(from.error().detail);
    const auto count = integerValue(invocation, QStringLiteral("count"), 1, kMaxShowCount, kDefaultShowCount);
    if (!count)
        return usageError(count.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        return showRows(invocation, workpaper, *name, *from, static_cast<int>(*count));
    });
}

QList<QCommandLineOption> importOptionList()
{
    return {
        QCommandLineOption(QStringLiteral("control"), tr("The control the population belongs to (required)."),
                           tr("ID")),
        QCommandLineOption(QStringLiteral("name"), tr("The population's name, unique in the engagement (required)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("sheet"), tr("XLSX only: the worksheet to read (default: the first)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("delimiter"),
                           tr("CSV only: the field delimiter, one character or \"tab\" (default: detected among"
                              " , ; tab |)."),
                           tr("CHAR")),
        QCommandLineOption(QStringLiteral("header-row"),
                           tr("The record holding the column names, from 1; the records above it are skipped"
                              " (default: 1)."),
                           tr("N")),
        jsonOption(),
    };
}

} // namespace

QList<Command> populationCommands()
{
    const Argument data{QStringLiteral("DATA"),
                        tr("The client's population file (.csv or .xlsx) with a header row naming the columns.")};
    return {
        {{QStringLiteral("population"), QStringLiteral("import")},
         {fileArgument(), data},
         importOptionList(),
         tr("Import a control's population (the occurrences in the period)"),
         tr("The first record is the header; its names must be non-empty and unique. Data rows are numbered\n"
            "from 1 in file order; entirely blank rows are skipped (a warning says how many); a row with more\n"
            "fields than the header is an error naming the row. A file that is not UTF-8 is read as\n"
            "Windows-1252 with a warning. Any error leaves the workpaper unchanged.\n"
            "JSON: {\"name\", \"control\", \"source\", \"rows\", \"columns\", \"sha256\", \"encoding\", \"sheet\",\n"
            "\"skipped_blank_rows\"}"),
         &runImport},
        {{QStringLiteral("population"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption()},
         tr("List the engagement's populations"),
         tr("JSON: [{\"name\", \"control\", \"rows\", \"columns\", \"sha256\", \"source\", \"encoding\", \"sheet\",\n"
            "\"imported_at\", \"imported_by\"}]"),
         &runList},
        {{QStringLiteral("population"), QStringLiteral("show")},
         {fileArgument()},
         {QCommandLineOption({QStringLiteral("name"), QStringLiteral("population")},
                             tr("The population to show (required; --population, as in the sample commands, works"
                                " too)."),
                             tr("NAME")),
          QCommandLineOption(QStringLiteral("from"), tr("The first row to show, from 1 (default: 1)."), tr("ROW")),
          QCommandLineOption(
              QStringLiteral("count"),
              tr("How many rows to show (default: %1, at most %2).").arg(kDefaultShowCount).arg(kMaxShowCount),
              tr("N")),
          jsonOption()},
         tr("Show rows of a population with their row numbers"),
         tr("JSON: {\"name\", \"columns\", \"total_rows\", \"rows\": [{\"row\", \"values\": {column: value}}]}"),
         &runShow},
    };
}

} // namespace Tickmark::Cli
