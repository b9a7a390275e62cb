// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace Tickmark::Core::Migrations {

// Version 5: evidence search index, effective dates and the request (PBC) list.
QStringList version5()
{
    return {};
}

} // namespace Tickmark::Core::Migrations
