// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli_command.h"
#include "common/actor.h"
#include "common/result.h"

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;

namespace Tickmark::Core {
class Workpaper;
}

namespace Tickmark::Cli {

/// Exit statuses, part of the command-line contract.
enum ExitStatus : int {
    kExitOk = 0,      ///< the command succeeded
    kExitFailure = 1, ///< the command was understood but failed; the workpaper is unchanged
    kExitUsage = 2,   ///< the command line is malformed: unknown command or option, missing or bad value
};

/// Translates CLI text in the "Cli" context; @p n selects a plural form for "%n".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

/// Writes @p text and a newline to stdout as UTF-8.
void printLine(const QString &text = {});
/// Writes @p text to stdout as UTF-8, as is.
void printText(const QString &text);
/// Writes one indented UTF-8 JSON document to stdout.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
/// Writes "warning: @p text" as one line to stderr.
void printWarning(const QString &text);
/// Writes "error: @p text" as one line to stderr (line breaks in @p text become spaces) and returns @p status.
int printError(const QString &text, int status);
/// printError() with kExitUsage: for a command line that cannot be understood.
int usageError(const QString &text);
/// printError() with kExitFailure for an error reported by the core library.
int failure(const Error &error);

/// "  text" left-justified to @p width columns, for aligned plain-text listings.
QString padded(const QString &text, qsizetype width);

/// The options every command accepts: --user and --role.
QList<QCommandLineOption> globalOptions();
/// -h, --help.
QCommandLineOption helpOption();
/// --json.
QCommandLineOption jsonOption();
/// A FILE argument naming a workpaper.
Argument fileArgument(const QString &description = {});

/// A parsed command line of one command: its positional arguments and options.
class Invocation final
{
public:
    Invocation(const Command &command, const QCommandLineParser &parser);

    const Command &command() const { return m_command; }
    /// Positional argument @p index (the dispatcher checked that all are present).
    QString argument(qsizetype index) const;
    /// The workpaper path, always the first argument.
    QString file() const { return argument(0); }
    bool isSet(const QString &option) const;
    /// The option's value (the last one when given twice), or a null string when absent.
    QString value(const QString &option) const;
    /// Whether --json was given.
    bool json() const;

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
};

/// The acting user: --user or TICKMARK_USER ("Name (INITIALS)"), then the GUI's settings (identity/name,
/// identity/initials), then the operating-system user with initials derived from the name. The role comes from
/// --role, TICKMARK_ROLE or identity/role, else preparer. Fails (InvalidArgument, naming the source) for an
/// unknown role or an empty name.
Result<Core::Actor> resolveActor(const Invocation &invocation);

/// Resolves the acting user, opens the workpaper named by the first argument and runs @p body on it. Returns
/// body's status, or prints the error and returns kExitUsage (acting user) or kExitFailure (opening the file).
int withWorkpaper(const Invocation &invocation, const std::function<int(Core::Workpaper &)> &body);

} // namespace Tickmark::Cli
