// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Tickmark::Ui {

/// Registers Tickmark's own resources (ui.qrc) once; tickmarkIcon() calls it, so explicit calls are rarely needed.
void initUiResources();

/// One of Tickmark's own SVG icons from resources/icons, by base name ("overview", "scope", "tickmark").
QIcon tickmarkIcon(const QString &name);

} // namespace Tickmark::Ui
