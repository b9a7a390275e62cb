// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_dispatch.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    // The same names as the desktop app (app/main.cpp), so QSettings finds the identity the app stored, also on
    // macOS where the plist is named after the organization domain.
    QCoreApplication::setOrganizationName(QStringLiteral("Tickmark"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tickmark.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Tickmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKMARK_VERSION));
    QCoreApplication app(argc, argv);
    // stderr carries exactly one line per error; core debug chatter would break that. QT_LOGGING_RULES can
    // still turn it back on when debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("tickmark.*.debug=false\ntickmark.*.info=false"));
    return Tickmark::Cli::run(QCoreApplication::arguments());
}
