// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QFile>

// ui.qrc is compiled into the static tickmark_ui library, where the linker drops its registration unless something
// refers to it. Q_INIT_RESOURCE must be used outside any namespace.
static void registerUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace Tickmark::Ui {

void initUiResources()
{
    static const bool registered = [] {
        registerUiResources();
        return true;
    }();
    Q_UNUSED(registered)
}

QIcon tickmarkIcon(const QString &name)
{
    initUiResources();
    QIcon icon(QStringLiteral(":/tickmark/icons/%1.svg").arg(name));
    // A white variant keeps the icon readable on the selection highlight (navigator, lists).
    const QString selected = QStringLiteral(":/tickmark/icons/%1-selected.svg").arg(name);
    if (QFile::exists(selected))
        icon.addFile(selected, QSize(), QIcon::Selected);
    return icon;
}

} // namespace Tickmark::Ui
