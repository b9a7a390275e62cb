// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Tickmark::Core {

/// Compact JSON for an audit event's summary: {"before":…,"after":…}; an empty side is omitted.
QString changeSummary(const QJsonObject &before, const QJsonObject &after);

/// Only the keys whose values differ, for a readable "what changed".
QString diffSummary(const QJsonObject &before, const QJsonObject &after);

} // namespace Tickmark::Core
