// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tickmark::Cli {

class Invocation;

/// A positional argument of a command. Every positional argument is required.
struct Argument
{
    QString name;        ///< "FILE", shown in usage lines
    QString description; ///< one line for COMMAND --help
};

/// One entry of the dispatch table: the words that name a command, what it accepts, and the function that runs it.
struct Command
{
    QStringList words;                                  ///< {"controls", "import"}: one or two words
    QList<Argument> arguments;                          ///< positional arguments, in order
    QList<QCommandLineOption> options;                  ///< the command's own options, besides the global ones
    QString summary;                                    ///< one line for the command list
    QString details;                                    ///< further paragraphs for COMMAND --help; may be empty
    int (*run)(const Invocation &invocation) = nullptr; ///< returns the exit status

    /// "controls import".
    QString name() const { return words.join(QLatin1Char(' ')); }
};

/// `new`, `info`.
QList<Command> engagementCommands();
/// `criteria list`, `controls import`, `controls list`, `coverage`.
QList<Command> controlCommands();
/// `evidence import`, `evidence list`, `evidence export`, `evidence verify`.
QList<Command> evidenceCommands();
/// `request add`, `request list`, `request status`, `request export`.
QList<Command> requestCommands();
/// `log verify`, `log list`.
QList<Command> logCommands();
/// `population import`, `population list`, `population show`.
QList<Command> populationCommands();
/// `sample size`, `sample evaluate`, `sample draw`, `sample extend`, `sample list`, `sample export`.
QList<Command> sampleCommands();
/// `test design`, `test record`, `test list`, `test evaluate`, `test walkthrough`, `test not-operated`.
QList<Command> testCommands();
/// `exception list`, `exception update`, `exception raise`.
QList<Command> exceptionCommands();
/// `review note|reply|clear|signoff|notes|status`, `engagement reopen`.
QList<Command> reviewCommands();
/// `report export`, `report issue`, `report opinion`.
QList<Command> reportCommands();

} // namespace Tickmark::Cli
