// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement commands: new, info.
#include "cli_command.h"
#include "cli_common.h"

#include "controls/controlservice.h"
#include "engagement/engagementservice.h"
#include "population/populationservice.h"
#include "sample/sampleengagement.h"
#include "evidence/evidenceservice.h"
#include "testing/exceptionservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tickmark::Cli {

namespace {

using Core::Category;
using Core::ReportType;

// Options of `new` that describe an engagement (all refused together with --sample).
const QStringList kDetailOptions{QStringLiteral("client"),     QStringLiteral("system"), QStringLiteral("type"),
                                 QStringLiteral("as-of"),      QStringLiteral("from"),   QStringLiteral("to"),
                                 QStringLiteral("categories"), QStringLiteral("firm"),   QStringLiteral("partner"),
                                 QStringLiteral("firm-city")};

Error invalid(const QString &detail)
{
    return fail(ErrorCode::InvalidArgument, detail);
}

Result<void> requireOptions(const Invocation &invocation, const QStringList &names)
{
    for (const QString &name : names) {
        if (invocation.value(name).trimmed().isEmpty())
            return invalid(tr("new: --%1 is required").arg(name));
    }
    return {};
}

Result<void> refuseOptions(const Invocation &invocation, const QStringList &names, const QString &why)
{
    for (const QString &name : names) {
        if (invocation.isSet(name))
            return invalid(tr("new: --%1 does not apply: %2").arg(name, why));
    }
    return {};
}

Result<QDate> dateOption(const Invocation &invocation, const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = invocation.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return invalid(tr("--%1: \"%2\" is not a valid date; use YYYY-MM-DD").arg(name, text));
    return date;
}

Result<ReportType> typeOption(const Invocation &invocation)
{
    const QString text = invocation.value(QStringLiteral("type")).trimmed();
    const QString upper = text.toUpper();
    if (upper == QLatin1String("1") || upper == QLatin1String("I"))
        return ReportType::TypeI;
    if (upper == QLatin1String("2") || upper == QLatin1String("II"))
        return ReportType::TypeII;
    return invalid(tr("--type: \"%1\" is not a report type; use 1 (Type I) or 2 (Type II)").arg(text));
}

Result<QList<Category>> categoriesOption(const Invocation &invocation)
{
    QList<Category> chosen{Category::Security};
    const QStringList keys = invocation.value(QStringLiteral("categories")).split(QLatin1Char(','));
    for (const QString &key : keys) {
        if (key.trimmed().isEmpty())
            continue;
        const auto category = Core::categoryFromKey(key);
        if (!category)
            return invalid(tr("--categories: unknown category \"%1\"; use security, availability,"
                              " processing-integrity, confidentiality or privacy")
                               .arg(key.trimmed()));
        chosen << *category;
    }
    QList<Category> ordered;
    for (Category category : Core::allCategories()) {
        if (chosen.contains(category))
            ordered << category;
    }
    return ordered;
}

Result<void> readTypeOne(const Invocation &invocation, Core::EngagementDetails &details)
{
    const QStringList period{QStringLiteral("from"), QStringLiteral("to")};
    if (auto ok = refuseOptions(invocation, period, tr("a Type I report is as of one date (--as-of)")); !ok)
        return ok;
    if (auto ok = requireOptions(invocation, {QStringLiteral("as-of")}); !ok)
        return ok;
    const auto asOf = dateOption(invocation, QStringLiteral("as-of"));
    if (!asOf)
        return asOf.error();
    details.asOf = *asOf;
    return {};
}

Result<void> readTypeTwo(const Invocation &invocation, Core::EngagementDetails &details)
{
    const QStringList asOf{QStringLiteral("as-of")};
    if (auto ok = refuseOptions(invocation, asOf, tr("a Type II report covers a period (--from, --to)")); !ok)
        return ok;
    if (auto ok = requireOptions(invocation, {QStringLiteral("from"), QStringLiteral("to")}); !ok)
        return ok;
    const auto from = dateOption(invocation, QStringLiteral("from"));
    if (!from)
        return from.error();
    const auto to = dateOption(invocation, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (*to <= *from)
        return invalid(
            tr("--to: %1 is not after --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    details.periodFrom = *from;
    details.periodTo = *to;
    return {};
}

Result<Core::EngagementDetails> detailsFromOptions(const Invocation &invocation)
{
    const QStringList required{QStringLiteral("client"), QStringLiteral("system"), QStringLiteral("type")};
    if (auto ok = requireOptions(invocation, required); !ok)
        return ok.error();
    Core::EngagementDetails details;
    details.client = invocation.value(QStringLiteral("client")).trimmed();
    details.system = invocation.value(QStringLiteral("system")).trimmed();
    const auto type = typeOption(invocation);
    if (!type)
        return type.error();
    details.type = *type;
    auto period =
        details.type == ReportType::TypeI ? readTypeOne(invocation, details) : readTypeTwo(invocation, details);
    if (!period)
        return period.error();
    const auto categories = categoriesOption(invocation);
    if (!categories)
        return categories.error();
    details.categories = *categories;
    details.firm = invocation.value(QStringLiteral("firm")).trimmed();
    details.partner = invocation.value(QStringLiteral("partner")).trimmed();
    details.firmCity = invocation.value(QStringLiteral("firm-city")).trimmed();
    return details;
}

QString describePeriod(const Core::EngagementDetails &details)
{
    if (details.type == ReportType::TypeI)
        return tr("SOC 2 Type I as of %1").arg(details.asOf.toString(Qt::ISODate));
    return tr("SOC 2 Type II, %1 to %2")
        .arg(details.periodFrom.toString(Qt::ISODate), details.periodTo.toString(Qt::ISODate));
}

QString categoryNames(const QList<Category> &categories)
{
    QStringList names;
    for (Category category : categories)
        names << Core::categoryName(category);
    return names.join(QStringLiteral(", "));
}

int createSample(const Invocation &invocation)
{
    for (const QString &name : kDetailOptions) {
        if (invocation.isSet(name))
            return usageError(tr("new: --sample cannot be combined with --%1").arg(name));
    }
    const auto actor = resolveActor(invocation);
    if (!actor)
        return usageError(actor.error().detail);
    const auto workpaper = Core::createSampleEngagement(invocation.file(), *actor);
    if (!workpaper)
        return failure(workpaper.error());
    const auto count = (*workpaper)->controls().count();
    printLine(
        tr("Created %1 with the sample engagement; controls: %2.").arg(invocation.file()).arg(count ? *count : 0));
    return kExitOk;
}

int runNew(const Invocation &invocation)
{
    if (invocation.isSet(QStringLiteral("sample")))
        return createSample(invocation);
    const auto details = detailsFromOptions(invocation);
    if (!details)
        return usageError(details.error().detail);
    const auto actor = resolveActor(invocation);
    if (!actor)
        return usageError(actor.error().detail);
    const auto workpaper = Core::Workpaper::create(invocation.file(), *details, *actor);
    if (!workpaper)
        return failure(workpaper.error());
    for (const QString &warning : Core::engagementWarnings(*details))
        printWarning(warning);
    printLine(tr("Created %1: %2 for %3 (%4); %5.")
                  .arg(invocation.file(), describePeriod(*details), details->client, details->system,
                       categoryNames(details->categories)));
    return kExitOk;
}

// Counts shown by `info`.
struct InfoCounts
{
    int controls = 0;
    qsizetype populations = 0;
    qsizetype evidenceItems = 0;
    qsizetype exceptions = 0;
};

QJsonObject infoJson(const Core::Workpaper &workpaper, const Core::EngagementDetails &details, const InfoCounts &counts)
{
    QJsonObject info{{QStringLiteral("client"), details.client},
                     {QStringLiteral("system"), details.system},
                     {QStringLiteral("type"), static_cast<int>(details.type)}};
    if (details.type == ReportType::TypeI) {
        info.insert(QStringLiteral("as_of"), details.asOf.toString(Qt::ISODate));
    } else {
        info.insert(QStringLiteral("from"), details.periodFrom.toString(Qt::ISODate));
        info.insert(QStringLiteral("to"), details.periodTo.toString(Qt::ISODate));
    }
    QJsonArray categories;
    for (Category category : details.categories)
        categories.append(Core::categoryKey(category));
    info.insert(QStringLiteral("categories"), categories);
    info.insert(QStringLiteral("schema_version"), workpaper.schemaVersion());
    info.insert(QStringLiteral("controls"), counts.controls);
    info.insert(QStringLiteral("evidence_items"), static_cast<qint64>(counts.evidenceItems));
    info.insert(QStringLiteral("populations"), static_cast<qint64>(counts.populations));
    info.insert(QStringLiteral("exceptions"), static_cast<qint64>(counts.exceptions));
    info.insert(QStringLiteral("issued"), workpaper.isLocked());
    return info;
}

void printInfo(const Core::Workpaper &workpaper, const Core::EngagementDetails &details, const InfoCounts &counts)
{
    QList<std::pair<QString, QString>> rows{{tr("File"), workpaper.path()},
                                            {tr("Client"), details.client},
                                            {tr("System"), details.system},
                                            {tr("Report"), describePeriod(details)},
                                            {tr("Categories"), categoryNames(details.categories)}};
    if (!details.firm.isEmpty())
        rows.append({tr("Firm"), details.firmCity.isEmpty() ? details.firm
                                                            : details.firm + QStringLiteral(", ") + details.firmCity});
    if (!details.partner.isEmpty())
        rows.append({tr("Partner"), details.partner});
    rows.append({tr("Controls"), QString::number(counts.controls)});
    rows.append({tr("Evidence items"), QString::number(counts.evidenceItems)});
    rows.append({tr("Populations"), QString::number(counts.populations)});
    rows.append({tr("Exceptions"), QString::number(counts.exceptions)});
    rows.append({tr("Status"), workpaper.isLocked() ? tr("issued (locked)") : tr("draft")});
    rows.append({tr("Schema version"), QString::number(workpaper.schemaVersion())});
    qsizetype width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, row.first.size() + 1);
    for (const auto &[label, value] : std::as_const(rows))
        printLine((label + QLatin1Char(':')).leftJustified(width + 1) + value);
}

int runInfo(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto details = workpaper.engagement().details();
        if (!details)
            return failure(details.error());
        const auto controls = workpaper.controls().count();
        if (!controls)
            return failure(controls.error());
        const auto populations = workpaper.populations().list();
        if (!populations)
            return failure(populations.error());
        const auto evidence = workpaper.evidence().list();
        if (!evidence)
            return failure(evidence.error());
        const auto exceptions = workpaper.exceptions().list();
        if (!exceptions)
            return failure(exceptions.error());
        const InfoCounts counts{*controls, populations->size(), evidence->size(), exceptions->size()};
        if (invocation.json())
            printJson(infoJson(workpaper, *details, counts));
        else
            printInfo(workpaper, *details, counts);
        return kExitOk;
    });
}

QList<QCommandLineOption> newOptions()
{
    return {
        QCommandLineOption(QStringLiteral("client"), tr("The service organization's name."), tr("NAME")),
        QCommandLineOption(QStringLiteral("system"), tr("The system's name as the report states it."), tr("NAME")),
        QCommandLineOption(QStringLiteral("type"), tr("Report type: 1 (Type I) or 2 (Type II)."), tr("1|2")),
        QCommandLineOption(QStringLiteral("as-of"), tr("Type I: the as-of date."), tr("DATE")),
        QCommandLineOption(QStringLiteral("from"), tr("Type II: the first day of the period."), tr("DATE")),
        QCommandLineOption(QStringLiteral("to"), tr("Type II: the last day of the period."), tr("DATE")),
        QCommandLineOption(QStringLiteral("categories"),
                           tr("Comma-separated categories in scope besides security: availability,"
                              " processing-integrity, confidentiality, privacy."),
                           tr("LIST")),
        QCommandLineOption(QStringLiteral("firm"), tr("The service auditor's firm."), tr("NAME")),
        QCommandLineOption(QStringLiteral("partner"), tr("The engagement partner."), tr("NAME")),
        QCommandLineOption(QStringLiteral("firm-city"), tr("City printed with the firm's signature."), tr("CITY")),
        QCommandLineOption(QStringLiteral("sample"), tr("Create the bundled fictional sample engagement instead.")),
    };
}

} // namespace

QList<Command> engagementCommands()
{
    return {
        {{QStringLiteral("new")},
         {fileArgument(tr("The workpaper to create; an existing file is never overwritten."))},
         newOptions(),
         tr("Create a workpaper for a new engagement (or the sample one)"),
         tr("Type I:  new FILE --client NAME --system NAME --type 1 --as-of DATE\n"
            "Type II: new FILE --client NAME --system NAME --type 2 --from DATE --to DATE\n"
            "Sample:  new FILE --sample\n"
            "Dates are ISO 8601 (2026-01-31). Security is always in scope. A Type II period shorter than 3\n"
            "or longer than 12 months is allowed with a warning on stderr."),
         &runNew},
        {{QStringLiteral("info")},
         {fileArgument()},
         {jsonOption()},
         tr("Show the engagement and what the workpaper holds"),
         tr("JSON: {\"client\", \"system\", \"type\", \"as_of\" | \"from\", \"to\", \"categories\",\n"
            "\"schema_version\", \"controls\", \"evidence_items\", \"populations\", \"exceptions\", \"issued\"}"),
         &runInfo},
    };
}

} // namespace Tickmark::Cli
