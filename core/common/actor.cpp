// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include <QRegularExpression>

#include <algorithm>

namespace Tickmark::Core {

QString roleToString(Role role)
{
    switch (role) {
    case Role::Preparer:
        return QStringLiteral("preparer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Partner:
        return QStringLiteral("partner");
    }
    return QStringLiteral("preparer");
}

std::optional<Role> roleFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("preparer"))
        return Role::Preparer;
    if (t == QLatin1String("reviewer"))
        return Role::Reviewer;
    if (t == QLatin1String("partner"))
        return Role::Partner;
    return std::nullopt;
}

std::optional<Actor> parseActor(const QString &text, Role role)
{
    static const QRegularExpression withInitials(QStringLiteral(R"(^\s*(.*?)\s*\(\s*([^()]+?)\s*\)\s*$)"));
    Actor actor;
    actor.role = role;
    if (const auto m = withInitials.match(text); m.hasMatch()) {
        actor.name = m.captured(1);
        actor.initials = m.captured(2).toUpper();
    } else {
        actor.name = text.simplified();
        const QStringList words = actor.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            actor.initials += w.front().toUpper();
    }
    // A name needs at least one letter: "()" or "  " is not a person.
    if (std::none_of(actor.name.cbegin(), actor.name.cend(), [](QChar c) { return c.isLetter(); }))
        return std::nullopt;
    if (actor.initials.isEmpty())
        actor.initials = actor.name.left(1).toUpper();
    return actor;
}

QString formatActor(const Actor &actor)
{
    return QStringLiteral("%1 (%2)").arg(actor.name, actor.initials);
}

} // namespace Tickmark::Core
