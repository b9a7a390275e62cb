// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/filechooser.h"
#include "common/notifier.h"
#include "common/prompter.h"
#include "engagement/scopedialogs.h"
#include "mainwindow/mainwindow.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace Tickmark::Test {

/// What the UI suites build a MainWindow from: settings in an INI file in a test folder (identity: the preparer),
/// a prompter with a fixed answer, a recording notifier, a scripted file chooser, the dialog scope editor and the
/// fixed clock. The suites change these between steps (the prompter's answer, the next file names, the identity).
struct WindowDoubles
{
    /// Settings in @p folder/settings.ini; the sample engagement is built in @p folder/appdata.
    explicit WindowDoubles(const QString &folder, bool promptAnswer = true);
    Q_DISABLE_COPY_MOVE(WindowDoubles)

    /// The window's dependencies; @p editor replaces the dialog scope editor (for suites that script the dialogs).
    Ui::MainWindowDependencies dependencies(Ui::ScopeEditor *scopeEditor = nullptr);

    QSettings qsettings;
    Ui::AppSettings settings;
    std::shared_ptr<Ui::FixedAnswerPrompter> prompter;
    Ui::RecordingNotifier notifier;
    Ui::ScriptedFileChooser files;
    Ui::DialogScopeEditor editor;
    QString sampleDirectory;
};

} // namespace Tickmark::Test
