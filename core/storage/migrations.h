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

/// Version 5 (migrations_v5.cpp): evidence search index, effective dates, requests (PBC list).
QStringList version5();
/// Version 6 (migrations_v6.cpp): exceptions, evaluation settings, review notes, sign-offs, lock history.
QStringList version6();
/// Version 7 (migrations_v7.cpp): report templates, system description, opinion choice.
QStringList version7();
/// Version 8 (migrations_v8.cpp): evidence references of test results.
QStringList version8();
/// Version 9 (migrations_v9.cpp): the full-text index merges 8 segments at a time.
QStringList version9();
/// Version 10 (migrations_v10.cpp): large contents stream into a numbered store instead of a renamed staging key.
QStringList version10();

} // namespace Tickmark::Core::Migrations
