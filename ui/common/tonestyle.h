// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appearance.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace Tickmark::Ui {

/// Builds a widget's style sheet from the application palette (e.g. with toneText()/toneBackground() from
/// settings/appearance.h).
using PaletteStyleSheet = std::function<QString(const QPalette &palette)>;

/// Sets @p widget's style sheet from @p sheet now and again whenever the application palette changes (Preferences ▸
/// Appearance), so tinted labels and panels stay readable in a light and a dark palette. Replaces any sheet set
/// earlier through this function.
void setPaletteStyleSheet(QWidget *widget, PaletteStyleSheet sheet);

/// Colours @p widget's text with @p light on a light palette and with toneText(@p tone) on a dark one, following
/// palette changes (e.g. an error label in a dialog).
void setToneTextStyle(QWidget *widget, Tone tone, const QColor &light);

} // namespace Tickmark::Ui
