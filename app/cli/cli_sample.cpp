// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling commands: sample size, sample evaluate, sample draw, sample extend, sample list, sample export.
#include "cli_command.h"
#include "cli_common.h"

#include "engagement/engagementservice.h"
#include "population/populationservice.h"
#include "sampling/evaluation.h"
#include "sampling/frequencytable.h"
#include "sampling/samplesize.h"
#include "sampling/samplingservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace Tickmark::Cli {

namespace {

using Core::SelectionMethod;

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
// A Type II period longer than this many months is not a period a frequency table is meant for; refuse it.
constexpr qint64 kMaxPeriodMonths = 1200;

// Options of `sample size` that belong to one method only.
const QStringList kStatisticalOptions{QStringLiteral("risk"), QStringLiteral("tolerable"), QStringLiteral("expected")};
const QStringList kFrequencyOptions{QStringLiteral("risk-level"), QStringLiteral("automated"),
                                    QStringLiteral("population"), QStringLiteral("period-months"),
                                    QStringLiteral("file")};

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

Result<Core::Rate> rateValue(const Invocation &invocation, const QString &name)
{
    const auto text = requiredValue(invocation, name);
    if (!text)
        return text.error();
    const auto rate = Core::Rate::parse(*text);
    if (!rate)
        return invalid(QStringLiteral("--%1: %2").arg(name, rate.error().detail));
    return *rate;
}

// ---- sample size, statistical ----

QString statisticalText(const Core::StatisticalSize &size, Core::Rate risk, Core::Rate tolerable, Core::Rate expected)
{
    if (size.tooLarge)
        return tr("No sample of %1 items or fewer supports reliance at %2 risk, %3 tolerable, %4 expected (the AICPA"
                  " tables print \"*\"); raise the tolerable rate or lower the expected rate")
            .arg(Core::kMaxStatisticalSampleSize)
            .arg(risk.toString(), tolerable.toString(), expected.toString());
    if (size.expectedDeviations == 1)
        return tr("Sample size %1 (1 expected deviation) at %2 risk, %3 tolerable, %4 expected")
            .arg(size.size)
            .arg(risk.toString(), tolerable.toString(), expected.toString());
    return tr("Sample size %1 (%2 expected deviations) at %3 risk, %4 tolerable, %5 expected")
        .arg(size.size)
        .arg(size.expectedDeviations)
        .arg(risk.toString(), tolerable.toString(), expected.toString());
}

int statisticalSize(const Invocation &invocation)
{
    const auto risk = rateValue(invocation, QStringLiteral("risk"));
    if (!risk)
        return usageError(risk.error().detail);
    const auto tolerable = rateValue(invocation, QStringLiteral("tolerable"));
    if (!tolerable)
        return usageError(tolerable.error().detail);
    const auto expected = rateValue(invocation, QStringLiteral("expected"));
    if (!expected)
        return usageError(expected.error().detail);
    const auto size = Core::statisticalSampleSize(*risk, *tolerable, *expected);
    if (!size)
        return usageError(size.error().detail);
    if (invocation.json()) {
        printJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("statistical")},
                              {QStringLiteral("size"), size->size},
                              {QStringLiteral("expected_deviations"), size->expectedDeviations},
                              {QStringLiteral("too_large"), size->tooLarge},
                              {QStringLiteral("risk"), risk->toDouble()},
                              {QStringLiteral("tolerable"), tolerable->toDouble()},
                              {QStringLiteral("expected"), expected->toDouble()}});
        return kExitOk;
    }
    printLine(statisticalText(*size, *risk, *tolerable, *expected) + QLatin1Char('.'));
    return kExitOk;
}

// ---- sample size, frequency-based ----

struct FrequencyInputs
{
    Core::Frequency frequency = Core::Frequency::Daily;
    Core::RiskLevel riskLevel = Core::RiskLevel::Higher;
    bool automated = false;
    std::optional<qint64> population;
    std::optional<int> periodMonths;
};

