// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagement.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tickmark::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tickmark::Core", text);
}

} // namespace

QList<Category> allCategories()
{
    return {Category::Security, Category::Availability, Category::ProcessingIntegrity, Category::Confidentiality,
            Category::Privacy};
}

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Security:
        return QStringLiteral("security");
    case Category::Availability:
        return QStringLiteral("availability");
    case Category::ProcessingIntegrity:
        return QStringLiteral("processing-integrity");
    case Category::Confidentiality:
        return QStringLiteral("confidentiality");
    case Category::Privacy:
        return QStringLiteral("privacy");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('-'));
    for (Category c : allCategories()) {
        if (categoryKey(c) == k)
            return c;
    }
    return std::nullopt;
}

QString categoryName(Category category)
{
    switch (category) {
    case Category::Security:
        return tr("Security");
    case Category::Availability:
        return tr("Availability");
    case Category::ProcessingIntegrity:
        return tr("Processing Integrity");
    case Category::Confidentiality:
        return tr("Confidentiality");
    case Category::Privacy:
        return tr("Privacy");
    }
    return {};
}

std::optional<QString> validateEngagement(const EngagementDetails &d)
{
    if (d.client.trimmed().isEmpty())
        return tr("client: the service organization's name is required");
    if (d.system.trimmed().isEmpty())
        return tr("system: the system name is required");
    if (!d.categories.contains(Category::Security))
        return tr("categories: Security is always in scope");
    if (d.type == ReportType::TypeI) {
        if (!d.asOf.isValid())
            return tr("as-of date: a Type I report needs a valid date (YYYY-MM-DD)");
        return std::nullopt;
    }
    if (!d.periodFrom.isValid())
        return tr("period start: a Type II report needs a valid start date (YYYY-MM-DD)");
    if (!d.periodTo.isValid())
        return tr("period end: a Type II report needs a valid end date (YYYY-MM-DD)");
    if (d.periodTo <= d.periodFrom)
        return tr("period end: %1 is not after the start %2")
            .arg(d.periodTo.toString(Qt::ISODate), d.periodFrom.toString(Qt::ISODate));
    return std::nullopt;
}

QStringList engagementWarnings(const EngagementDetails &d)
{
    QStringList out;
    if (d.type != ReportType::TypeII || !d.periodFrom.isValid() || !d.periodTo.isValid())
        return out;
    // A period of "3 months" runs from day d to the day before d + 3 months (Jan 1 – Mar 31).
    if (d.periodTo.addDays(1) < d.periodFrom.addMonths(3))
        out << tr("The Type II period is shorter than 3 months; users of the report may not accept it.");
    if (d.periodTo.addDays(1) > d.periodFrom.addMonths(12))
        out << tr("The Type II period is longer than 12 months; reports usually cover at most a year.");
    return out;
}

std::optional<int> engagementPeriodMonths(const EngagementDetails &details)
{
    if (details.type != ReportType::TypeII || !details.periodFrom.isValid() || !details.periodTo.isValid()
        || details.periodTo < details.periodFrom)
        return std::nullopt;
    const QDate end = details.periodTo.addDays(1); // the period includes its last day
    const QDate &from = details.periodFrom;
    int months = (end.year() - from.year()) * 12 + end.month() - from.month();
    if (from.addMonths(months) > end)
        --months;
    if (from.addMonths(months) < end)
        ++months;
    return std::max(months, 1);
}

std::optional<QString> validateSubservice(const SubserviceOrg &org)
{
    if (org.name.trimmed().isEmpty())
        return tr("subservice organization name: required");
    if (org.services.trimmed().isEmpty())
        return tr("subservice organization services: describe what %1 provides").arg(org.name);
    return std::nullopt;
}

std::optional<QString> validateCuec(const Cuec &cuec)
{
    if (cuec.text.trimmed().isEmpty())
        return tr("CUEC text: required");
    return std::nullopt;
}

} // namespace Tickmark::Core
