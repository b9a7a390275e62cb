// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tickmark::Cli {

/// Runs tickmark-cli with @p arguments (as QCoreApplication::arguments(): the program first) and returns the exit
/// status. Handles --version, --help, COMMAND --help and usage errors; dispatches everything else to the command
/// table. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace Tickmark::Cli
