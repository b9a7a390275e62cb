// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Request (PBC list) commands: request add, request list, request status, request export.
#include "cli_command.h"
#include "cli_common.h"

#include "evidence/requestservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Tickmark::Cli {

namespace {

QStringList controlValues(const Invocation &invocation)
{
    QStringList controls;
    for (const QString &value : invocation.values(QStringLiteral("control"))) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const QString id = part.trimmed(); !id.isEmpty() && !controls.contains(id))
                controls << id;
        }
    }
    return controls;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject requestJson(const Core::EvidenceRequest &r, const QDate &today)
{
    QJsonArray history;
    for (const Core::RequestStatusChange &c : r.history)
        history.append(QJsonObject{{QStringLiteral("status"), Core::requestStatusKey(c.status)},
                                   {QStringLiteral("note"), c.note},
                                   {QStringLiteral("by"), c.by},
                                   {QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate)}});
    return {{QStringLiteral("ref"), r.ref},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("controls"), QJsonArray::fromStringList(r.controls)},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("due"), dateJson(r.due)},
            {QStringLiteral("status"), Core::requestStatusKey(r.status)},
            {QStringLiteral("overdue"), r.overdue(today)},
            {QStringLiteral("packages"), QJsonArray::fromStringList(r.packages)},
            {QStringLiteral("history"), history}};
}

int runAdd(const Invocation &invocation)
{
    Core::EvidenceRequest request;
    const auto description = requiredValue(invocation, QStringLiteral("description"));
    if (!description)
        return usageError(description.error().detail);
    request.description = *description;
    request.ref = invocation.value(QStringLiteral("ref")).trimmed();
    request.owner = invocation.value(QStringLiteral("owner")).trimmed();
    request.controls = controlValues(invocation);
    if (const QString due = invocation.value(QStringLiteral("due")).trimmed(); !due.isEmpty()) {
        request.due = QDate::fromString(due, Qt::ISODate);
        if (!request.due.isValid())
            return usageError(tr("request add: --due \"%1\" is not a date; use YYYY-MM-DD").arg(due));
    }
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto ref = workpaper.requests().add(request);
        if (!ref)
            return failure(ref.error());
        if (invocation.json())
            printJson(QJsonObject{{QStringLiteral("ref"), *ref}});
        else
            printLine(tr("Added request %1.").arg(*ref));
        return kExitOk;
    });
}

int runList(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto requests = workpaper.requests().list();
        if (!requests)
            return failure(requests.error());
        const QDate today = workpaper.clock().now().toLocalTime().date();
        if (invocation.json()) {
            QJsonArray array;
            for (const Core::EvidenceRequest &r : *requests)
                array.append(requestJson(r, today));
            printJson(array);
            return kExitOk;
        }
        if (requests->isEmpty()) {
            printLine(tr("No requests."));
            return kExitOk;
        }
        for (const Core::EvidenceRequest &r : *requests) {
            QStringList fields{r.ref, Core::requestStatusKey(r.status), r.description};
            if (r.due.isValid())
                fields << tr("due %1").arg(r.due.toString(Qt::ISODate));
            if (r.overdue(today))
                fields << tr("OVERDUE");
            if (!r.owner.isEmpty())
                fields << tr("owner: %1").arg(r.owner);
            if (!r.controls.isEmpty())
                fields << tr("controls: %1").arg(r.controls.join(QStringLiteral(", ")));
            if (!r.packages.isEmpty())
                fields << tr("evidence: %1").arg(r.packages.join(QStringLiteral(", ")));
            printLine(rowText(fields));
        }
        return kExitOk;
    });
}

int runStatus(const Invocation &invocation)
{
    const auto ref = requiredValue(invocation, QStringLiteral("ref"));
    if (!ref)
        return usageError(ref.error().detail);
    const auto key = requiredValue(invocation, QStringLiteral("status"));
    if (!key)
        return usageError(key.error().detail);
    const auto status = Core::requestStatusFromKey(*key);
    if (!status)
        return usageError(
            tr("request status: --status \"%1\" is not one of open, received, accepted, rejected").arg(*key));
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto done = workpaper.requests().setStatus(*ref, *status, invocation.value(QStringLiteral("note")));
        if (!done)
            return failure(done.error());
        printLine(tr("Request %1 is now %2.").arg(*ref, Core::requestStatusKey(*status)));
        return kExitOk;
    });
}

int runExport(const Invocation &invocation)
{
    const QString out = invocation.argument(1);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto done = workpaper.requests().exportList(out);
        if (!done)
            return failure(done.error());
        printLine(tr("Wrote the request list to %1.").arg(out));
        return kExitOk;
    });
}

} // namespace

QList<Command> requestCommands()
{
    return {
        {{QStringLiteral("request"), QStringLiteral("add")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("description"), tr("What the client is asked to provide."), tr("TEXT")),
          QCommandLineOption(QStringLiteral("ref"), tr("The request's reference (default: the next R-NNN)."),
                             tr("R")),
          QCommandLineOption(QStringLiteral("control"), tr("A related control (repeat for several)."), tr("ID")),
          QCommandLineOption(QStringLiteral("owner"), tr("The client's person responsible."), tr("NAME")),
          QCommandLineOption(QStringLiteral("due"), tr("Due date."), tr("YYYY-MM-DD")), jsonOption()},
         tr("Add a request to the PBC (provided by client) list"),
         tr("Prints the new request's reference. JSON: {\"ref\"}"),
         &runAdd},
        {{QStringLiteral("request"), QStringLiteral("list")},
         {fileArgument()},
         {jsonOption()},
         tr("List the requests with their status"),
         tr("JSON: [{\"ref\", \"description\", \"controls\", \"owner\", \"due\", \"status\", \"overdue\",\n"
            "\"packages\", \"history\": [{\"status\", \"note\", \"by\", \"at\"}]}], by ref. A request is overdue\n"
            "when it is still open after its due date."),
         &runList},
        {{QStringLiteral("request"), QStringLiteral("status")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("ref"), tr("The request."), tr("R")),
          QCommandLineOption(QStringLiteral("status"), tr("open, received, accepted or rejected."), tr("STATUS")),
          QCommandLineOption(QStringLiteral("note"), tr("Why (kept in the request's history)."), tr("TEXT"))},
         tr("Change a request's status"),
         tr("Importing evidence with --request moves an open request to received by itself."),
         &runStatus},
        {{QStringLiteral("request"), QStringLiteral("export")},
         {fileArgument(), {QStringLiteral("OUTFILE"), tr("The .xlsx or .csv file to write.")}},
         {},
         tr("Write the request list to send to the client (.xlsx or .csv)"),
         tr("Columns: Ref, Description, Controls, Owner, Due, Status, Overdue, Evidence received, Client comments."),
         &runExport},
    };
}

} // namespace Tickmark::Cli
