// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tickmark::Core {

/// SOC 2 Type I reports on design as of a date; Type II on operating effectiveness over a period.
enum class ReportType { TypeI = 1, TypeII = 2 };

/// The five trust services categories. Security (the common criteria) is always in scope.
enum class Category { Security, Availability, ProcessingIntegrity, Confidentiality, Privacy };

QList<Category> allCategories();
/// CLI spelling: "security", "availability", "processing-integrity", "confidentiality", "privacy".
QString categoryKey(Category category);
std::optional<Category> categoryFromKey(const QString &key);
/// Human name, translated: "Processing Integrity".
QString categoryName(Category category);

/// How a subservice organization's controls are treated in the report.
enum class SubserviceMethod { CarveOut, Inclusive };

struct SubserviceOrg
{
    qint64 id = 0;   ///< storage id; 0 for a draft not yet stored
    QString name;
    QString services;   ///< what the subservice organization does for the service organization
    SubserviceMethod method = SubserviceMethod::CarveOut;
    QString csocs;   ///< complementary subservice organization controls assumed (carve-out)
};

/// A complementary user entity control: something the client's customers must do.
struct Cuec
{
    qint64 id = 0;
    QString text;
    QStringList criteria;   ///< related criterion ids, e.g. "CC6.2"
};

/// The engagement's scalar facts. Lists (subservice organizations, CUECs) are managed separately.
struct EngagementDetails
{
    QString client;   ///< the service organization
    QString system;   ///< the system name as it appears in the report
    ReportType type = ReportType::TypeII;
    QDate asOf;         ///< Type I only
    QDate periodFrom;   ///< Type II only
    QDate periodTo;     ///< Type II only
    QList<Category> categories{Category::Security};
    QString firm;       ///< service auditor's firm
    QString firmCity;   ///< city printed with the firm's signature
    QString partner;    ///< engagement partner

    bool inScope(Category c) const { return categories.contains(c); }
};

/// Field-named validation error, or empty when valid. Security is added to categories if missing.
std::optional<QString> validateEngagement(const EngagementDetails &details);
/// Non-blocking advice, e.g. a Type II period shorter than 3 or longer than 12 months.
QStringList engagementWarnings(const EngagementDetails &details);
/// Months of a Type II period, a partial month counted as a whole one (1 Jan – 30 Sep is 9): the larger sample is
/// the cautious one. nullopt for Type I or when a date is missing or the end is before the start.
std::optional<int> engagementPeriodMonths(const EngagementDetails &details);
std::optional<QString> validateSubservice(const SubserviceOrg &org);
/// @p knownCriteria: ids that exist in the TSC catalog.
std::optional<QString> validateCuec(const Cuec &cuec);

} // namespace Tickmark::Core
