// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

#include <QJsonDocument>

namespace Tickmark::Core {

QString changeSummary(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject o;
    if (!before.isEmpty())
        o.insert(QStringLiteral("before"), before);
    if (!after.isEmpty())
        o.insert(QStringLiteral("after"), after);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString diffSummary(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject b;
    QJsonObject a;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            b.insert(it.key(), before.value(it.key()));
            a.insert(it.key(), it.value());
        }
    }
    return changeSummary(b, a);
}

} // namespace Tickmark::Core
