// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_dispatch.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

namespace {

// Report rendering lays out text, which needs the font database of a QGuiApplication; the other commands stay on a
// plain QCoreApplication. "offscreen" needs no display.
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

QtMessageHandler s_previousHandler = nullptr;

// On a headless machine without XDG_RUNTIME_DIR the GUI application warns once that it uses a default; that line
// would break the contract of exactly one "error:" line on stderr, and it tells the user nothing.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    // The same names as the desktop app (app/main.cpp), so QSettings finds the identity the app stored, also on
    // macOS where the plist is named after the organization domain.
    QCoreApplication::setOrganizationName(QStringLiteral("Tickmark"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tickmark.example"));
    QCoreApplication::setApplicationName(QStringLiteral("Tickmark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TICKMARK_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        s_previousHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // stderr carries exactly one line per error; core debug chatter would break that. QT_LOGGING_RULES can
    // still turn it back on when debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("tickmark.*.debug=false\ntickmark.*.info=false"));
    return Tickmark::Cli::run(QCoreApplication::arguments());
}
