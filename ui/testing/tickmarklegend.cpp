// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickmarklegend.h"

#include <QSettings>

namespace Tickmark::Ui {

namespace {

QString settingsKey(Core::AttributeResult result, const char *field)
{
    return QStringLiteral("testing/legend/%1/%2").arg(Core::attributeResultKey(result), QLatin1String(field));
}

} // namespace

TickmarkLegend TickmarkLegend::defaults()
{
    TickmarkLegend legend;
    legend.m_entries = {
        {Core::AttributeResult::Pass, QStringLiteral("✓"), tr("Agreed without exception")},
        {Core::AttributeResult::Deviation, QStringLiteral("✗"), tr("Deviation noted")},
        {Core::AttributeResult::NotApplicable, QStringLiteral("N/A"), tr("Not applicable to this item")},
    };
    return legend;
}

TickmarkLegend TickmarkLegend::load(const QSettings &settings)
{
    TickmarkLegend legend = defaults();
    for (TickmarkEntry &mark : legend.m_entries) {
        const QString symbol = settings.value(settingsKey(mark.result, "symbol")).toString().trimmed();
        const QString meaning = settings.value(settingsKey(mark.result, "meaning")).toString().trimmed();
        if (!symbol.isEmpty())
            mark.symbol = symbol;
        if (!meaning.isEmpty())
            mark.meaning = meaning;
    }
    return legend;
}

void TickmarkLegend::save(QSettings &settings) const
{
    for (const TickmarkEntry &mark : m_entries) {
        settings.setValue(settingsKey(mark.result, "symbol"), mark.symbol);
        settings.setValue(settingsKey(mark.result, "meaning"), mark.meaning);
    }
}

void TickmarkLegend::set(const TickmarkEntry &mark)
{
    for (TickmarkEntry &existing : m_entries) {
        if (existing.result == mark.result)
            existing = mark;
    }
}

TickmarkEntry TickmarkLegend::entry(Core::AttributeResult result) const
{
    for (const TickmarkEntry &mark : m_entries) {
        if (mark.result == result)
            return mark;
    }
    return {};
}

QString TickmarkLegend::summary() const
{
    QStringList parts;
    for (const TickmarkEntry &mark : m_entries)
        parts << tr("%1 %2").arg(mark.symbol, mark.meaning);
    return parts.join(QStringLiteral("   ·   "));
}

} // namespace Tickmark::Ui
