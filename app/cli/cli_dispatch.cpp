// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_dispatch.h"

#include "cli_command.h"
#include "cli_common.h"

#include <QCommandLineParser>

namespace Tickmark::Cli {

namespace {

const QString kProgram = QStringLiteral("tickmark-cli");

QList<Command> allCommands()
{
    QList<Command> commands = engagementCommands();
    commands += controlCommands();
    commands += populationCommands();
    commands += sampleCommands();
    commands += evidenceCommands();
    commands += requestCommands();
    commands += testCommands();
    commands += exceptionCommands();
    commands += reviewCommands();
    commands += reportCommands();
    commands += logCommands();
    return commands;
}

QString usageLine(const Command &command)
{
    QStringList parts{command.name()};
    for (const Argument &argument : command.arguments)
        parts << argument.name;
    return parts.join(QLatin1Char(' '));
}

void printGlobalHelp(const QList<Command> &commands)
{
    QString text = tr("Usage: %1 COMMAND [ARGUMENTS] [options]\n"
                      "Runs Tickmark's operations on .tickmark workpapers without the GUI.\n\nCommands:\n")
                       .arg(kProgram);
    qsizetype width = 0;
    for (const Command &command : commands)
        width = qMax(width, usageLine(command).size());
    for (const Command &command : commands)
        text += padded(usageLine(command), width) + QStringLiteral("  ") + command.summary + QLatin1Char('\n');
    text += tr("\nOptions accepted by every command:\n"
               "  --user NAME   Acting user, \"Name (INITIALS)\" (default: TICKMARK_USER, then the Tickmark app's\n"
               "                settings, then the system user).\n"
               "  --role ROLE   preparer, reviewer or partner (default: TICKMARK_ROLE, then settings, then preparer).\n"
               "  --json        (most commands) Print one JSON document on stdout instead of text.\n"
               "  -h, --help    Show help; \"%1 COMMAND --help\" shows a command's options.\n"
               "  --version     Show the version and exit.\n\n"
               "Exit status: 0 on success, 1 when the command fails (the workpaper is left unchanged),\n"
               "2 when the command line is malformed. Errors are one line on stderr starting \"error: \".\n")
                .arg(kProgram);
    printText(text);
}

void printGroupHelp(const QString &group, const QList<const Command *> &members)
{
    QString text = tr("Usage: %1 %2 SUB-COMMAND [ARGUMENTS] [options]\n\nSub-commands:\n").arg(kProgram, group);
    qsizetype width = 0;
    for (const Command *command : members)
        width = qMax(width, usageLine(*command).size());
    for (const Command *command : members)
        text += padded(usageLine(*command), width) + QStringLiteral("  ") + command->summary + QLatin1Char('\n');
    text += tr("\nRun \"%1 %2 SUB-COMMAND --help\" for its options.\n").arg(kProgram, group);
    printText(text);
}

void printCommandHelp(const Command &command, QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        command.details.isEmpty() ? command.summary : command.summary + QStringLiteral("\n\n") + command.details);
    // Qt's first line names the program by its full path and puts [options] first; say it our way.
    QString text = parser.helpText();
    text.replace(0, text.indexOf(QLatin1Char('\n')), tr("Usage: %1 %2 [options]").arg(kProgram, usageLine(command)));
    printText(text);
}

// An option whose value name is bracketed ("[LETTER]") may be given without its value: when it is last or followed
// by another option, an empty value is inserted so that the parser does not take the next option as the value.
QStringList withOptionalValues(const Command &command, QStringList arguments)
{
    for (const QCommandLineOption &option : command.options) {
        if (!option.valueName().startsWith(QLatin1Char('[')))
            continue;
        const QString flag = QStringLiteral("--") + option.names().constFirst();
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const bool valueMissing = i + 1 == arguments.size() || arguments.at(i + 1).startsWith(QLatin1Char('-'));
            if (arguments.at(i) == flag && valueMissing)
                arguments.insert(i + 1, QString());
        }
    }
    return arguments;
}

int runCommand(const Command &command, const QStringList &rawArguments)
{
    const QStringList arguments = withOptionalValues(command, rawArguments);
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addOptions(command.options);
    parser.addOptions(globalOptions());
    for (const Argument &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description);
    if (!parser.parse(QStringList{kProgram} + arguments))
        return usageError(QStringLiteral("%1: %2").arg(command.name(), parser.errorText()));
    if (parser.isSet(help)) {
        printCommandHelp(command, parser);
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.arguments.size())
        return usageError(
            tr("%1: missing %2 argument; usage: %3 %4")
                .arg(command.name(), command.arguments.at(positional.size()).name, kProgram, usageLine(command)));
    if (positional.size() > command.arguments.size())
        return usageError(
            tr("%1: unexpected argument \"%2\"").arg(command.name(), positional.at(command.arguments.size())));
    return command.run(Invocation(command, parser));
}

QString subCommandNames(const QList<const Command *> &members)
{
    QStringList names;
    for (const Command *command : members)
        names << command->words.value(1);
    return names.join(QStringLiteral(", "));
}

// Finds the command named by the first one or two words of @p arguments and runs it with the rest.
int dispatch(const QList<Command> &commands, const QStringList &arguments, const QStringList &globals)
{
    const QString first = arguments.first();
    QList<const Command *> members;
    for (const Command &command : commands) {
        if (command.words.first() == first)
            members << &command;
    }
    if (members.isEmpty())
        return usageError(tr("unknown command \"%1\"; run \"%2 --help\" for the list").arg(first, kProgram));
    if (members.size() == 1 && members.first()->words.size() == 1)
        return runCommand(*members.first(), arguments.mid(1) + globals);
    const QString second = arguments.value(1);
    for (const Command *command : std::as_const(members)) {
        if (command->words.value(1) == second)
            return runCommand(*command, arguments.mid(2) + globals);
    }
    if (second == QLatin1String("--help") || second == QLatin1String("-h")) {
        printGroupHelp(first, members);
        return kExitOk;
    }
    if (second.isEmpty() || second.startsWith(QLatin1Char('-')))
        return usageError(tr("%1: missing sub-command; use one of: %2").arg(first, subCommandNames(members)));
    return usageError(tr("unknown command \"%1 %2\"; use one of: %3").arg(first, second, subCommandNames(members)));
}

bool isGlobalWithValue(const QString &option)
{
    return option == QLatin1String("--user") || option == QLatin1String("--role");
}

bool isGlobalAssignment(const QString &option)
{
    return option.startsWith(QLatin1String("--user=")) || option.startsWith(QLatin1String("--role="));
}

} // namespace

int run(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    QStringList rest = arguments.mid(1);
    // Global options given before the command are handed to the command's parser after its own arguments.
    QStringList globals;
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-'))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            printLine(QStringLiteral("%1 %2").arg(kProgram, QStringLiteral(TICKMARK_VERSION)));
            return kExitOk;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printGlobalHelp(commands);
            return kExitOk;
        }
        if (isGlobalAssignment(option)) {
            globals << option;
        } else if (isGlobalWithValue(option)) {
            if (rest.isEmpty())
                return usageError(tr("missing value after %1").arg(option));
            globals << option << rest.takeFirst();
        } else {
            return usageError(tr("unknown option %1; run \"%2 --help\"").arg(option, kProgram));
        }
    }
    if (rest.isEmpty())
        return usageError(tr("no command given; run \"%1 --help\" for the list").arg(kProgram));
    return dispatch(commands, rest, globals);
}

} // namespace Tickmark::Cli
