// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tickmark::PdfHelper {

/// Exit codes of tickmark-pdf; core/pdf/pdftool.cpp reads them. Anything else (or a signal) is a crash.
enum ExitCode : int {
    ExitOk = 0,
    ExitRefused = 2, ///< stderr holds "CODE: message", CODE one of usage, unreadable, load, locked, page
};

/// Runs one command (`info`, `text`, `render`, `thumbnails`, `find`) with its arguments; writes the result to stdout
/// and a refusal to stderr. Returns the exit code.
int runCommand(const QStringList &args);

} // namespace Tickmark::PdfHelper