Result<Core::RiskLevel> riskLevelValue(const Invocation &invocation)
{
    const QString text = invocation.value(QStringLiteral("risk-level")).trimmed();
    if (!invocation.isSet(QStringLiteral("risk-level")) ||
        text.compare(QLatin1String("higher"), Qt::CaseInsensitive) == 0)
        return Core::RiskLevel::Higher;
    if (text.compare(QLatin1String("lower"), Qt::CaseInsensitive) == 0)
        return Core::RiskLevel::Lower;
    return invalid(tr("--risk-level: \"%1\" is not a risk level; use lower or higher").arg(text));
}

Result<FrequencyInputs> frequencyInputs(const Invocation &invocation)
{
    FrequencyInputs inputs;
    const QString text = invocation.value(QStringLiteral("frequency")).trimmed();
    const auto frequency = Core::frequencyFromText(text);
    if (!frequency)
        return invalid(tr("--frequency: unknown frequency \"%1\"; use annual, quarterly, monthly, weekly, daily,"
                          " multiple-daily or ad-hoc")
                           .arg(text));
    inputs.frequency = *frequency;
    const auto level = riskLevelValue(invocation);
    if (!level)
        return level.error();
    inputs.riskLevel = *level;
    inputs.automated = invocation.isSet(QStringLiteral("automated"));
    if (invocation.isSet(QStringLiteral("population"))) {
        const auto population =
            integerValue(invocation, QStringLiteral("population"), 0, std::numeric_limits<qint64>::max());
        if (!population)
            return population.error();
        inputs.population = *population;
    }
    if (invocation.isSet(QStringLiteral("period-months"))) {
        const auto months = integerValue(invocation, QStringLiteral("period-months"), 1, kMaxPeriodMonths);
        if (!months)
            return months.error();
        inputs.periodMonths = static_cast<int>(*months);
    }
    return inputs;
}

// A number, or null when absent.
QJsonValue optionalJson(bool present, qint64 value)
{
    return present ? QJsonValue(value) : QJsonValue();
}

int printFrequencySize(const Invocation &invocation, const FrequencyInputs &inputs, const Core::FrequencyTable &table)
{
    const Core::FrequencySize size = Core::frequencySampleSize(
        table, inputs.frequency, inputs.riskLevel, inputs.automated, inputs.population, inputs.periodMonths);
    if (!invocation.json()) {
        printLine(tr("Sample size %1.").arg(size.size));
        printLine(size.explanation + QLatin1Char('.'));
        return kExitOk;
    }
    const bool higher = inputs.riskLevel == Core::RiskLevel::Higher;
    printJson(QJsonObject{{QStringLiteral("method"), QStringLiteral("frequency")},
                          {QStringLiteral("size"), size.size},
                          {QStringLiteral("explanation"), size.explanation},
                          {QStringLiteral("frequency"), Core::frequencyKey(inputs.frequency)},
                          {QStringLiteral("risk_level"), higher ? QStringLiteral("higher") : QStringLiteral("lower")},
                          {QStringLiteral("automated"), inputs.automated},
                          {QStringLiteral("population"),
                           optionalJson(inputs.population.has_value(), inputs.population.value_or(0))},
                          {QStringLiteral("period_months"),
                           optionalJson(inputs.periodMonths.has_value(), inputs.periodMonths.value_or(0))}});
    return kExitOk;
}

int frequencySize(const Invocation &invocation)
{
    const auto parsed = frequencyInputs(invocation);
    if (!parsed)
        return usageError(parsed.error().detail);
    if (!invocation.isSet(QStringLiteral("file")))
        return printFrequencySize(invocation, *parsed, Core::FrequencyTable::defaults());
    return withWorkpaper(invocation, invocation.value(QStringLiteral("file")), [&](Core::Workpaper &workpaper) -> int {
        const auto table = workpaper.sampling().frequencyTable();
        if (!table)
            return failure(table.error());
        FrequencyInputs inputs = *parsed;
        if (!inputs.periodMonths) {
            const auto details = workpaper.engagement().details();
            if (!details)
                return failure(details.error());
            inputs.periodMonths = Core::engagementPeriodMonths(*details);
        }
        return printFrequencySize(invocation, inputs, *table);
    });
}

