// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace Tickmark::Ui {

/// Preferences ▸ Appearance: follow the platform's own style and palette (light or dark as the desktop is set), or
/// force the Fusion style with a light or a dark palette (Qt 6.4 cannot ask the platform for its colour scheme,
/// so a dark desktop theme reaches Tickmark only through the platform palette).
enum class Appearance { System, Light, Dark };

/// "system" | "light" | "dark" (the settings value).
QString appearanceKey(Appearance appearance);
std::optional<Appearance> appearanceFromKey(const QString &key);

/// Remembers the platform's style and palette so that Appearance::System can return to them. Call once, after the
/// QApplication exists and before applyAppearance().
void captureSystemAppearance();
/// Applies @p appearance to the running application (style and palette of every widget). GUI thread only.
void applyAppearance(Appearance appearance);
/// Fusion's light palette, and the dark one used by Appearance::Dark (readable contrast in every role).
QPalette lightPalette();
QPalette darkPalette();

/// Whether @p palette is a dark one (the window is darker than its text): custom painting picks its colours by it.
bool isDarkPalette(const QPalette &palette);

/// The meaning a coloured text or panel carries.
enum class Tone { Good, Bad, Warning, Neutral };
/// A text colour for @p tone that stays readable on @p palette's window and base colours.
QColor toneText(Tone tone, const QPalette &palette);
/// A tinted panel background for @p tone on @p palette (light tints on a light palette, deep ones on a dark one).
QColor toneBackground(Tone tone, const QPalette &palette);
/// The border matching toneBackground().
QColor toneBorder(Tone tone, const QPalette &palette);

} // namespace Tickmark::Ui
