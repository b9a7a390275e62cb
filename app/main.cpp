// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"
#include "common/icons.h"
#include "mainwindow/mainwindow.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication::setOrganizationName(QStringLiteral("Tickmark"));
    QApplication::setOrganizationDomain(QStringLiteral("tickmark.example"));
    QApplication::setApplicationName(QStringLiteral("Tickmark"));
    QApplication::setApplicationVersion(QStringLiteral(TICKMARK_VERSION));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tickmark.Tickmark"));
    Tickmark::Ui::initUiResources();

    {
        // The language and the appearance are read before any window exists so that every string is translated
        // and every widget coloured from the start.
        QSettings settings;
        const Tickmark::Ui::AppSettings appSettings(settings);
        Tickmark::Ui::installTranslations(app, appSettings.language());
        Tickmark::Ui::captureSystemAppearance();
        Tickmark::Ui::applyAppearance(appSettings.appearance());
    }
    const Tickmark::Ui::LaunchOptions options = Tickmark::Ui::parseCommandLine(app);

    Tickmark::Ui::CompositionRoot root;
    QApplication::setWindowIcon(root.window().windowIcon());
    return root.run(app, options);
}