int runSize(const Invocation &invocation)
{
    if (invocation.isSet(QStringLiteral("frequency"))) {
        for (const QString &name : kStatisticalOptions) {
            if (invocation.isSet(name))
                return usageError(tr("sample size: --%1 does not apply with --frequency").arg(name));
        }
        return frequencySize(invocation);
    }
    for (const QString &name : kFrequencyOptions) {
        if (invocation.isSet(name))
            return usageError(tr("sample size: --%1 applies only with --frequency").arg(name));
    }
    bool anyStatistical = false;
    for (const QString &name : kStatisticalOptions)
        anyStatistical = anyStatistical || invocation.isSet(name);
    if (!anyStatistical)
        return usageError(tr("sample size: give --risk, --tolerable and --expected, or --frequency"));
    return statisticalSize(invocation);
}

// ---- sample evaluate ----

QString percentText(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

int printEvaluation(const Invocation &invocation, const Core::Evaluation &evaluation, Core::Rate risk)
{
    if (!invocation.json()) {
        printLine(tr("Deviations: %1 of %2 (%3); upper deviation limit: %4 at %5 risk.")
                      .arg(evaluation.deviations)
                      .arg(evaluation.sampleSize)
                      .arg(percentText(evaluation.deviationRate), percentText(evaluation.upperDeviationLimit),
                           risk.toString()));
        printLine(evaluation.conclusion);
        return kExitOk;
    }
    const auto tolerable = evaluation.tolerableRate;
    const auto supports = evaluation.supportsReliance;
    printJson(QJsonObject{{QStringLiteral("sample_size"), evaluation.sampleSize},
                          {QStringLiteral("deviations"), evaluation.deviations},
                          {QStringLiteral("deviation_rate"), evaluation.deviationRate},
                          {QStringLiteral("upper_deviation_limit"), evaluation.upperDeviationLimit},
                          {QStringLiteral("risk"), risk.toDouble()},
                          {QStringLiteral("tolerable_rate"), tolerable ? QJsonValue(*tolerable) : QJsonValue()},
                          {QStringLiteral("supports_reliance"), supports ? QJsonValue(*supports) : QJsonValue()},
                          {QStringLiteral("conclusion"), evaluation.conclusion}});
    return kExitOk;
}

int runEvaluate(const Invocation &invocation)
{
    const auto size = integerValue(invocation, QStringLiteral("size"), 1, kMaxInt);
    if (!size)
        return usageError(size.error().detail);
    const auto deviations = integerValue(invocation, QStringLiteral("deviations"), 0, kMaxInt);
    if (!deviations)
        return usageError(deviations.error().detail);
    const auto risk = rateValue(invocation, QStringLiteral("risk"));
    if (!risk)
        return usageError(risk.error().detail);
    std::optional<Core::Rate> tolerable;
    if (invocation.isSet(QStringLiteral("tolerable"))) {
        const auto rate = rateValue(invocation, QStringLiteral("tolerable"));
        if (!rate)
            return usageError(rate.error().detail);
        tolerable = *rate;
    }
    const auto evaluation =
        Core::evaluateSample(static_cast<int>(*size), static_cast<int>(*deviations), *risk, tolerable);
    if (!evaluation)
        return usageError(evaluation.error().detail);
    return printEvaluation(invocation, *evaluation, *risk);
}

// ---- sample draw, extend, list, export ----

Result<std::optional<quint64>> seedValue(const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("seed")))
        return std::optional<quint64>();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString text = invocation.value(QStringLiteral("seed"));
    bool ok = false;
    const quint64 seed = text.toULongLong(&ok, 10);
    if (!digits.match(text).hasMatch() || !ok)
        return invalid(tr("--seed: \"%1\" is not a seed; use a whole number from 0 to %2")
                           .arg(text)
                           .arg(std::numeric_limits<quint64>::max()));
    return std::optional<quint64>(seed);
}

