// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Tickmark::Core {

enum class Role { Preparer, Reviewer, Partner };

/// The acting user, stamped on audit events and sign-offs. Offline there is no server, so this comes
/// from settings or the command line.
struct Actor
{
    QString name;
    QString initials;
    Role role = Role::Preparer;
};

QString roleToString(Role role);
std::optional<Role> roleFromString(const QString &text);

/// Parses "Full Name (INITIALS)"; without parentheses the initials are derived from the name's words.
/// Returns nullopt for an empty name.
std::optional<Actor> parseActor(const QString &text, Role role);

/// "Full Name (FN)".
QString formatActor(const Actor &actor);

} // namespace Tickmark::Core
