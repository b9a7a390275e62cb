// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Review commands: review note|reply|clear|signoff|notes|status, and engagement reopen.
#include "cli_command.h"
#include "cli_common.h"

#include "review/reviewservice.h"
#include "workpaper/workpaper.h"

#include <QJsonArray>

#include <limits>

namespace Tickmark::Cli {

namespace {

QJsonObject noteJson(const Core::ReviewNote &note)
{
    QJsonArray thread;
    for (const Core::NoteMessage &m : note.thread)
        thread.append(QJsonObject{{QStringLiteral("text"), m.text},
                                  {QStringLiteral("by"), m.by},
                                  {QStringLiteral("at"), m.at.toUTC().toString(Qt::ISODate)}});
    const Core::NoteMessage first = note.thread.value(0);
    QJsonObject o{{QStringLiteral("id"), note.id},
                  {QStringLiteral("object"), note.object},
                  {QStringLiteral("status"), Core::noteStatusKey(note.status)},
                  {QStringLiteral("text"), first.text},
                  {QStringLiteral("by"), first.by},
                  {QStringLiteral("at"), first.at.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("thread"), thread}};
    if (note.status == Core::NoteStatus::Cleared) {
        o.insert(QStringLiteral("cleared_by"), note.clearedBy);
        o.insert(QStringLiteral("cleared_at"), note.clearedAt.toUTC().toString(Qt::ISODate));
    }
    return o;
}

QJsonObject signOffJson(const Core::SignOff &s)
{
    return {{QStringLiteral("object"), s.object},
            {QStringLiteral("role"), Core::signOffRoleKey(s.role)},
            {QStringLiteral("by"), s.by},
            {QStringLiteral("at"), s.at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("hash"), s.contentHash},
            {QStringLiteral("stale"), s.stale}};
}

void printNote(const Core::ReviewNote &note)
{
    printLine(tr("Note %1 on %2 (%3)").arg(note.id).arg(note.object, Core::noteStatusKey(note.status)));
    for (const Core::NoteMessage &m : note.thread)
        printLine(QStringLiteral("  %1, %2: %3").arg(m.by, m.at.toUTC().toString(Qt::ISODate), rowText({m.text})));
    if (note.status == Core::NoteStatus::Cleared)
        printLine(tr("  cleared by %1 at %2").arg(note.clearedBy, note.clearedAt.toUTC().toString(Qt::ISODate)));
}

Result<qint64> noteId(const Invocation &invocation)
{
    return integerValue(invocation, QStringLiteral("note"), 1, std::numeric_limits<qint64>::max());
}

int runNote(const Invocation &invocation)
{
    const auto object = requiredValue(invocation, QStringLiteral("object"));
    if (!object)
        return usageError(object.error().detail);
    const auto text = requiredValue(invocation, QStringLiteral("text"));
    if (!text)
        return usageError(text.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto id = workpaper.review().addNote(*object, *text);
        if (!id)
            return failure(id.error());
        if (invocation.json())
            printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            printLine(tr("Opened review note %1 on %2.").arg(*id).arg(*object));
        return kExitOk;
    });
}

int runReply(const Invocation &invocation)
{
    const auto id = noteId(invocation);
    if (!id)
        return usageError(id.error().detail);
    const auto text = requiredValue(invocation, QStringLiteral("text"));
    if (!text)
        return usageError(text.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.review().reply(*id, *text); !ok)
            return failure(ok.error());
        printLine(tr("Replied to review note %1.").arg(*id));
        return kExitOk;
    });
}

int runClear(const Invocation &invocation)
{
    const auto id = noteId(invocation);
    if (!id)
        return usageError(id.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.review().clear(*id); !ok)
            return failure(ok.error());
        printLine(tr("Cleared review note %1.").arg(*id));
        return kExitOk;
    });
}

int runSignOff(const Invocation &invocation)
{
    const auto object = requiredValue(invocation, QStringLiteral("object"));
    if (!object)
        return usageError(object.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const Core::SignOffRole role = workpaper.review().defaultSignOffRole();
        if (auto ok = workpaper.review().signOff(*object, role); !ok)
            return failure(ok.error());
        printLine(tr("Signed off %1 as %2.").arg(*object, Core::signOffRoleKey(role)));
        return kExitOk;
    });
}

int runNotes(const Invocation &invocation)
{
    const QString object = invocation.value(QStringLiteral("object")).trimmed();
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto notes = workpaper.review().notes(object);
        if (!notes)
            return failure(notes.error());
        if (invocation.json()) {
            QJsonArray out;
            for (const Core::ReviewNote &n : *notes)
                out.append(noteJson(n));
            printJson(out);
            return kExitOk;
        }
        if (notes->isEmpty())
            printLine(tr("No review notes."));
        for (const Core::ReviewNote &n : *notes)
            printNote(n);
        return kExitOk;
    });
}

