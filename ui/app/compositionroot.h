// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

class QApplication;
class QCoreApplication;

namespace Tickmark::Ui {

class AppSettings;
class DialogFileChooser;
class DialogScopeEditor;
class MainWindow;
class MessageBoxNotifier;

/// What the command line asked for.
struct LaunchOptions
{
    QString file;        ///< positional FILE: a workpaper to open
    bool sample = false; ///< --sample: open the sample engagement
    QString screenshot;  ///< --screenshot PATH: grab the window to PATH once laid out, then quit
    QString section;     ///< --section NAME: overview, scope, coverage or controls
};

/// Parses the command line of @p app: --version and --help print and exit, as usual.
LaunchOptions parseCommandLine(const QCoreApplication &app);

/// Installs translators for @p language ("" = the system's; "en", "de", "fr"): Tickmark's ":/i18n/tickmark_<lang>.qm"
/// and Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, and makes it the default locale.
void installTranslations(QCoreApplication &app, const QString &language);

/// The composition root: builds the real services (settings, dialogs, clock) and hands them to the MainWindow.
/// Nothing below it looks services up globally.
class CompositionRoot final
{
public:
    /// Uses the QSettings of the application's organization and name (set them on the application first).
    CompositionRoot();
    ~CompositionRoot();
    CompositionRoot(const CompositionRoot &) = delete;
    CompositionRoot &operator=(const CompositionRoot &) = delete;

    AppSettings &settings() { return *m_settings; }
    MainWindow &window() { return *m_window; }

    /// Shows the window and carries out @p options; then runs the event loop and returns its exit code.
    int run(QApplication &app, const LaunchOptions &options);

private:
    QSettings m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MessageBoxNotifier> m_notifier;
    std::unique_ptr<DialogFileChooser> m_files;
    std::unique_ptr<DialogScopeEditor> m_scopeEditor;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Tickmark::Ui