Result<SelectionMethod> methodValue(const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("method")))
        return SelectionMethod::Random;
    const QString text = invocation.value(QStringLiteral("method"));
    if (const auto method = Core::selectionMethodFromKey(text))
        return *method;
    return invalid(tr("--method: \"%1\" is not a selection method; use random or systematic").arg(text));
}

QJsonObject sampleJson(const Core::SampleInfo &sample, const QStringList &columns, const QList<QStringList> &rows)
{
    QJsonArray items;
    for (qsizetype i = 0; i < sample.rows.size(); ++i)
        items.append(rowJson(sample.rows.at(i), columns, rows.value(i)));
    // The seed is a string: a JSON number is a double in most readers (jq, JavaScript), which would round a 64-bit
    // seed and so draw a different sample on reperformance.
    return {{QStringLiteral("population"), sample.population},
            {QStringLiteral("method"), Core::selectionMethodKey(sample.method)},
            {QStringLiteral("seed"), QString::number(sample.seed)},
            {QStringLiteral("size"), static_cast<qint64>(sample.rows.size())},
            {QStringLiteral("population_rows"), sample.populationSize},
            {QStringLiteral("basis"), sample.basis},
            {QStringLiteral("drawn_at"), sample.drawnAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("drawn_by"), sample.drawnBy},
            {QStringLiteral("items"), items}};
}

void printSampleText(const Core::SampleInfo &sample, const QStringList &columns, const QList<QStringList> &rows)
{
    printLine(tr("Sample of population \"%1\": %2 selection of %3 of %4 rows, seed %5; drawn %6 by %7.")
                  .arg(sample.population, Core::selectionMethodKey(sample.method))
                  .arg(sample.rows.size())
                  .arg(sample.populationSize)
                  .arg(sample.seed)
                  .arg(sample.drawnAt.toUTC().toString(Qt::ISODate), sample.drawnBy));
    if (!sample.basis.isEmpty())
        printLine(tr("Basis: %1").arg(sample.basis));
    const qsizetype itemWidth = qMax(tr("item").size(), QString::number(sample.rows.size()).size());
    qsizetype rowWidth = tr("row").size();
    for (const qint64 row : sample.rows)
        rowWidth = qMax(rowWidth, QString::number(row).size());
    printLine(padded(tr("item"), itemWidth) + padded(tr("row"), rowWidth) + QStringLiteral("  ") + rowText(columns));
    for (qsizetype i = 0; i < sample.rows.size(); ++i)
        printLine(padded(QString::number(i + 1), itemWidth) + padded(QString::number(sample.rows.at(i)), rowWidth) +
                  QStringLiteral("  ") + rowText(rows.value(i)));
}

// Prints @p sample with the values of its rows, as JSON or text.
int printSample(const Invocation &invocation, Core::Workpaper &workpaper, const Core::SampleInfo &sample)
{
    const auto population = workpaper.populations().find(sample.population);
    if (!population)
        return failure(population.error());
    const QStringList columns = *population ? (*population)->columns : QStringList();
    const auto rows = workpaper.populations().rowsByNumber(sample.populationId, sample.rows);
    if (!rows)
        return failure(rows.error());
    if (invocation.json())
        printJson(sampleJson(sample, columns, *rows));
    else
        printSampleText(sample, columns, *rows);
    return kExitOk;
}

int runDraw(const Invocation &invocation)
{
    const auto population = requiredValue(invocation, QStringLiteral("population"));
    if (!population)
        return usageError(population.error().detail);
    const auto size = integerValue(invocation, QStringLiteral("size"), 1, kMaxInt);
    if (!size)
        return usageError(size.error().detail);
    const auto seed = seedValue(invocation);
    if (!seed)
        return usageError(seed.error().detail);
    const auto method = methodValue(invocation);
    if (!method)
        return usageError(method.error().detail);
    const QString basis = invocation.value(QStringLiteral("basis")).trimmed();
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto sample = workpaper.sampling().draw(*population, static_cast<int>(*size), *method, *seed, basis);
        if (!sample)
            return failure(sample.error());
        if (!*seed && !invocation.json())
            printNote(tr("seed %1 chosen").arg(sample->seed));
        return printSample(invocation, workpaper, *sample);
    });
}

