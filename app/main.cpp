// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"
#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QSettings>

#include <cstring>

namespace {

// Whether the command line asks for --help or --version, which print and exit before any window exists (so they
// work without a display too). The value of --section or --screenshot is not an option, nor is anything after "--".
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--section") == 0 || std::strcmp(argv[i], "--screenshot") == 0) {
            ++i;
            continue;
        }
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void installLanguage(QCoreApplication &app)
{
    QSettings settings;
    const Tickmark::Ui::AppSettings appSettings(settings);
    Tickmark::Ui::installTranslations(app, appSettings.language());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication::setOrganizationName(QStringLiteral("Tickmark"));
    QApplication::setOrganizationDomain(QStringLiteral("tickmark.example"));
    QApplication::setApplicationName(QStringLiteral("Tickmark"));
    QApplication::setApplicationVersion(QStringLiteral(TICKMARK_VERSION));
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        installLanguage(app);
        Tickmark::Ui::parseCommandLine(app); // prints and exits
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tickmark.Tickmark"));
    Tickmark::Ui::initUiResources();

    {
        // The language and the appearance are read before any window exists so that every string is translated
        // and every widget coloured from the start.
        installLanguage(app);
        QSettings settings;
        Tickmark::Ui::captureSystemAppearance();
        Tickmark::Ui::applyAppearance(Tickmark::Ui::AppSettings(settings).appearance());
    }
    const Tickmark::Ui::LaunchOptions options = Tickmark::Ui::parseCommandLine(app);

    Tickmark::Ui::CompositionRoot root;
    QApplication::setWindowIcon(root.window().windowIcon());
    return root.run(app, options);
}
