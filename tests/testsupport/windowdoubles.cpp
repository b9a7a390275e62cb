// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowdoubles.h"

#include "testsupport.h"

#include <QDir>

namespace Tickmark::Test {

WindowDoubles::WindowDoubles(const QString &folder, bool promptAnswer)
    : qsettings(QDir(folder).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
    , settings(qsettings)
    , prompter(std::make_shared<Ui::FixedAnswerPrompter>(promptAnswer))
    , sampleDirectory(QDir(folder).filePath(QStringLiteral("appdata")))
{
    settings.setIdentity(preparer());
}

Ui::MainWindowDependencies WindowDoubles::dependencies(Ui::ScopeEditor *scopeEditor)
{
    Ui::MainWindowDependencies deps;
    deps.settings = &settings;
    deps.prompter = prompter;
    deps.notifier = &notifier;
    deps.files = &files;
    deps.scopeEditor = scopeEditor ? scopeEditor : &editor;
    deps.clock = fixedClock();
    deps.sampleDirectory = sampleDirectory;
    return deps;
}

} // namespace Tickmark::Test
