// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Audit trail commands: log verify, log list.
#include "cli_command.h"
#include "cli_common.h"

#include "audit/audittrail.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>

namespace Tickmark::Cli {

namespace {

QJsonObject reportJson(const Core::ChainReport &report)
{
    return {{QStringLiteral("ok"), report.ok},
            {QStringLiteral("events"), report.events},
            {QStringLiteral("first_broken"), report.ok ? QJsonValue() : QJsonValue(report.firstBroken)},
            {QStringLiteral("problem"), report.ok ? QJsonValue() : QJsonValue(report.problem)}};
}

int runVerify(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto report = workpaper.auditTrail().verify();
        if (!report)
            return failure(report.error());
        if (invocation.json())
            printJson(reportJson(*report));
        if (!report->ok)
            return printError(tr("audit trail broken at event %1: %2").arg(report->firstBroken).arg(report->problem),
                              kExitFailure);
        if (!invocation.json())
            printLine(tr("%1: audit trail intact; events verified: %2.").arg(invocation.file()).arg(report->events));
        return kExitOk;
    });
}

QJsonObject eventJson(const Core::AuditEvent &event)
{
    return {
        {QStringLiteral("seq"), event.seq},       {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), event.user},     {QStringLiteral("initials"), event.initials},
        {QStringLiteral("role"), event.role},     {QStringLiteral("object"), event.object},
        {QStringLiteral("action"), event.action}, {QStringLiteral("summary"), event.summary}};
}

int runList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        Core::AuditFilter filter;
        filter.objectPrefix = invocation.value(QStringLiteral("object"));
        const auto events = workpaper.auditTrail().events(filter);
        if (!events)
            return failure(events.error());
        if (invocation.json()) {
            QJsonArray list;
            for (const Core::AuditEvent &event : *events)
                list.append(eventJson(event));
            printJson(list);
            return kExitOk;
        }
        for (const Core::AuditEvent &event : *events)
            printLine(QStringLiteral("%1  %2  %3 (%4, %5)  %6 %7")
                          .arg(event.seq)
                          .arg(event.at.toUTC().toString(Qt::ISODate), event.user, event.initials, event.role,
                               event.action, event.object));
        return kExitOk;
    });
}

} // namespace

QList<Command> logCommands()
{
    return {
        {{QStringLiteral("log"), QStringLiteral("verify")},
         {fileArgument()},
         {jsonOption()},
         tr("Check the audit trail's hash chain"),
         tr("Exits with status 1 and \"error: audit trail broken at event N: ...\" when an event was altered,\n"
            "removed or unlinked. JSON: {\"ok\", \"events\", \"first_broken\" (null when ok), \"problem\"}"),
         &runVerify},
        {{QStringLiteral("log"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption(),
          QCommandLineOption(QStringLiteral("object"),
                             tr("Only events on objects starting with REF, e.g. control: or control:CTL-01."),
                             tr("REF"))},
         tr("List the audit trail's events"),
         tr("JSON: [{\"seq\", \"at\", \"user\", \"initials\", \"role\", \"object\", \"action\", \"summary\"}];\n"
            "\"summary\" is the before/after summary as stored (compact JSON text)."),
         &runList},
    };
}

} // namespace Tickmark::Cli
