// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exception commands: exception list, exception update, exception raise.
#include "cli_command.h"
#include "cli_common.h"

#include "testing/exceptionservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>

#include <limits>

namespace Tickmark::Cli {

namespace {

QJsonValue criterionMetJson(const std::optional<bool> &met)
{
    return met ? QJsonValue(*met) : QJsonValue();
}

QJsonObject exceptionJson(const Core::ControlException &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("control"), e.controlId},
            {QStringLiteral("kind"), Core::exceptionKindKey(e.kind)},
            {QStringLiteral("criteria"), QJsonArray::fromStringList(e.criteria)},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("cause"), e.cause},
            {QStringLiteral("deviations"), e.deviations},
            {QStringLiteral("sample_size"), e.sampleSize},
            {QStringLiteral("management_response"), e.managementResponse},
            {QStringLiteral("assessment"), Core::assessmentKey(e.assessment)},
            {QStringLiteral("criterion_met"), criterionMetJson(e.criterionMet)},
            {QStringLiteral("reasoning"), e.reasoning},
            {QStringLiteral("raised_at"), e.raisedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("raised_by"), e.raisedBy}};
}

QString criterionMetText(const std::optional<bool> &met)
{
    if (!met)
        return tr("not concluded");
    return *met ? tr("criterion met") : tr("criterion not met");
}

void printException(const Core::ControlException &e)
{
    printLine(tr("Exception %1 on control %2 (%3)").arg(e.id).arg(e.controlId, Core::exceptionKindKey(e.kind)));
    printLine(tr("  %1").arg(e.description));
    if (e.kind == Core::ExceptionKind::Operating)
        printLine(tr("  Deviations: %1 of %2").arg(e.deviations).arg(e.sampleSize));
    printLine(tr("  Criteria: %1").arg(e.criteria.isEmpty() ? tr("(none)") : e.criteria.join(QStringLiteral(", "))));
    if (!e.cause.isEmpty())
        printLine(tr("  Cause: %1").arg(e.cause));
    if (!e.managementResponse.isEmpty())
        printLine(tr("  Management response: %1").arg(e.managementResponse));
    printLine(tr("  Assessment: %1; %2").arg(Core::assessmentKey(e.assessment), criterionMetText(e.criterionMet)));
    if (!e.reasoning.isEmpty())
        printLine(tr("  Reasoning: %1").arg(e.reasoning));
}

int runList(const Invocation &invocation)
{
    const QString control = invocation.value(QStringLiteral("control")).trimmed();
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto list = control.isEmpty() ? workpaper.exceptions().list() : workpaper.exceptions().forControl(control);
        if (!list)
            return failure(list.error());
        if (invocation.json()) {
            QJsonArray out;
            for (const Core::ControlException &e : *list)
                out.append(exceptionJson(e));
            printJson(out);
            return kExitOk;
        }
        if (list->isEmpty())
            printLine(tr("No exceptions."));
        for (const Core::ControlException &e : *list)
            printException(e);
        return kExitOk;
    });
}

// Fills @p update from the options; returns an error message for a bad value.
QString readUpdate(const Invocation &invocation, Core::ExceptionUpdate &update)
{
    if (invocation.isSet(QStringLiteral("description")))
        update.description = invocation.value(QStringLiteral("description"));
    if (invocation.isSet(QStringLiteral("cause")))
        update.cause = invocation.value(QStringLiteral("cause"));
    if (invocation.isSet(QStringLiteral("response")))
        update.managementResponse = invocation.value(QStringLiteral("response"));
    if (invocation.isSet(QStringLiteral("reasoning")))
        update.reasoning = invocation.value(QStringLiteral("reasoning"));
    if (invocation.isSet(QStringLiteral("criteria")))
        update.criteria = invocation.value(QStringLiteral("criteria")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (invocation.isSet(QStringLiteral("assessment"))) {
        const QString text = invocation.value(QStringLiteral("assessment"));
        const auto assessment = Core::assessmentFromKey(text);
        if (!assessment)
            return tr("--assessment: \"%1\" is not an assessment; use isolated, systematic or unassessed").arg(text);
        update.assessment = *assessment;
    }
    if (invocation.isSet(QStringLiteral("criterion-met"))) {
        const QString text = invocation.value(QStringLiteral("criterion-met")).trimmed().toLower();
        if (text == QStringLiteral("yes"))
            update.criterionMet = std::optional<bool>(true);
        else if (text == QStringLiteral("no"))
            update.criterionMet = std::optional<bool>(false);
        else if (text == QStringLiteral("unset"))
            update.criterionMet = std::optional<bool>();
        else
            return tr("--criterion-met: \"%1\" is not yes, no or unset").arg(text);
    }
    const bool any = update.description || update.cause || update.managementResponse || update.reasoning ||
                     update.criteria || update.assessment || update.criterionMet;
    if (!any)
        return tr("nothing to change: give at least one of --description, --cause, --response, --criteria,"
                  " --assessment, --criterion-met or --reasoning");
    return {};
}

int runUpdate(const Invocation &invocation)
{
    const auto id = integerValue(invocation, QStringLiteral("id"), 1, std::numeric_limits<qint64>::max());
    if (!id)
        return usageError(id.error().detail);
    Core::ExceptionUpdate update;
    if (const QString problem = readUpdate(invocation, update); !problem.isEmpty())
        return usageError(problem);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.exceptions().update(*id, update); !ok)
            return failure(ok.error());
        const auto updated = workpaper.exceptions().get(*id);
        if (!updated)
            return failure(updated.error());
        if (invocation.json())
            printJson(exceptionJson(*updated));
        else
            printException(*updated);
        return kExitOk;
    });
}