int runExtend(const Invocation &invocation)
{
    const auto population = requiredValue(invocation, QStringLiteral("population"));
    if (!population)
        return usageError(population.error().detail);
    const auto size = integerValue(invocation, QStringLiteral("size"), 1, kMaxInt);
    if (!size)
        return usageError(size.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto sample = workpaper.sampling().extend(*population, static_cast<int>(*size));
        if (!sample)
            return failure(sample.error());
        return printSample(invocation, workpaper, *sample);
    });
}

int runList(const Invocation &invocation)
{
    const auto population = requiredValue(invocation, QStringLiteral("population"));
    if (!population)
        return usageError(population.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto sample = workpaper.sampling().sample(*population);
        if (!sample)
            return failure(sample.error());
        if (!*sample)
            return printError(tr("population \"%1\" has no sample yet; draw one with \"sample draw\"").arg(*population),
                              kExitFailure);
        return printSample(invocation, workpaper, **sample);
    });
}

int runExport(const Invocation &invocation)
{
    const QString out = invocation.argument(1);
    if (!out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usageError(tr("sample export: %1 does not end in .xlsx; the request list is an XLSX workbook").arg(out));
    const auto population = requiredValue(invocation, QStringLiteral("population"));
    if (!population)
        return usageError(population.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.sampling().exportRequest(*population, out); !ok)
            return failure(ok.error());
        printLine(tr("Wrote the request list for the sample of population \"%1\" to %2.").arg(*population, out));
        return kExitOk;
    });
}

QCommandLineOption populationOption()
{
    return QCommandLineOption(QStringLiteral("population"), tr("The population's name (required)."), tr("NAME"));
}

QList<QCommandLineOption> sizeOptions()
{
    return {
        QCommandLineOption(QStringLiteral("risk"), tr("Statistical: risk of overreliance, e.g. 0.05 or 5%."), tr("R")),
        QCommandLineOption(QStringLiteral("tolerable"), tr("Statistical: tolerable deviation rate."), tr("T")),
        QCommandLineOption(QStringLiteral("expected"),
                           tr("Statistical: expected deviation rate, below the tolerable rate."), tr("E")),
        QCommandLineOption(QStringLiteral("frequency"),
                           tr("Frequency-based: annual, quarterly, monthly, weekly, daily, multiple-daily or ad-hoc."),
                           tr("FREQ")),
        QCommandLineOption(QStringLiteral("risk-level"),
                           tr("Frequency-based: the table column, lower or higher (default: higher)."), tr("LEVEL")),
        QCommandLineOption(QStringLiteral("automated"), tr("Frequency-based: an automated control (a test of one).")),
        QCommandLineOption(QStringLiteral("population"),
                           tr("Frequency-based: the population's size; a smaller population is tested whole."),
                           tr("N")),
        QCommandLineOption(QStringLiteral("period-months"),
                           tr("Frequency-based: the period in months (default: the --file engagement's Type II"
                              " period, else a full year)."),
                           tr("M")),
        QCommandLineOption(QStringLiteral("file"),
                           tr("Frequency-based: take the firm table and the period from this workpaper."), tr("FILE")),
        jsonOption(),
    };
}

QList<QCommandLineOption> evaluateOptions()
{
    return {
        QCommandLineOption(QStringLiteral("size"), tr("Items tested (required)."), tr("N")),
        QCommandLineOption(QStringLiteral("deviations"), tr("Deviations found (required)."), tr("K")),
        QCommandLineOption(QStringLiteral("risk"), tr("Risk of overreliance, e.g. 0.05 or 5% (required)."), tr("R")),
        QCommandLineOption(QStringLiteral("tolerable"),
                           tr("Tolerable deviation rate; without it no conclusion on reliance is drawn."), tr("T")),
        jsonOption()};
}

