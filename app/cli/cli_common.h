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
#include <optional>

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
/// Writes "note: @p text" as one line to stderr: information that is neither a warning nor part of the output.
void printNote(const QString &text);
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
    /// Every value of an option that may be repeated, in command-line order (empty when absent).
    QStringList values(const QString &option) const;
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
/// withWorkpaper() on the workpaper at @p path (for commands that take it from an option).
int withWorkpaper(const Invocation &invocation, const QString &path, const std::function<int(Core::Workpaper &)> &body);

/// The value of option @p name, which the command requires. Fails (InvalidArgument, "COMMAND: --NAME is
/// required") when the option is absent or blank; the value is returned trimmed.
Result<QString> requiredValue(const Invocation &invocation, const QString &name);
/// Option @p name as a decimal integer in [@p min, @p max]; @p fallback when the option is absent, which makes
/// the option required when it is nullopt. Fails with InvalidArgument naming the option and the value.
Result<qint64> integerValue(const Invocation &invocation, const QString &name, qint64 min, qint64 max,
                            std::optional<qint64> fallback = std::nullopt);

/// {"row": @p row, "values": {column: field}}: one population row as the population and sample commands print it.
/// Fields beyond the columns are ignored; missing ones are empty strings.
QJsonObject rowJson(qint64 row, const QStringList &columns, const QStringList &fields);
/// @p fields joined by " | " on one line (line breaks inside a field become spaces), for plain-text listings.
QString rowText(const QStringList &fields);

} // namespace Tickmark::Cli
