// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementtext.h"

#include "engagementfields.h"

#include <QCoreApplication>
#include <QLocale>

namespace Tickmark::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Ui", text);
}

} // namespace

QString reportTypeName(Core::ReportType type)
{
    return type == Core::ReportType::TypeI ? tr("Type I") : tr("Type II");
}

QString engagementDate(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return QLocale().toString(date, EngagementFields::dateFormat());
}

QString reportPeriodText(const Core::EngagementDetails &d)
{
    if (d.type == Core::ReportType::TypeI)
        return d.asOf.isValid() ? tr("as of %1").arg(engagementDate(d.asOf)) : QString();
    if (!d.periodFrom.isValid() || !d.periodTo.isValid())
        return {};
    return tr("%1 – %2").arg(engagementDate(d.periodFrom), engagementDate(d.periodTo));
}

QString reportTypeAndPeriod(const Core::EngagementDetails &d)
{
    const QString period = reportPeriodText(d);
    if (period.isEmpty())
        return reportTypeName(d.type);
    return tr("%1 · %2").arg(reportTypeName(d.type), period);
}

QString categoryListText(const Core::EngagementDetails &d)
{
    QStringList names;
    for (Core::Category c : Core::allCategories()) {
        if (c == Core::Category::Security || d.inScope(c))
            names << Core::categoryName(c);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace Tickmark::Ui
