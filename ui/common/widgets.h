// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QLabel;
class QWidget;

namespace Tickmark::Ui {

/// A label in the palette's placeholder colour, for secondary information under a heading.
QLabel *mutedLabel(QWidget *parent);

/// @p n as an int for tr()'s %n and Qt's int-sized widgets; larger counts are clamped (they do not occur).
int clampToInt(qint64 n);

} // namespace Tickmark::Ui