void printStatus(const Core::ReviewStatus &status)
{
    printLine(tr("Open review notes: %1").arg(status.openNotes.size()));
    for (const Core::ReviewNote &n : status.openNotes)
        printNote(n);
    printLine(tr("Missing sign-offs: %1").arg(status.missingSignOffs.size()));
    for (const QString &m : status.missingSignOffs)
        printLine(QStringLiteral("  ") + m);
    printLine(tr("Stale sign-offs (changed since signed): %1").arg(status.staleSignOffs.size()));
    for (const Core::SignOff &s : status.staleSignOffs)
        printLine(tr("  %1 (%2) by %3").arg(s.object, Core::signOffRoleKey(s.role), s.by));
    printLine(status.clean() ? tr("Review complete: the engagement can be issued.")
                             : tr("Review not complete."));
}

int runStatus(const Invocation &invocation)
{
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        const auto status = workpaper.review().status();
        if (!status)
            return failure(status.error());
        if (!invocation.json()) {
            printStatus(*status);
            return kExitOk;
        }
        QJsonArray open;
        for (const Core::ReviewNote &n : status->openNotes)
            open.append(noteJson(n));
        QJsonArray stale;
        for (const Core::SignOff &s : status->staleSignOffs)
            stale.append(signOffJson(s));
        printJson(QJsonObject{{QStringLiteral("open_notes"), open},
                              {QStringLiteral("missing_signoffs"), QJsonArray::fromStringList(status->missingSignOffs)},
                              {QStringLiteral("stale_signoffs"), stale},
                              {QStringLiteral("clean"), status->clean()},
                              {QStringLiteral("issued"), workpaper.isLocked()}});
        return kExitOk;
    });
}

int runReopen(const Invocation &invocation)
{
    const auto reason = requiredValue(invocation, QStringLiteral("reason"));
    if (!reason)
        return usageError(reason.error().detail);
    return withWorkpaper(invocation, [&](Core::Workpaper &workpaper) -> int {
        if (auto ok = workpaper.review().reopen(*reason); !ok)
            return failure(ok.error());
        printLine(tr("Reopened the engagement; the report is no longer issued."));
        return kExitOk;
    });
}

QCommandLineOption objectOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("object"), description, tr("REF"));
}

QCommandLineOption noteOption()
{
    return QCommandLineOption(QStringLiteral("note"), tr("The review note's id (required)."), tr("ID"));
}

const char *const kRefHelp = QT_TRANSLATE_NOOP(
    "Tickmark::Cli", "REF names an object: control:ID, exception:ID, population:NAME, evidence:SHA256 or\n"
                     "section:NAME (scope, controls, evidence, samples, exceptions, report).");

} // namespace

QList<Command> reviewCommands()
{
    return {
        {{QStringLiteral("review"), QStringLiteral("note")},
         {fileArgument()},
         {objectOption(tr("The object the note is about (required).")),
          QCommandLineOption(QStringLiteral("text"), tr("The note (required)."), tr("TEXT")), jsonOption()},
         tr("Open a review note on an object"),
         tr(kRefHelp) + QLatin1Char('\n') + tr("JSON: {\"id\"}."),
         &runNote},
        {{QStringLiteral("review"), QStringLiteral("reply")},
         {fileArgument()},
         {noteOption(), QCommandLineOption(QStringLiteral("text"), tr("The reply (required)."), tr("TEXT"))},
         tr("Reply to a review note"),
         tr("A reply by someone other than the note's author marks the note answered."),
         &runReply},
        {{QStringLiteral("review"), QStringLiteral("clear")},
         {fileArgument()},
         {noteOption()},
         tr("Clear a review note (reviewer or partner)"),
         {},
         &runClear},
        {{QStringLiteral("review"), QStringLiteral("signoff")},
         {fileArgument()},
         {objectOption(tr("The object to sign off (required)."))},
         tr("Sign off an object as the acting user and role"),
         tr(kRefHelp) + QLatin1Char('\n')
             + tr("A preparer signs as preparer, a reviewer or partner as reviewer; one person cannot hold both\n"
                  "sign-offs of an object. A sign-off goes stale when the object changes."),
         &runSignOff},
        {{QStringLiteral("review"), QStringLiteral("notes")},
         {fileArgument()},
         {objectOption(tr("Only the notes on this object.")), jsonOption()},
         tr("List review notes with their threads"),
         tr("JSON: [{\"id\", \"object\", \"status\", \"text\", \"by\", \"at\", \"thread\": [{\"text\", \"by\", \"at\"}]}]"),
         &runNotes},
        {{QStringLiteral("review"), QStringLiteral("status")},
         {fileArgument()},
         {jsonOption()},
         tr("Show what stands between the workpaper and an issued report"),
         tr("JSON: {\"open_notes\": [note], \"missing_signoffs\": [\"control:CTL-01 (reviewer)\"],\n"
            "\"stale_signoffs\": [{\"object\", \"role\", \"by\", \"at\", \"hash\", \"stale\"}], \"clean\", \"issued\"}"),
         &runStatus},
        {{QStringLiteral("engagement"), QStringLiteral("reopen")},
         {fileArgument()},
         {QCommandLineOption(QStringLiteral("reason"), tr("Why the issued engagement is reopened (required)."),
                             tr("TEXT"))},
         tr("Reopen an issued (locked) engagement (reviewer or partner)"),
         tr("The reason is recorded in the audit trail."),
         &runReopen},
    };
}

} // namespace Tickmark::Cli
