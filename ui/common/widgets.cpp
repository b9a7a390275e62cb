// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets.h"

#include <QLabel>

#include <algorithm>
#include <limits>

namespace Tickmark::Ui {

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
    return label;
}

int clampToInt(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace Tickmark::Ui