QList<QCommandLineOption> drawOptions()
{
    return {populationOption(),
            QCommandLineOption(QStringLiteral("size"), tr("Items to select (required)."), tr("N")),
            QCommandLineOption(
                QStringLiteral("seed"),
                tr("The seed, a whole number from 0 to 2^64 - 1 (default: a new random seed, reported)."), tr("S")),
            QCommandLineOption(QStringLiteral("method"), tr("random (default) or systematic."), tr("METHOD")),
            QCommandLineOption(QStringLiteral("basis"), tr("How the size was chosen, in words, kept with the sample."),
                               tr("TEXT")),
            jsonOption()};
}

const QString kSampleJson = QStringLiteral(
    "JSON: {\"population\", \"method\", \"seed\" (a decimal string), \"size\", \"population_rows\", \"basis\",\n"
    "\"drawn_at\", \"drawn_by\", \"items\": [{\"row\", \"values\": {column: value}}]} with items in draw order.");

} // namespace

QList<Command> sampleCommands()
{
    const Argument out{QStringLiteral("OUT"), tr("The .xlsx file to write.")};
    return {
        {{QStringLiteral("sample"), QStringLiteral("size")},
         {},
         sizeOptions(),
         tr("Compute a sample size, statistical or frequency-based"),
         tr("Statistical: sample size --risk R --tolerable T --expected E (rates as 0.05 or 5%)\n"
            "  JSON: {\"method\": \"statistical\", \"size\", \"expected_deviations\", \"too_large\", \"risk\",\n"
            "  \"tolerable\", \"expected\"}; too_large is true when no sample of 2,000 or fewer suffices.\n"
            "Frequency-based: sample size --frequency F [--risk-level lower|higher] [--automated]\n"
            "  [--population N] [--period-months M] [--file FILE]\n"
            "  JSON: {\"method\": \"frequency\", \"size\", \"explanation\", \"frequency\", \"risk_level\",\n"
            "  \"automated\", \"population\", \"period_months\"}"),
         &runSize},
        {{QStringLiteral("sample"), QStringLiteral("evaluate")},
         {},
         evaluateOptions(),
         tr("Evaluate a tested sample: upper deviation limit and conclusion"),
         tr("The upper deviation limit is the exact one-sided binomial bound, rounded up to 0.1%.\n"
            "JSON: {\"sample_size\", \"deviations\", \"deviation_rate\", \"upper_deviation_limit\", \"risk\",\n"
            "\"tolerable_rate\", \"supports_reliance\", \"conclusion\"}; rates are fractions (0.077 for 7.7%);\n"
            "tolerable_rate and supports_reliance are null without --tolerable."),
         &runEvaluate},
        {{QStringLiteral("sample"), QStringLiteral("draw")},
         {fileArgument()},
         drawOptions(),
         tr("Select a population's sample and store it"),
         tr("Replaces an earlier sample of the population. Without --seed a seed is chosen and reported\n"
            "(on stderr as \"note: seed S chosen\" unless --json).\n") +
             kSampleJson,
         &runDraw},
        {{QStringLiteral("sample"), QStringLiteral("extend")},
         {fileArgument()},
         {populationOption(), QCommandLineOption(QStringLiteral("size"), tr("The new, larger size."), tr("N")),
          jsonOption()},
         tr("Extend a random sample; its first items stay"),
         tr("Continues the same generator stream from the stored seed. A systematic sample cannot be extended.\n") +
             kSampleJson,
         &runExtend},
        {{QStringLiteral("sample"), QStringLiteral("list")},
         {fileArgument()},
         {populationOption(), jsonOption()},
         tr("Show a population's stored sample with the values of its rows"),
         kSampleJson,
         &runList},
        {{QStringLiteral("sample"), QStringLiteral("export")},
         {fileArgument(), out},
         {populationOption()},
         tr("Write a population's sample as a request list for the client (.xlsx)"),
         tr("One row per item (item number, population row, the population's columns) and empty columns\n"
            "for the client: evidence reference, provided by, date provided, comments."),
         &runExport},
    };
}

} // namespace Tickmark::Cli
