// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include "common/clock.h"
#include "common/filechooser.h"
#include "common/notifier.h"
#include "common/prompter.h"
#include "engagement/scopedialogs.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspace.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace Tickmark::Ui {

LaunchOptions parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tickmark: a workbench for SOC 2 examinations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        QCoreApplication::translate("main", "Open the sample engagement (built on first use)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to <path> once it is shown, then quit."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QCoreApplication::translate("main", "Show <name> first, one of: %1.")
                                         .arg(sectionKeys().join(QStringLiteral(", "))),
                                     QCoreApplication::translate("main", "name"));
    parser.addOption(sample);
    parser.addOption(screenshot);
    parser.addOption(section);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "A workpaper (.tickmark) to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    LaunchOptions options;
    options.sample = parser.isSet(sample);
    options.screenshot = parser.value(screenshot);
    options.section = parser.value(section);
    if (!parser.positionalArguments().isEmpty())
        options.file = parser.positionalArguments().constFirst();
    return options;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    // English is the source language, but its plural forms ("%n event(s)") come from tickmark_en.qm; load it
    // whenever no better match exists (also for the "C" locale).
    if (own->load(locale, QStringLiteral("tickmark"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/tickmark_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

CompositionRoot::CompositionRoot()
    : m_settings(std::make_unique<AppSettings>(m_qsettings))
    , m_notifier(std::make_unique<MessageBoxNotifier>())
    , m_files(std::make_unique<DialogFileChooser>())
    , m_scopeEditor(std::make_unique<DialogScopeEditor>())
{
    MainWindowDependencies deps;
    deps.settings = m_settings.get();
    deps.prompter = std::make_shared<MessageBoxPrompter>();
    deps.notifier = m_notifier.get();
    deps.files = m_files.get();
    deps.scopeEditor = m_scopeEditor.get();
    deps.clock = std::make_shared<Core::SystemClock>();
    deps.sampleDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_window = std::make_unique<MainWindow>(std::move(deps));
}

CompositionRoot::~CompositionRoot() = default;

int CompositionRoot::run(QApplication &app, const LaunchOptions &options)
{
    MainWindow &window = *m_window;
    if (!options.screenshot.isEmpty())
        window.resize(1280, 800);
    window.show();
    if (!options.file.isEmpty())
        window.openWorkpaper(QFileInfo(options.file).absoluteFilePath());
    else if (options.sample)
        window.openSample();
    if (!options.section.isEmpty() && !window.showSection(options.section))
        std::fprintf(stderr, "tickmark: no section \"%s\" (or no workpaper open); the sections are: %s\n",
                     qPrintable(options.section), qPrintable(sectionKeys().join(QStringLiteral(", "))));

    if (!options.screenshot.isEmpty()) {
        const QString target = QFileInfo(options.screenshot).absoluteFilePath();
        // Let the layouts settle and the pages paint once before grabbing.
        QTimer::singleShot(400, &window, [&window, target] {
            QDir().mkpath(QFileInfo(target).absolutePath());
            const bool saved = window.grab().save(target);
            if (!saved)
                std::fprintf(stderr, "tickmark: cannot write %s\n", qPrintable(target));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace Tickmark::Ui
