// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 7: report templates, the description of the system and the opinion choice.
QStringList version7()
{
    return {};
}

} // namespace Tickmark::Core::Migrations