int runRaise(const Invocation &invocation)
{
    const auto control = requiredValue(invocation, QStringLiteral("control"));
    if (!control)
        return usageError(control.error().detail);
    const auto description = requiredValue(invocation, QStringLiteral("description"));
    if (!description)
        return usageError(description.error().detail);
    const QString kindText = invocation.isSet(QStringLiteral("kind")) ? invocation.value(QStringLiteral("kind"))
                                                                      : QStringLiteral("design");
    const auto kind = Core::exceptionKindFromKey(kindText);
    if (!kind)
        return usageError(tr("--kind: \"%1\" is not a kind; use design, description or operating").arg(kindText));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto id = workpaper.exceptions().raise(*control, *kind, *description);
        if (!id)
            return failure(id.error());
        if (invocation.json())
            printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            printLine(tr("Raised exception %1 on control %2.").arg(*id).arg(*control));
        return kExitOk;
    });
}

} // namespace

QList<Command> exceptionCommands()
{
    return {
        {{QStringLiteral("exception"), QStringLiteral("list")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("control"), tr("Only this control's exceptions."), tr("ID")), jsonOption()},
         tr("List the exceptions, with live deviation counts"),
         tr("JSON: [{\"id\", \"control\", \"kind\", \"criteria\": [], \"description\", \"cause\", \"deviations\",\n"
            "\"sample_size\", \"management_response\", \"assessment\", \"criterion_met\": bool or null,\n"
            "\"reasoning\", \"raised_at\", \"raised_by\"}]. A recorded deviation creates or joins the control's\n"
            "operating exception; \"deviations\" of \"sample_size\" are counted from the results as they stand."),
         &runList},
        {{QStringLiteral("exception"), QStringLiteral("update")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("id"), tr("The exception's id (required)."), tr("ID")),
          QCommandLineOption(QStringLiteral("description"), tr("The exception's description."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("cause"), tr("The cause of the deviations."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("response"), tr("Management's response."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("criteria"), tr("Affected criteria, comma-separated (e.g. CC7.1,CC8.1)."),
                             tr("LIST")),
          QCommandLineOption(QStringLiteral("assessment"), tr("isolated, systematic or unassessed."), tr("A")),
          QCommandLineOption(QStringLiteral("criterion-met"), tr("Whether the criteria are still met: yes, no or unset."),
                             tr("yes|no")),
          QCommandLineOption(QStringLiteral("reasoning"), tr("The reasoning for the assessment and conclusion."),
                             tr("TEXT")),
          jsonOption()},
         tr("Change an exception's description, cause, response, criteria, assessment or conclusion"),
         tr("Unknown criterion ids are an error naming the id."),
         &runUpdate},
        {{QStringLiteral("exception"), QStringLiteral("raise")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("control"), tr("The control's ID (required)."), tr("ID")),
          QCommandLineOption(QStringLiteral("kind"), tr("design (default), description or operating."), tr("KIND")),
          QCommandLineOption(QStringLiteral("description"), tr("What was found (required)."), tr("TEXT")),
          jsonOption()},
         tr("Raise an exception by hand (a design or description matter)"),
         tr("JSON: {\"id\"}."),
         &runRaise},
    };
}

} // namespace Tickmark::Cli
