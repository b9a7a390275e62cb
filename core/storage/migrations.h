// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tickmark::Core::Migrations {

/// One forward-only schema step: run in one transaction, then user_version = version.
struct Step
{
    int version;
    QStringList statements;
};

/// The ordered ladder of steps; version numbers are 1, 2, 3… without gaps.
const QList<Step> &steps();

} // namespace Tickmark::Core::Migrations
