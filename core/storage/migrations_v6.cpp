// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 6: exceptions, evaluation settings, review notes, sign-offs and lock history.
QStringList version6()
{
    return {};
}

} // namespace Tickmark::Core::Migrations
